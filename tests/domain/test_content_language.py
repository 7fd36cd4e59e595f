"""Korean is first-class: every piece of content exists in real Korean, not a copy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from moatdesk.domain.actions import load_action_library
from moatdesk.domain.attacks import load_attacks
from moatdesk.domain.content import load_bank, load_taxonomy
from moatdesk.domain.flags import load_flag_rules
from moatdesk.domain.parameters import load_model
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.taxonomy import TAXONOMY_TABLES
from moatdesk.domain.text import LocalizedText

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
# {name}-style and Qt %1-style placeholders must survive translation.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")


def _bank_texts() -> Iterator[tuple[str, LocalizedText]]:
    for q in load_bank().questions:
        yield f"{q.id} text", q.text
        yield f"{q.id} help", q.help
        for i, label in enumerate(q.scale_labels):
            yield f"{q.id} scale {i}", label
        for option in q.options:
            yield f"{q.id} option {option.value}", option.label
        if q.number is not None:
            yield f"{q.id} unit", q.number.unit


def _taxonomy_texts() -> Iterator[tuple[str, LocalizedText]]:
    taxonomy = load_taxonomy()
    for enum in TAXONOMY_TABLES:
        for member in enum:
            yield f"{enum.__name__}.{member.name} label", taxonomy.label(member)
            if taxonomy.has_description(member):
                yield f"{enum.__name__}.{member.name} description", taxonomy.description(member)


def _engine_texts() -> Iterator[tuple[str, LocalizedText]]:
    """Flags, actions and the model's mechanism labels: shown on screen and in the PDF."""
    for flag in load_flag_rules().flags:
        yield f"flag {flag.id} title", flag.title
        yield f"flag {flag.id} explanation", flag.explanation
    for action in load_action_library().actions:
        yield f"action {action.id} title", action.title
        yield f"action {action.id} detail", action.detail
    for mechanism in load_model().mechanisms:
        yield f"mechanism {mechanism.id} label", mechanism.label
    attacks = load_attacks()
    for name, text in attacks.text:
        yield f"attacks text {name}", text
    for attack in attacks.attacks:
        yield f"attack {attack.id} title", attack.title
        yield f"attack {attack.id} description", attack.description


def _scenario_texts() -> Iterator[tuple[str, LocalizedText]]:
    from moatdesk.domain.scenarios import load_scenarios

    for scenario in load_scenarios().scenarios:
        yield f"scenario {scenario.id} title", scenario.title
        yield f"scenario {scenario.id} summary", scenario.summary
        for change in (*scenario.answers, *scenario.basics):
            where = getattr(change, "question", None) or getattr(change, "basic", "")
            yield f"scenario {scenario.id} why {where}", change.why


ALL_TEXTS = [*_bank_texts(), *_taxonomy_texts(), *_engine_texts(), *_scenario_texts()]


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[w for w, _ in ALL_TEXTS])
def test_korean_is_real_korean_and_not_a_copy(where: str, text: LocalizedText) -> None:
    assert text.en.strip(), where
    assert text.ko.strip(), where
    if LATIN_LETTER.search(text.en):
        assert HANGUL.search(text.ko), f"{where}: Korean has no Hangul: {text.ko!r}"
        assert text.ko != text.en, f"{where}: Korean is a copy of the English"


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[w for w, _ in ALL_TEXTS])
def test_placeholders_match_in_both_languages(where: str, text: LocalizedText) -> None:
    assert sorted(PLACEHOLDER.findall(text.en)) == sorted(PLACEHOLDER.findall(text.ko)), where


def test_placeholder_check_would_catch_a_dropped_placeholder() -> None:
    broken = LocalizedText(en="Hello {name}", ko="안녕하세요")
    assert sorted(PLACEHOLDER.findall(broken.en)) != sorted(PLACEHOLDER.findall(broken.ko))


def test_questions_ask_in_both_languages_with_polite_korean_endings() -> None:
    for q in load_bank().questions:
        if q.kind is QuestionKind.TEXT:
            continue
        assert q.text.en.endswith("?"), q.id
        # A trailing "(e.g. ...)" aside may follow; the question itself ends in ~요?
        korean = re.sub(r"\s*\([^)]*\)$", "", q.text.ko)
        assert korean.endswith("요?"), (q.id, q.text.ko)


