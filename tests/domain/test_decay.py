"""Decay outlooks: horizons, risk acceleration, compounding mechanisms, holds month."""

from __future__ import annotations

import math

import pytest
from engine_helpers import basics

from moatdesk.domain.decay import (
    first_month_below,
    mechanism_label,
    mechanism_lift,
    mechanism_strength,
    moat_outlook,
    rounded_strength,
    stop_status,
    strength_at,
)
from moatdesk.domain.parameters import load_model
from moatdesk.domain.results import Flag, MoatScore
from moatdesk.domain.taxonomy import EssaySection, FlagKind, Moat, Severity
from moatdesk.domain.text import LocalizedText

PARAMS = load_model()
Q = "2026-Q4"  # the assessment's quarter every projection here starts at


def score(moat: Moat, value: float) -> MoatScore:
    return MoatScore(
        moat=moat, score=value, coverage=1.0, assessed=True, unanswered=(), contributions=()
    )


def risk(flag_id: str, severity: Severity, *moats: Moat) -> Flag:
    words = LocalizedText(en="x", ko="엑스")
    return Flag(
        id=flag_id,
        kind=FlagKind.RISK,
        severity=severity,
        title=words,
        explanation=words,
        triggered_by=(),
        essay_section=EssaySection.SPEED,
        affects=moats,
    )


def strengths(outlook) -> list[float]:
    return [p.strength for p in outlook.points]


def test_short_horizon_moats_decay_fastest() -> None:
    at_year = {
        moat: moat_outlook(score(moat, 80), [], {}, PARAMS, Q).points[2].strength
        for moat in (Moat.FIRST_TO_MARKET, Moat.TECHNICAL_EDGE, Moat.BRAND)
    }
    assert at_year[Moat.FIRST_TO_MARKET] < at_year[Moat.TECHNICAL_EDGE] < at_year[Moat.BRAND]


def test_holds_until_is_the_first_month_below_the_threshold() -> None:
    # 80 halves to the 40 threshold after one short half-life (12 months): below at 13.
    outlook = moat_outlook(score(Moat.FIRST_TO_MARKET, 80), [], {}, PARAMS, Q)
    assert PARAMS.holds_threshold == 40 and PARAMS.decay.half_life_months["short"] == 12
    assert outlook.holds_until_month == 13
    assert moat_outlook(score(Moat.BRAND, 30), [], {}, PARAMS, Q).holds_until_month == 0


def test_risk_flags_speed_up_only_the_moats_they_affect() -> None:
    steamroll = risk("steamroll_exposure", Severity.HIGH, Moat.SHIPPING_VELOCITY)
    plain = moat_outlook(score(Moat.SHIPPING_VELOCITY, 80), [], {}, PARAMS, Q)
    hit = moat_outlook(score(Moat.SHIPPING_VELOCITY, 80), [steamroll], {}, PARAMS, Q)
    assert hit.accelerated_by == ("steamroll_exposure",)
    assert hit.holds_until_month < plain.holds_until_month
    assert all(a <= b for a, b in zip(strengths(hit), strengths(plain), strict=True))
    other = moat_outlook(score(Moat.BRAND, 80), [steamroll], {}, PARAMS, Q)
    assert other.accelerated_by == ()
    milder = moat_outlook(
        score(Moat.SHIPPING_VELOCITY, 80),
        [risk("steamroll_exposure", Severity.LOW, Moat.SHIPPING_VELOCITY)],
        {},
        PARAMS,
        Q,
    )
    assert plain.holds_until_month > milder.holds_until_month > hit.holds_until_month


def test_a_moderate_mechanism_slows_decay_without_growth() -> None:
    plain = moat_outlook(score(Moat.DATA_ADVANTAGE, 70), [], {}, PARAMS, Q)
    slowed = moat_outlook(
        score(Moat.DATA_ADVANTAGE, 70), [], {"real_world_feedback_loop": 0.6}, PARAMS, Q
    )
    assert slowed.slowed_by == ("real_world_feedback_loop",)
    assert strengths(slowed)[-1] > strengths(plain)[-1]
    assert strengths(slowed) == sorted(strengths(slowed), reverse=True)


def test_a_strong_mechanism_grows_a_long_moat_toward_the_cap() -> None:
    grown = moat_outlook(
        score(Moat.DATA_ADVANTAGE, 60), [], {"real_world_feedback_loop": 1.0}, PARAMS, Q
    )
    values = strengths(grown)
    assert values == sorted(values) and values[-1] > 60
    assert values[-1] <= PARAMS.decay.growth_cap
    assert grown.holds_until_month is None


def test_growth_starts_at_the_growth_threshold_and_is_faster_for_a_stronger_mechanism() -> None:
    def grown(strength: float):
        mechanisms = {"real_world_feedback_loop": strength}
        return moat_outlook(score(Moat.DATA_ADVANTAGE, 60), [], mechanisms, PARAMS, Q)

    at_line, strongest = grown(PARAMS.decay.growth_threshold), grown(1.0)
    assert at_line.growing and strongest.growing
    assert 60 < strengths(at_line)[1] < strengths(strongest)[1]  # month 6


