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


def widest_item(combo) -> int:
    return max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )


def width_to_show(combo, text_width: int) -> int:
    """The combo's width that shows a text this wide whole: the style adds its frame,
    margins and the arrow (the same sum QComboBox's own size hint makes)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(text_width, combo.fontMetrics().height())
    return (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
        .width()
    )


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_compare_quarter_pickers_show_the_whole_quarter(
    qtbot, make_window, store, switcher, korean_from_source, lang
):
    """As at a real start: the pane is laid out (pending) while the pickers are still
    empty, and filled after the first frame.  QComboBox keeps the minimum size it worked
    out while empty (seven "x"), which a narrow pane then squeezes it to: "2026-Q‹" in
    fonts whose digits are wider than an x.  The floor the layout may squeeze a picker
    to must hold its widest quarter, whatever the font."""
    from moatdesk.domain.example import example_exchange_json

    source = store.data_dir / "example.json"
    source.write_text(example_exchange_json(), encoding="utf-8")
    store.import_json(source)
    switcher.apply(lang)
    window = make_window()  # attached at once; again as run_gui does (detail after a frame)
    window.controller.attach_store(None)
    window.controller.attach_store(store, detail_later=True)
    compare = window.detail.compare
    qtbot.waitUntil(window.detail.ready)
    assert compare.from_combo.count() >= 2
    for combo in (compare.from_combo, compare.to_combo):
        needed = width_to_show(combo, widest_item(combo))
        assert combo.minimumSizeHint().width() >= needed, f"{combo.currentText()!r} can be cut"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_compare_row_wraps_instead_of_widening_the_pane(
    qtbot, founder, make_window, switcher, korean_from_source, lang
):
    """At a 1.5 scale the Korean row ("이전 분기(M): [2026-Q2] 이후 분기(T): …") was the
    widest thing in the detail pane, which then scrolled sideways: the row wraps instead."""
    from PySide6.QtWidgets import QApplication

    switcher.apply(lang)
    window = make_window()
    founder.click(window.empty.example_button)
    compare = window.detail.compare
    qtbot.waitExposed(compare)
    parts = (compare.from_label, compare.from_combo, compare.to_label, compare.to_combo)
    in_one_row = sum(w.sizeHint().width() for w in (*parts, compare.button))
    assert compare.minimumSizeHint().width() < in_one_row
    compare.setFixedWidth(compare.minimumSizeHint().width())
    QApplication.processEvents()
    first_line = compare.from_combo.mapTo(compare, compare.from_combo.rect().bottomLeft())
    assert compare.button.y() > first_line.y()  # wrapped onto a line of its own
    for widget in (*parts, compare.button):
        assert widget.width() >= widget.sizeHint().width(), widget


def test_the_wizard_fits_the_screen_on_every_page_with_its_buttons_on_it(
    qtbot, founder, make_window
):
    """At a 1.5 scale a 1366x860 screen is 910x573 logical px; the offscreen screen
    (800x600) is as tight. The wizard asked for 820x640, so Next and Finish were cut."""
    from PySide6.QtWidgets import QWizard

    window = make_window()
    founder.click(window.empty.new_button)
    wizard = window.controller.wizard
    qtbot.waitExposed(wizard)
    area = wizard.screen().availableGeometry()
    founder.fill_basics(wizard, "Acme")
    seen = 0
    while True:
        qtbot.wait_until(lambda: wizard.currentPage().isVisible())
        assert wizard.frameGeometry().width() <= area.width(), wizard.currentId()
        assert wizard.frameGeometry().height() <= area.height(), wizard.currentId()
        buttons = [
            wizard.button(which)
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton)
        ]
        shown = [button for button in buttons if button.isVisible()]
        assert shown and all(on_screen(button) for button in shown), wizard.currentId()
        seen += 1
        if not wizard.button(QWizard.WizardButton.NextButton).isVisible():
            break
        if wizard.currentPage() in wizard.section_pages:
            founder.answer_page(wizard.currentPage())  # Finish then asks nothing
        founder.next(wizard)
    assert seen >= 3  # basics, every section, the review page
    founder.click(wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.wait_until(lambda: wizard.currentPage().isVisible())
    assert wizard.frameGeometry().height() <= area.height()  # the results page
    assert on_screen(wizard.button(QWizard.WizardButton.FinishButton))
