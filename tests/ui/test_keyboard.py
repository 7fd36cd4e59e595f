"""Keyboard use: Tab reaches every control; controls carry accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from windows import activate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def tab_cycle(qtbot, window, start, limit: int = 400) -> list:
    """Widgets that receive focus pressing Tab from ``start`` until focus comes back."""
    activate(qtbot, window)  # shortcuts act in the active window
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")


def test_tab_reaches_every_control_of_basics_and_a_section(qtbot, founder, make_window):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Tabby")
    basics = wizard.basics_page
    reached = tab_cycle(qtbot, wizard, basics.name)
    for control in (basics.sector, basics.stage, basics.stack, basics.team_size, basics.runway):
        assert any(w is control or control.isAncestorOf(w) for w in reached), control
    assert wizard.button(QWizard.WizardButton.NextButton) in reached

    founder.next(wizard)
    page = wizard.section_pages[0]
    first = next(iter(page.widgets.values()))
    reached = tab_cycle(qtbot, wizard, first.editor.focusProxy() or first.editor.buttons()[0])
    for widget in page.widgets.values():
        for control in (widget.notes, widget.confidence, widget.help_button):
            assert control in reached, (widget.question.id, control)
        editor_reached = any(widget.editor.isAncestorOf(w) for w in reached)
        assert editor_reached, widget.question.id


def test_question_controls_have_accessible_names(qtbot, founder, make_window):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Named")
    founder.next(wizard)
    for widget in wizard.section_pages[0].widgets.values():
        assert widget.accessibleName()
        assert widget.notes.accessibleName() == "Notes and evidence"
        assert widget.confidence.accessibleName() == "Confidence"
        for button in getattr(widget.editor, "buttons", list)():
            assert button.accessibleName()