def test_help_texts_are_one_to_three_sentences() -> None:
    for q in load_bank().questions:
        for lang in ("en", "ko"):
            help_text = q.help.get(lang)
            sentences = [s for s in re.split(r"(?<=[.?!])\s+", help_text.strip()) if s]
            assert 1 <= len(sentences) <= 3, (q.id, lang, len(sentences))


GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


def _glossary_avoid() -> dict[str, str]:
    """Spellings the glossary rules out ("not X" in a row's note) -> the term to use."""
    avoid: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3:
            for wrong in re.findall(r"\bnot ([^,;(|]+)", cells[2]):
                avoid[wrong.strip()] = cells[1]
    return avoid


def test_glossary_lists_spellings_to_avoid() -> None:
    avoid = _glossary_avoid()
    assert avoid["미세 조정"] == "파인튜닝"
    assert avoid["메타 해자"] == "메타-해자"
    # one term per concept (issue 13): the rival terms are ruled out
    assert avoid["기존 기업"] == avoid["원조 기업"] == "기존 강자"
    assert avoid["접근법"] == "접근 방식"
    assert avoid["인력"].startswith("인재")
    assert avoid["릴리스"].startswith("출시")
    assert avoid["반대적"] == "역발상 접근 방식"
    assert avoid["맞교환"] == "트레이드오프"
    # the point of view: the founding team speaks as 우리
    we = {wrong for wrong, right in avoid.items() if right.startswith("우리")}
    assert {"여러분", "당신", "귀사"} <= we


def test_korean_uses_the_glossary_terms() -> None:
    avoid = _glossary_avoid()
    for where, text in ALL_TEXTS:
        for wrong, right in avoid.items():
            assert wrong not in text.ko, f"{where}: use {right!r}, not {wrong!r}"


KO_TS = GLOSSARY.parents[1] / "translations" / "moatdesk_ko.ts"


def _report_and_ui_korean() -> Iterator[tuple[str, str]]:
    """The PDF's own words and the UI's Qt translation: they follow the glossary too."""
    import xml.etree.ElementTree as ET

    from moatdesk.report.strings import STRINGS

    for key, (_en, ko) in STRINGS.items():
        yield f"report string {key!r}", ko
    for message in ET.parse(KO_TS).getroot().iter("message"):
        yield f"UI {message.findtext('source')!r}", message.findtext("translation") or ""


def test_report_strings_and_ui_translation_use_the_glossary_terms() -> None:
    avoid = _glossary_avoid()
    found = [
        f"{where}: use {right!r}, not {wrong!r}"
        for where, korean in _report_and_ui_korean()
        for wrong, right in avoid.items()
        if wrong in korean
    ]
    assert not found, "\n".join(found)


def _all_korean() -> Iterator[tuple[str, str]]:
    for where, text in ALL_TEXTS:
        yield where, text.ko
    yield from _report_and_ui_korean()


# 접근 as "approach" is 접근 방식; a bare 접근 is allowed only as "access".
BARE_APPROACH = re.compile(r"접근(?!\s?방식|권|하|할|해|했|성)")
# A particle chosen by the preceding syllable, right after a placeholder that hides it.
PARTICLE_AFTER_PLACEHOLDER = re.compile(
    r"(?:\{[A-Za-z_]\w*\}|%L?\d)(?:을|를|이|가|은|는|와|과)(?=[\s.,)]|$)"
)


def _rule_breaches(korean: str) -> list[str]:
    found = [f"bare 접근 (write 접근 방식): {m.group(0)!r}" for m in BARE_APPROACH.finditer(korean)]
    found += [
        f"particle after a placeholder: {m.group(0)!r}"
        for m in PARTICLE_AFTER_PLACEHOLDER.finditer(korean)
    ]
    return found


def test_the_rules_catch_what_they_are_for() -> None:
    assert _rule_breaches("다른 접근으로 시장을 바꿉니다")
    assert not _rule_breaches("다른 접근 방식으로, 데이터 접근권을 얻고 고객에게 접근하세요")
    assert _rule_breaches("내장 글꼴 파일 {font}을 불러올 수 없습니다")
    assert not _rule_breaches("내장 글꼴 파일({font})을 불러올 수 없습니다; %1(으)로, {path}에")


def test_korean_follows_the_glossary_rules_everywhere() -> None:
    found = [
        f"{where}: {breach}" for where, korean in _all_korean() for breach in _rule_breaches(korean)
    ]
    assert not found, "\n".join(found)
