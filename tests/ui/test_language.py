"""Switching the language in the settings re-translates the open windows, no restart."""

from __future__ import annotations

import pytest

from listing import heading
from moatdesk.ui import i18n
from moatdesk.ui.dialogs import SettingsDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_switching_language_in_settings_retranslates_open_windows(
    qtbot, make_window, store, basics_named, korean_from_source, monkeypatch, shown_dialog
):
    store.create_profile(basics_named("Hangul Labs"))
    window = make_window()
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    assert window.windowTitle() == "Meta-moat roadmap"
    assert wizard.button(wizard.WizardButton.CancelButton).text() == "Save and close"
    assert wizard.section_pages[0].title() == "1. Speed"

    window.actions_by_name["settings"].trigger()
    dialog = shown_dialog(window, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))

    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: window.windowTitle() == "메타-해자 로드맵")
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    assert heading(window.panel, 0) == "회사"
    assert "헬스케어" in window.detail.basics.text()
    assert wizard.button(wizard.WizardButton.CancelButton).text() == "저장하고 닫기"
    assert wizard.section_pages[0].title() == "1. 속도"  # content follows the UI language
    assert dialog.windowTitle() == "설정"
    assert i18n.ui_lang() == "ko"
    assert window.controller.settings.language() == "ko"  # remembered for the next start

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: window.windowTitle() == "Meta-moat roadmap")
    assert wizard.section_pages[0].title() == "1. Speed"
    assert heading(window.panel, 0) == "Company"


def test_the_settings_offer_exactly_the_content_languages():
    from moatdesk.domain.textrules import LANGS

    assert tuple(i18n.LANGUAGE_NAMES) == LANGS


def test_language_choice_order_is_flag_then_setting_then_system():
    assert i18n.choose_lang("ko", "en") == "ko"
    assert i18n.choose_lang(None, "ko") == "ko"
    assert i18n.choose_lang(None, None) == i18n.system_lang()
