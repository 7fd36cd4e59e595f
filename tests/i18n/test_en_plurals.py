"""English plurals: moatdesk_en.ts holds a singular and a plural for every %n string."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from ts_file import EN_TS, KO_TS, fresh_extraction, placeholders, read_ts

from moatdesk.ui.i18n import fill

EN = read_ts(EN_TS)


def test_every_plural_string_has_both_english_forms(tmp_path: Path) -> None:
    plural_in_code = {m.key for m in fresh_extraction(tmp_path / "fresh.ts") if "%n" in m.source}
    assert {m.key for m in EN} == plural_in_code
    for message in EN:
        assert not message.kind, f"{message.where}: {message.kind}"
        singular, plural = message.translations
        assert singular.strip() and singular != plural, message.source
        assert placeholders(singular) == placeholders(plural) == placeholders(message.source)


@pytest.mark.gui
def test_counts_read_naturally_in_english_and_korean(qapp, compiled_qm) -> None:
    english, korean = QTranslator(), QTranslator()
    assert english.load(str(compiled_qm["en"])) and korean.load(str(compiled_qm["ko"]))
    assert english.translate("ProfileDetail", "%n people", "", 1) == "%n person"
    assert english.translate("ProfileDetail", "%n people", "", 2) == "%n people"
    assert english.translate("ProfileDetail", "%n months of runway", "", 1) == (
        "%n month of runway"
    )
    assert korean.translate("ProfileDetail", "%n people", "", 1) == "%n명"
    assert korean.translate("ProfileDetail", "%n people", "", 7) == "%n명"


def test_korean_ts_has_one_form_per_plural() -> None:
    """Korean has no plural: lupdate gives its numerus entries a single form."""
    plurals = [m for m in read_ts(KO_TS) if "%n" in m.source]
    assert plurals and all(len(m.translations) == 1 for m in plurals)


def test_fill_substitutes_in_one_pass_so_typed_text_stays_verbatim() -> None:
    template = "%1 — deleted %2, kept until %3"
    assert fill(template, "Acme %2 %3 Labs", "today", "next month") == (
        "Acme %2 %3 Labs — deleted today, kept until next month"
    )
    assert fill("%2 then %1", "a", "b") == "b then a"
    assert fill("%1 and %4", "x") == "x and %4"  # a missing value leaves its marker
