"""The review history every surface shows: which quarters count, in which order, and the
countdown of each moat's stop quarter from one review to the next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from engine_helpers import WHEN, assessment, basics, extreme_value, middle_answers, tiny_bank

from moatdesk.domain.compare import compare_assessments, stop_shift
from moatdesk.domain.content import load_bank
from moatdesk.domain.history import (
    countdown,
    final_reviews,
    previous_final,
    review_history,
    reviews_shown,
    since_previous,
)
from moatdesk.domain.models import Assessment, Profile
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import AssessmentStatus

BANK = load_bank()
SCORED = [q for q in BANK.questions if q.kind.value != "text"]
LOW = {q.id: extreme_value(q, top=False) for q in SCORED}
HIGH = {q.id: extreme_value(q, top=True) for q in SCORED}


def review(quarter: str, answers: dict, final: bool = True) -> Assessment:
    status = AssessmentStatus.FINAL if final else AssessmentStatus.DRAFT
    return assessment(answers, quarter=quarter).model_copy(update={"status": status})


def profile(*assessments: Assessment) -> Profile:
    return Profile(
        id="0" * 32,
        basics=basics(),
        created_at=WHEN,
        updated_at=datetime(2026, 12, 1, tzinfo=UTC),
        assessments=list(assessments),
    )


# Stored out of quarter order (an import, a backfill): the history still reads in order.
Q3_DRAFT = review("2026-Q3", HIGH, final=False)
Q2 = review("2026-Q2", HIGH)
Q4_2025 = review("2025-Q4", LOW)
Q1 = review("2026-Q1", middle_answers(BANK))
COMPANY = profile(Q3_DRAFT, Q2, Q4_2025, Q1)


def quarters(reviews) -> list[str]:
    return [a.quarter for a in reviews]


def test_final_reviews_are_the_finals_in_quarter_order() -> None:
    assert quarters(final_reviews(COMPANY)) == ["2025-Q4", "2026-Q1", "2026-Q2"]


def test_final_reviews_before_a_quarter_stop_short_of_it() -> None:
    assert quarters(final_reviews(COMPANY, before="2026-Q2")) == ["2025-Q4", "2026-Q1"]
    assert final_reviews(COMPANY, before="2025-Q4") == []


def test_a_review_is_compared_with_the_last_final_before_it() -> None:
    assert previous_final(COMPANY, "2026-Q3") == Q2
    assert previous_final(COMPANY, "2026-Q2") == Q1
    assert previous_final(COMPANY, "2025-Q4") is None


def test_the_history_of_a_draft_quarter_ends_with_that_draft() -> None:
    assert quarters(reviews_shown(COMPANY, "2026-Q3")) == [
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
    ]
    assert reviews_shown(COMPANY, "2026-Q3")[-1] == Q3_DRAFT


def test_looking_at_an_earlier_quarter_hides_the_later_reviews() -> None:
    assert quarters(reviews_shown(COMPANY, "2026-Q1")) == ["2025-Q4", "2026-Q1"]


def test_without_a_quarter_the_history_is_every_final_and_no_draft() -> None:
    assert quarters(reviews_shown(COMPANY)) == ["2025-Q4", "2026-Q1", "2026-Q2"]


def test_a_limit_keeps_the_most_recent_reviews() -> None:
    assert quarters(reviews_shown(COMPANY, "2026-Q3", limit=2)) == ["2026-Q2", "2026-Q3"]
    assert quarters(reviews_shown(COMPANY, limit=1)) == ["2026-Q2"]


def test_each_quarter_of_the_history_gets_its_own_roadmap() -> None:
    history = review_history(COMPANY, "2026-Q3")
    assert [quarter for quarter, _ in history] == quarters(reviews_shown(COMPANY, "2026-Q3"))
    for (quarter, roadmap), own in zip(history, reviews_shown(COMPANY, "2026-Q3"), strict=True):
        assert roadmap == build_roadmap(own.basics, own), quarter


def test_the_countdown_has_each_moats_stop_quarter_and_score_per_review() -> None:
    entries = countdown(COMPANY, "2026-Q3")
    history = review_history(COMPANY, "2026-Q3")
    assert [e.quarter for e in entries] == [q for q, _ in history]
    for entry, (_, roadmap) in zip(entries, history, strict=True):
        assert [p.moat for p in entry.points] == [o.moat for o in roadmap.outlooks]
        assert [p.stop_quarter for p in entry.points] == [o.stop_quarter for o in roadmap.outlooks]
        assert [p.status for p in entry.points] == [o.status for o in roadmap.outlooks]
        assert [p.holds_until_month for p in entry.points] == [
            o.holds_until_month for o in roadmap.outlooks
        ]
        assert [p.score for p in entry.points] == [s.score for s in roadmap.scores]
        assert entry.horizon_end == roadmap.outlooks[0].horizon_end
    # the low 2025-Q4 and the high 2026-Q2 differ, so the points are not all alike
    assert entries[0].points != entries[2].points


def test_the_countdown_marks_which_reviews_are_final() -> None:
    assert [e.final for e in countdown(COMPANY, "2026-Q3")] == [True, True, True, False]


def test_each_countdown_entry_shifts_against_the_review_before() -> None:
    entries = countdown(COMPANY, "2026-Q3")
    history = review_history(COMPANY, "2026-Q3")
    assert entries[0].shifts == ()
    for index in range(1, len(entries)):
        before, after = history[index - 1][1], history[index][1]
        expected = tuple(
            stop_shift(a, b) for a, b in zip(before.outlooks, after.outlooks, strict=True)
        )
        assert entries[index].shifts == expected
    # from the all-low answers to the all-high ones at least one moat outran the decay
    assert any(s.direction == "later" for s in entries[2].shifts)


def test_the_countdown_limit_keeps_the_latest_reviews_and_their_shift() -> None:
    entries = countdown(COMPANY, "2026-Q3", limit=2)
    assert [e.quarter for e in entries] == ["2026-Q2", "2026-Q3"]
    assert entries[0].shifts == ()  # the first one shown has nothing shown before it


def test_since_previous_compares_with_the_last_final_review() -> None:
    assert since_previous(COMPANY, "2026-Q3") == compare_assessments(Q2, Q3_DRAFT)
    assert since_previous(COMPANY, "2026-Q1") == compare_assessments(Q4_2025, Q1)


@pytest.mark.parametrize("quarter", ["2025-Q4", "2027-Q1"])
def test_since_previous_is_none_for_the_first_review_or_a_quarter_not_held(quarter) -> None:
    assert since_previous(COMPANY, quarter) is None


def test_since_previous_reuses_the_roadmaps_it_is_lent() -> None:
    history = review_history(COMPANY, "2026-Q3")
    lent = since_previous(COMPANY, "2026-Q3", history=history)
    assert lent == compare_assessments(Q2, Q3_DRAFT)
    # what it is lent is what it uses: swapped roadmaps give a different comparison
    swapped = tuple((q, history[0][1]) if q == "2026-Q2" else (q, r) for q, r in history)
    assert since_previous(COMPANY, "2026-Q3", history=swapped) == compare_assessments(
        Q2, Q3_DRAFT, roadmaps=(history[0][1], history[-1][1])
    )
    assert since_previous(COMPANY, "2026-Q3", history=swapped) != lent


def test_since_previous_builds_what_the_lent_history_lacks() -> None:
    # a history limited to the last review lacks the one it is compared with
    short = review_history(COMPANY, "2026-Q3", limit=1)
    assert since_previous(COMPANY, "2026-Q3", history=short) == compare_assessments(Q2, Q3_DRAFT)


# Another bank (an older content version, a test bank): the history is scored with it,
# never silently with the packaged one.
TINY = tiny_bank()


def test_the_history_is_scored_with_the_bank_it_is_given() -> None:
    history = review_history(COMPANY, "2026-Q3", bank=TINY)
    for (_, roadmap), own in zip(history, reviews_shown(COMPANY, "2026-Q3"), strict=True):
        assert roadmap == build_roadmap(own.basics, own, TINY)
        assert roadmap != build_roadmap(own.basics, own)
    entries = countdown(COMPANY, "2026-Q3", bank=TINY)
    assert [[p.score for p in e.points] for e in entries] == [
        [s.score for s in roadmap.scores] for _, roadmap in history
    ]


def test_since_previous_compares_with_the_bank_it_is_given() -> None:
    expected = compare_assessments(Q2, Q3_DRAFT, TINY)
    assert expected != compare_assessments(Q2, Q3_DRAFT)
    assert since_previous(COMPANY, "2026-Q3", TINY) == expected
    lent = review_history(COMPANY, "2026-Q3", bank=TINY)
    assert since_previous(COMPANY, "2026-Q3", TINY, history=lent) == expected
    # with lent roadmaps too, the answers are read with the given bank's questions
    changed = since_previous(COMPANY, "2026-Q2", TINY, history=lent)
    assert changed == compare_assessments(Q1, Q2, TINY)
    assert changed != compare_assessments(Q1, Q2, None, (lent[1][1], lent[2][1]))
