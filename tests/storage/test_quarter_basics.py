"""Basics per quarter and the choice of quarter (issue 12, items 5 and 6).

Each assessment keeps the company basics of its quarter: editing today's basics never
rewrites an old quarter, and an old quarter's roadmap is built from its own basics.
A review can be for the current quarter, the next one (early) or a past one not yet
recorded (backfilled); never two for one quarter.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from factories import basics
from moatdesk.domain.models import SCHEMA_VERSION, Answer, CompanyBasics
from moatdesk.storage.errors import AssessmentStateError, InvalidInputError, QuarterTakenError
from moatdesk.storage.store import ProfileStore

TODAY = date(2026, 11, 27)  # 2026-Q4


@pytest.fixture
def dated(data_dir: Path) -> Iterator[ProfileStore]:
    with ProfileStore.open(data_dir, today=lambda: TODAY) as opened:
        yield opened


@pytest.fixture
def profile(dated, make_basics):
    return dated.create_profile(make_basics("Acme", stage="seed", team_size=5, runway_months=9))


def _changed(original: CompanyBasics, **changes: object) -> CompanyBasics:
    return basics(**{**original.model_dump(), **changes})


def test_a_new_quarter_takes_todays_basics_and_keeps_them(dated, profile):
    q3 = dated.create_assessment(profile.id, "2026-Q3")
    assert q3.basics == profile.basics
    grown = _changed(profile.basics, stage="series_a", team_size=30)
    dated.update_basics(profile.id, grown, quarter="2026-Q3")
    dated.finalise(profile.id, "2026-Q3")
    q4 = dated.create_assessment(profile.id, "2026-Q4")
    assert q4.basics == grown  # the newest quarter starts from the current basics
    later = _changed(grown, team_size=45, runway_months=14)
    dated.update_basics(profile.id, later, quarter="2026-Q4")
    history = {a.quarter: a.basics for a in dated.history(profile.id)}
    assert history == {"2026-Q3": grown, "2026-Q4": later}  # Q3 is not rewritten
    assert dated.get_profile(profile.id).basics == later


def test_a_final_quarters_basics_cannot_be_edited(dated, profile):
    dated.create_assessment(profile.id, "2026-Q4")
    dated.finalise(profile.id, "2026-Q4")
    changed = _changed(profile.basics, team_size=99)
    with pytest.raises(AssessmentStateError):
        dated.update_basics(profile.id, changed, quarter="2026-Q4")
    assert dated.get_assessment(profile.id, "2026-Q4").basics.team_size == 5
    assert dated.get_profile(profile.id).basics.team_size == 5  # nothing half-written


def test_backfilling_a_past_quarter_does_not_change_todays_basics(dated, profile):
    dated.create_assessment(profile.id, "2026-Q4")
    past = dated.create_assessment(profile.id, "2025-Q2")
    assert past.backfilled
    smaller = _changed(profile.basics, team_size=2, name="Acme Labs")
    dated.update_basics(profile.id, smaller, quarter="2025-Q2")
    current = dated.get_profile(profile.id).basics
    assert current.team_size == 5  # today's team, a later quarter is recorded
    assert current.name == "Acme Labs"  # the name is the profile's: it changes
    assert dated.get_assessment(profile.id, "2025-Q2").basics.team_size == 2


def test_a_comparison_scores_each_quarter_with_its_own_basics(dated, profile):
    from moatdesk.domain.roadmap import build_roadmap

    answers = {"speed.steamroll_exposure": Answer(value=3)}
    dated.save_draft(profile.id, "2026-Q3", answers)
    dated.finalise(profile.id, "2026-Q3")
    dated.create_assessment(profile.id, "2026-Q4")
    rich = _changed(profile.basics, stage="growth", runway_months=60)
    dated.update_basics(profile.id, rich, quarter="2026-Q4")
    old = dated.get_assessment(profile.id, "2026-Q3")
    new = dated.get_assessment(profile.id, "2026-Q4")
    assert (old.basics, new.basics) == (profile.basics, rich)
    comparison = dated.compare(profile.id, "2026-Q3", "2026-Q4")
    before = build_roadmap(old.basics, old).scores
    after = build_roadmap(rich, new).scores
    assert [(d.before, d.after) for d in comparison.moat_deltas] == [
        (a.score, b.score) for a, b in zip(before, after, strict=True)
    ]


def test_choices_offer_next_current_and_past_quarters_marking_those_taken(dated, profile):
    dated.create_assessment(profile.id, "2026-Q2")
    choices = dated.quarter_choices(profile.id, past=3)
    assert [(c.quarter, c.kind, c.taken) for c in choices] == [
        ("2027-Q1", "next", False),
        ("2026-Q4", "current", False),
        ("2026-Q3", "past", False),
        ("2026-Q2", "past", True),
        ("2026-Q1", "past", False),
    ]


def test_current_next_and_past_quarters_are_marked_as_what_they_are(dated, profile):
    assert not dated.create_assessment(profile.id, "2026-Q4").backfilled
    assert not dated.create_assessment(profile.id, "2027-Q1").backfilled  # early
    assert dated.create_assessment(profile.id, "2024-Q1").backfilled
    assert [a.backfilled for a in dated.history(profile.id)] == [True, False, False]


def test_never_two_assessments_for_one_quarter(dated, profile, answers):
    dated.save_draft(profile.id, "2026-Q4", answers)
    with pytest.raises(QuarterTakenError) as raised:
        dated.create_assessment(profile.id, "2026-Q4")
    assert "2026-Q4" in str(raised.value)
    assert dated.get_assessment(profile.id, "2026-Q4").answers == answers  # untouched
    assert [a.quarter for a in dated.history(profile.id)] == ["2026-Q4"]


def test_a_review_cannot_start_more_than_one_quarter_early(dated, profile):
    with pytest.raises(InvalidInputError) as raised:
        dated.create_assessment(profile.id, "2027-Q2")
    assert "2027-Q1" in str(raised.value)
    with pytest.raises(InvalidInputError):
        dated.save_draft(profile.id, "2030-Q1", {})
    assert dated.history(profile.id) == []


def test_export_carries_each_quarters_basics_and_imports_them_back(dated, profile, tmp_path):
    dated.create_assessment(profile.id, "2026-Q3")
    dated.update_basics(profile.id, _changed(profile.basics, team_size=7), quarter="2026-Q3")
    dated.create_assessment(profile.id, "2025-Q1")
    target = dated.export_json(profile.id, tmp_path / "acme.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    by_quarter = {a["quarter"]: a for a in data["profile"]["assessments"]}
    assert by_quarter["2026-Q3"]["basics"]["team_size"] == 7
    assert by_quarter["2025-Q1"]["backfilled"] is True
    before = dated.get_profile(profile.id)
    dated.delete_profile(profile.id)
    dated.purge_trash(older_than_days=0)
    assert dated.import_json(target).profile == before


def test_a_version_1_file_imports_with_the_profiles_basics_in_every_quarter(
    dated, profile, tmp_path
):
    dated.save_draft(profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=2)})
    target = dated.export_json(profile.id, tmp_path / "acme.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    data["schema_version"] = 1
    for assessment in data["profile"]["assessments"]:
        del assessment["basics"], assessment["backfilled"]
    data["profile"]["id"] = "f" * 32
    data["profile"]["basics"]["name"] = "Old Acme"
    data["profile"]["basics"]["team_size"] = 77
    target.write_text(json.dumps(data), encoding="utf-8")
    result = dated.import_json(target)
    [quarter] = result.profile.assessments
    assert quarter.basics.team_size == 77 and quarter.basics.name == "Old Acme"
    assert not quarter.backfilled
    # A version-2 file without basics in a quarter is not a valid file.
    data["schema_version"] = 2
    data["profile"]["id"] = "e" * 32
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match="basics"):
        dated.import_json(target)
