"""How each moat's strength changes over the next five years, on the calendar.

strength(t) = S0 * exp(-rate * t), where rate = ln 2 / half-life of the moat's home
horizon, multiplied by the risk factor - (1 + acceleration) for each raised risk flag
affecting the moat, together at most ``max_risk_factor`` - and by the slow factor -
(1 - slow_factor * lift) for each compounding mechanism above neutral, where lift =
(strength - activation) / (1 - activation), floored at ``min_rate_factor``.  A
long-horizon moat that holds now, with a strong mechanism and no high-severity risk
on it, instead approaches ``growth_cap``: strength(t) = cap + (S0 - cap) * exp(-g t).
Month 0 is the first day of the assessment's quarter; the month a moat drops below
the line gives its calendar stop quarter.  Parameters: model.toml.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from moatdesk.domain.models import CompanyBasics
from moatdesk.domain.parameters import DecayParams, Mechanism, ModelParams, load_model
from moatdesk.domain.quarters import quarter_at_month
from moatdesk.domain.results import (
    DECAY_MONTHS,
    DecayPoint,
    Flag,
    MoatOutlook,
    MoatScore,
    OutlookStatus,
)
from moatdesk.domain.taxonomy import HOME_HORIZON, FlagKind, Severity
from moatdesk.domain.text import LocalizedText

LAST_MONTH = DECAY_MONTHS[-1]


def mechanism_label(mechanism_id: str) -> LocalizedText:
    """The EN/KO name of a compounding mechanism (KeyError for an unknown id)."""
    return load_model().mechanism(mechanism_id).label


def mechanism_strength(
    mechanism: Mechanism, basics: CompanyBasics, levels: Mapping[str, float]
) -> float:
    """0..1: its answered questions' levels combined (mean, or min for a conjunction),
    at least the stack-position level.  ``levels`` may hold ``basics.<field>`` levels."""
    answered = [levels[q] for q in mechanism.questions if q in levels]
    if not answered:
        strength = 0.0
    elif mechanism.combine == "min":
        # a conjunction needs every part answered: a missing part is not evidence
        strength = min(answered) if len(answered) == len(mechanism.questions) else 0.0
    else:
        strength = sum(answered) / len(answered)
    if basics.stack_position in mechanism.stack_positions:
        strength = max(strength, mechanism.stack_position_level)
    return strength


def active_mechanisms(
    basics: CompanyBasics, levels: Mapping[str, float], params: ModelParams
) -> dict[str, float]:
    """Mechanism id -> strength, for the mechanisms above neutral (they slow decay).

    A neutral answer (strength at ``activation_threshold``) is no evidence of a
    mechanism, so it slows nothing; only what is above it counts.
    """
    active = {}
    for mechanism in params.mechanisms:
        strength = mechanism_strength(mechanism, basics, levels)
        if strength > params.decay.activation_threshold:
            active[mechanism.id] = strength
    return active


def mechanism_lift(strength: float, decay: DecayParams) -> float:
    """0..1: how far above neutral a mechanism is (0 at the activation threshold)."""
    neutral = decay.activation_threshold
    return max(0.0, (strength - neutral) / (1.0 - neutral)) if neutral < 1 else 0.0


def stop_status(holds_until_month: int | None, assessed: bool) -> OutlookStatus:
    """The outlook's status from its holds month (the one rule every surface reads)."""
    if not assessed:
        return "not_assessed"
    if holds_until_month is None:
        return "holds_past"
    return "not_holding" if holds_until_month == 0 else "stops"


def stop_quarter_of(start: str, holds_until_month: int | None, assessed: bool) -> str | None:
    """The calendar quarter a moat stops holding: None if it holds past or is unknown."""
    if not assessed or holds_until_month is None:
        return None
    return quarter_at_month(start, holds_until_month)


