"""Help > Guide (F1): the review, the roadmap, every shortcut and the essay, EN and KO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from moatdesk.ui.actions import ACTION_TABLE
from moatdesk.ui.guide import GuideDialog
from windows import activate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_f1_opens_the_guide_with_every_shortcut(qtbot, make_window, shown_dialog):
    window = make_window()
    activate(qtbot, window)  # shortcuts act in the active window
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = shown_dialog(window, GuideDialog)
    text = guide.text.toPlainText()
    assert "The quarterly review" in text and "Reading the roadmap" in text
    native = QKeySequence.SequenceFormat.NativeText
    for _menu, keys in ACTION_TABLE.values():
        if keys:
            assert QKeySequence(keys).toString(native) in text
    assert "Meta-Moats of AI" in text and "Alt+Right" in text


def test_the_guide_speaks_korean(qtbot, make_window, switcher, korean_from_source, shown_dialog):
    window = make_window()
    window.actions_by_name["guide"].trigger()
    guide = shown_dialog(window, GuideDialog)
    switcher.apply("ko")
    qtbot.waitUntil(lambda: guide.windowTitle() == "도움말")
    text = guide.text.toPlainText()
    assert "분기 점검" in text and "로드맵" in text and "The quarterly review" not in text
    switcher.apply("en")
    qtbot.waitUntil(lambda: guide.windowTitle() == "Guide")
