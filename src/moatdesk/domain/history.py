"""A company's reviews over time: which quarters count, and the countdown per moat.

The one place that decides the history every surface shows (the main window's chart,
the PDF's trend, the CLI): the FINAL reviews in quarter order, and - when a quarter is
being looked at - that quarter's own assessment last, final or not.  ``countdown``
gives each moat's stop quarter per review with its shift since the review before, so
a founder sees whether they are outrunning the decay.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from moatdesk.domain.compare import compare_assessments, stop_shift
from moatdesk.domain.models import Assessment, Profile
from moatdesk.domain.quarters import quarter_index
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import Comparison, OutlookStatus, Roadmap, StopShift
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import AssessmentStatus, Moat

_FROZEN = ConfigDict(extra="forbid", frozen=True)


class CountdownPoint(BaseModel):
    """One moat in one review."""

    model_config = _FROZEN

    moat: Moat
    status: OutlookStatus
    stop_quarter: str | None
    holds_until_month: int | None
    score: float


class CountdownEntry(BaseModel):
    """One review: every moat's stop quarter, and how each moved since the review before."""

    model_config = _FROZEN

    quarter: str
    final: bool
    horizon_end: str
    points: tuple[CountdownPoint, ...]  # in Moat order
    shifts: tuple[StopShift, ...]  # vs the previous entry; () for the first


def final_reviews(profile: Profile, before: str | None = None) -> list[Assessment]:
    """The final assessments in quarter order (only those before ``before`` if given)."""
    limit = quarter_index(before) if before is not None else None
    return sorted(
        (
            a
            for a in profile.assessments
            if a.status is AssessmentStatus.FINAL
            and (limit is None or quarter_index(a.quarter) < limit)
        ),
        key=lambda a: quarter_index(a.quarter),
    )


def previous_final(profile: Profile, quarter: str) -> Assessment | None:
    """The last final review before ``quarter`` (what a review is compared with)."""
    earlier = final_reviews(profile, before=quarter)
    return earlier[-1] if earlier else None


def reviews_shown(
    profile: Profile, quarter: str | None = None, limit: int | None = None
) -> list[Assessment]:
    """The reviews a history shows: the final ones before ``quarter``, then ``quarter``'s
    own assessment (final or draft); ``quarter`` None: every final review.  ``limit``
    keeps the most recent ones."""
    if quarter is None:
        shown = final_reviews(profile)
    else:
        own = [a for a in profile.assessments if a.quarter == quarter]
        shown = final_reviews(profile, before=quarter) + own[:1]
    return shown[-limit:] if limit else shown


def review_history(
    profile: Profile,
    quarter: str | None = None,
    bank: QuestionBank | None = None,
    limit: int | None = None,
    known: Mapping[str, Roadmap] | None = None,
) -> tuple[tuple[str, Roadmap], ...]:
    """(quarter, roadmap) for ``reviews_shown``, oldest first.  ``known``: roadmaps
    already computed for this profile's reviews, by quarter (the app's cache); the
    others are built."""
    known = known or {}
    return tuple(
        (a.quarter, known.get(a.quarter) or build_roadmap(a.basics, a, bank))
        for a in reviews_shown(profile, quarter, limit)
    )


def countdown_from(
    history: tuple[tuple[str, Roadmap], ...], finals: set[str]
) -> tuple[CountdownEntry, ...]:
    """The countdown of already built roadmaps (so a caller never scores twice)."""
    entries: list[CountdownEntry] = []
    previous: Roadmap | None = None
    for quarter, roadmap in history:
        points = tuple(
            CountdownPoint(
                moat=o.moat,
                status=o.status,
                stop_quarter=o.stop_quarter,
                holds_until_month=o.holds_until_month,
                score=s.score,
            )
            for o, s in zip(roadmap.outlooks, roadmap.scores, strict=True)
        )
        shifts = (
            tuple(
                stop_shift(a, b) for a, b in zip(previous.outlooks, roadmap.outlooks, strict=True)
            )
            if previous is not None
            else ()
        )
        entries.append(
            CountdownEntry(
                quarter=quarter,
                final=quarter in finals,
                horizon_end=roadmap.outlooks[0].horizon_end if roadmap.outlooks else quarter,
                points=points,
                shifts=shifts,
            )
        )
        previous = roadmap
    return tuple(entries)


def countdown(
    profile: Profile,
    quarter: str | None = None,
    bank: QuestionBank | None = None,
    limit: int | None = None,
) -> tuple[CountdownEntry, ...]:
    """Each moat's stop quarter per review (``reviews_shown``), oldest first, with the
    shift since the review before."""
    finals = {a.quarter for a in profile.assessments if a.status is AssessmentStatus.FINAL}
    return countdown_from(review_history(profile, quarter, bank, limit), finals)


def since_previous(
    profile: Profile,
    quarter: str,
    bank: QuestionBank | None = None,
    history: tuple[tuple[str, Roadmap], ...] = (),
) -> Comparison | None:
    """``quarter``'s review compared with the previous final review (None: first one).
    ``history`` (from ``review_history``) lends its roadmaps, so none is built twice."""
    after = next((a for a in profile.assessments if a.quarter == quarter), None)
    before = previous_final(profile, quarter)
    if after is None or before is None:
        return None
    built = dict(history)
    if before.quarter in built and quarter in built:
        return compare_assessments(before, after, bank, (built[before.quarter], built[quarter]))
    return compare_assessments(before, after, bank)
