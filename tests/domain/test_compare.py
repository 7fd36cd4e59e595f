"""Comparing two quarters: moat deltas, changed answers, flags that came and went."""

from __future__ import annotations

import pytest
from engine_helpers import assessment, basics, tiny_bank

from moatdesk.domain.compare import (
    answer_changes,
    basics_changes,
    compare_assessments,
    moat_delta,
    score_moved,
    score_trend,
    stop_shift,
)
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.parameters import load_model
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


# ------------------------------------------------------------- the rules one by one
# Every surface (screen, PDF, CLI) reads these verdicts; a mistake here shows up as an
# arrow the wrong way or a "moved" that did not move.
STEP = load_model().compare.moved_points
ROADMAP = build_roadmap(basics(), assessment(Q3))


def test_a_score_moved_when_it_changed_by_the_models_points_either_way() -> None:
    assert score_moved(50.0, 50.0 + STEP)  # exactly the threshold counts
    assert score_moved(50.0 + STEP, 50.0)
    assert not score_moved(50.0, 50.0 + STEP / 2)
    assert not score_moved(50.0 + STEP / 2, 50.0)


def test_the_trend_is_up_down_or_flat_below_the_threshold() -> None:
    assert score_trend(50.0, 50.0 + STEP) == "up"
    assert score_trend(50.0 + STEP, 50.0) == "down"
    assert score_trend(50.0, 50.0 + STEP / 2) == "flat"
    assert score_trend(50.0 + STEP / 2, 50.0) == "flat"
    assert score_trend(50.0, 50.0) == "flat"


def test_a_moat_delta_carries_both_scores_and_the_verdict() -> None:
    score = ROADMAP.scores[0]
    up = moat_delta(
        score.model_copy(update={"score": 40.0}), score.model_copy(update={"score": 45.0})
    )
    assert (up.moat, up.before, up.after, up.moved, up.trend) == (
        score.moat,
        40.0,
        45.0,
        True,
        "up",
    )
    still = moat_delta(score, score)
    assert (still.moved, still.trend) == (False, "flat")


def outlook(status: str, stop: str | None, assessed: bool = True):
    return ROADMAP.outlooks[0].model_copy(
        update={"status": status, "stop_quarter": stop, "assessed": assessed}
    )


STOPS_EARLY = outlook("stops", "2027-Q1")
STOPS_LATE = outlook("stops", "2027-Q3")
HOLDS = outlook("holds_past", None)


@pytest.mark.parametrize(
    ("before", "after", "moved", "direction"),
    [
        (STOPS_EARLY, STOPS_LATE, 2, "later"),
        (STOPS_EARLY, outlook("stops", "2027-Q2"), 1, "later"),  # one quarter is a move
        (STOPS_LATE, STOPS_EARLY, -2, "earlier"),
        (STOPS_LATE, STOPS_LATE, 0, "same"),
        # below the line now, but due to stop by now anyway: as projected
        (outlook("stops", "2026-Q2"), outlook("not_holding", "2026-Q3"), 0, "same"),
        # below the line now though it was to hold until 2027: earlier
        (STOPS_EARLY, outlook("not_holding", "2026-Q3"), -2, "earlier"),
        # below the line both times: nothing was outrun, whatever the quarters
        (outlook("not_holding", "2026-Q2"), outlook("not_holding", "2026-Q3"), 0, "same"),
        # back above the line: later by the quarters in between
        (outlook("not_holding", "2026-Q2"), outlook("stops", "2027-Q2"), 4, "later"),
        (STOPS_EARLY, HOLDS, None, "later"),
        (HOLDS, STOPS_EARLY, None, "earlier"),
        (HOLDS, HOLDS, None, "same"),
        (outlook("not_assessed", None, assessed=False), STOPS_EARLY, None, "not_comparable"),
        (STOPS_EARLY, outlook("not_assessed", None, assessed=False), None, "not_comparable"),
    ],
)
def test_how_a_stop_quarter_shifted(before, after, moved, direction) -> None:
    shift = stop_shift(before, after)
    assert (shift.quarters_moved, shift.direction) == (moved, direction)
    assert (shift.before, shift.after) == (before.stop_quarter, after.stop_quarter)
    assert (shift.before_status, shift.after_status) == (before.status, after.status)
    assert shift.moat == after.moat


def test_answer_changes_follow_the_bank_then_unknown_ids_alphabetically() -> None:
    bank = tiny_bank()  # speed.fast, speed.exposed, data.deal, data.months, speed.story
    before = assessment({"zeta.old": 1, "data.deal": "none", "alpha.old": 2})
    after = assessment({"speed.fast": 3, "data.deal": "signed", "data.months": 6})
    order = [c.question_id for c in answer_changes(before, after, bank)]
    assert order == ["speed.fast", "data.deal", "data.months", "alpha.old", "zeta.old"]


def test_basics_changes_name_each_changed_basic_with_both_values() -> None:
    before = basics(team_size=8, sector="enterprise_software")
    after = basics(team_size=12, sector="healthcare")
    changes = basics_changes(before, after)
    order = [name for name in CompanyBasics.model_fields if name in {"team_size", "sector"}]
    assert [c.basic for c in changes] == order
    by_name = {c.basic: (c.before, c.after) for c in changes}
    assert by_name == {"team_size": (8, 12), "sector": ("enterprise_software", "healthcare")}
    assert basics_changes(before, before) == ()


def test_a_comparison_scores_both_reviews_with_the_bank_it_is_given() -> None:
    bank = tiny_bank()
    before = assessment({"speed.fast": 1, "data.deal": "none"}, quarter="2026-Q3")
    after = assessment({"speed.fast": 4, "data.deal": "signed"}, quarter="2026-Q4")
    comparison = compare_assessments(before, after, bank)
    old, new = build_roadmap(before.basics, before, bank), build_roadmap(after.basics, after, bank)
    assert [(d.before, d.after) for d in comparison.moat_deltas] == [
        (a.score, b.score) for a, b in zip(old.scores, new.scores, strict=True)
    ]
    assert comparison.moat_deltas != compare_assessments(before, after).moat_deltas


def test_a_comparison_lists_the_basics_that_changed() -> None:
    before = assessment(Q3, quarter="2026-Q3", company=basics(team_size=8))
    after = assessment(Q4, quarter="2026-Q4", company=basics(team_size=15))
    changes = compare_assessments(before, after).basics_changes
    assert [(c.basic, c.before, c.after) for c in changes] == [("team_size", 8, 15)]
