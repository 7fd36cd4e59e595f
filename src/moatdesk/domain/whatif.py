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
def quarter_at(position: int) -> str:
    """The quarter written out from a ``quarter_index`` position."""
    return format_quarter(position // 4, position % 4 + 1)


def stop_position(outlook: MoatOutlook) -> int | None:
    """Where the moat stops on the quarter line: its stop quarter (for a moat not holding
    now, the review's own quarter), one past the horizon if it holds past it; None if it
    is not assessed."""
    if outlook.status == "not_assessed":
        return None
    if outlook.status == "holds_past":
        return quarter_index(outlook.horizon_end) + 1
    assert outlook.stop_quarter is not None
    return quarter_index(outlook.stop_quarter)


def _positions(roadmap: Roadmap) -> list[int]:
    return [p for o in roadmap.outlooks if (p := stop_position(o)) is not None]


def earliest_position(roadmap: Roadmap) -> int | None:
    """The earliest stop among the assessed moats (None when none is assessed)."""
    return min(_positions(roadmap), default=None)


def holding_quarters(roadmap: Roadmap) -> int:
    """Quarters the assessed moats hold in all, from the review's quarter to each stop."""
    start = quarter_index(roadmap.quarter)
    return sum(p - start for p in _positions(roadmap))


def horizon_end_position(roadmap: Roadmap) -> int:
    return quarter_index(roadmap.outlooks[0].horizon_end)


def position_label(position: int | None, roadmap: Roadmap) -> str | None:
    """A stop position as a quarter ("2027-Q3"); past the horizon is ">2031-Q4"."""
    if position is None:
        return None
    end = horizon_end_position(roadmap)
    if position > end:
        return f">{quarter_at(end)}"
    return quarter_at(position)


def do_first_ids(roadmap: Roadmap) -> tuple[str, ...]:
    return tuple(a.id for a in roadmap.actions if a.do_first)


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
    horizon_end: str  # the projection's last quarter ("holds past 2031-Q4")
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


def moat_effects(before: Roadmap, after: Roadmap) -> tuple[MoatEffect, ...]:
    horizon = horizon_end_position(before)
    effects = []
    for s0, s1, o0, o1 in zip(
        before.scores, after.scores, before.outlooks, after.outlooks, strict=True
    ):
        p0, p1 = stop_position(o0), stop_position(o1)
        moved = None if p0 is None or p1 is None else p1 - p0
        effects.append(
            MoatEffect(
                moat=s0.moat,
                score_before=s0.score,
                score_after=s1.score,
                status_before=o0.status,
                status_after=o1.status,
                stop_before=o0.stop_quarter,
                stop_after=o1.stop_quarter,
                horizon_end=o0.horizon_end,
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
    quarter = before.quarter
    first0, first1 = earliest_position(before), earliest_position(after)
    old_first, new_first = do_first_ids(before), do_first_ids(after)
    return WhatIf(
        scenario_id=applied.scenario_id,
        quarter=quarter,
        changes=applied.changes,
        skipped=applied.skipped,
        moats=moat_effects(before, after),
        earliest_before=position_label(first0, before),
        earliest_after=position_label(first1, after),
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
    if not applied.changes and applied.basics == basics and applied.assessment == assessment:
        after = before  # nothing took effect (none asked, or all skipped): the same roadmap
    else:
        after = build_roadmap(applied.basics, applied.assessment, bank)
    return compare_roadmaps(before, after, applied)
