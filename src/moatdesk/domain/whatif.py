"""The effect of a what-if on the decay clock: the review's roadmap against the scratch
copy's, moat by moat.

Both roadmaps come from ``build_roadmap`` (nothing here scores or decays anything); this
module only lines them up: per moat the stop quarter before and after and the quarters
gained or lost, the score change, the flags that appear, clear or change severity, and
the do-first actions that come or go.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from moatdesk.domain.models import Assessment, CompanyBasics
from moatdesk.domain.quarters import format_quarter, quarter_index
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import MoatOutlook, Roadmap
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scenarios import (
    Applied,
    AppliedChange,
    Scenario,
    SkippedChange,
    WhatIfSpec,
    apply_scenario,
    apply_spec,
)
from moatdesk.domain.taxonomy import Moat, Severity

_FROZEN = ConfigDict(extra="forbid", frozen=True)


# ----------------------------------------------------------------- reading the clock
HORIZON_QUARTERS = 20  # interim, until the engine's calendar stop quarters land


def _clock(outlook: MoatOutlook, quarter: str) -> tuple[str, str | None, str]:
    """(status, stop quarter, horizon end) of an outlook whose projection starts at ``quarter``."""
    start = quarter_index(quarter)
    horizon_end = quarter_at(start + HORIZON_QUARTERS - 1)
    month = outlook.holds_until_month
    if month is None:
        return "holds_past", None, horizon_end
    if month == 0:
        return "not_holding", None, horizon_end
    return "stops", quarter_at(start + month // 3), horizon_end


def quarter_at(position: int) -> str:
    """The quarter written out from a ``quarter_index`` position."""
    return format_quarter(position // 4, position % 4 + 1)


def stop_position(outlook: MoatOutlook, quarter: str, assessed: bool = True) -> int | None:
    """Where the moat stops on the quarter line: its stop quarter, the review's quarter if it
    does not hold now, one past the horizon if it holds past it; None if not assessed."""
    status, stop, horizon_end = _clock(outlook, quarter)
    if not assessed or status == "not_assessed":
        return None
    if status == "holds_past":
        return quarter_index(horizon_end) + 1
    if status == "not_holding":
        return quarter_index(quarter)
    assert stop is not None
    return quarter_index(stop)


def _positions(roadmap: Roadmap, quarter: str) -> list[int | None]:
    return [
        stop_position(o, quarter, s.coverage > 0)
        for o, s in zip(roadmap.outlooks, roadmap.scores, strict=True)
    ]


def earliest_position(roadmap: Roadmap, quarter: str) -> int | None:
    """The earliest stop among the assessed moats (None when none is assessed)."""
    return min((p for p in _positions(roadmap, quarter) if p is not None), default=None)


def holding_quarters(roadmap: Roadmap, quarter: str) -> int:
    """Quarters the assessed moats hold in all, from the review's quarter to each stop."""
    start = quarter_index(quarter)
    return sum(p - start for p in _positions(roadmap, quarter) if p is not None)


def horizon_end_position(quarter: str) -> int:
    return quarter_index(quarter) + HORIZON_QUARTERS - 1


def position_label(position: int | None, quarter: str) -> str | None:
    """A stop position as a quarter ("2027-Q3"); past the horizon is ">2031-Q4"."""
    if position is None:
        return None
    end = horizon_end_position(quarter)
    if position > end:
        return f">{quarter_at(end)}"
    return quarter_at(position)


def do_first_ids(roadmap: Roadmap) -> tuple[str, ...]:
    """Interim: the three most urgent next-quarter actions."""
    return tuple(a.id for a in roadmap.actions if a.bucket == "next_quarter")[:3]


# ----------------------------------------------------------------- the effect
class MoatEffect(BaseModel):
    model_config = _FROZEN

    moat: Moat
    score_before: float
    score_after: float
    status_before: str  # MoatOutlook.status
    status_after: str
    stop_before: str | None  # MoatOutlook.stop_quarter
    stop_after: str | None
    quarters_moved: int | None  # later = positive; None when either side is not assessed
    open_ended: bool  # a side holds past the horizon: the move is at least this

    @property
    def score_delta(self) -> float:
        return round(self.score_after - self.score_before, 2)

    @property
    def changed(self) -> bool:
        return (
            bool(self.quarters_moved)
            or self.score_delta != 0
            or (self.status_before != self.status_after)
        )


class FlagChange(BaseModel):
    model_config = _FROZEN

    id: str
    before: Severity | None  # None: not raised
    after: Severity | None


