"""The engine does each piece of work once per roadmap, with the same results.

A roadmap is built for every review a report or a screen shows, so its cost is paid
many times over (docs/benchmarks.md "PDF export").  Counted here, not timed: each
answer's level is read once for scores, flags and the unanswered list; finding the month
a moat stops holding evaluates a handful of strengths, not one per month; and the fast
paths give what the plain definitions give.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moatdesk.domain import answers as answers_module
from moatdesk.domain import decay
from moatdesk.domain.content import load_bank
from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.flags import answer_levels
from moatdesk.domain.parameters import load_model
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scoring import score_moats, unanswered_questions


def every_review():
    for name in example_names():
        yield from load_example_profile(name).assessments


def first_month_below_by_scan(threshold, start, rate, growth, cap):
    """The definition: the first of months 0..60 whose shown strength is below the line."""
    for month in range(decay.LAST_MONTH + 1):
        if decay.rounded_strength(month, start, rate, growth, cap) < threshold:
            return month
    return None


strengths = st.floats(0.0, 100.0, allow_nan=False)


@given(
    threshold=strengths,
    start=strengths,
    rate=st.one_of(st.just(0.0), st.floats(0.0, 0.5), st.floats(0.0, 1e-3)),
    growth=st.one_of(st.just(0.0), st.floats(0.0, 0.2)),
    cap=strengths,
)
def test_the_stop_month_is_the_first_month_below_the_line(threshold, start, rate, growth, cap):
    expected = first_month_below_by_scan(threshold, start, rate, growth, cap)
    assert decay.first_month_below(threshold, start, rate, growth, cap) == expected


@pytest.mark.parametrize("month", range(decay.LAST_MONTH + 1))
def test_a_line_crossed_at_any_month_is_found_at_that_month(month) -> None:
    rate = 0.05
    threshold = decay.rounded_strength(month, 80.0, rate, 0.0, 0.0) + 0.005
    expected = first_month_below_by_scan(threshold, 80.0, rate, 0.0, 0.0)
    assert decay.first_month_below(threshold, 80.0, rate, 0.0, 0.0) == expected == month


def test_a_roadmap_reads_each_answer_once(monkeypatch) -> None:
    """Scores, flags, mechanisms and the unanswered list share one reading of the answers
    (they read each one three or four times before)."""
    bank = load_bank()
    calls = []
    checked = answers_module._checked_value
    monkeypatch.setattr(
        answers_module, "_checked_value", lambda q, v: calls.append(q.id) or checked(q, v)
    )
    for review in every_review():
        calls.clear()
        build_roadmap(review.basics, review, bank)
        given = [
            q.id
            for q in bank.questions
            if q.kind is not QuestionKind.TEXT
            and q.id in review.answers
            and review.answers[q.id].value is not None
        ]
        assert sorted(calls) == sorted(given)


def test_a_roadmap_evaluates_few_strengths_per_moat(monkeypatch) -> None:
    """The six charted months, and at most eight more to find the stop month (61 before)."""
    calls = []
    strength_at = decay.strength_at
    monkeypatch.setattr(decay, "strength_at", lambda *a: calls.append(a) or strength_at(*a))
    for review in every_review():
        calls.clear()
        roadmap = build_roadmap(review.basics, review)
        per_moat = len(roadmap.outlooks[0].points) + 8
        assert 0 < len(calls) <= per_moat * len(roadmap.outlooks)


def test_the_shared_reading_gives_the_scores_of_the_plain_one() -> None:
    bank, params = load_bank(), load_model()
    for review in every_review():
        levels = answer_levels(review.answers, bank)
        plain = score_moats(review.answers, bank, params.scoring)
        assert score_moats(review.answers, bank, params.scoring, levels) == plain
        assert unanswered_questions(review.answers, bank, levels) == unanswered_questions(
            review.answers, bank
        )
