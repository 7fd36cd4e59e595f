"""The compiled Korean translation, Qt's own Korean strings and pseudo mode reach real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from moatdesk.ui.empty_state import EmptyState
from moatdesk.ui.main_controller import copy_name
from moatdesk.ui.pseudo import PSEUDO_VAR, pseudo_text

pytestmark = pytest.mark.gui


def test_compiled_korean_qm_translates_the_window_title(qapp, korean_qm: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(korean_qm))
    title = translator.translate("MainWindow", "Meta-moat roadmap")
    assert title == "메타-해자 로드맵"
    assert translator.translate("Actions", "&New profile…") == "새 프로필(&N)…"


def test_korean_also_translates_qts_own_buttons_and_switches_back(qtbot, switcher) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)  # as in the settings
    qtbot.addWidget(buttons)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Close"
    switcher.apply("ko")
    qtbot.waitUntil(lambda: close.text() == "닫기")
    wizard = QWizard()  # QWizard picks its default button texts when it is built
    qtbot.addWidget(wizard)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "취소"
    assert QCoreApplication.translate("MainWindow", "About MoatDesk") == "MoatDesk 정보"
    switcher.apply("en")
    qtbot.waitUntil(lambda: close.text() == "Close")
    assert QCoreApplication.translate("MainWindow", "About MoatDesk") == "About MoatDesk"


def test_pseudo_mode_doubles_the_strings_of_open_widgets(
    qtbot, switcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = EmptyState(QAction("new"), QAction("example"))
    qtbot.addWidget(empty)
    assert empty.heading.text() == "Welcome to MoatDesk"

    monkeypatch.setenv(PSEUDO_VAR, "1")
    switcher.apply("en")
    qtbot.waitUntil(lambda: empty.heading.text() == pseudo_text("Welcome to MoatDesk"))
    assert empty.new_button.text() == pseudo_text("New profile")

    switcher.apply("ko")  # pseudo Korean: the real translation, doubled
    qtbot.waitUntil(lambda: empty.new_button.text() == pseudo_text("새 프로필"))

    monkeypatch.delenv(PSEUDO_VAR)
    switcher.apply("en")
    qtbot.waitUntil(lambda: empty.heading.text() == "Welcome to MoatDesk")


def test_a_duplicate_is_named_in_the_ui_language(qtbot, switcher) -> None:
    taken = {"Acme %2", "Acme %2 (copy)"}
    assert copy_name("Acme %2", taken) == "Acme %2 (copy 2)"  # typed text stays verbatim
    switcher.apply("ko")
    assert copy_name("Acme", {"Acme"}) == "Acme (사본)"
    assert copy_name("Acme", {"Acme", "Acme (사본)"}) == "Acme (사본 2)"
    assert copy_name("A" * 199, set()) is None  # too long to extend: the store shortens it
