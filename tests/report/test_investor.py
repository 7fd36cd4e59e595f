"""The investor view leaks nothing private: canary tokens in every note, every free-text
answer and every answer marked private (English and Korean tokens, both PDF languages)
appear nowhere in the PDF — not in its text, its metadata, its outline, nor anywhere in
its decompressed streams — and the PDF says what it withheld."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer, Assessment, Profile
from moatdesk.domain.questions import QuestionKind
from moatdesk.report.data import build_report_data
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes
from moatdesk.report.redact import redact_for_investor

from .conftest import make_profile, squash

BANK = load_bank()
TEXT_IDS = [q.id for q in BANK.questions if q.kind is QuestionKind.TEXT]
OTHER_IDS = [q.id for q in BANK.questions if q.kind is not QuestionKind.TEXT]


def canary(rng: random.Random, index: int) -> str:
    """A token no report would print by chance: Latin or Hangul, alternately."""
    if index % 2:
        return "".join(chr(rng.randrange(0xAC00, 0xD7A4)) for _ in range(6))
    return "zq" + "".join(rng.choice("bcdfghjkmnpqrstvwxz") for _ in range(10))


def with_canaries(profile: Profile, private: set[str], seed: int = 7) -> tuple[Profile, list[str]]:
    """Every note and free-text answer of every quarter a distinct canary; ``private``
    answers marked private (their notes carry canaries too)."""
    rng = random.Random(seed)
    tokens: list[str] = []

    def token() -> str:
        tokens.append(canary(rng, len(tokens)))
        return tokens[-1]

    assessments: list[Assessment] = []
    for assessment in profile.assessments:
        answers: dict[str, Answer] = {}
        for qid, answer in assessment.answers.items():
            update: dict[str, object] = {"note": f"evidence {token()}", "private": qid in private}
            if qid in TEXT_IDS:
                update["value"] = f"our bet {token()}"
            answers[qid] = answer.model_copy(update=update)
        assessments.append(assessment.model_copy(update={"answers": answers}))
    return profile.model_copy(update={"assessments": assessments}), tokens


def pdf_surfaces(pdf: bytes) -> dict[str, str]:
    """Everything a reader or a tool can get out of the file, as text."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, StreamObject

    reader = PdfReader(io.BytesIO(pdf))
    streams: list[str] = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # a free slot in the cross-reference table
            continue
        if isinstance(obj, StreamObject):
            data = obj.get_data()
            streams.append(data.decode("latin-1"))
            streams.append(data.decode("utf-16-be", errors="ignore"))
        else:
            streams.append(str(obj))
    outline: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append(item.title)

    walk(reader.outline)
    meta = reader.metadata or {}
    return {
        "text": "\n".join(page.extract_text() for page in reader.pages),
        "metadata": "\n".join(str(v) for v in meta.values()),
        "outline": "\n".join(outline),
        "streams": "\n".join(streams),
        "raw": pdf.decode("latin-1"),
    }


def leaks(pdf: bytes, tokens: list[str]) -> dict[str, list[str]]:
    surfaces = pdf_surfaces(pdf)
    found = {
        name: [t for t in tokens if t in text or t.encode("utf-8").decode("latin-1") in text]
        for name, text in surfaces.items()
    }
    return {name: hits for name, hits in found.items() if hits}


def two_quarter_profile() -> Profile:
    return make_profile(quarters=("2026-Q2", "2026-Q3"))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_private_word_reaches_any_part_of_the_investor_pdf(lang) -> None:
    private = set(OTHER_IDS[::4])
    profile, tokens = with_canaries(two_quarter_profile(), private)
    request = ReportRequest(profile, "2026-Q3", lang, made_on=date(2026, 11, 27))
    full, _ = build_pdf_bytes(request)
    # The check can fail: the founder's own full roadmap shows their words.
    assert "text" in leaks(full, tokens)
    investor, result = build_pdf_bytes(
        ReportRequest(profile, "2026-Q3", lang, made_on=date(2026, 11, 27), investor=True)
    )
    assert leaks(investor, tokens) == {}
    assert result.withheld is not None
    answered = profile.assessments[-1].answers
    assert result.withheld.notes == len(answered)
    assert result.withheld.free_text == len([q for q in TEXT_IDS if q not in private])
    assert result.withheld.private == len(private)


def test_the_investor_pdf_says_what_it_withheld(read_pdf) -> None:
    profile, _ = with_canaries(two_quarter_profile(), set(OTHER_IDS[:3]))
    pdf, _ = build_pdf_bytes(ReportRequest(profile, "2026-Q3", "en", investor=True))
    first_page = read_pdf(pdf).reader.pages[0].extract_text()
    notes = len(profile.assessments[-1].answers)
    assert f"notes on {notes} answers" in first_page
    assert f"{len(TEXT_IDS)} free-text answers" in first_page
    assert "3 answers marked private" in first_page
    assert "Investor view" in first_page
    # The answers themselves, in the appendix: each private and free-text one.
    assert read_pdf(pdf).text.count("Answer: withheld") == 3 + len(TEXT_IDS)


