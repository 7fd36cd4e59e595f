"""A start that must read the whole database — a file from an older MoatDesk to migrate,
a file an earlier check marked damaged — does that on a worker thread behind a progress
dialog the founder cannot cancel; the window keeps painting and the errors end in the
same dialogs as before."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

import moatdesk.ui.app as app_module
from factories import basics as _basics
from factories import summaries
from moatdesk.storage import backups, connection, opening, schema
from moatdesk.storage.backups import list_backups_in
from moatdesk.storage.connection import DB_FILENAME, damage_mark
from moatdesk.storage.store import ProfileStore
from moatdesk.ui import opening_dialog, startup
from moatdesk.ui.main_window import MainWindow
from moatdesk.ui.opening_dialog import OpeningDialog
from qt_waits import exit_if_stuck

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
V4_NAMES = sorted(
    p["basics"]["name"] for p in json.loads((FIXTURES / "v4.expected.json").read_text())["live"]
)


def _install_v4(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / DB_FILENAME
    shutil.copyfile(FIXTURES / "v4.sqlite3", target)
    return target


def _opening_dialogs() -> list[OpeningDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningDialog) and w.isVisible()
    ]


def test_an_old_file_migrates_on_a_worker_while_a_dialog_says_so_then_the_profiles_list(
    qapp, data_dir: Path, monkeypatch
) -> None:
    _install_v4(data_dir)
    monkeypatch.delenv(app_module.EXIT_AFTER_FRAME_VAR, raising=False)
    gui_thread = threading.get_ident()
    steps: list[tuple[int, int]] = []  # (thread, from_version) of each migrate call
    migrating, release = threading.Event(), threading.Event()
    real_migrate = schema.migrate

    def migrate(conn, db_path, from_version):
        steps.append((threading.get_ident(), from_version))
        if from_version < schema.SCHEMA_VERSION and threading.get_ident() != gui_thread:
            migrating.set()
            release.wait(30)  # held until the test has seen the dialog
        real_migrate(conn, db_path, from_version)

    monkeypatch.setattr(schema, "migrate", migrate)
    seen: dict[str, object] = {}

    def poll() -> None:
        dialogs = _opening_dialogs()
        # Focus arrives once the window system activates the dialog, a turn or more
        # after it shows: wait for it (the 60 s guard below fails the test if never).
        focused = bool(dialogs) and QApplication.focusWidget() is dialogs[0].headline
        if "dialog" not in seen and focused and migrating.is_set():
            dialog = dialogs[0]
            seen["dialog"] = dialog.headline.text()
            seen["detail"] = dialog.detail.text()
            seen["modal"] = dialog.isModal()
            seen["focus"] = focused
            # The founder tries Escape: refused, with a note; the work goes on.
            QApplication.sendEvent(dialog, _key(Qt.Key.Key_Escape))
            seen["after_escape"] = dialog.isVisible() and dialog.refused.isVisibleTo(dialog)
            seen["closed"] = dialog.close()
            release.set()
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        controller = windows[0].__dict__.get("controller") if windows else None
        window = windows[0] if windows else None
        # Listed, and the selected profile's detail filled in (the last start-up step).
        if controller is not None and controller.store is not None and window.detail.profile:
            model = window.panel.model
            seen["listed"] = sorted(model.summary(row).name for row in range(model.rowCount()))
            seen["dialog_left"] = bool(_opening_dialogs())
            QApplication.exit(0)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    with exit_if_stuck(60_000, before_exit=release.set):
        assert app_module.run_gui(str(data_dir), "en") == 0
    timer.stop()

    assert seen["dialog"] == "Updating your profiles to this version of MoatDesk…"
    assert "A copy of the old file is kept in backups." in str(seen["detail"])
    assert "cannot be stopped" in str(seen["detail"])
    assert seen["modal"] and seen["focus"]
    assert seen["after_escape"] is True and seen["closed"] is False
    migrated_on = [thread for thread, version in steps if version == 4]
    assert migrated_on and gui_thread not in migrated_on, "the migration ran on the GUI thread"
    assert [version for _thread, version in steps] == [4, schema.SCHEMA_VERSION]  # then cheap
    assert seen["listed"] == V4_NAMES and seen["dialog_left"] is False
    assert "pre-migration" in [b.kind for b in list_backups_in(data_dir)]


def _key(key: Qt.Key) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


class _Watch:
    """What the open did: the worker tasks it started, the opening dialogs it showed, and
    whether the GUI thread inspected the file (``gui_reads``)."""

    def __init__(self, monkeypatch) -> None:
        self.workers: list[int] = []
        self.dialogs: list[str] = []
        self.gui_reads = 0
        real_start = opening_dialog.start_in_worker
        real_exec = OpeningDialog.exec
        real_inspect = opening.inspect_readonly
        gui_thread = threading.get_ident()

        def inspect(db_path, **kwargs):
            self.gui_reads += threading.get_ident() == gui_thread
            return real_inspect(db_path, **kwargs)

        monkeypatch.setattr(opening, "inspect_readonly", inspect)

        def start(work, on_done, on_failed):
            self.workers.append(threading.get_ident())
            return real_start(work, on_done, on_failed)

        def exec_(dialog):
            self.dialogs.append(dialog.headline.text())
            return real_exec(dialog)

        monkeypatch.setattr(opening_dialog, "start_in_worker", start)
        monkeypatch.setattr(OpeningDialog, "exec", exec_)


def test_a_current_file_opens_on_the_gui_thread_without_dialog_or_worker(
    qapp, data_dir: Path, monkeypatch
) -> None:
    data_dir.mkdir(parents=True)
    with ProfileStore.open(data_dir) as store:
        store.create_profile(_basics(name="Current Co"))
    watch = _Watch(monkeypatch)
    store = startup.open_store_interactive(data_dir, daily_backup=False)
    assert store is not None
    try:
        assert [s.name for s in summaries(store)] == ["Current Co"]
    finally:
        store.close()
    assert watch.workers == [] and watch.dialogs == []


def test_a_file_marked_damaged_is_checked_behind_the_dialog_and_opens_when_healthy(
    qapp, data_dir: Path, monkeypatch
) -> None:
    data_dir.mkdir(parents=True)
    with ProfileStore.open(data_dir) as store:
        store.create_profile(_basics(name="Checked Co"))
    db_path = data_dir / DB_FILENAME
    damage_mark(db_path).write_bytes(b"")  # an earlier check found damage (since repaired)
    watch = _Watch(monkeypatch)
    checked_on: list[int] = []
    real_check = connection.check_every_page

    def check(conn, path):
        checked_on.append(threading.get_ident())
        real_check(conn, path)

    monkeypatch.setattr(connection, "check_every_page", check)
    store = startup.open_store_interactive(data_dir, daily_backup=False)
    assert store is not None
    store.close()
    assert watch.dialogs == ["Checking the database…"]
    assert len(checked_on) == 1 and checked_on[0] != threading.get_ident()
    assert not damage_mark(db_path).exists()


def test_a_newer_file_found_by_the_worker_says_update_and_offers_no_restore(
    qapp, data_dir: Path, monkeypatch
) -> None:
    """Marked damaged and from a newer MoatDesk: the worker's full read finds it healthy
    and newer; the message is the GUI thread's usual one, and nothing is restored."""
    data_dir.mkdir(parents=True)
    db_path = data_dir / DB_FILENAME
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    damage_mark(db_path).write_bytes(b"")
    before = db_path.read_bytes()
    watch = _Watch(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    offered: list[str] = []
    monkeypatch.setattr(startup, "_ask_restore", lambda problem: offered.append(problem) or True)

    assert startup.open_store_interactive(data_dir) is None
    assert len(watch.workers) == 1 and watch.gui_reads == 0  # the worker's error, not a retry
    assert len(shown) == 1 and "update MoatDesk" in shown[0] and "schema 999" in shown[0]
    assert not offered
    assert db_path.read_bytes() == before


def test_a_damaged_old_file_offers_the_backup_and_opens_the_restored_profiles(
    qapp, data_dir: Path, monkeypatch
) -> None:
    """The worker's full read before the migration finds damage: the restore offer, as
    before; the restore runs behind the dialog too, and the restored backup (current
    schema) then opens without one."""
    data_dir.mkdir(parents=True)
    with ProfileStore.open(data_dir, daily_backup=False) as store:
        store.create_profile(_basics(name="Backed Up Co"))
        assert store.take_daily_backup() is not None  # today's backup: that one profile
    db_path = data_dir / DB_FILENAME
    shutil.copyfile(FIXTURES / "v4.sqlite3", db_path)
    data = bytearray(db_path.read_bytes())
    data[-4096:-4088] = b"\xa5" * 8  # the last page's header
    db_path.write_bytes(bytes(data))
    watch = _Watch(monkeypatch)
    asked: list[str] = []
    read_before_asking: list[int] = []

    def ask(problem: str) -> bool:
        asked.append(problem)
        read_before_asking.append(watch.gui_reads)
        return True

    monkeypatch.setattr(startup, "_ask_restore", ask)
    restored: list[Path] = []
    monkeypatch.setattr(startup, "tell_restored", lambda backup, _aside: restored.append(backup))
    restored_on: list[int] = []
    real_restore = backups.restore_latest_backup

    def restore(folder: Path):
        restored_on.append(threading.get_ident())
        return real_restore(folder)

    monkeypatch.setattr(backups, "restore_latest_backup", restore)

    store = startup.open_store_interactive(data_dir, daily_backup=False)
    assert store is not None
    try:
        assert [s.name for s in summaries(store)] == ["Backed Up Co"]
    finally:
        store.close()
    assert len(asked) == 1 and "is damaged" in asked[0] and DB_FILENAME in asked[0]
    assert read_before_asking == [0]  # found by the worker, not by a second read here
    assert len(restored) == 1
    assert len(restored_on) == 1 and restored_on[0] != threading.get_ident()  # a worker's
    assert watch.dialogs == [
        "Updating your profiles to this version of MoatDesk…",
        "Restoring the newest backup…",
    ]


def test_a_lock_held_by_another_process_reaches_the_usual_message(
    qapp, data_dir: Path, monkeypatch
) -> None:
    db_path = _install_v4(data_dir)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("BEGIN IMMEDIATE")  # another MoatDesk is writing, and keeps at it
    watch = _Watch(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    try:
        assert startup.open_store_interactive(data_dir, daily_backup=False) is None
    finally:
        other.rollback()
        other.close()
    assert len(watch.workers) == 1 and watch.gui_reads == 0
    assert len(shown) == 1 and DB_FILENAME in shown[0]
    conn = sqlite3.connect(db_path)  # nothing migrated: the next start tries again
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    finally:
        conn.close()
