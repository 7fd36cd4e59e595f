"""Issue 10 item 7: failures at start that a desktop user must see, as dialogs.

Before, a data folder that is a file, a database path that is a folder, or a lock file
that cannot be written ended the GUI with stderr only (or a blank window and a
traceback), and an exception in a slot outside the existing guards only printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from moatdesk.storage.connection import DB_FILENAME
from moatdesk.ui import startup
from moatdesk.ui.app import run_gui

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """Every dialog shown, instead of waiting for a click."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _text(box: QMessageBox) -> str:
    return box.text() + "\n" + box.informativeText()


def test_a_data_folder_that_is_a_file_gets_a_dialog(qapp, tmp_path: Path, boxes):
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("a file", encoding="utf-8")
    assert run_gui(str(not_a_folder), "en") == 1
    [box] = boxes
    assert str(not_a_folder) in _text(box) and "--data-dir" in _text(box)
    assert box.icon() is QMessageBox.Icon.Critical


def test_a_lock_file_that_cannot_be_written_gets_a_dialog(qapp, data_dir: Path, boxes, monkeypatch):
    from moatdesk.files import DiskWriteError
    from moatdesk.storage import instance_lock

    data_dir.mkdir(parents=True)

    def refuse(self):
        raise DiskWriteError("no permission to write {path}.", path=self.path)

    monkeypatch.setattr(instance_lock.InstanceLock, "acquire", refuse)
    assert run_gui(str(data_dir), "en") == 1
    [box] = boxes
    assert "moatdesk.lock" in _text(box) and "--data-dir" in _text(box)


def test_a_database_path_that_is_a_folder_gets_a_dialog(qapp, data_dir: Path, monkeypatch):
    (data_dir / DB_FILENAME).mkdir(parents=True)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert startup.open_store_interactive(data_dir) is None
    [text] = shown
    assert DB_FILENAME in text and "is a folder" in text and "--data-dir" in text


def test_unexpected_errors_show_a_dialog_and_go_to_a_log_in_the_data_folder(
    qapp, data_dir: Path, boxes, monkeypatch
):
    data_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    startup.install_excepthook(data_dir)
    try:
        raise KeyError("a slot went wrong")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    [box] = boxes
    log = data_dir / startup.ERROR_LOG
    assert "KeyError" in _text(box) and str(log) in _text(box)
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "a slot went wrong" in log.read_text(encoding="utf-8")
