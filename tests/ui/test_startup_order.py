"""The app's start: the window's frame first, then its body and the store, even when
that frame never paints (a window started minimized or not exposed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import moatdesk.ui.app as app_module
from moatdesk.ui.main_window import MainWindow
from qt_waits import exit_if_stuck

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_window_that_never_paints_still_opens_its_store(
    qapp, data_dir: Path, monkeypatch
) -> None:
    monkeypatch.delenv(app_module.EXIT_AFTER_FRAME_VAR, raising=False)
    monkeypatch.setattr(app_module, "after_next_paint", lambda _widget, _callback: None)
    seen: list[bool] = []

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].__dict__.get("controller") is not None:
            seen.append(windows[0].controller.store is not None)
            QApplication.exit(0)

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(20)
    with exit_if_stuck(30_000):
        assert app_module.run_gui(str(data_dir), "en") == 0
    poll.stop()
    assert seen == [True]
