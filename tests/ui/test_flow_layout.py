"""Buttons in a FlowLayout wrap to a new line instead of widening their window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from moatdesk.ui.flow_layout import FlowLayout

# The offscreen platform warns whenever a window is shown; it is not a MoatDesk problem.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

LABELS = ["Start this quarter's review", "Continue draft", "View results", "Export PDF roadmap"]


def make_row(qtbot, width: int) -> tuple[QWidget, list[QPushButton]]:
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row)
    buttons = [QPushButton(text, row) for text in LABELS]
    for button in buttons:
        layout.addWidget(button)
    row.resize(width, layout.heightForWidth(width))
    row.show()
    qtbot.waitExposed(row)
    return row, buttons


def test_a_wide_row_keeps_one_line(qtbot) -> None:
    _row, buttons = make_row(qtbot, 2000)
    assert len({b.y() for b in buttons}) == 1
    xs = [b.x() for b in buttons]
    assert xs == sorted(xs)


def test_a_narrow_row_wraps_and_stays_inside_its_width(qtbot) -> None:
    widest = max(QPushButton(text).sizeHint().width() for text in LABELS)
    row, buttons = make_row(qtbot, widest + 10)
    assert len({b.y() for b in buttons}) == len(LABELS)  # one per line
    assert all(b.geometry().right() <= row.width() for b in buttons)
    assert row.layout().minimumSize().width() <= widest + 1  # never forces it wider
    assert row.layout().heightForWidth(widest + 10) > 3 * buttons[0].height()


def test_a_hidden_button_takes_no_place(qtbot) -> None:
    row, buttons = make_row(qtbot, 2000)
    buttons[1].hide()
    row.layout().activate()
    assert buttons[2].x() < buttons[1].x() + buttons[1].width()
