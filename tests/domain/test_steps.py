"""One step of an answer (domain.steps), on small questions written out here: what a
what-if's "one step" and the leverage search move a number or a choice by."""

from __future__ import annotations

from engine_helpers import question, text

from moatdesk.domain.steps import clamp_number, number_step, stepped_choice


def _number(zero: float, full: float, minimum: float = 0, maximum: float = 100):
    limits = {"minimum": minimum, "maximum": maximum, "zero_level_at": zero, "full_level_at": full}
    return question("q.n", "number", number={"unit": {"en": "months", "ko": "개월"}, **limits})


def test_a_number_steps_by_a_quarter_of_its_level_span_and_at_least_one() -> None:
    assert number_step(_number(10, 30)) == 5  # (30 - 10) / 4
    assert number_step(_number(30, 10)) == 5  # a span running down counts the same
    assert number_step(_number(0, 2)) == 1  # half a unit is rounded up to the least step


def test_a_number_is_held_in_its_range_to_two_decimals_and_whole_when_it_is() -> None:
    q = _number(0, 24, minimum=0, maximum=60)
    assert clamp_number(q, 3.14159) == 3.14
    assert clamp_number(q, 70) == 60 and clamp_number(q, -5) == 0
    whole = clamp_number(q, 12.0)
    assert whole == 12 and type(whole) is int  # shown as "12", not "12.0"


def test_a_choice_steps_to_its_neighbours_and_is_held_at_the_ends() -> None:
    options = [{"value": v, "label": text(v), "level": i / 2} for i, v in enumerate("abc")]
    q = question("q.c", "choice", options=options)
    assert stepped_choice(q, "a", 1) == "b"
    assert stepped_choice(q, "a", 2) == "c"
    assert stepped_choice(q, "c", 1) == "c" and stepped_choice(q, "a", -1) == "a"
