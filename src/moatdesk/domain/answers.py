"""What an answer means: its 0..1 level, whether it fits its question, how it reads.

The one place that knows how each question kind turns into a number (scoring, flags
and compounding mechanisms all go through ``answer_level``) and into display text
(the review page and the PDF appendix go through ``display_value``).
"""

from __future__ import annotations

import math
from typing import TypeGuard

from moatdesk.domain.models import Answer, AnswerValue
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.domain.textrules import Lang

SCALE_MAX = 4  # scale questions run 0..4

_YES_NO = {True: {"en": "Yes", "ko": "예"}, False: {"en": "No", "ko": "아니요"}}
_NOT_ANSWERED = {"en": "Not answered", "ko": "답하지 않음"}


def _is_number(value: object) -> TypeGuard[int | float]:
    # bool is an int subclass; a yes/no answer is never a number.
    return isinstance(value, int | float) and not isinstance(value, bool)


def _checked_value(question: Question, value: AnswerValue) -> AnswerValue:
    """The value in its canonical form, or ValueError naming what is wrong."""
    kind = question.kind
    qid = question.id
    if kind is QuestionKind.SCALE:
        if not _is_number(value) or not float(value).is_integer():
            raise ValueError(
                f"{qid}: a scale answer is a whole number 0-{SCALE_MAX}, not {value!r}"
            )
        if not 0 <= value <= SCALE_MAX:
            raise ValueError(f"{qid}: a scale answer is 0-{SCALE_MAX}, not {value!r}")
        return int(value)
    if kind is QuestionKind.YES_NO:
        if not isinstance(value, bool):
            raise ValueError(f"{qid}: a yes/no answer is true or false, not {value!r}")
        return value
    if kind is QuestionKind.CHOICE:
        allowed = [o.value for o in question.options]
        if not isinstance(value, str) or value not in allowed:
            raise ValueError(f"{qid}: the answer must be one of {allowed}, not {value!r}")
        return value
    if kind is QuestionKind.NUMBER:
        rng = question.number
        assert rng is not None  # guaranteed by Question's validator
        if not _is_number(value) or not math.isfinite(value):
            raise ValueError(f"{qid}: the answer must be a number, not {value!r}")
        if not rng.minimum <= value <= rng.maximum:
            raise ValueError(
                f"{qid}: the answer must be between {_fmt(rng.minimum)} and "
                f"{_fmt(rng.maximum)} {rng.unit.en}, not {_fmt(value)}"
            )
        return value
    if not isinstance(value, str):
        raise ValueError(f"{qid}: the answer is free text, not {value!r}")
    return value


def validate_answer(question: Question, answer: Answer) -> Answer:
    """The answer with its value checked against the question (ValueError if it does not fit).

    An unanswered value (None) is valid: a note or confidence may be saved before the value.
    """
    if answer.value is None:
        return answer
    value = _checked_value(question, answer.value)
    if value == answer.value and type(value) is type(answer.value):
        return answer
    return answer.model_copy(update={"value": value})


def answer_level(question: Question, value: AnswerValue | None) -> float | None:
    """The answer as a level 0..1 (1 = the most of what the question asks).

    None for free text and for unanswered questions.  A value that does not fit the
    question raises ValueError (use ``usable_level`` where stored data may be stale).
    """
    if value is None or question.kind is QuestionKind.TEXT:
        return None
    value = _checked_value(question, value)
    kind = question.kind
    if kind is QuestionKind.SCALE:
        return float(value) / SCALE_MAX
    if kind is QuestionKind.YES_NO:
        return 1.0 if value else 0.0
    if kind is QuestionKind.CHOICE:
        return next(o.level for o in question.options if o.value == value)
    rng = question.number
    assert rng is not None
    share = (float(value) - rng.zero_level_at) / (rng.full_level_at - rng.zero_level_at)
    return min(1.0, max(0.0, share))


def usable_level(question: Question, answer: Answer | None) -> float | None:
    """Like ``answer_level`` but None for a value that no longer fits the question.

    Stored answers may predate a bank change; the engine skips them rather than fail.
    """
    if answer is None:
        return None
    try:
        return answer_level(question, answer.value)
    except ValueError:
        return None


def _fmt(number: float) -> str:
    """18.0 -> "18", 2.5 -> "2.5": numbers as a person writes them."""
    if float(number).is_integer():
        return str(int(number))
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _join_unit(number: str, unit: str) -> str:
    # Symbols ("70%") and Korean counters ("18개월") attach to the number; words take a space.
    if not unit:
        return number
    if not unit[0].isalpha() or "\uac00" <= unit[0] <= "\ud7a3":
        return f"{number}{unit}"
    return f"{number} {unit}"


def display_value(question: Question, value: AnswerValue | None, lang: Lang) -> str:
    """Human text for an answer: the scale or option label, Yes/No, "18 months", the text.

    Never raises: a value that no longer fits the question is shown as it was stored.
    """
    if value is None:
        return _NOT_ANSWERED[lang]
    try:
        value = _checked_value(question, value)
    except ValueError:
        return str(value)
    kind = question.kind
    if kind is QuestionKind.SCALE:
        return question.scale_labels[int(value)].get(lang)
    if kind is QuestionKind.YES_NO:
        return _YES_NO[bool(value)][lang]
    if kind is QuestionKind.CHOICE:
        return next(o.label.get(lang) for o in question.options if o.value == value)
    if kind is QuestionKind.NUMBER:
        assert question.number is not None
        number = question.number
        unit = number.unit_one if float(value) == 1 and number.unit_one else number.unit
        return _join_unit(_fmt(float(value)), unit.get(lang))
    return str(value)
