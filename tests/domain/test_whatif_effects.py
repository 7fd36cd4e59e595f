"""What a what-if moved, moat by moat and flag by flag (domain.whatif's line-up), on
roadmaps changed one field at a time so each verdict is pinned on its own."""

from __future__ import annotations

import pytest
from engine_helpers import assessment, basics, extreme_value, middle_answers

from moatdesk.domain.content import load_bank
from moatdesk.domain.quarters import quarter_index
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scenarios import Applied
from moatdesk.domain.taxonomy import Severity
from moatdesk.domain.whatif import (
    compare_roadmaps,
    flag_changes,
    holding_quarters,
    moat_effects,
    position_label,
    quarter_at,
)

BANK = load_bank()
LOW = {q.id: extreme_value(q, top=False) for q in BANK.questions if q.kind.value != "text"}
BEFORE = build_roadmap(basics(), assessment(LOW, quarter="2026-Q3"))
HORIZON_END = BEFORE.outlooks[0].horizon_end


def with_first_outlook(status: str, stop: str | None):
    first = BEFORE.outlooks[0].model_copy(
        update={"status": status, "stop_quarter": stop, "assessed": status != "not_assessed"}
    )
    return BEFORE.model_copy(update={"outlooks": (first, *BEFORE.outlooks[1:])})


def first_effect(before, after):
    return moat_effects(before, after)[0]


STOPS_2027_Q1 = with_first_outlook("stops", "2027-Q1")


def test_a_moat_stopping_later_moved_by_the_quarters_between() -> None:
    effect = first_effect(STOPS_2027_Q1, with_first_outlook("stops", "2027-Q3"))
    assert effect.quarters_moved == 2
    assert (effect.stop_before, effect.stop_after) == ("2027-Q1", "2027-Q3")
    assert not effect.open_ended
    back = first_effect(with_first_outlook("stops", "2027-Q3"), STOPS_2027_Q1)
    assert back.quarters_moved == -2


def test_holding_past_the_horizon_is_an_open_ended_move() -> None:
    effect = first_effect(STOPS_2027_Q1, with_first_outlook("holds_past", None))
    assert effect.quarters_moved == quarter_index(HORIZON_END) + 1 - quarter_index("2027-Q1")
    assert effect.open_ended  # "at least" that many: the projection ends there
    assert effect.stop_after is None and effect.horizon_end == HORIZON_END


def test_stopping_in_the_horizons_last_quarter_is_not_open_ended() -> None:
    effect = first_effect(STOPS_2027_Q1, with_first_outlook("stops", HORIZON_END))
    assert effect.quarters_moved == quarter_index(HORIZON_END) - quarter_index("2027-Q1")
    assert not effect.open_ended


@pytest.mark.parametrize("side", ["before", "after"])
def test_a_moat_not_assessed_on_either_side_did_not_move(side) -> None:
    unassessed = with_first_outlook("not_assessed", None)
    pair = (unassessed, STOPS_2027_Q1) if side == "before" else (STOPS_2027_Q1, unassessed)
    effect = first_effect(*pair)
    assert effect.quarters_moved is None
    assert not effect.open_ended


def test_the_scores_and_statuses_of_both_sides_are_carried() -> None:
    after = with_first_outlook("holds_past", None)
    scores = (BEFORE.scores[0].model_copy(update={"score": 77.0}), *BEFORE.scores[1:])
    effect = first_effect(STOPS_2027_Q1, after.model_copy(update={"scores": scores}))
    assert (effect.score_before, effect.score_after) == (BEFORE.scores[0].score, 77.0)
    assert (effect.status_before, effect.status_after) == ("stops", "holds_past")


def test_flag_changes_list_raised_cleared_and_regraded_flags_only() -> None:
    assert len(BEFORE.flags) >= 3, "the all-low answers raise several flags"
    kept, regraded, cleared = BEFORE.flags[:3]
    other = Severity.LOW if regraded.severity is not Severity.LOW else Severity.HIGH
    raised = kept.model_copy(update={"id": "a_new_flag"})
    after = BEFORE.model_copy(
        update={"flags": (kept, regraded.model_copy(update={"severity": other}), raised)}
    )
    changes = {c.id: (c.before, c.after) for c in flag_changes(BEFORE, after)}
    assert changes == {
        regraded.id: (regraded.severity, other),
        cleared.id: (cleared.severity, None),
        "a_new_flag": (None, kept.severity),
        **{f.id: (f.severity, None) for f in BEFORE.flags[3:]},
    }
    assert flag_changes(BEFORE, BEFORE) == ()


