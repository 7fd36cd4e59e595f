"""The decay clock as the PDF reads it: each moat's stop quarter, the do-first actions,
how stop quarters moved since the previous review.

The engine computes all of it (``moatdesk.domain.results``); this module only picks the
pieces the sections need and words them, so that every section says a stop quarter
the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from moatdesk.domain.quarters import format_quarter, parse_quarter
from moatdesk.domain.results import Action, MoatOutlook, MoatScore, Roadmap
from moatdesk.domain.taxonomy import Bucket, Moat
from moatdesk.report.data import ReportData

DO_FIRST = 3  # at most three actions come first (issue 12)
ASSESSED_COVERAGE = 0.5


def add_quarters(quarter: str, count: int) -> str:
    year, q = parse_quarter(quarter)
    index = year * 4 + q - 1 + count
    return format_quarter(index // 4, index % 4 + 1)


def is_assessed(score: MoatScore) -> bool:
    return score.coverage >= ASSESSED_COVERAGE


def stop_quarter(quarter: str, outlook: MoatOutlook) -> str | None:
    month = outlook.holds_until_month
    if month is None or month == 0:
        return None
    return add_quarters(quarter, ceil(month / 3))


def horizon_end(quarter: str) -> str:
    return add_quarters(quarter, 20)


@dataclass(frozen=True)
class MoatClock:
    """One moat on the clock: assessed or not, its status and stop quarter."""

    moat: Moat
    assessed: bool
    status: str  # "not_assessed", "not_holding", "stops", "holds_past"
    stop_quarter: str | None
    horizon_end: str
    score: float


def moat_clocks(quarter: str, roadmap: Roadmap) -> dict[Moat, MoatClock]:
    outlooks = {o.moat: o for o in roadmap.outlooks}
    clocks: dict[Moat, MoatClock] = {}
    for score in roadmap.scores:
        outlook = outlooks[score.moat]
        stop = stop_quarter(quarter, outlook)
        if not is_assessed(score):
            status = "not_assessed"
            stop = None
        elif outlook.holds_until_month == 0:
            status = "not_holding"
        elif stop is not None:
            status = "stops"
        else:
            status = "holds_past"
        clocks[score.moat] = MoatClock(
            score.moat, is_assessed(score), status, stop, horizon_end(quarter), score.score
        )
    return clocks


def do_first(roadmap: Roadmap) -> tuple[Action, ...]:
    return tuple(a for a in roadmap.actions if a.bucket is Bucket.NEXT_QUARTER)[:DO_FIRST]


@dataclass(frozen=True)
class Shift:
    moat: Moat
    before: str | None
    after: str | None
    quarters_moved: int | None  # positive: later, the founder outran the decay


def stop_shifts(data: ReportData) -> tuple[Shift, ...]:
    """Each moat's stop quarter in the previous review against this one."""
    if data.previous is None or len(data.history) < 2:
        return ()
    before_q, before_map = data.history[-2]
    before = moat_clocks(before_q, before_map)
    after = moat_clocks(data.quarter, data.roadmap)
    shifts = []
    for moat in Moat:
        b, a = before[moat], after[moat]
        moved = None
        if b.stop_quarter and a.stop_quarter:
            by = parse_quarter(a.stop_quarter)
            bb = parse_quarter(b.stop_quarter)
            moved = (by[0] * 4 + by[1]) - (bb[0] * 4 + bb[1])
        shifts.append(Shift(moat, b.stop_quarter, a.stop_quarter, moved))
    return tuple(shifts)