def test_a_lesser_risk_slows_a_growing_moat_and_a_high_one_stops_its_growth() -> None:
    def grown(*risks: Flag):
        mechanisms = {"real_world_feedback_loop": 1.0}
        return moat_outlook(score(Moat.DATA_ADVANTAGE, 60), list(risks), mechanisms, PARAMS, Q)

    plain = grown()
    dragged = grown(risk("r", Severity.MEDIUM, Moat.DATA_ADVANTAGE))
    stopped = grown(risk("r", Severity.HIGH, Moat.DATA_ADVANTAGE))
    assert plain.growing and dragged.growing and not stopped.growing
    assert 60 < strengths(dragged)[1] < strengths(plain)[1]  # month 6
    assert strengths(stopped) == sorted(strengths(stopped), reverse=True)


def test_growth_needs_a_moat_that_holds_and_never_applies_to_short_moats() -> None:
    weak = moat_outlook(
        score(Moat.DATA_ADVANTAGE, 20), [], {"real_world_feedback_loop": 1.0}, PARAMS, Q
    )
    assert strengths(weak) == sorted(strengths(weak), reverse=True)
    short = moat_outlook(
        score(Moat.SHIPPING_VELOCITY, 90), [], {"sustained_shipping_culture": 1.0}, PARAMS, Q
    )
    assert strengths(short) == sorted(strengths(short), reverse=True)


def test_strength_formula_is_clamped() -> None:
    # Unclamped, growth towards a cap above 100 (or below 0) would leave the 0..100 scale.
    assert strength_at(60, 50.0, 0.0, 0.1, 150.0) == 100.0
    assert strength_at(60, 50.0, 0.0, 0.1, -20.0) == 0.0
    assert strength_at(0, 120.0, 0.1, 0.0, 90.0) == 100.0
    # Inside the scale the formula is left alone.
    assert strength_at(12, 80.0, 0.05, 0.0, 90.0) == pytest.approx(80.0 * math.exp(-0.6))


def test_mechanisms_have_bilingual_labels() -> None:
    for mechanism in PARAMS.mechanisms:
        label = mechanism_label(mechanism.id)
        assert label.en and label.ko and label.en != label.ko
    with pytest.raises(KeyError, match="no_such_mechanism"):  # names the unknown id
        mechanism_label("no_such_mechanism")


def test_full_stack_operators_count_as_owning_the_stack() -> None:
    from moatdesk.domain.decay import active_mechanisms

    assert "full_stack_ownership" in active_mechanisms(
        basics(stack_position="full_stack_operator"), {}, PARAMS
    )
    assert "full_stack_ownership" not in active_mechanisms(basics(), {}, PARAMS)


def test_a_mechanism_lifts_from_zero_at_its_threshold_to_one_at_full_strength() -> None:
    """How far above its activation threshold a compounding mechanism runs, 0..1: the share
    of its slow_factor that slows the decay."""
    decay = PARAMS.decay.model_copy(update={"activation_threshold": 0.6})
    lift = [mechanism_lift(s, decay) for s in (0.2, 0.6, 0.7, 0.9, 1.0)]
    assert lift == pytest.approx([0.0, 0.0, 0.25, 0.75, 1.0])
    always_on = PARAMS.decay.model_copy(update={"activation_threshold": 0.0})
    assert mechanism_lift(0.4, always_on) == pytest.approx(0.4)
    never = PARAMS.decay.model_copy(update={"activation_threshold": 1.0})
    assert mechanism_lift(1.0, never) == 0.0  # no division by zero at a threshold of 1


def test_a_mechanism_combines_its_answers_by_mean_or_as_a_conjunction() -> None:
    mean = PARAMS.mechanisms[0].model_copy(
        update={"questions": ("a", "b"), "combine": "mean", "stack_positions": ()}
    )
    both = mean.model_copy(update={"combine": "min"})
    levels = {"a": 0.9, "b": 0.3}
    assert mechanism_strength(mean, basics(), levels) == pytest.approx(0.6)
    assert mechanism_strength(both, basics(), levels) == pytest.approx(0.3)
    # a conjunction with a part unanswered is no evidence; a mean takes what is answered
    assert mechanism_strength(both, basics(), {"a": 0.9}) == 0.0
    assert mechanism_strength(mean, basics(), {"a": 0.9}) == pytest.approx(0.9)
    assert mechanism_strength(mean, basics(), {}) == 0.0


def test_the_outlook_status_follows_the_holds_month() -> None:
    assert stop_status(0, assessed=True) == "not_holding"  # below the line already now
    assert stop_status(1, assessed=True) == "stops"
    assert stop_status(37, assessed=True) == "stops"
    assert stop_status(None, assessed=True) == "holds_past"
    assert stop_status(0, assessed=False) == "not_assessed"


def test_strength_is_shown_with_two_decimals() -> None:
    assert rounded_strength(12, 80.0, 0.05, 0.0, 90.0) == round(80.0 * math.exp(-0.6), 2)
    assert rounded_strength(12, 80.0, 0.05, 0.0, 90.0) != strength_at(12, 80.0, 0.05, 0.0, 90.0)


def test_the_last_month_of_the_horizon_counts_and_the_one_after_does_not() -> None:
    """First month below 40 of 100 * exp(-r * m): ln(2.5) / r months, here 59.5 and 60.5."""
    assert first_month_below(40.0, 100.0, math.log(2.5) / 59.5, 0.0, 90.0) == 60
    assert first_month_below(40.0, 100.0, math.log(2.5) / 60.5, 0.0, 90.0) is None
