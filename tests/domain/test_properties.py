"""Properties of the engine for ANY valid answers drawn from the real question bank."""

from __future__ import annotations

import random

import pytest
from engine_helpers import assessment, basics
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from budget import examples
from moatdesk.domain.answers import answer_level
from moatdesk.domain.content import load_bank
from moatdesk.domain.decay import moat_outlooks
from moatdesk.domain.flags import answer_levels, raise_flags
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.parameters import load_model
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scoring import score_moats
from moatdesk.domain.taxonomy import Confidence, Sector, StackPosition, Stage

BANK = load_bank()
SCORED = [q for q in BANK.questions if q.kind is not QuestionKind.TEXT]
PROPERTY = settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def valid_values_for(question: Question) -> st.SearchStrategy[object]:
    """Every valid answer value of a question."""
    if question.kind is QuestionKind.SCALE:
        valid: st.SearchStrategy[object] = st.integers(0, 4)
    elif question.kind is QuestionKind.YES_NO:
        valid = st.booleans()
    elif question.kind is QuestionKind.CHOICE:
        valid = st.sampled_from([o.value for o in question.options])
    elif question.kind is QuestionKind.NUMBER:
        assert question.number is not None
        low, high = question.number.minimum, question.number.maximum
        valid = st.integers(int(low), int(high)) | st.floats(low, high, allow_nan=False)
    else:
        valid = st.text(max_size=40)
    return valid


def values_for(question: Question) -> st.SearchStrategy[object]:
    """Every valid value of a question, unanswered (None) included."""
    return st.none() | valid_values_for(question)


def answers_for(question: Question) -> st.SearchStrategy[Answer]:
    return st.builds(
        Answer,
        value=values_for(question),
        note=st.just("") | st.text(max_size=10),
        confidence=st.none() | st.sampled_from(list(Confidence)),
    )


answer_sets = st.fixed_dictionaries({}, optional={q.id: answers_for(q) for q in BANK.questions})
company = st.builds(
    CompanyBasics,
    name=st.just("Any Co"),
    sector=st.sampled_from(list(Sector)),
    stage=st.sampled_from(list(Stage)),
    stack_position=st.sampled_from(list(StackPosition)),
    team_size=st.integers(1, 5000),
    runway_months=st.integers(0, 120),
)


@PROPERTY
@given(company=company, answers=answer_sets)
def test_scores_and_strengths_stay_in_range(company: CompanyBasics, answers) -> None:
    roadmap = build_roadmap(company, assessment(answers))
    for score in roadmap.scores:
        assert 0.0 <= score.score <= 100.0
        assert 0.0 <= score.coverage <= 1.0
        if score.contributions:  # the documented invariant: 50 + the points = the score
            assert 50 + sum(c.points for c in score.contributions) == pytest.approx(
                score.score, abs=0.05
            )
    for outlook in roadmap.outlooks:
        assert all(0.0 <= p.strength <= 100.0 for p in outlook.points)
        month = outlook.holds_until_month
        assert month is None or 0 <= month <= 60
        # the holds month agrees with the charted points
        for point in outlook.points:
            if month is None or point.month < month:
                assert point.strength >= roadmap.holds_threshold
            else:
                assert point.strength < roadmap.holds_threshold


@PROPERTY
@given(
    company=company,
    answers=answer_sets,
    pick=st.integers(0, 10_000),
    data=st.data(),
)
def test_raising_an_answer_never_lowers_a_moat_it_feeds_positively(
    company: CompanyBasics, answers, pick: int, data: st.DataObject
) -> None:
    question = SCORED[pick % len(SCORED)]
    first = data.draw(valid_values_for(question), label="first")
    second = data.draw(valid_values_for(question), label="second")
    low, high = sorted((first, second), key=lambda v: answer_level(question, v))
    confidence = data.draw(st.none() | st.sampled_from(list(Confidence)), label="confidence")
    params = load_model().scoring
    lower, higher = (
        {
            s.moat: s.score
            for s in score_moats(
                {**answers, question.id: Answer(value=value, confidence=confidence)}, BANK, params
            )
        }
        for value in (low, high)
    )
    for feed in question.feeds:
        if feed.weight > 0:
            assert higher[feed.moat] >= lower[feed.moat]
        else:
            assert higher[feed.moat] <= lower[feed.moat]


@PROPERTY
@given(company=company, answers=answer_sets)
def test_without_compounding_strength_never_rises(company: CompanyBasics, answers) -> None:
    params = load_model().model_copy(update={"mechanisms": ()})
    levels = answer_levels(answers, BANK)
    scores = score_moats(answers, BANK, params.scoring)
    flags = raise_flags(company, levels)
    for outlook in moat_outlooks(scores, flags, company, levels, params, "2026-Q4"):
        strengths = [p.strength for p in outlook.points]
        assert strengths == sorted(strengths, reverse=True)
        assert outlook.slowed_by == ()
    # and with the real mechanisms, a moat no mechanism touches never rises either
    for outlook in build_roadmap(company, assessment(answers)).outlooks:
        if not outlook.slowed_by:
            strengths = [p.strength for p in outlook.points]
            assert strengths == sorted(strengths, reverse=True)


@PROPERTY
@given(company=company, answers=answer_sets, seed=st.integers(0, 2**32 - 1))
def test_same_answers_give_the_same_roadmap(company: CompanyBasics, answers, seed: int) -> None:
    items = list(answers.items())
    random.Random(seed).shuffle(items)
    first = build_roadmap(company, assessment(answers))
    again = build_roadmap(company, assessment(answers))
    shuffled = build_roadmap(company, assessment(dict(items)))
    assert first == again == shuffled
    assert first.model_dump_json() == shuffled.model_dump_json()


def test_neutral_answers_score_fifty_and_explain_nothing() -> None:
    neutral = {q.id: 2 for q in BANK.questions if q.kind is QuestionKind.SCALE}
    scores = build_roadmap(basics(), assessment(neutral)).scores
    assert all(s.coverage > 0 for s in scores)
    for score in scores:
        assert score.score == 50.0
        assert all(c.points == 0 for c in score.contributions)
