"""In pseudo mode every piece of the app's chrome is pseudo-translated: a string that
comes out plain bypassed Qt's translator and would stay English in Korean too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QWidget,
)

from moatdesk.storage.store import ProfileStore
from moatdesk.ui import i18n
from moatdesk.ui.main_window import MainWindow
from moatdesk.ui.pseudo import PSEUDO_VAR
from moatdesk.ui.settings import AppSettings

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _chrome_texts(root: QWidget) -> dict[str, str]:
    """Texts the app writes itself: buttons, form labels, group titles, tree headers,
    menus and actions.

    Radio buttons carry content (scale labels from the question bank): not chrome.
    """
    found: dict[str, str] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.text():
            found[f"form label {label.text()!r}"] = label.text()
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, QRadioButton) and button.isVisibleTo(root) and button.text():
            found[f"button {button.text()!r}"] = button.text()
    for box in root.findChildren(QGroupBox):
        if box.title():
            found[f"group {box.title()!r}"] = box.title()
    for tree in root.findChildren(QTreeWidget):
        header = tree.headerItem()
        for column in range(tree.columnCount()):
            if header.text(column):
                found[f"header {header.text(column)!r}"] = header.text(column)
    for action in root.findChildren(QAction):
        if action.text():
            found[f"action {action.text()!r}"] = action.text()
    return found


def _plain(texts: dict[str, str]) -> list[str]:
    return sorted(where for where, text in texts.items() if "⟦" not in text)


@pytest.fixture
def pseudo_window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(PSEUDO_VAR, "1")
    data_dir.mkdir(parents=True, exist_ok=True)
    switcher = i18n.LanguageSwitcher()
    switcher.apply("en")
    with ProfileStore.open(data_dir) as store:
        window = MainWindow(
            store, AppSettings(data_dir), switcher, today=lambda: date(2026, 11, 20)
        )
        qtbot.addWidget(window)
        window.show()
        yield window
        window.close()
    monkeypatch.delenv(PSEUDO_VAR)
    switcher.apply("en")


def test_main_window_and_wizard_chrome_all_go_through_the_translator(
    qtbot, pseudo_window, monkeypatch
):
    from moatdesk.ui import quarter_dialog

    window = pseudo_window
    in_dialog: list[str] = []

    def choose(parent, choices, default):  # look at the quarter dialog, take the default
        dialog = quarter_dialog.QuarterDialog(choices, default, parent)
        qtbot.addWidget(dialog)
        in_dialog.extend(f"quarter dialog: {where}" for where in _plain(_chrome_texts(dialog)))
        return default

    monkeypatch.setattr(quarter_dialog, "choose_quarter", choose)
    assert "⟦" in window.windowTitle()
    assert not _plain(_chrome_texts(window.empty)), "untranslated on the empty state"
    window.actions_by_name["open_example"].trigger()
    qtbot.waitUntil(lambda: window.controller.selected_profile() is not None)
    assert not _plain(_chrome_texts(window)), "untranslated in the main window"

    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    plain: list[str] = list(in_dialog)
    while True:
        page = wizard.currentId()
        plain += [f"page {page}: {where}" for where in _plain(_chrome_texts(wizard.currentPage()))]
        plain += [f"page {page}: wizard title" for t in [wizard.windowTitle()] if "⟦" not in t]
        buttons = wizard.WizardButton
        for which in (
            buttons.BackButton,
            buttons.NextButton,
            buttons.CommitButton,
            buttons.FinishButton,
            buttons.CancelButton,
        ):
            button = wizard.button(which)
            if button.isVisible() and "⟦" not in button.text():
                plain.append(f"page {page}: wizard button {button.text()!r}")
        wizard.next()
        if wizard.currentId() == page:
            break
    assert not plain, "untranslated in the wizard:\n" + "\n".join(plain)


def test_a_plain_string_would_be_reported(qtbot, pseudo_window) -> None:
    sneaky = QPushButton("Sneaky English", pseudo_window.empty)
    sneaky.show()
    assert _plain(_chrome_texts(pseudo_window.empty)) == ["button 'Sneaky English'"]
