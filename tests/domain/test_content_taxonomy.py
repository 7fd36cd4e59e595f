"""The taxonomy: every vocabulary member has a bilingual label, and bad files are refused."""

from __future__ import annotations

import re

import pytest

from moatdesk.domain.content import DESCRIBED, ContentError, load_taxonomy, parse_taxonomy
from moatdesk.domain.labels import description_text, label_text
from moatdesk.domain.taxonomy import TAXONOMY_TABLES, EssaySection, Horizon, Moat, Severity


def test_every_member_of_every_vocabulary_has_a_label() -> None:
    taxonomy = load_taxonomy()
    for enum in TAXONOMY_TABLES:
        for member in enum:
            label = taxonomy.label(member)
            assert label.en.strip() and label.ko.strip(), member


def test_plain_labels_for_start_up_match_the_validated_taxonomy() -> None:
    """The start-up path reads labels without pydantic; they must be the same text."""
    taxonomy = load_taxonomy()
    for enum in TAXONOMY_TABLES:
        for member in enum:
            for lang in ("en", "ko"):
                assert label_text(member, lang) == taxonomy.label(member).get(lang)
                if taxonomy.has_description(member):
                    expected = taxonomy.description(member).get(lang)
                    assert description_text(member, lang) == expected


def test_moats_sections_and_horizons_have_one_sentence_descriptions() -> None:
    taxonomy = load_taxonomy()
    for enum in DESCRIBED:
        for member in enum:
            description = taxonomy.description(member)
            assert description.en.endswith("."), member
            assert description.en.count(". ") == 0, member  # one sentence
            assert description.ko.endswith("."), member


def test_other_vocabularies_say_clearly_that_they_have_no_description() -> None:
    taxonomy = load_taxonomy()
    assert not taxonomy.has_description(Severity.HIGH)
    with pytest.raises(KeyError, match="no description"):
        taxonomy.description(Severity.HIGH)


def test_essay_section_labels_are_numbered_with_the_essays_korean_titles() -> None:
    taxonomy = load_taxonomy()
    expected_ko = {
        EssaySection.SPEED: "1. 속도",
        EssaySection.DATA_FLYWHEEL: "2. 데이터 플라이휠",
        EssaySection.SYNTHETIC_DATA: "3. 합성 데이터",
        EssaySection.TIMING_TALENT: "4. 시장 타이밍과 인재",
        EssaySection.SPINOUTS: "5. 점진적 스핀아웃 및 인재의 세분화",
        EssaySection.CONTRARIAN: "6. 곧 해결될 것이라는 오류와 역발상 접근 방식의 가치",
        EssaySection.FRAMEWORK: "7. 업데이트된 프레임워크",
    }
    for number, section in enumerate(EssaySection, start=1):
        label = taxonomy.label(section)
        assert label.ko == expected_ko[section]
        assert label.en.startswith(f"{number}. ")


def test_horizon_labels_give_their_time_spans() -> None:
    taxonomy = load_taxonomy()
    assert "0–12" in taxonomy.label(Horizon.SHORT).en
    assert "0–12개월" in taxonomy.label(Horizon.SHORT).ko
    assert "1–3" in taxonomy.label(Horizon.MEDIUM).ko
    assert "3" in taxonomy.label(Horizon.LONG).ko


def test_moat_labels_are_distinct_in_both_languages() -> None:
    taxonomy = load_taxonomy()
    for lang in ("en", "ko"):
        labels = [taxonomy.label(m).get(lang) for m in Moat]
        assert len(set(labels)) == len(labels), lang


def _taxonomy_text_without(table: str, key: str) -> str:
    from importlib.resources import files

    text = files("moatdesk.resources").joinpath("content/taxonomy.toml").read_text("utf-8")
    # Drop the whole [table.key] block, up to the next table header.
    pattern = rf"\[{re.escape(table)}\.{re.escape(key)}\]\n(?:(?!\[).*\n)*"
    stripped, count = re.subn(pattern, "", text)
    assert count == 1
    return stripped


def test_missing_label_is_refused_naming_the_entry_and_file() -> None:
    text = _taxonomy_text_without("moat", "brand")
    with pytest.raises(ContentError) as info:
        parse_taxonomy(text, "my-taxonomy.toml")
    assert "my-taxonomy.toml" in str(info.value)
    assert "[moat.brand] has no label" in str(info.value)


def test_unknown_member_and_missing_description_are_refused() -> None:
    text = _taxonomy_text_without("horizon", "long")
    text += '\n[horizon.forever]\nlabel = { en = "Forever", ko = "영원히" }\n'
    with pytest.raises(ContentError) as info:
        parse_taxonomy(text, "t.toml")
    message = str(info.value)
    assert "[horizon.long] has no label" in message
    assert "[horizon.forever] is not a Horizon" in message
    assert "[horizon.forever] has no description" in message


def test_label_missing_korean_is_refused() -> None:
    text = '[stage.seed]\nlabel = { en = "Seed" }\n'
    with pytest.raises(ContentError, match=r"stage\.seed\.label\.ko"):
        parse_taxonomy(text, "t.toml")
