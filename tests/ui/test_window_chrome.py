"""Window titles and first sizes as a founder sees them (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def shown_title(title: str) -> str:
    """What the window manager shows: Qt appends " — <display name>" unless the title
    already ends with it (QPlatformWindow::formatWindowTitle)."""
    name = QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} \u2014 {name}"


def test_the_main_window_title_names_moatdesk_once(qapp, make_window, monkeypatch):
    monkeypatch.setattr(QGuiApplication, "applicationDisplayName", lambda: "MoatDesk")
    window = make_window()
    assert shown_title(window.windowTitle()).count("MoatDesk") == 1
    assert shown_title(window.windowTitle()) == "Meta-moat roadmap \u2014 MoatDesk"


def on_screen(widget) -> bool:
    area = widget.screen().availableGeometry()
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    return area.contains(top_left) and area.contains(bottom_right)


def test_first_windows_fit_the_screen_and_the_close_button_is_on_it(
    qtbot, founder, make_window, shown_dialog
):
    from PySide6.QtWidgets import QDialogButtonBox

    from moatdesk.ui.dialogs import ResultsDialog

    window = make_window()
    area = window.screen().availableGeometry()  # offscreen: 800x600, smaller than asked
    assert window.width() <= area.width() and window.height() <= area.height()
    assert on_screen(window)
    founder.click(window.empty.example_button)
    window.actions_by_name["view_results"].trigger()
    dialog = shown_dialog(window, ResultsDialog)
    qtbot.waitExposed(dialog)
    assert dialog.height() <= area.height() and dialog.width() <= area.width()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and on_screen(close)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_compare_quarter_pickers_show_the_whole_quarter(
    qtbot, founder, make_window, switcher, korean_from_source, lang
):
    from PySide6.QtWidgets import QApplication, QSplitter, QStyle, QStyleOptionComboBox

    switcher.apply(lang)
    window = make_window()
    founder.click(window.empty.example_button)
    compare = window.detail.compare
    window.resize(560, 560)  # a small screen: the detail pane gets what the list leaves
    window.findChild(QSplitter).setSizes([300, 260])
    qtbot.waitExposed(compare)
    QApplication.processEvents()
    for combo in (compare.from_combo, compare.to_combo):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        widest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert field.width() >= widest, f"{combo.currentText()!r} is cut"