def test_the_redacted_data_itself_holds_no_private_word() -> None:
    """Redaction happens on the data: the renderer is never given the private words."""
    profile, tokens = with_canaries(two_quarter_profile(), set(OTHER_IDS[::3]))
    data = redact_for_investor(build_report_data(profile, "2026-Q3", "ko"))
    dumped = repr(data)
    assert [t for t in tokens if t in dumped] == []
    for qid in OTHER_IDS[::3]:
        assert data.assessment.answers[qid].value is None
        assert data.assessment.answers[qid].confidence is None
    assert [a.quarter for a in data.profile.assessments] == ["2026-Q3"]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    private=st.sets(st.sampled_from(OTHER_IDS + TEXT_IDS), max_size=12),
    lang=st.sampled_from(["en", "ko"]),
    brief=st.booleans(),
    seed=st.integers(0, 10_000),
)
def test_whichever_answers_are_private_none_leaks(private, lang, brief, seed) -> None:
    profile, tokens = with_canaries(two_quarter_profile(), private, seed)
    request = ReportRequest(profile, "2026-Q3", lang, brief=brief, investor=True)
    pdf, result = build_pdf_bytes(request)
    assert leaks(pdf, tokens) == {}
    assert result.withheld is not None
    assert result.withheld.private == len(private)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_saved_what_if_names_and_their_values_are_withheld(lang, read_pdf) -> None:
    """The founder names saved what-ifs (storage's scenarios table): an investor view shows
    the preset's title or "What-if 2" instead, and counts the names it withheld.  A
    what-if that changes an answer marked private shows neither the answer nor
    its value (the domain refuses what-ifs on free text)."""
    from moatdesk.domain.scenarios import WhatIfSpec, load_scenarios
    from moatdesk.report.scenario_data import PickedScenario, with_scenarios

    private = {OTHER_IDS[0]}
    profile, tokens = with_canaries(two_quarter_profile(), private)
    rng = random.Random(99)
    names = [canary(rng, 100), canary(rng, 101)]  # a Latin and a Hangul token
    assert BANK.by_id()[OTHER_IDS[0]].kind is QuestionKind.SCALE
    other_value = 3 if profile.assessments[-1].answers[OTHER_IDS[0]].value != 3 else 1
    picks = (
        PickedScenario(names[0], WhatIfSpec(preset="base_model_100x")),
        PickedScenario(
            names[1],
            WhatIfSpec(answers={OTHER_IDS[0]: other_value}),
        ),
        PickedScenario(None, WhatIfSpec(preset="capital_tightens")),  # a preset: no name
    )
    tokens += names
    made_on = date(2026, 11, 27)
    full, _ = build_pdf_bytes(ReportRequest(profile, "2026-Q3", lang, made_on, picks))
    hits = leaks(full, names)
    assert set(hits.get("text", [])) == set(names)  # the check can fail: the founder's PDF
    investor, result = build_pdf_bytes(
        ReportRequest(profile, "2026-Q3", lang, made_on, picks, investor=True)
    )
    assert leaks(investor, tokens) == {}
    assert result.withheld is not None and result.withheld.scenario_names == 2
    view = read_pdf(investor)
    presets = load_scenarios()
    assert view.contains(presets.get("base_model_100x").title.get(lang))  # the first's preset
    assert view.contains(presets.get("capital_tightens").title.get(lang))
    assert view.contains("What-if 2" if lang == "en" else "가정 2")  # the second had none
    sentence = "the names of 2 saved what-ifs" if lang == "en" else "저장한 가정 2개의 이름"
    assert squash(sentence) in squash(view.reader.pages[0].extract_text())  # lines wrap
    # Redacted on the data: the renderer is never given the names or the values.
    assert result.withheld.questions >= {TEXT_IDS[0], OTHER_IDS[0]}
    data = redact_for_investor(with_scenarios(build_report_data(profile, "2026-Q3", lang), picks))
    dumped = repr(data)
    assert [t for t in tokens if t in dumped] == []
    changed = [c for p in data.scenarios for c in p.effect.changes if c.question in private]
    assert changed and all(c.before is None and c.after is None for c in changed)
    # No leverage option would change a withheld answer (its "before" is the answer).
    assert data.leverage is not None and data.withheld is not None
    assert not {o.question for o in data.leverage.options} & data.withheld.questions
