"""What-if presets: loading, applying to a scratch copy, and what each one moves."""

from __future__ import annotations

import copy
import tomllib
from importlib.resources import files

import pytest
from engine_helpers import assessment, basics

from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scenarios import (
    CUSTOM_ID,
    ScenarioError,
    apply_scenario,
    custom_scenario,
    load_scenarios,
    parse_scenarios,
)
from moatdesk.domain.taxonomy import Moat
from moatdesk.domain.whatif import evaluate_scenario, holding_quarters

REQUIRED = {
    "base_model_100x",
    "frontier_lab_ships_core",
    "incumbent_adds_ai",
    "open_model_matches",
    "rival_locks_partnership",
    "capital_tightens",
    "key_researcher_leaves",
    "contrarian_proves_out",
}
WRAPPER, FULL_STACK = "promptly-notes.json", "meridian-clinical-ai.json"


def raw_library() -> dict:
    text = files("moatdesk.resources").joinpath("content", "scenarios.toml").read_text("utf-8")
    return tomllib.loads(text)


def latest(name: str):
    profile = load_example_profile(name)
    review = profile.assessments[-1]
    return review.basics, review


def test_the_library_has_the_essays_scenarios_each_citing_a_section() -> None:
    library = load_scenarios()
    ids = {s.id for s in library.scenarios}
    assert len(ids) >= 8 and ids >= REQUIRED
    for scenario in library.scenarios:
        assert scenario.essay_section is not None
        assert scenario.moves, f"{scenario.id} states no effect to check"
        for change in (*scenario.answers, *scenario.basics):
            assert change.why.en and change.why.ko


def test_capital_tightening_halves_the_runway() -> None:
    scenario = load_scenarios().get("capital_tightens")
    applied = apply_scenario(*latest(FULL_STACK), scenario)
    runway = [c for c in applied.changes if c.basic == "runway_months"]
    assert [(c.before, c.after) for c in runway] == [(30, 15)]
    assert applied.basics.runway_months == 15


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda s: s[0]["answers"][0].update(question="speed.nope"), "not a scored question"),
        (lambda s: s[0]["answers"][0].update(question="speed.better_model_plan"), "not a scored"),
        (lambda s: s[3]["answers"][0].update(factor=None, steps=None, to=9), "speed.capital_pace"),
        (lambda s: s[3]["answers"][0].update(steps=None, factor=2.0), "'factor' fits none"),
        (lambda s: s[3]["answers"][0].update(to=1), "exactly one of"),
        (lambda s: s[3]["answers"][0].update(steps=0), "changes nothing"),
        (lambda s: s[3]["basics"][0].update(basic="stage", factor=None, to="unicorn"), "known"),
        (lambda s: s[1].update(id=s[0]["id"]), "duplicate scenario ids"),
        (lambda s: s[0].update(id=CUSTOM_ID), "reserved"),
    ],
)
def test_a_broken_preset_is_refused_at_load_naming_the_problem(mutate, message) -> None:
    data = copy.deepcopy(raw_library())
    assert data["scenarios"][3]["id"] == "capital_tightens"
    mutate(data["scenarios"])
    with pytest.raises(ContentError) as caught:
        parse_scenarios(data, load_bank())
    assert message in str(caught.value)


def test_the_packaged_library_parses_as_is() -> None:
    assert parse_scenarios(raw_library(), load_bank()) == load_scenarios()


@pytest.mark.parametrize("name", example_names())
@pytest.mark.parametrize("scenario_id", [s.id for s in load_scenarios().scenarios])
def test_applying_never_touches_the_review_and_is_deterministic(name, scenario_id) -> None:
    company, review = latest(name)
    frozen = (company.model_dump_json(), review.model_dump_json())
    scenario = load_scenarios().get(scenario_id)
    first = evaluate_scenario(company, review, scenario)
    second = evaluate_scenario(company, review, scenario)
    assert (company.model_dump_json(), review.model_dump_json()) == frozen
    assert first == second
    # The scratch copy's roadmap is exactly what the engine gives for the changed review.
    applied = apply_scenario(company, review, scenario)
    assert first.after == build_roadmap(applied.basics, applied.assessment)
    assert first.before == build_roadmap(company, review)
    for change in applied.changes:
        if change.question:
            assert applied.assessment.answers[change.question].value == change.after
            note = review.answers.get(change.question)
            if note is not None:  # the founder's evidence and confidence stay
                kept = applied.assessment.answers[change.question]
                assert (kept.note, kept.confidence) == (note.note, note.confidence)


