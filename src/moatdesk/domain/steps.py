"""One step of an answer: the smallest change a founder can make to it.

A scale answer moves one point, a choice moves to the neighbouring option (in the
bank's order, which runs from the least to the most of what the question asks), a
yes/no answer flips, and a number moves by a quarter of the span between the values
the bank counts as level 0 and level 1 (rounded to a whole number, at least 1): the
same share of the level as one scale point.  Scenarios (``steps``) and the leverage
search use these definitions, so "one step" means the same everywhere.
"""

from __future__ import annotations

import math

from moatdesk.domain.answers import SCALE_MAX
from moatdesk.domain.models import AnswerValue
from moatdesk.domain.questions import Question, QuestionKind

LEVEL_STEP = 1 / SCALE_MAX  # one scale point's share of the 0..1 level


def number_step(question: Question) -> float:
    """A number question's step: a quarter of its level span, a whole number >= 1."""
    rng = question.number
    assert rng is not None
    span = abs(rng.full_level_at - rng.zero_level_at) * LEVEL_STEP
    return float(max(1, math.floor(span + 0.5)))


def clamp_number(question: Question, value: float) -> int | float:
    """``value`` inside the question's range, a whole number when it is one."""
    rng = question.number
    assert rng is not None
    clamped = min(rng.maximum, max(rng.minimum, value))
    rounded = round(clamped, 2)
    return int(rounded) if float(rounded).is_integer() else rounded


def stepped_choice(question: Question, current: str, steps: int) -> str:
    """The option ``steps`` away from ``current`` in the bank's order (held at the ends)."""
    values = [o.value for o in question.options]
    index = max(0, min(len(values) - 1, values.index(current) + steps))
    return values[index]


def one_step_values(question: Question, current: AnswerValue) -> tuple[AnswerValue, ...]:
    """Every value one step from ``current`` (a valid answer to ``question``): down, then up."""
    kind = question.kind
    if kind is QuestionKind.YES_NO:
        return (not current,)
    if kind is QuestionKind.SCALE:
        point = int(current)
        return tuple(v for v in (point - 1, point + 1) if 0 <= v <= SCALE_MAX)
    if kind is QuestionKind.CHOICE:
        values = [o.value for o in question.options]
        index = values.index(str(current))
        return tuple(values[i] for i in (index - 1, index + 1) if 0 <= i < len(values))
    if kind is QuestionKind.NUMBER:
        step = number_step(question)
        found: list[AnswerValue] = []
        for value in (float(current) - step, float(current) + step):
            moved = clamp_number(question, value)
            if float(moved) != float(current) and moved not in found:
                found.append(moved)
        return tuple(found)
    return ()