def _lined_up(before_answers: dict[str, object], after_answers: dict[str, object]):
    review = assessment(before_answers, quarter="2026-Q3")
    applied = Applied(
        scenario_id="test", basics=basics(), assessment=review, changes=(), skipped=()
    )
    return compare_roadmaps(
        build_roadmap(basics(), review),
        build_roadmap(basics(), assessment(after_answers, quarter="2026-Q3")),
        applied,
    )


def test_the_earliest_stop_and_the_do_first_changes_are_lined_up() -> None:
    top = {q.id: extreme_value(q, top=True) for q in BANK.questions if q.kind.value != "text"}
    what = _lined_up(middle_answers(BANK), top)
    before, after = what.before, what.after
    earliest = [min(o.stop_quarter for o in r.outlooks if o.stop_quarter) for r in (before, after)]
    assert (what.earliest_before, what.earliest_after) == tuple(earliest)
    assert what.earliest_moved == quarter_index(earliest[1]) - quarter_index(earliest[0]) > 0
    first = [[a.id for a in r.actions if a.do_first] for r in (before, after)]
    assert what.do_first_added == tuple(a for a in first[1] if a not in first[0])
    assert what.do_first_removed == tuple(a for a in first[0] if a not in first[1])
    assert what.do_first_added and what.do_first_removed  # a change, not a new list
    assert set(first[0]) & set(first[1])


def test_no_earliest_stop_and_no_move_when_nothing_was_assessed_before() -> None:
    what = _lined_up({}, middle_answers(BANK))
    assert what.earliest_before is None and what.earliest_after is not None
    assert what.earliest_moved is None


def test_holding_quarters_counts_the_quarters_from_the_review_to_each_stop() -> None:
    assert holding_quarters(BEFORE) == 0  # every moat is below the line in its own quarter
    two_quarters = with_first_outlook("stops", "2027-Q1")  # 2026-Q3 to 2027-Q1
    assert holding_quarters(two_quarters) == 2


def test_a_position_reads_back_as_its_quarter_and_past_the_horizon_as_beyond_it() -> None:
    for quarter in ("2026-Q1", "2026-Q3", "2026-Q4", "2031-Q2"):
        assert quarter_at(quarter_index(quarter)) == quarter
    end = quarter_index(HORIZON_END)
    assert position_label(end, BEFORE) == HORIZON_END
    assert position_label(end + 1, BEFORE) == f">{HORIZON_END}"
    assert position_label(None, BEFORE) is None


def test_a_what_if_that_changes_nothing_reuses_the_reviews_roadmap(monkeypatch) -> None:
    """The panel's start and its Reset evaluate an empty what-if: the review's own
    roadmap on both sides (nothing moved) without scoring the same answers twice; a
    change that takes effect is scored."""
    from moatdesk.domain import whatif
    from moatdesk.domain.scenarios import WhatIfSpec

    review = assessment(LOW, quarter="2026-Q3")
    builds: list[int] = []
    real_build = whatif.build_roadmap
    monkeypatch.setattr(
        whatif, "build_roadmap", lambda *a, **k: builds.append(1) or real_build(*a, **k)
    )
    unchanged = whatif.evaluate_spec(basics(), review, WhatIfSpec(), BANK)
    assert len(builds) == 1  # the review's roadmap, not a second one of the same answers
    assert unchanged.after == unchanged.before and not unchanged.changes
    assert all(effect.quarters_moved in (0, None) for effect in unchanged.moats)
    assert unchanged.earliest_moved in (0, None) and not unchanged.flag_changes

    changed = whatif.evaluate_spec(
        basics(), review, WhatIfSpec(basics={"runway_months": 60}), BANK, before=unchanged.before
    )
    assert len(builds) == 2 and changed.changes  # the changed copy is scored
