"""What moved between two assessments (usually two quarters of one company).

Per-moat score deltas come from the two roadmaps, so they match what each quarter's
report showed; whether a score "moved" and its trend are decided here only
(``score_trend``, threshold in model.toml ``[compare]``), and so is how each moat's
stop quarter shifted (``stop_shift``).  Answer changes compare values only (a note or
confidence edit is not a changed answer); flags are compared by id.
"""

from __future__ import annotations

from moatdesk.domain.models import Answer, AnswerValue, Assessment, CompanyBasics
from moatdesk.domain.parameters import load_model
from moatdesk.domain.quarters import quarter_index
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import (
    AnswerChange,
    BasicsChange,
    Comparison,
    MoatDelta,
    MoatOutlook,
    MoatScore,
    Roadmap,
    ShiftDirection,
    StopShift,
    Trend,
)
from moatdesk.domain.roadmap import build_roadmap


def score_moved(before: float, after: float) -> bool:
    """Did a score move?  The one rule for every surface (model.toml compare.moved_points)."""
    return abs(after - before) >= load_model().compare.moved_points


def score_trend(before: float, after: float) -> Trend:
    """ "up", "down" or "flat" (flat unless the score moved)."""
    if not score_moved(before, after):
        return "flat"
    return "up" if after > before else "down"


def moat_delta(before: MoatScore, after: MoatScore) -> MoatDelta:
    return MoatDelta(
        moat=after.moat,
        before=before.score,
        after=after.score,
        moved=score_moved(before.score, after.score),
        trend=score_trend(before.score, after.score),
    )


def stop_shift(before: MoatOutlook, after: MoatOutlook) -> StopShift:
    """How a moat's stop quarter moved from one review to the next (later = outran it).

    "not_holding" counts as stopping in its own quarter, so a moat that was below the
    line and now holds until 2027-Q3 moved later by the quarters in between; a moat now
    below the line never moved later (it is "same" if it was projected to lapse by now).
    """
    direction: ShiftDirection
    moved: int | None = None
    if not before.assessed or not after.assessed:
        direction = "not_comparable"
    elif before.status == "not_holding" and after.status == "not_holding":
        moved, direction = 0, "same"  # below the line both times: nothing was outrun
    elif before.stop_quarter is not None and after.stop_quarter is not None:
        moved = quarter_index(after.stop_quarter) - quarter_index(before.stop_quarter)
        if after.status == "not_holding":
            # lapsed now: as projected if it was due to lapse by now, else earlier
            moved = min(moved, 0)
        direction = "later" if moved > 0 else "earlier" if moved < 0 else "same"
    elif before.stop_quarter is None and after.stop_quarter is None:
        direction = "same"  # held past the horizon both times
    else:
        direction = "later" if after.stop_quarter is None else "earlier"
    return StopShift(
        moat=after.moat,
        before=before.stop_quarter,
        after=after.stop_quarter,
        before_status=before.status,
        after_status=after.status,
        quarters_moved=moved,
        direction=direction,
    )


def compare_roadmaps(
    before: Roadmap, after: Roadmap
) -> tuple[tuple[MoatDelta, ...], tuple[StopShift, ...]]:
    """Score deltas and stop-quarter shifts between two roadmaps, in Moat order."""
    deltas = tuple(moat_delta(a, b) for a, b in zip(before.scores, after.scores, strict=True))
    shifts = tuple(stop_shift(a, b) for a, b in zip(before.outlooks, after.outlooks, strict=True))
    return deltas, shifts


def _value(answer: Answer | None) -> AnswerValue | None:
    return None if answer is None else answer.value


def _same(before: object, after: object) -> bool:
    # True == 1 in Python; a yes/no answer and a scale point are still different answers.
    return type(before) is type(after) and before == after


def answer_changes(
    before: Assessment, after: Assessment, bank: QuestionBank
) -> tuple[AnswerChange, ...]:
    """Added, removed and changed answer values; bank order first, unknown ids after."""
    position = {q.id: i for i, q in enumerate(bank.questions)}
    ids = set(before.answers) | set(after.answers)
    ordered = sorted(ids, key=lambda qid: (position.get(qid, len(position)), qid))
    changes = []
    for qid in ordered:
        old, new = _value(before.answers.get(qid)), _value(after.answers.get(qid))
        if not _same(old, new):
            changes.append(AnswerChange(question_id=qid, before=old, after=new))
    return tuple(changes)


def basics_changes(before: CompanyBasics, after: CompanyBasics) -> tuple[BasicsChange, ...]:
    """The basics that differ (the name included, should it have changed)."""
    changes = []
    for name in CompanyBasics.model_fields:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append(BasicsChange(basic=name, before=_plain(old), after=_plain(new)))
    return tuple(changes)


def _plain(value: object) -> str | int:
    return value if isinstance(value, int) else str(value)


def compare_assessments(
    before: Assessment,
    after: Assessment,
    bank: QuestionBank | None = None,
    roadmaps: tuple[Roadmap, Roadmap] | None = None,
) -> Comparison:
    """Compare ``before`` with ``after``: each scored with its own quarter's basics, both
    with the same bank (``roadmaps``: theirs, if the caller already built them)."""
    if bank is None:
        from moatdesk.domain.content import load_bank

        bank = load_bank()
    if roadmaps is None:
        roadmaps = (
            build_roadmap(before.basics, before, bank),
            build_roadmap(after.basics, after, bank),
        )
    old, new = roadmaps
    old_flags = [f.id for f in old.flags]
    new_flags = [f.id for f in new.flags]
    deltas, shifts = compare_roadmaps(old, new)
    return Comparison(
        from_quarter=before.quarter,
        to_quarter=after.quarter,
        bank_versions=(before.bank_version, after.bank_version),
        moat_deltas=deltas,
        answer_changes=answer_changes(before, after, bank),
        flags_appeared=tuple(f for f in new_flags if f not in old_flags),
        flags_cleared=tuple(f for f in old_flags if f not in new_flags),
        stop_shifts=shifts,
        basics_changes=basics_changes(before.basics, after.basics),
    )
