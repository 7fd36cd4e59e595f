"""Start-up conversations: a second window, a database that cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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


def test_the_first_frame_needs_neither_pydantic_nor_reportlab():
    """Start-up stays fast: the window's modules import nothing heavy (docs/benchmarks.md)."""
    import subprocess
    import sys

    code = (
        "import sys, moatdesk.ui.app, moatdesk.ui.main_window; "
        "print(sorted(m for m in ('pydantic', 'reportlab', 'PySide6.QtSvg') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
