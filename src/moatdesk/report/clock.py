"""The decay clock as the PDF reads it: each moat's status and stop quarter, the
do-first actions, how stop quarters moved since the previous review.

The engine computes all of it (``moatdesk.domain.results``, ``domain.history``); this
module only gathers, per moat, what the sections print, so that every section reads a
stop quarter from the same place.
"""

from __future__ import annotations

from dataclasses import dataclass

from moatdesk.domain.results import Action, OutlookStatus, Roadmap, StopShift
from moatdesk.domain.taxonomy import Moat
from moatdesk.report.data import ReportData


@dataclass(frozen=True)
class MoatClock:
    """One moat on the clock: its outlook's status and stop quarter, and its score."""

    moat: Moat
    assessed: bool
    status: OutlookStatus
    stop_quarter: str | None
    horizon_end: str
    score: float


def moat_clocks(roadmap: Roadmap) -> dict[Moat, MoatClock]:
    scores = {s.moat: s for s in roadmap.scores}
    return {
        o.moat: MoatClock(
            o.moat, o.assessed, o.status, o.stop_quarter, o.horizon_end, scores[o.moat].score
        )
        for o in roadmap.outlooks
    }


def do_first(roadmap: Roadmap) -> tuple[Action, ...]:
    return roadmap.do_first


def stop_shifts(data: ReportData) -> tuple[StopShift, ...]:
    """Each moat's stop quarter in the previous final review against this one."""
    return data.comparison.stop_shifts if data.comparison is not None else ()
