"""Start-up conversations: a second window, a database that cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.storage.errors import DiskWriteError
from moatdesk.storage.instance_lock import InstanceLock
from moatdesk.ui import startup
from moatdesk.ui.app import run_gui

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_second_launch_is_told_another_window_owns_the_data_folder(
    qapp, data_dir: Path, monkeypatch
):
    data_dir.mkdir(parents=True)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    with InstanceLock(data_dir) as held:
        assert held.acquired
        assert run_gui(str(data_dir), "en") == 1
    assert told and str(data_dir) in told[0] and "already using" in told[0]


def test_a_corrupt_database_names_the_cause_and_offers_the_backup(
    qapp, data_dir: Path, monkeypatch
):
    from moatdesk.storage.connection import DB_FILENAME

    data_dir.mkdir(parents=True)
    (data_dir / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    asked: list[str] = []
    monkeypatch.setattr(startup, "_ask_restore", lambda problem: asked.append(problem) or False)
    assert startup.open_store_interactive(data_dir) is None  # the founder chose Quit
    assert asked and DB_FILENAME in asked[0]


def test_a_database_from_a_newer_version_says_update_and_offers_no_restore(
    qapp, data_dir: Path, monkeypatch
):
    import sqlite3

    from moatdesk.storage.connection import DB_FILENAME

    data_dir.mkdir(parents=True)
    db_path = data_dir / DB_FILENAME
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    offered: list[str] = []
    monkeypatch.setattr(startup, "_ask_restore", lambda problem: offered.append(problem) or True)

    assert startup.open_store_interactive(data_dir) is None
    assert shown and "update MoatDesk" in shown[0]
    assert not offered, "restoring an older backup would discard the newer version's work"
    assert db_path.read_bytes() == before


def test_a_failed_daily_backup_is_reported_and_the_store_still_opens(
    qapp, data_dir: Path, monkeypatch
):
    from moatdesk.storage.store import ProfileStore

    real_open = ProfileStore.open.__func__

    def open_with_failed_backup(cls, folder, *args, **kwargs):
        store = real_open(cls, folder, *args, **kwargs)
        store.backup_problem = DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "the disk is full; could not write {path}. Nothing was changed."
            ),
            path=folder / "backups",
        )
        return store

    monkeypatch.setattr(ProfileStore, "open", classmethod(open_with_failed_backup))
    warned: list[str] = []
    monkeypatch.setattr(startup, "_warn_backup_failed", warned.append)

    store = startup.open_store_interactive(data_dir)
    assert store is not None
    store.close()
    assert [type(problem) for problem in warned] == [DiskWriteError]
    assert "the disk is full" in str(warned[0])
