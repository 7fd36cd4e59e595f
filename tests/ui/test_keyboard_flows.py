"""The reminder and the compare box with the keyboard alone (issue 17: keyboard pass).

Alt+letter only acts when one control of the window has that letter; with two, Qt
only moves the focus between them (an "ambiguous" shortcut) and nothing happens.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from factories import reviewed
from windows import activate, closed

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ALT = Qt.KeyboardModifier.AltModifier


def with_example(store) -> None:
    from moatdesk.domain.example import example_exchange_json

    source = store.data_dir / "example.json"
    source.write_text(example_exchange_json(), encoding="utf-8")
    store.import_json(source)


def active(qtbot, window):
    activate(qtbot, window)  # shortcuts act in the active window
    return window


def press(qtbot, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Keys as the founder types them: to an open menu (it grabs the keyboard), else to
    whatever has the focus now."""
    for key in keys:
        target = (
            QApplication.activePopupWidget()
            or QApplication.focusWidget()
            or QApplication.activeWindow()
        )
        qtbot.keyClick(target, key, modifier)


def shown_date_dialog(qtbot, window):
    """The date dialog, once open: a button's Alt+letter clicks it with a short
    animation (QAbstractButton::animateClick), so the dialog opens a moment later."""
    from moatdesk.ui.review_date_dialog import ReviewDateDialog

    def shown():
        return [d for d in window.findChildren(ReviewDateDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[-1]


def mnemonics(window) -> dict[str, list[str]]:
    """Alt+letter -> the visible controls of the window (menu bar included) using it."""
    found: dict[str, list[str]] = defaultdict(list)
    for menu in window.menuBar().actions():
        found[QKeySequence.mnemonic(menu.text()).toString()].append(f"menu {menu.text()}")
    widgets = [
        w
        for kind in (QAbstractButton, QLabel, QGroupBox)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window) and w.window() is window
    ]
    for widget in widgets:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label's mnemonic only works with a buddy
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found[key].append(f"{type(widget).__name__} {text}")
    return found


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_alt_letter_of_the_main_window_is_taken_once(
    qtbot, make_window, store, basics_named, switcher, korean_from_source, lang
):
    with_example(store)  # the detail pane, its compare box and the reminder bar all shown
    switcher.apply(lang)
    window = make_window(today=date(2026, 11, 20))
    qtbot.waitUntil(window.detail.ready)
    assert window.reminder_bar.isVisible() and window.detail.compare.isVisible()
    taken = mnemonics(window)
    assert len(taken) >= 10, str(sorted(taken.items()))  # menus, bar, compare, countdown
    assert {key: users for key, users in taken.items() if len(users) > 1} == {}


def test_the_reminder_by_keyboard_a_date_then_start(
    qtbot, make_window, store, basics_named, data_dir
):
    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Keyboard Co", "2026-Q3")
    window = active(qtbot, make_window(today=date(2026, 11, 20)))
    assert window.reminder_bar.isVisible()
    press(qtbot, Qt.Key.Key_D, modifier=ALT)  # "Remind me on a &date…"
    dialog = shown_date_dialog(qtbot, window)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.date_edit.hasFocus()
    assert dialog.date_edit.text() == "December 4, 2026"  # two weeks ahead
    press(qtbot, Qt.Key.Key_Tab)  # from the month to the day
    press(qtbot, *[Qt.Key.Key_Up] * 6)  # six days later
    press(qtbot, Qt.Key.Key_Return)
    assert closed(dialog)
    assert AppSettings(data_dir).review_date(pid) == date(2026, 12, 10)
    assert not window.reminder_bar.isVisible()
    window.close()

    on_the_day = active(qtbot, make_window(today=date(2026, 12, 10)))
    assert on_the_day.reminder_bar.isVisible()
    press(qtbot, Qt.Key.Key_A, modifier=ALT)  # "St&art review"
    qtbot.waitUntil(lambda: on_the_day.controller.wizard is not None)
    wizard = on_the_day.controller.wizard
    assert wizard.quarter == "2026-Q4"
    wizard.close()


def test_the_reminder_by_keyboard_escape_keeps_it_and_later_snoozes(
    qtbot, make_window, store, basics_named, data_dir
):
    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Later Co", "2026-Q3")
    window = active(qtbot, make_window(today=date(2026, 11, 20)))
    press(qtbot, Qt.Key.Key_D, modifier=ALT)
    dialog = shown_date_dialog(qtbot, window)
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Escape)  # changed my mind: nothing picked, the bar stays
    assert closed(dialog)
    assert AppSettings(data_dir).review_date(pid) is None
    assert window.reminder_bar.isVisible()
    active(qtbot, window)  # offscreen has no window manager to hand activation back
    press(qtbot, Qt.Key.Key_L, modifier=ALT)  # "Remind me &later"
    qtbot.waitUntil(lambda: not window.reminder_bar.isVisible())
    assert AppSettings(data_dir).snoozed_until(pid) == "2026-11-27"


