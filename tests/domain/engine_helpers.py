"""Shared builders for the engine tests: company basics, assessments, small banks."""

from __future__ import annotations

from datetime import UTC, datetime

import factories
from moatdesk.domain.models import Answer, Assessment, CompanyBasics
from moatdesk.domain.questions import Question, QuestionBank
from moatdesk.domain.text import LocalizedText

WHEN = datetime(2026, 9, 25, 16, 0, tzinfo=UTC)


def text(en: str) -> LocalizedText:
    return LocalizedText(en=en, ko=f"{en} (한국어)")


def basics(**changes: object) -> CompanyBasics:
    """An enterprise-software seed company unless ``changes`` say otherwise."""
    defaults = {"name": "Test Co", "sector": "enterprise_software", "team_size": 8}
    return factories.basics(**{**defaults, **changes})


def assessment(
    answers: dict[str, object],
    quarter: str = "2026-Q3",
    bank_version: str = "1.0",
    company: CompanyBasics | None = None,
) -> Assessment:
    """An assessment from plain values (or ready Answer objects); its quarter's basics are
    ``company`` (default: basics())."""
    return Assessment(
        quarter=quarter,
        basics=company or basics(),
        bank_version=bank_version,
        answers={
            qid: value if isinstance(value, Answer) else Answer(value=value)
            for qid, value in answers.items()
        },
        created_at=WHEN,
        updated_at=WHEN,
    )


def question(qid: str, kind: str, **fields: object) -> Question:
    data: dict[str, object] = {
        "id": qid,
        "section": "speed",
        "kind": kind,
        "text": text(qid),
        "help": text("why"),
        "essay_section": "speed",
    }
    if kind == "scale":
        data["scale_labels"] = [text(f"point {i}") for i in range(5)]
    data.update(fields)
    return Question.model_validate(data)


def tiny_bank() -> QuestionBank:
    """Four scored questions of different kinds feeding two moats, plus free text."""
    return QuestionBank(
        version="9.9",
        questions=(
            question(
                "speed.fast",
                "scale",
                feeds=[{"moat": "shipping_velocity", "weight": 1.0}],
            ),
            question(
                "speed.exposed",
                "yes_no",
                feeds=[{"moat": "shipping_velocity", "weight": -0.5}],
            ),
            question(
                "data.deal",
                "choice",
                options=[
                    {"value": "none", "label": text("None"), "level": 0.0},
                    {"value": "signed", "label": text("Signed"), "level": 1.0},
                ],
                feeds=[{"moat": "data_advantage", "weight": 0.8}],
            ),
            question(
                "data.months",
                "number",
                number={
                    "unit": {"en": "months", "ko": "개월"},
                    "minimum": 0,
                    "maximum": 60,
                    "zero_level_at": 0,
                    "full_level_at": 24,
                },
                feeds=[{"moat": "data_advantage", "weight": 0.4}],
            ),
            question("speed.story", "text"),
        ),
    )


def middle_value(question: Question) -> object:
    """The middle answer of a scored question (a yes/no question has none: "no")."""
    kind = question.kind.value
    if kind == "scale":
        return 2
    if kind == "yes_no":
        return False
    if kind == "choice":
        return question.options[len(question.options) // 2].value
    assert question.number is not None
    return (question.number.zero_level_at + question.number.full_level_at) / 2


def extreme_value(question: Question, top: bool) -> object:
    """The answer with the highest (top) or lowest level."""
    kind = question.kind.value
    if kind == "scale":
        return 4 if top else 0
    if kind == "yes_no":
        return top
    if kind == "choice":
        ordered = sorted(question.options, key=lambda o: o.level)
        return (ordered[-1] if top else ordered[0]).value
    assert question.number is not None
    return question.number.full_level_at if top else question.number.zero_level_at


def middle_answers(bank: QuestionBank) -> dict[str, object]:
    return {q.id: middle_value(q) for q in bank.questions if q.kind.value != "text"}
