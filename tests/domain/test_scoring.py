"""Moat scores and the contributions that explain them."""

from __future__ import annotations

import pytest
from engine_helpers import tiny_bank

from moatdesk.domain.models import Answer
from moatdesk.domain.parameters import load_model
from moatdesk.domain.scoring import score_moat, unanswered_questions
from moatdesk.domain.taxonomy import Moat

BANK = tiny_bank()
PARAMS = load_model().scoring


def velocity(**answers: Answer) -> object:
    named = {k.replace("__", "."): v for k, v in answers.items()}
    return score_moat(Moat.SHIPPING_VELOCITY, named, BANK, PARAMS)


def test_score_is_weighted_mean_with_unanswered_questions_at_neutral() -> None:
    only_fast = velocity(speed__fast=Answer(value=3))
    # weight 1.0 at level 0.75, the unanswered -0.5 at neutral 0.5: (0.75 + 0.25) / 1.5
    assert only_fast.score == pytest.approx(66.67, abs=0.01) and only_fast.coverage == 0.5
    assert only_fast.assessed and only_fast.unanswered == ("speed.exposed",)
    both = velocity(speed__fast=Answer(value=4), speed__exposed=Answer(value=True))
    # weights 1.0 (level 1) and -0.5 (exposure: counts 1 - level = 0) -> 1.0/1.5
    assert both.score == pytest.approx(66.67, abs=0.01)
    assert both.coverage == 1.0


def test_contributions_explain_the_score_largest_first() -> None:
    result = velocity(speed__fast=Answer(value=4), speed__exposed=Answer(value=True))
    assert [c.question_id for c in result.contributions] == ["speed.fast", "speed.exposed"]
    fast, exposed = result.contributions
    assert fast.points > 0 > exposed.points
    assert exposed.weight == -0.5 and exposed.level == 1.0
    assert fast.essay_section.value == "speed"
    assert 50 + sum(c.points for c in result.contributions) == pytest.approx(result.score, abs=0.02)


def test_unanswered_moat_is_not_assessed_and_sits_at_neutral() -> None:
    result = velocity(speed__exposed=Answer(note="a note but no value"))
    assert (result.score, result.coverage, result.contributions) == (50.0, 0.0, ())
    assert not result.assessed
    assert result.unanswered == ("speed.fast", "speed.exposed")


def test_a_moat_with_less_than_half_its_questions_answered_is_not_assessed() -> None:
    answers = {"data.deal": Answer(value="signed")}
    assert score_moat(Moat.DATA_ADVANTAGE, answers, BANK, PARAMS).assessed  # 1 of 2
    assert PARAMS.min_coverage == 0.5
    strict = PARAMS.model_copy(update={"min_coverage": 0.75})
    assert not score_moat(Moat.DATA_ADVANTAGE, answers, BANK, strict).assessed


def test_low_confidence_pulls_toward_neutral_but_keeps_direction() -> None:
    sure = velocity(speed__fast=Answer(value=4, confidence="high")).score
    unsure = velocity(speed__fast=Answer(value=4, confidence="low")).score
    unstated = velocity(speed__fast=Answer(value=4)).score
    assert 50 < unsure < sure == unstated
    low_unsure = velocity(speed__fast=Answer(value=0, confidence="low")).score
    assert low_unsure < 50


def test_number_and_choice_answers_feed_their_moat() -> None:
    answers = {"data.deal": Answer(value="signed"), "data.months": Answer(value=12)}
    result = score_moat(Moat.DATA_ADVANTAGE, answers, BANK, PARAMS)
    assert result.score == pytest.approx((0.8 * 100 + 0.4 * 50) / 1.2, abs=0.01)
    only_deal = score_moat(Moat.DATA_ADVANTAGE, {"data.deal": Answer(value="signed")}, BANK, PARAMS)
    # the unanswered months question counts as neutral: partial coverage pulls toward 50
    assert only_deal.score == pytest.approx((0.8 * 100 + 0.4 * 50) / 1.2, abs=0.01)


def test_points_carry_two_decimals() -> None:
    """As the results view and the PDF print them; 50 + the points = the score."""
    result = velocity(speed__fast=Answer(value=4), speed__exposed=Answer(value=True))
    fast, exposed = result.contributions
    # shares 1/1.5 and 0.5/1.5 of the distance from 50: +33.333 and -16.667
    assert (fast.points, exposed.points) == (33.33, -16.67)


def test_unanswered_lists_the_scored_questions_without_a_usable_answer() -> None:
    answers = {
        "speed.fast": Answer(value=3),
        "data.deal": Answer(value="no longer an option"),  # stale: does not fit any more
        "speed.story": Answer(value="we ship weekly"),
    }
    # bank order; the free-text question is never counted, answered or not
    assert unanswered_questions(answers, BANK) == ("speed.exposed", "data.deal", "data.months")
    assert unanswered_questions({}, BANK) == (
        "speed.fast",
        "speed.exposed",
        "data.deal",
        "data.months",
    )
