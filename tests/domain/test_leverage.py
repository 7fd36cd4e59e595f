"""The leverage search: exhaustive over one-step changes, and the engine's own answer."""

from __future__ import annotations

import pytest
from engine_helpers import assessment, basics

from moatdesk.domain.content import load_bank
from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.leverage import leverage_search, with_answer
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.steps import number_step, one_step_values
from moatdesk.domain.whatif import earliest_position, holding_quarters, position_label


def expected_neighbours(kind: QuestionKind, value, question) -> int:
    """How many one-step values an answer has, counted independently of the search."""
    if kind is QuestionKind.YES_NO:
        return 1
    if kind is QuestionKind.SCALE:
        return 1 if value in (0, 4) else 2
    if kind is QuestionKind.CHOICE:
        values = [o.value for o in question.options]
        return 1 if value in (values[0], values[-1]) else 2
    rng = question.number
    return (value > rng.minimum) + (value < rng.maximum)


@pytest.mark.parametrize("name", example_names())
def test_the_search_is_exhaustive_and_agrees_with_rerunning_the_engine(name: str) -> None:
    profile = load_example_profile(name)
    review = profile.assessments[-1]
    company = review.basics
    bank = load_bank()
    questions = bank.by_id()
    result = leverage_search(company, review, bank)
    scored = [
        qid
        for qid, a in review.answers.items()
        if qid in questions and questions[qid].kind is not QuestionKind.TEXT and a.value is not None
    ]
    expected = sum(
        expected_neighbours(questions[q].kind, review.answers[q].value, questions[q])
        for q in scored
    )
    assert result.evaluated == len(result.options) == expected
    assert {o.question for o in result.options} == set(scored)
    pairs = [(o.question, o.after) for o in result.options]
    assert len(pairs) == len(set(pairs))  # no change tried twice
    before = build_roadmap(company, review, bank)
    first = earliest_position(before)
    total = holding_quarters(before)
    assert result.earliest == position_label(first, before)
    for option in result.options:
        changed = with_answer(review, option.question, option.after)
        after = build_roadmap(company, changed, bank)
        assert option.before == review.answers[option.question].value
        assert option.earliest_moved == earliest_position(after) - first
        assert option.total_moved == holding_quarters(after) - total
    ranks = [(abs(o.earliest_moved), abs(o.total_moved)) for o in result.options]
    assert ranks == sorted(ranks, reverse=True)


def test_the_top_three_move_something_and_lead_the_ranking() -> None:
    profile = load_example_profile()
    result = leverage_search(profile.assessments[-1].basics, profile.assessments[-1])
    top = result.top()
    assert len(top) == 3 and all(o.moves for o in top)
    assert top == tuple(o for o in result.options if o.moves)[:3]
    assert result == leverage_search(
        profile.assessments[-1].basics, profile.assessments[-1]
    )  # deterministic


def test_one_step_values_for_every_kind() -> None:
    questions = load_bank().by_id()
    assert one_step_values(questions["speed.steamroll_exposure"], 0) == (1,)
    assert one_step_values(questions["speed.steamroll_exposure"], 2) == (1, 3)
    assert one_step_values(questions["speed.x_but_with_ai"], True) == (False,)
    assert one_step_values(questions["data.locked_data_partnerships"], "pilot") == (
        "exploring",
        "signed",
    )
    assert one_step_values(questions["data.locked_data_partnerships"], "none") == ("exploring",)
    lead = questions["talent.first_mover_lead"]  # level 1 at 12 months: a step of 3
    assert number_step(lead) == 3
    assert one_step_values(lead, 2) == (0, 5)
    assert one_step_values(lead, 60) == (57,)
    assert number_step(questions["spinout.same_approach_competitors"]) == 3  # 10 / 4, rounded
    assert one_step_values(questions["speed.better_model_plan"], "text") == ()


def test_unanswered_and_free_text_questions_are_not_tried() -> None:
    review = assessment({"speed.shipping_culture": 2, "speed.better_model_plan": "a plan"})
    result = leverage_search(basics(), review)
    assert {(o.question, o.after) for o in result.options} == {
        ("speed.shipping_culture", 1),
        ("speed.shipping_culture", 3),
    }