# An open menu asks the platform to raise it and grab the keyboard; offscreen cannot.
@pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "support grabbing the keyboard")
def test_the_next_review_date_from_the_menu_by_keyboard(
    qtbot, make_window, store, basics_named, data_dir
):
    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Menu Co", "2026-Q4")
    AppSettings(data_dir).set_review_date(pid, date(2027, 2, 1))
    window = active(qtbot, make_window(today=date(2026, 11, 20)))
    press(qtbot, Qt.Key.Key_R, modifier=ALT)  # the Review menu
    menu = QApplication.activePopupWidget()
    assert menu is not None
    press(qtbot, Qt.Key.Key_D)  # "Set the next review &date…"
    dialog = shown_date_dialog(qtbot, window)
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_N, modifier=ALT)  # "&No date of my own"
    qtbot.waitUntil(lambda: closed(dialog))
    assert AppSettings(data_dir).review_date(pid) is None
    assert "when 2027-Q1 begins" in window.detail.next_review.text()


def test_compare_two_quarters_by_keyboard(qtbot, make_window, store):
    with_example(store)
    window = active(qtbot, make_window())
    qtbot.waitUntil(window.detail.ready)
    compare = window.detail.compare
    quarters = [compare.from_combo.itemText(i) for i in range(compare.from_combo.count())]
    assert len(quarters) >= 3
    press(qtbot, Qt.Key.Key_M, modifier=ALT)  # "Fro&m:"
    assert compare.from_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Home)  # the first quarter
    press(qtbot, Qt.Key.Key_T, modifier=ALT)  # "&To:"
    assert compare.to_combo.hasFocus()
    press(qtbot, Qt.Key.Key_End)  # the last one
    assert (compare.from_combo.currentText(), compare.to_combo.currentText()) == (
        quarters[0],
        quarters[-1],
    )
    press(qtbot, Qt.Key.Key_O, modifier=ALT)  # "C&ompare"
    qtbot.waitUntil(lambda: "Moats that moved" in compare.result.text())
    press(qtbot, Qt.Key.Key_T, modifier=ALT)
    press(qtbot, Qt.Key.Key_Home)  # the same quarter on both sides
    press(qtbot, Qt.Key.Key_Tab)  # Tab reaches the button; Space presses it
    assert compare.button.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert "two different quarters" in compare.result.text()


def test_the_compare_picks_survive_a_refresh_but_not_another_profile(
    qtbot, make_window, store, basics_named, switcher, korean_from_source
):
    """A language switch (or a save) refreshes the pane; the founder's two quarters and
    the comparison stay, in the new language.  Another profile starts over."""
    with_example(store)
    other = store.create_profile(basics_named("Same Quarters Co"))
    for quarter in ("2026-Q1", "2026-Q2", "2026-Q3"):
        store.start_review(other.id, quarter)
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    compare = window.detail.compare
    compare.from_combo.setCurrentIndex(0)
    compare.button.click()
    picks = (compare.from_combo.currentText(), compare.to_combo.currentText())
    assert picks == ("2026-Q1", "2026-Q3") and "Moats that moved" in compare.result.text()
    switcher.apply("ko")
    qtbot.waitUntil(lambda: "달라진 해자" in compare.result.text())
    assert (compare.from_combo.currentText(), compare.to_combo.currentText()) == picks
    switcher.apply("en")
    qtbot.waitUntil(lambda: "Moats that moved" in compare.result.text())
    window.panel.select(other.id)
    assert compare.from_combo.currentText() == "2026-Q2"  # the latest two again
    assert "Compare any two quarters" in compare.result.text()


def test_the_profile_page_buttons_show_no_letter_that_does_nothing(
    qtbot, make_window, store, switcher, korean_from_source
):
    """Its buttons carry the actions' texts without their mnemonic (the menus have it);
    Korean's "(&S)" used to show there as "(S)"."""
    import re

    from PySide6.QtWidgets import QToolButton

    with_example(store)
    switcher.apply("ko")
    window = make_window()
    buttons = [b for b in window.detail.findChildren(QToolButton) if b.defaultAction()]
    assert len(buttons) >= 5
    for button in buttons:
        assert not re.search(r"\(\w\)", button.text()), button.text()
        assert button.text() in button.defaultAction().text().replace("&", "")
    assert window.actions_by_name["start_review"].text() == "이번 분기 점검 시작(&S)"