def horizon_end(start: str) -> str:
    """The quarter of the projection's last month (start + 60 months)."""
    return quarter_at_month(start, LAST_MONTH)


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
    """First whole month (0..60) at which strength is below ``threshold``; None if never.

    The strength as shown is monotone in the month: a decay only falls, a growing moat
    approaches its cap from one side, and clamping and rounding keep that order.  So if
    month 0 is not below the line and month 60 is, the first month below is found by
    halving (7 strengths, not up to 61); otherwise it is month 0 or never.
    """
    if rounded_strength(0, start, rate, growth, cap) < threshold:
        return 0
    if rounded_strength(LAST_MONTH, start, rate, growth, cap) >= threshold:
        return None
    above, below = 0, LAST_MONTH  # above the line at ``above``, below it at ``below``
    while below - above > 1:
        month = (above + below) // 2
        if rounded_strength(month, start, rate, growth, cap) < threshold:
            below = month
        else:
            above = month
    return below


def risk_factor(speeding: Sequence[Flag], decay: DecayParams) -> float:
    """How much the raised risks on a moat speed its decay: compounding, but capped."""
    product = math.prod(1.0 + decay.risk_acceleration[f.severity] for f in speeding)
    return min(product, decay.max_risk_factor)


def moat_outlook(
    score: MoatScore,
    risks: Sequence[Flag],
    mechanisms: Mapping[str, float],
    params: ModelParams,
    quarter: str,
) -> MoatOutlook:
    """One moat's outlook from its score, the raised risks and the active mechanisms,
    anchored at the first day of ``quarter`` (the assessment's)."""
    moat = score.moat
    decay: DecayParams = params.decay
    horizon = HOME_HORIZON[moat]
    speeding = [f for f in risks if f.kind is FlagKind.RISK and moat in f.affects]
    acceleration = risk_factor(speeding, decay)
    slowed_by: list[str] = []
    growth = 0.0
    slow = 1.0
    for mechanism in params.mechanisms:
        strength = mechanisms.get(mechanism.id)
        if strength is None or moat not in mechanism.slows:
            continue
        slowed_by.append(mechanism.id)
        slow *= 1.0 - mechanism.slow_factor * mechanism_lift(strength, decay)
        if moat in mechanism.grows and strength >= decay.growth_threshold:
            growth = max(growth, decay.growth_rate_per_month * strength)
    slow = max(slow, decay.min_rate_factor)
    rate = math.log(2) / decay.half_life_months[horizon] * acceleration * slow
    start = score.score
    if start < decay.growth_min_score:
        growth = 0.0  # a flywheel compounds an existing advantage; it cannot create one
    if any(f.severity is Severity.HIGH for f in speeding):
        growth = 0.0  # a grave risk on the moat: no compounding while it stands
    growth /= acceleration  # lesser risks still drag on a compounding moat
    cap = decay.growth_cap
    points = tuple(
        DecayPoint(month=m, strength=rounded_strength(m, start, rate, growth, cap))
        for m in DECAY_MONTHS
    )
    holds = first_month_below(params.holds_threshold, start, rate, growth, cap)
    return MoatOutlook(
        moat=moat,
        horizon=horizon,
        points=points,
        holds_until_month=holds,
        accelerated_by=tuple(f.id for f in speeding),
        slowed_by=tuple(slowed_by),
        assessed=score.assessed,
        status=stop_status(holds, score.assessed),
        stop_quarter=stop_quarter_of(quarter, holds, score.assessed),
        horizon_end=horizon_end(quarter),
        growing=growth > 0,
    )


def moat_outlooks(
    scores: Sequence[MoatScore],
    flags: Sequence[Flag],
    basics: CompanyBasics,
    levels: Mapping[str, float],
    params: ModelParams,
    quarter: str,
) -> tuple[MoatOutlook, ...]:
    """Every moat's decay outlook from ``quarter`` on, in the order of ``scores``.

    ``levels`` are the answer levels plus the ``basics.<field>`` levels.
    """
    mechanisms = active_mechanisms(basics, levels, params)
    risks = [f for f in flags if f.kind is FlagKind.RISK]
    return tuple(moat_outlook(s, risks, mechanisms, params, quarter) for s in scores)
