"""Today's backup is taken off the GUI thread once the window is up, with its progress
in the status bar; a failure is said in a dialog and the profiles stay usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from factories import summaries
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Answer
from moatdesk.storage.backups import backup_dir
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.errors import CorruptDatabaseError, DiskWriteError
from moatdesk.storage.store import ProfileStore
from moatdesk.ui import startup
from moatdesk.ui.startup import DailyBackup

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def store(data_dir: Path):  # opened as the app opens it: the backup left for later
    data_dir.mkdir(parents=True, exist_ok=True)
    with ProfileStore.open(data_dir, daily_backup=False) as opened:
        yield opened


def test_the_backup_runs_on_a_worker_and_shows_its_progress(
    qtbot, make_window, store, basics_named
):
    store.create_profile(basics_named("Backed Up Co"))
    assert store.daily_backup_due()  # opening took none
    window = make_window()
    backup = DailyBackup(window, store)
    with qtbot.waitSignal(backup.finished, timeout=30_000) as outcome:
        assert backup.start()
        assert backup.bar.isVisible() and backup.label.isVisible()
    assert outcome.args == [True]
    assert not backup.bar.isVisible()
    assert window.statusBar().currentMessage() == "Today's backup is taken."
    [copy] = backup_dir(store.data_dir).glob("moatdesk-daily-*.sqlite3")
    assert copy.stat().st_size > 0
    assert not store.daily_backup_due()
    assert not DailyBackup(window, store).start()  # once a day


def test_a_failed_backup_is_told_and_the_window_stays_usable(
    qtbot, make_window, store, basics_named, monkeypatch
):
    store.create_profile(basics_named("Full Disk Co"))
    window = make_window()
    problem = DiskWriteError(
        QT_TRANSLATE_NOOP(
            "Errors", "the disk is full; could not write {path}. Nothing was changed."
        ),
        path=backup_dir(store.data_dir),
    )

    def fail():
        raise problem

    monkeypatch.setattr(store, "take_daily_backup", fail)
    warned: list[object] = []
    monkeypatch.setattr(startup, "_warn_backup_failed", warned.append)
    backup = DailyBackup(window, store)
    with qtbot.waitSignal(backup.finished, timeout=30_000) as outcome:
        backup.start()
    assert outcome.args == [False]
    assert warned == [problem]
    window.actions_by_name["duplicate"].trigger()
    assert len(summaries(store)) == 2


def _scribble_last_assessment_leaf(db_path: Path) -> None:
    """Damage no open and no list reads: the last leaf page of the assessments table."""
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [(page,)] = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'assessments' AND pagetype = 'leaf' "
        "ORDER BY path DESC LIMIT 1"
    ).fetchall()
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * page_size : (page - 1) * page_size + 8] = b"\xa5" * 8
    db_path.write_bytes(bytes(data))


def test_damage_found_after_the_first_frame_is_told_and_no_backup_replaces_a_good_one(
    qtbot, data_dir: Path, basics_named, monkeypatch
):
    data_dir.mkdir(parents=True, exist_ok=True)
    notes = {f"speed.q{i}": Answer(value=1, note="메모 " * 200) for i in range(20)}
    with ProfileStore.open(data_dir, daily_backup=False) as store:
        for n in range(40):
            profile = store.create_profile(basics_named(f"Company {n}"))
            store.save_draft(profile.id, "2026-Q4", notes)
    _scribble_last_assessment_leaf(data_dir / DB_FILENAME)
    warned: list[object] = []
    monkeypatch.setattr(startup, "_warn_damaged", warned.append)
    with ProfileStore.open(data_dir, daily_backup=False) as store:  # the first look passes
        window = QMainWindow()  # no other connection may hold the file (its -wal)
        qtbot.addWidget(window)
        window.show()
        backup = DailyBackup(window, store)
        with qtbot.waitSignal(backup.finished, timeout=30_000) as outcome:
            assert backup.start()
        assert outcome.args == [False]
        [problem] = warned
        assert isinstance(problem, CorruptDatabaseError)
        assert not list(backup_dir(data_dir).glob("moatdesk-daily-*"))  # nothing copied
        store.create_profile(basics_named("Still saving"))  # the work goes on
        assert len(summaries(store)) == 41
    with pytest.raises(CorruptDatabaseError):  # the next start refuses it, offers a backup
        ProfileStore.open(data_dir, daily_backup=False)


def test_after_a_crash_the_file_is_checked_even_when_no_backup_is_due(
    qtbot, make_window, store, monkeypatch
):
    store.take_daily_backup()
    checked: list[bool] = []
    monkeypatch.setattr(store, "check_integrity", lambda: checked.append(True))
    window = make_window()
    assert not DailyBackup(window, store).start()  # a clean start: nothing due
    backup = DailyBackup(window, store, check_anyway=True)
    with qtbot.waitSignal(backup.finished, timeout=30_000) as outcome:
        assert backup.start()
        assert backup.label.text() == "Checking the database…"
    assert outcome.args == [True] and checked == [True]
    assert window.statusBar().currentMessage() == "The database is checked: no damage found."