class WhatIf(BaseModel):
    """A scenario's effect on one review (the two roadmaps are kept for the screens)."""

    model_config = _FROZEN

    scenario_id: str
    quarter: str
    changes: tuple[AppliedChange, ...]
    skipped: tuple[SkippedChange, ...]
    moats: tuple[MoatEffect, ...]  # in Moat order
    earliest_before: str | None  # position_label of the earliest stop
    earliest_after: str | None
    earliest_moved: int | None  # quarters, later = positive
    flag_changes: tuple[FlagChange, ...]  # appeared, cleared or changed severity
    do_first_added: tuple[str, ...]  # action ids
    do_first_removed: tuple[str, ...]
    before: Roadmap
    after: Roadmap

    @property
    def flags_appeared(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.flag_changes if f.before is None)

    @property
    def flags_cleared(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.flag_changes if f.after is None)


def moat_effects(before: Roadmap, after: Roadmap, quarter: str) -> tuple[MoatEffect, ...]:
    horizon = horizon_end_position(quarter)
    effects = []
    for s0, s1, o0, o1 in zip(
        before.scores, after.scores, before.outlooks, after.outlooks, strict=True
    ):
        p0 = stop_position(o0, quarter, s0.coverage > 0)
        p1 = stop_position(o1, quarter, s1.coverage > 0)
        status0, stop0, _ = _clock(o0, quarter)
        status1, stop1, _ = _clock(o1, quarter)
        moved = None if p0 is None or p1 is None else p1 - p0
        effects.append(
            MoatEffect(
                moat=s0.moat,
                score_before=s0.score,
                score_after=s1.score,
                status_before=status0 if p0 is not None else "not_assessed",
                status_after=status1 if p1 is not None else "not_assessed",
                stop_before=stop0,
                stop_after=stop1,
                quarters_moved=moved,
                open_ended=moved is not None and max(p0 or 0, p1 or 0) > horizon,
            )
        )
    return tuple(effects)


def flag_changes(before: Roadmap, after: Roadmap) -> tuple[FlagChange, ...]:
    old = {f.id: f.severity for f in before.flags}
    new = {f.id: f.severity for f in after.flags}
    ids = list(old) + [i for i in new if i not in old]
    return tuple(
        FlagChange(id=i, before=old.get(i), after=new.get(i))
        for i in ids
        if old.get(i) != new.get(i)
    )


def compare_roadmaps(before: Roadmap, after: Roadmap, applied: Applied) -> WhatIf:
    """Line up the review's roadmap and the scratch copy's."""
    quarter = applied.assessment.quarter
    first0, first1 = earliest_position(before, quarter), earliest_position(after, quarter)
    old_first, new_first = do_first_ids(before), do_first_ids(after)
    return WhatIf(
        scenario_id=applied.scenario_id,
        quarter=quarter,
        changes=applied.changes,
        skipped=applied.skipped,
        moats=moat_effects(before, after, quarter),
        earliest_before=position_label(first0, quarter),
        earliest_after=position_label(first1, quarter),
        earliest_moved=None if first0 is None or first1 is None else first1 - first0,
        flag_changes=flag_changes(before, after),
        do_first_added=tuple(a for a in new_first if a not in old_first),
        do_first_removed=tuple(a for a in old_first if a not in new_first),
        before=before,
        after=after,
    )


def evaluate_scenario(
    basics: CompanyBasics,
    assessment: Assessment,
    scenario: Scenario,
    bank: QuestionBank | None = None,
    before: Roadmap | None = None,
) -> WhatIf:
    """What ``scenario`` does to this review's clock (``before``: its roadmap, if built)."""
    if bank is None:
        from moatdesk.domain.content import load_bank

        bank = load_bank()
    return _evaluate(
        basics, assessment, apply_scenario(basics, assessment, scenario, bank), bank, before
    )


def evaluate_spec(
    basics: CompanyBasics,
    assessment: Assessment,
    spec: WhatIfSpec,
    bank: QuestionBank | None = None,
    before: Roadmap | None = None,
) -> WhatIf:
    """What a founder's what-if (a preset and/or their own values) does to this review."""
    if bank is None:
        from moatdesk.domain.content import load_bank

        bank = load_bank()
    return _evaluate(basics, assessment, apply_spec(basics, assessment, spec, bank), bank, before)


def _evaluate(
    basics: CompanyBasics,
    assessment: Assessment,
    applied: Applied,
    bank: QuestionBank,
    before: Roadmap | None,
) -> WhatIf:
    if before is None:
        before = build_roadmap(basics, assessment, bank)
    after = build_roadmap(applied.basics, applied.assessment, bank)
    return compare_roadmaps(before, after, applied)