def _moves_as_claimed(scenario_id: str) -> dict[tuple[Moat, str], bool]:
    """Per claim: did it move strictly on some example; fails if any moved the other way."""
    scenario = load_scenarios().get(scenario_id)
    strictly: dict[tuple[Moat, str], bool] = {(m.moat, m.direction): False for m in scenario.moves}
    for name in example_names():
        company, review = latest(name)
        effect = evaluate_scenario(company, review, scenario)
        levels_ok = {m.moat: m for m in effect.moats}
        before_levels = {
            qid: a for qid, a in review.answers.items()
        }  # conditions read the review as it was
        from moatdesk.domain.flags import answer_levels

        levels = answer_levels(before_levels, load_bank())
        for claim in scenario.moves:
            if claim.when is not None and not claim.when.holds(levels):
                continue
            moat = levels_ok[claim.moat]
            sign = 1 if claim.direction == "stronger" else -1
            assert sign * moat.score_delta >= 0, (scenario_id, name, claim.moat, moat)
            assert moat.quarters_moved is None or sign * moat.quarters_moved >= 0, (
                scenario_id,
                name,
                claim.moat,
                moat,
            )
            if sign * moat.score_delta > 0:
                strictly[(claim.moat, claim.direction)] = True
    return strictly


@pytest.mark.parametrize("scenario_id", [s.id for s in load_scenarios().scenarios])
def test_every_preset_moves_what_its_text_says_on_the_examples(scenario_id) -> None:
    strictly = _moves_as_claimed(scenario_id)
    assert all(strictly.values()), f"{scenario_id}: claims never seen moving: {strictly}"


def test_a_hundredfold_model_shortens_the_wrapper_and_lengthens_the_rider() -> None:
    scenario = load_scenarios().get("base_model_100x")
    wrapper = evaluate_scenario(*latest(WRAPPER), scenario)
    rider = evaluate_scenario(*latest(FULL_STACK), scenario)
    assert holding_quarters(wrapper.after) < holding_quarters(wrapper.before)
    assert holding_quarters(rider.after) > holding_quarters(rider.before)
    assert (rider.earliest_moved or 0) >= 0 and (wrapper.earliest_moved or 0) <= 0
    assert any((m.quarters_moved or 0) < 0 for m in wrapper.moats)
    assert not any((m.quarters_moved or 0) < 0 for m in rider.moats)


def test_a_condition_reads_the_review_as_it_was_and_skips_others() -> None:
    scenario = load_scenarios().get("base_model_100x")
    exposed = assessment(
        {"speed.steamroll_exposure": 4, "speed.better_model_gain": 0, "talent.first_mover_lead": 6}
    )
    applied = apply_scenario(basics(), exposed, scenario)
    assert {c.question for c in applied.changes} == {"talent.first_mover_lead"}
    reasons = {(s.question, s.reason) for s in applied.skipped}
    assert ("speed.visibility_above_noise", "not_answered") in reasons
    assert ("spinout.step_change", "condition") in reasons
    assert applied.assessment.answers["talent.first_mover_lead"].value == 0
    assert exposed.answers["talent.first_mover_lead"].value == 6  # the review is untouched


def test_steps_stop_at_the_ends_of_a_scale() -> None:
    scenario = load_scenarios().get("capital_tightens")
    review = assessment({"speed.capital_pace": 0, "speed.infra_rate_limit": 3})
    applied = apply_scenario(basics(runway_months=1), review, scenario)
    assert {(c.question, c.before, c.after) for c in applied.changes if c.question} == {
        ("speed.infra_rate_limit", 3, 4)
    }
    assert ("speed.capital_pace", "at_limit") in {(s.question, s.reason) for s in applied.skipped}
    assert applied.basics.runway_months == 0  # round(0.5) == 0: half of one month


def test_a_custom_what_if_sets_answers_and_basics_and_refuses_bad_values() -> None:
    review = assessment({"speed.capital_pace": 1})
    scenario = custom_scenario({"speed.capital_pace": 4}, {"runway_months": 36})
    applied = apply_scenario(basics(runway_months=12), review, scenario)
    assert applied.assessment.answers["speed.capital_pace"].value == 4
    assert applied.basics.runway_months == 36
    assert all(c.why is None for c in applied.changes)
    with pytest.raises(ScenarioError):
        custom_scenario({"speed.capital_pace": 7})
    with pytest.raises(ScenarioError):
        custom_scenario({}, {"stage": "unicorn"})
    with pytest.raises(ScenarioError):
        load_scenarios().get("no_such_scenario")
