"""What a profile's first showing loads (issue 16): the detail pane, its countdown and
history, not the what-if panel (~2 MiB of modules) nor reportlab, pypdfium2 or the
network modules; those load when their own window or the export opens."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

_CHILD = """
import sys, tempfile
from datetime import date
from pathlib import Path
from moatdesk.ui.app import create_application
app = create_application()
from moatdesk.storage.store import ProfileStore
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.main_window import MainWindow
from moatdesk.ui.settings import AppSettings
switcher = LanguageSwitcher(); switcher.apply("en")
folder = Path(tempfile.mkdtemp())
store = ProfileStore.open(folder)
window = MainWindow(store, AppSettings(folder), switcher, today=lambda: date(2026, 11, 20))
window.show()
window.actions_by_name["open_example"].trigger()
while not window.detail.ready():
    app.processEvents()
shown = window.detail.findChildren(__import__("moatdesk.ui.countdown_view",
    fromlist=["CountdownView"]).CountdownView)
print("countdown", sum(1 for c in shown if c.rowCount() > 0))
heavy = ["moatdesk.ui.whatif_panel", "reportlab", "pypdfium2", "ssl", "urllib.request"]
print("loaded", ",".join(m for m in heavy if m in sys.modules) or "-")
"""


def test_showing_the_example_loads_neither_the_what_if_panel_nor_the_export(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOATDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, env=env
    ).stdout.split("\n")
    assert "countdown 1" in out  # the countdown was filled (it needs the stop words)
    assert "loaded -" in out
