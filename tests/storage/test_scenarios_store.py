"""What-if scenarios in the store: saved by name with a review, and next quarter's draft
started from one; the review itself never changes."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from moatdesk.domain.example import example_exchange_json
from moatdesk.domain.scenarios import (
    SavedScenario,
    ScenarioError,
    WhatIfSpec,
    apply_spec,
    saved_scenario,
)
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.storage.errors import (
    AssessmentNotFoundError,
    CorruptDatabaseError,
    QuarterTakenError,
)
from moatdesk.storage.store import ProfileStore

SPEC = WhatIfSpec(
    preset="capital_tightens", answers={"speed.shipping_culture": 4}, basics={"team_size": 50}
)


@pytest.fixture
def example(data_dir: Path, tmp_path: Path):
    source = tmp_path / "example.json"
    source.write_text(example_exchange_json(), encoding="utf-8")
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 2)) as store:
        profile = store.import_json(source).profile
        yield store, profile


def test_save_list_replace_and_delete(example) -> None:
    store, profile = example
    quarter = profile.assessments[-1].quarter
    review = store.get_assessment(profile.id, quarter)
    first = SavedScenario(name="Cash crunch 🧊", quarter=quarter, spec=SPEC)
    other = SavedScenario(
        name="A <b>lab</b> ships",
        quarter=quarter,
        spec=WhatIfSpec(preset="frontier_lab_ships_core"),
    )
    store.save_scenario(profile.id, first)
    store.save_scenario(profile.id, other)
    assert store.saved_scenarios(profile.id, quarter) == [other, first]  # by name
    changed = first.model_copy(update={"spec": WhatIfSpec(answers={"speed.capital_pace": 0})})
    store.save_scenario(profile.id, changed)
    assert store.saved_scenarios(profile.id, quarter) == [other, changed]
    assert store.saved_scenarios(profile.id, profile.assessments[0].quarter) == []
    assert store.delete_scenario(profile.id, quarter, other.name)
    assert not store.delete_scenario(profile.id, quarter, other.name)
    assert store.get_assessment(profile.id, quarter) == review  # never the review itself


def test_a_scenario_needs_its_review_and_a_storable_name(example) -> None:
    store, profile = example
    with pytest.raises(AssessmentNotFoundError):
        store.save_scenario(profile.id, SavedScenario(name="x", quarter="2019-Q1", spec=SPEC))
    for bad in ("half \ud800", "   ", "x" * 121):
        with pytest.raises(ScenarioError):
            saved_scenario(bad, profile.assessments[-1].quarter, SPEC)
    assert saved_scenario(" Cash ", "2026-Q3", SPEC).name == "Cash"


def test_next_quarters_draft_from_a_what_if(example) -> None:
    store, profile = example
    review = profile.assessments[-1]  # 2026-Q3; today is 2026-Q4
    target = store.start_draft_from(profile.id, review.quarter, SPEC)
    assert target == "2026-Q4"
    draft = store.get_assessment(profile.id, target)
    applied = apply_spec(review.basics, review, SPEC)
    assert draft.status is AssessmentStatus.DRAFT
    assert draft.answers == applied.assessment.answers
    assert draft.answers["speed.shipping_culture"].value == 4
    assert draft.basics == applied.basics
    assert draft.basics.team_size == 50 and draft.basics.runway_months == 15
    assert store.get_assessment(profile.id, review.quarter) == review
    with pytest.raises(QuarterTakenError, match="already has an assessment for 2026-Q4;"):
        store.start_draft_from(profile.id, review.quarter, SPEC)  # never over a quarter
    assert store.get_assessment(profile.id, target) == draft


def test_scenarios_go_with_their_profile(example) -> None:
    store, profile = example
    quarter = profile.assessments[-1].quarter
    store.save_scenario(profile.id, SavedScenario(name="x", quarter=quarter, spec=SPEC))
    store.delete_profile(profile.id)
    assert store.purge_trash(older_than_days=-1) == 1
    rows = store._conn.execute("SELECT COUNT(*) FROM scenarios").fetchone()[0]
    assert rows == 0


def test_a_saved_scenario_spoilt_in_the_file_is_named_when_read(example) -> None:
    store, profile = example
    quarter = profile.assessments[-1].quarter
    store.save_scenario(profile.id, SavedScenario(name="Cash crunch", quarter=quarter, spec=SPEC))
    with sqlite3.connect(store.db_path) as conn:  # as a damaged file or a newer app could
        conn.execute("UPDATE scenarios SET spec_json = '{\"preset\": 7}'")
    conn.close()
    with pytest.raises(CorruptDatabaseError) as raised:
        store.saved_scenarios(profile.id, quarter)
    message = str(raised.value)
    assert message.startswith(f"the saved scenario “Cash crunch” of {quarter} is not valid: ")
    assert "string" in message  # pydantic's reason: the preset is not text
