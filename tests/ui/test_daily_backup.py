"""Today's backup is taken off the GUI thread once the window is up, with its progress
in the status bar; a failure is said in a dialog and the profiles stay usable."""

from __future__ import annotations

from pathlib import Path

import pytest

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.storage.backups import backup_dir
from moatdesk.storage.errors import DiskWriteError
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
    assert len(store.list_profiles()) == 2
