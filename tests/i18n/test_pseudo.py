"""Pseudo-translation doubles every UI string and keeps what the code relies on."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from ts_file import KO_TS, mnemonics, placeholders, read_ts

from moatdesk.ui.pseudo import PSEUDO_VAR, PseudoTranslator, pseudo_enabled, pseudo_text

SOURCES = sorted({m.source for m in read_ts(KO_TS)})


def _visible(text: str) -> str:
    """What a user reads: no placeholders, mnemonic marks or pseudo markers."""
    return re.sub(r"%L?\d+|%n|\{\w+\}|[&⟦⟧]", "", text)


@pytest.mark.parametrize("source", SOURCES)
def test_every_ui_string_doubles_and_keeps_placeholders_and_mnemonics(source: str) -> None:
    pseudo = pseudo_text(source)
    assert pseudo.startswith("⟦") and pseudo.endswith("⟧")
    assert len(_visible(pseudo)) >= 2 * len(_visible(source))
    assert placeholders(pseudo) == placeholders(source)
    assert mnemonics(pseudo) == mnemonics(source)
    assert pseudo.count("\n") == source.count("\n")


def test_pseudo_text_is_visibly_not_english() -> None:
    # The mnemonic letter stays as it is, so Alt+S still works.
    assert pseudo_text("&Save and close") == "⟦&Såvé åñd çlöšé ~Save and close~⟧"
    assert pseudo_text("<b>Hi</b> %1") == "⟦<b>Hî</b> %1 ~Hi ~⟧"
    assert pseudo_text("") == ""


def test_switch_is_an_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PSEUDO_VAR, raising=False)
    assert not pseudo_enabled()
    monkeypatch.setenv(PSEUDO_VAR, "0")
    assert not pseudo_enabled()
    monkeypatch.setenv(PSEUDO_VAR, "1")
    assert pseudo_enabled()


def test_pseudo_translator_answers_every_context_and_wraps_a_real_translation(
    qapp, korean_qm
) -> None:
    korean = QTranslator()
    assert korean.load(str(korean_qm))
    pseudo = PseudoTranslator([korean])
    QCoreApplication.installTranslator(pseudo)
    try:
        translate = QCoreApplication.translate
        assert translate("Wizard", "Save and close") == pseudo_text("저장하고 닫기")
        assert translate("NoSuchContext", "Plain %1") == pseudo_text("Plain %1")
        # Key names and the layout direction are settings, not text.
        assert translate("QShortcut", "Ctrl") == "Ctrl"
        assert qapp.isLeftToRight()
    finally:
        QCoreApplication.removeTranslator(pseudo)
