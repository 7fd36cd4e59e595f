"""Comparing two quarters: moat deltas, changed answers, flags that came and went."""

from __future__ import annotations

from engine_helpers import assessment, basics

from moatdesk.domain.compare import compare_assessments
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.models import Answer
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import Moat

Q3 = {
    "speed.steamroll_exposure": 1,
    "speed.x_but_with_ai": False,
    "speed.shipping_culture": 3,
    "data.real_world_feedback": 1,
}
Q4 = {
    **Q3,
    "speed.steamroll_exposure": 4,  # the next model closes the gap we fill
    "data.real_world_feedback": 4,  # the loop now works
    "speed.capital_pace": 2,  # newly answered
}
del Q4["speed.shipping_culture"]  # no longer answered


def test_two_quarters_give_deltas_changes_and_flags() -> None:
    before = assessment(Q3, quarter="2026-Q3")
    after = assessment(Q4, quarter="2026-Q4")
    result = compare_assessments(before, after)

    assert (result.from_quarter, result.to_quarter) == ("2026-Q3", "2026-Q4")
    assert not result.bank_versions_differ
    deltas = {d.moat: d for d in result.moat_deltas}
    assert list(deltas) == list(Moat)
    assert deltas[Moat.FIRST_TO_MARKET].delta < 0  # steamroll exposure feeds it negatively
    assert deltas[Moat.DATA_ADVANTAGE].delta > 0
    old, new = build_roadmap(basics(), before), build_roadmap(basics(), after)
    for d, a, b in zip(result.moat_deltas, old.scores, new.scores, strict=True):
        assert (d.before, d.after) == (a.score, b.score)

    changes = {c.question_id: (c.before, c.after) for c in result.answer_changes}
    assert changes == {
        "speed.steamroll_exposure": (1, 4),
        "speed.shipping_culture": (3, None),
        "speed.capital_pace": (None, 2),
        "data.real_world_feedback": (1, 4),
    }
    assert "steamroll_exposure" in result.flags_appeared
    assert "bits_to_atoms_loop" in result.flags_appeared
    assert result.flags_cleared == ()

    reverse = compare_assessments(after, before)
    assert set(reverse.flags_cleared) == set(result.flags_appeared)


def test_note_or_confidence_edits_are_not_answer_changes() -> None:
    before = assessment({"speed.shipping_culture": 3})
    after = assessment(
        {"speed.shipping_culture": Answer(value=3, note="new evidence", confidence="high")}
    )
    assert compare_assessments(before, after).answer_changes == ()


def test_yes_and_one_are_different_answers() -> None:
    before = assessment({"speed.x_but_with_ai": 1})  # stale, wrong-kind value
    after = assessment({"speed.x_but_with_ai": True})
    (change,) = compare_assessments(before, after).answer_changes
    assert (change.before, change.after) == (1, True)


def test_bank_version_mismatch_is_flagged() -> None:
    before = assessment(Q3, quarter="2026-Q3", bank_version="0.9")
    after = assessment(Q3, quarter="2026-Q4", bank_version="1.0")
    result = compare_assessments(before, after)
    assert result.bank_versions == ("0.9", "1.0")
    assert result.bank_versions_differ
    assert all(d.delta == 0 for d in result.moat_deltas)


def test_example_company_trend_shows_the_data_moat_growing() -> None:
    profile = load_example_profile()
    first, *_, last = profile.assessments
    result = compare_assessments(first, last)
    deltas = {d.moat: d.delta for d in result.moat_deltas}
    assert deltas[Moat.DATA_ADVANTAGE] > 10
    assert "data.locked_data_partnerships" in {c.question_id for c in result.answer_changes}
    assert "bits_to_atoms_loop" in result.flags_appeared


def test_a_moat_below_the_line_now_never_outran_the_decay() -> None:
    """'not_holding' dates its stop to its own quarter; a moat below the line in 2026-Q3
    that was below it (or due to stop) in 2026-Q2 did not move a quarter later."""
    profile = load_example_profile("promptly-notes.json")
    before, after = profile.assessments[-2:]
    comparison = compare_assessments(before, after)
    down_now = [s for s in comparison.stop_shifts if s.after_status == "not_holding"]
    assert {s.before_status for s in down_now} == {"not_holding", "stops"}
    assert all(s.direction in ("same", "earlier") for s in down_now)
    assert all((s.quarters_moved or 0) <= 0 for s in down_now)
