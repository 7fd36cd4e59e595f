"""What moved between two assessments (usually two quarters of one company).

Per-moat score deltas come from the two roadmaps, so they match what each quarter's
report showed; answer changes compare values only (a note or confidence edit is not
a changed answer); flags are compared by id.
"""

from __future__ import annotations

from moatdesk.domain.models import Answer, AnswerValue, Assessment
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import AnswerChange, Comparison, MoatDelta
from moatdesk.domain.roadmap import build_roadmap


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


def compare_assessments(
    before: Assessment,
    after: Assessment,
    bank: QuestionBank | None = None,
) -> Comparison:
    """Compare ``before`` with ``after``: each scored with its own quarter's basics, both
    with the same bank."""
    if bank is None:
        from moatdesk.domain.content import load_bank

        bank = load_bank()
    old = build_roadmap(before.basics, before, bank)
    new = build_roadmap(after.basics, after, bank)
    old_flags = [f.id for f in old.flags]
    new_flags = [f.id for f in new.flags]
    return Comparison(
        from_quarter=before.quarter,
        to_quarter=after.quarter,
        bank_versions=(before.bank_version, after.bank_version),
        moat_deltas=tuple(
            MoatDelta(moat=a.moat, before=a.score, after=b.score)
            for a, b in zip(old.scores, new.scores, strict=True)
        ),
        answer_changes=answer_changes(before, after, bank),
        flags_appeared=tuple(f for f in new_flags if f not in old_flags),
        flags_cleared=tuple(f for f in old_flags if f not in new_flags),
    )
