"""How each moat's strength changes over the next five years.

strength(t) = S0 * exp(-rate * t), where rate = ln 2 / half-life of the moat's home
horizon, multiplied by (1 + acceleration) for each raised risk flag affecting the moat
and by (1 - slow_factor * strength) for each active compounding mechanism (floored at
``min_rate_factor``).  A long-horizon moat that holds now (S0 >= the holds threshold)
and has a strong mechanism instead approaches ``growth_cap``:
strength(t) = cap + (S0 - cap) * exp(-g * t).  Parameters: model.toml.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from moatdesk.domain.models import CompanyBasics
from moatdesk.domain.parameters import DecayParams, Mechanism, ModelParams, load_model
from moatdesk.domain.results import DECAY_MONTHS, DecayPoint, Flag, MoatOutlook, MoatScore
from moatdesk.domain.taxonomy import HOME_HORIZON, FlagKind
from moatdesk.domain.text import LocalizedText

LAST_MONTH = DECAY_MONTHS[-1]


def mechanism_label(mechanism_id: str) -> LocalizedText:
    """The EN/KO name of a compounding mechanism (KeyError for an unknown id)."""
    return load_model().mechanism(mechanism_id).label


def mechanism_strength(
    mechanism: Mechanism, basics: CompanyBasics, levels: Mapping[str, float]
) -> float:
    """0..1: mean level of its answered questions, at least the stack-position level."""
    answered = [levels[q] for q in mechanism.questions if q in levels]
    strength = sum(answered) / len(answered) if answered else 0.0
    if basics.stack_position in mechanism.stack_positions:
        strength = max(strength, mechanism.stack_position_level)
    return strength


def active_mechanisms(
    basics: CompanyBasics, levels: Mapping[str, float], params: ModelParams
) -> dict[str, float]:
    """Mechanism id -> strength, for the mechanisms strong enough to count."""
    active = {}
    for mechanism in params.mechanisms:
        strength = mechanism_strength(mechanism, basics, levels)
        if strength >= params.decay.activation_threshold:
            active[mechanism.id] = strength
    return active


def strength_at(month: float, start: float, rate: float, growth: float, cap: float) -> float:
    """The moat's strength after ``month`` months (growth > 0: approaching ``cap``)."""
    if growth > 0:
        value = cap + (start - cap) * math.exp(-growth * month)
    else:
        value = start * math.exp(-rate * month)
    return min(100.0, max(0.0, value))


def rounded_strength(month: float, start: float, rate: float, growth: float, cap: float) -> float:
    """Strength as shown (2 decimals), so the holds month agrees with the charted points."""
    return round(strength_at(month, start, rate, growth, cap), 2)


def first_month_below(
    threshold: float, start: float, rate: float, growth: float, cap: float
) -> int | None:
    """First whole month (0..60) at which strength is below ``threshold``; None if never."""
    for month in range(LAST_MONTH + 1):
        if rounded_strength(month, start, rate, growth, cap) < threshold:
            return month
    return None


def moat_outlook(
    score: MoatScore,
    risks: Sequence[Flag],
    mechanisms: Mapping[str, float],
    params: ModelParams,
) -> MoatOutlook:
    moat = score.moat
    decay: DecayParams = params.decay
    horizon = HOME_HORIZON[moat]
    speeding = [f for f in risks if f.kind is FlagKind.RISK and moat in f.affects]
    acceleration = math.prod(1.0 + decay.risk_acceleration[f.severity] for f in speeding)
    slowed_by: list[str] = []
    growth = 0.0
    slow = 1.0
    for mechanism in params.mechanisms:
        strength = mechanisms.get(mechanism.id)
        if strength is None or moat not in mechanism.slows:
            continue
        slowed_by.append(mechanism.id)
        slow *= 1.0 - mechanism.slow_factor * strength
        if moat in mechanism.grows and strength >= decay.growth_threshold:
            growth = max(growth, decay.growth_rate_per_month * strength)
    rate_factor = acceleration * max(slow, decay.min_rate_factor)
    rate = math.log(2) / decay.half_life_months[horizon] * rate_factor
    start = score.score
    if start < params.holds_threshold:
        growth = 0.0  # a flywheel compounds an advantage that holds; it cannot create one
    growth /= acceleration  # risks still drag on a compounding moat
    cap = decay.growth_cap
    points = tuple(
        DecayPoint(month=m, strength=rounded_strength(m, start, rate, growth, cap))
        for m in DECAY_MONTHS
    )
    return MoatOutlook(
        moat=moat,
        horizon=horizon,
        points=points,
        holds_until_month=first_month_below(params.holds_threshold, start, rate, growth, cap),
        accelerated_by=tuple(f.id for f in speeding),
        slowed_by=tuple(slowed_by),
    )


def moat_outlooks(
    scores: Sequence[MoatScore],
    flags: Sequence[Flag],
    basics: CompanyBasics,
    levels: Mapping[str, float],
    params: ModelParams,
) -> tuple[MoatOutlook, ...]:
    """Every moat's decay outlook, in the order of ``scores``."""
    mechanisms = active_mechanisms(basics, levels, params)
    risks = [f for f in flags if f.kind is FlagKind.RISK]
    return tuple(moat_outlook(s, risks, mechanisms, params) for s in scores)
