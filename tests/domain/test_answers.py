"""Answer levels, validation and display text, per question kind."""

from __future__ import annotations

import pytest
from engine_helpers import tiny_bank

from moatdesk.domain.answers import answer_level, display_value, validate_answer
from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.questions import QuestionKind

Q = tiny_bank().by_id()


@pytest.mark.parametrize(
    ("qid", "value", "level"),
    [
        ("speed.fast", 0, 0.0),
        ("speed.fast", 3, 0.75),
        ("speed.fast", 4, 1.0),
        ("speed.exposed", True, 1.0),
        ("speed.exposed", False, 0.0),
        ("data.deal", "signed", 1.0),
        ("data.months", 12, 0.5),
        ("data.months", 48, 1.0),  # beyond full_level_at: clamped
        ("speed.story", "anything", None),  # free text is never scored
        ("speed.fast", None, None),
    ],
)
def test_levels_by_kind(qid: str, value: object, level: float | None) -> None:
    assert answer_level(Q[qid], value) == level


def test_number_scale_may_run_downward() -> None:
    bank = load_bank().by_id()
    competitors = bank["spinout.same_approach_competitors"]  # fewer is better
    assert answer_level(competitors, 0) == 1.0
    assert answer_level(competitors, 200) == 0.0


@pytest.mark.parametrize(
    ("qid", "value", "fragment"),
    [
        ("speed.fast", 5, "0-4"),
        ("speed.fast", 2.5, "whole number"),
        ("speed.fast", True, "whole number"),  # a bool is not a scale point
        ("speed.exposed", 1, "true or false"),
        ("data.deal", "maybe", "one of"),
        ("data.months", 61, "between 0 and 60"),
        ("data.months", "12", "a number"),
        ("speed.story", 3, "free text"),
    ],
)
def test_wrong_values_are_refused_with_the_reason(qid: str, value: object, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment) as info:
        validate_answer(Q[qid], Answer(value=value))
    assert qid in str(info.value)


def test_validation_keeps_note_and_confidence_and_normalises_scale() -> None:
    answer = Answer(value=3.0, note="<b>evidence</b> & more", confidence="low")
    checked = validate_answer(Q["speed.fast"], answer)
    assert checked.value == 3 and isinstance(checked.value, int)
    assert checked.note == "<b>evidence</b> & more"
    assert checked.confidence == "low"
    assert validate_answer(Q["speed.fast"], Answer(note="only a note")).value is None


def test_display_text_in_both_languages() -> None:
    assert display_value(Q["speed.fast"], 2, "en") == "point 2"
    assert display_value(Q["speed.fast"], 2, "ko") == "point 2 (한국어)"
    assert display_value(Q["speed.exposed"], True, "en") == "Yes"
    assert display_value(Q["speed.exposed"], False, "ko") == "아니요"
    assert display_value(Q["data.deal"], "signed", "ko") == "Signed (한국어)"
    assert display_value(Q["data.months"], 18, "en") == "18 months"
    assert display_value(Q["data.months"], 18, "ko") == "18개월"
    assert display_value(Q["data.months"], 2.5, "en") == "2.5 months"
    assert display_value(Q["speed.fast"], None, "en") == "Not answered"
    share = load_bank().by_id()["data.proprietary_data_share"]
    assert display_value(share, 70, "en") == display_value(share, 70, "ko") == "70%"


def test_display_never_fails_on_stale_values() -> None:
    assert display_value(Q["speed.fast"], "fast", "en") == "fast"
    assert display_value(Q["speed.story"], "<i>verbatim</i>", "en") == "<i>verbatim</i>"


def test_every_real_question_accepts_its_own_range() -> None:
    for question in load_bank().questions:
        if question.kind is QuestionKind.SCALE:
            values: list[object] = [0, 4]
        elif question.kind is QuestionKind.YES_NO:
            values = [True, False]
        elif question.kind is QuestionKind.CHOICE:
            values = [o.value for o in question.options]
        elif question.kind is QuestionKind.NUMBER:
            assert question.number is not None
            values = [question.number.minimum, question.number.maximum]
        else:
            values = ["text"]
        for value in values:
            level = answer_level(question, value)
            assert level is None or 0.0 <= level <= 1.0
            assert display_value(question, value, "ko")


# ------------------------------------------------- a number answer as a founder reads it
LEAD = load_bank().by_id()["talent.first_mover_lead"]  # months: "month" for one
SHARE = load_bank().by_id()["data.proprietary_data_share"]  # a percentage


@pytest.mark.parametrize(
    ("value", "en", "ko"),
    [
        (1, "1 month", "1개월"),
        (1.0, "1 month", "1개월"),
        (2, "2 months", "2개월"),
        (2.5, "2.5 months", "2.5개월"),
        (0.25, "0.25 months", "0.25개월"),
        (10.5, "10.5 months", "10.5개월"),
    ],
)
def test_a_number_is_written_as_a_person_writes_it_with_its_unit(value, en, ko) -> None:
    assert display_value(LEAD, value, "en") == en
    assert display_value(LEAD, value, "ko") == ko


def test_a_symbol_unit_attaches_to_the_number() -> None:
    assert display_value(SHARE, 70, "en") == "70%"
