"""What-if presets: loading, applying to a scratch copy, and what each one moves."""

from __future__ import annotations

import copy
import tomllib
from importlib.resources import files

import pytest
from engine_helpers import assessment, basics, tiny_bank

from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scenarios import (
    CUSTOM_ID,
    MAX_SCENARIO_NAME,
    Scenario,
    ScenarioError,
    WhatIfSpec,
    apply_scenario,
    apply_spec,
    custom_scenario,
    load_scenarios,
    parse_scenarios,
    saved_scenario,
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


# ------------------------------------------------------- each kind of change on its own
WHY = {"en": "because", "ko": "그래서"}


def scenario_of(answers=(), basics_=()) -> Scenario:
    return Scenario.model_validate(
        {
            "id": "test_shift",
            "essay_section": "speed",
            "title": WHY,
            "summary": WHY,
            "answers": [{**a, "why": WHY} for a in answers],
            "basics": [{**b, "why": WHY} for b in basics_],
        }
    )


LEAD = "talent.first_mover_lead"  # months, 0..60, a step of 3


@pytest.mark.parametrize(("steps", "after"), [(2, 12), (-1, 3), (-5, 0), (30, 60)])
def test_a_number_answer_moves_by_whole_steps_inside_its_range(steps, after) -> None:
    applied = apply_scenario(
        basics(), assessment({LEAD: 6}), scenario_of([{"question": LEAD, "steps": steps}])
    )
    assert applied.assessment.answers[LEAD].value == after
    assert [(c.before, c.after) for c in applied.changes] == [(6, after)]


@pytest.mark.parametrize(
    ("stage", "steps", "after"),
    [
        ("seed", 1, "series_a"),
        ("seed", 2, "series_b"),
        ("seed", 9, "growth"),
        ("seed", -3, "pre_seed"),
    ],
)
def test_the_stage_moves_along_the_stages_and_stops_at_the_ends(stage, steps, after) -> None:
    applied = apply_scenario(
        basics(stage=stage),
        assessment({}),
        scenario_of(basics_=[{"basic": "stage", "steps": steps}]),
    )
    assert applied.basics.stage.value == after
    assert [(c.basic, c.before, c.after) for c in applied.changes] == [("stage", stage, after)]


@pytest.mark.parametrize(("steps", "after"), [(6, 18), (-5, 7), (-40, 0)])
def test_the_runway_moves_by_months_and_never_below_zero(steps, after) -> None:
    applied = apply_scenario(
        basics(runway_months=12),
        assessment({}),
        scenario_of(basics_=[{"basic": "runway_months", "steps": steps}]),
    )
    assert applied.basics.runway_months == after


def test_a_change_for_a_question_the_bank_lost_skips_only_that_change() -> None:
    scenario = scenario_of([{"question": "gone.question", "to": 1}, {"question": LEAD, "to": 24}])
    applied = apply_scenario(basics(), assessment({LEAD: 6}), scenario)
    assert applied.assessment.answers[LEAD].value == 24
    assert "gone.question" not in applied.assessment.answers


def test_a_stored_answer_that_no_longer_fits_is_not_stepped_from() -> None:
    # 9 is no point of a 0..4 scale (an answer from an older bank): there is nothing to
    # move by steps, so the change is skipped as not answered instead of inventing a value
    pace = "speed.capital_pace"
    applied = apply_scenario(
        basics(), assessment({pace: 9}), scenario_of([{"question": pace, "steps": -1}])
    )
    assert applied.changes == ()
    assert [(s.question, s.reason) for s in applied.skipped] == [(pace, "not_answered")]


def test_an_unknown_preset_error_names_it() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenarios().get("no_such_scenario")
    assert caught.value.params == {"id": "no_such_scenario"}
    assert "no_such_scenario" in str(caught.value)


def test_a_custom_what_if_that_does_not_fit_says_what_and_where() -> None:
    with pytest.raises(ScenarioError) as caught:
        custom_scenario({"speed.capital_pace": 7, "speed.infra_rate_limit": 9})
    detail = caught.value.params["detail"]
    assert "speed.capital_pace" in detail and "speed.infra_rate_limit" in detail
    assert detail.count("; ") == 1  # the two problems, one after the other
    with pytest.raises(ScenarioError) as shape:
        custom_scenario({}, {"stage": "unicorn"})
    assert "unicorn" in shape.value.params["detail"]


def test_the_custom_what_if_is_titled_for_the_founder_in_both_languages() -> None:
    scenario = custom_scenario({"speed.capital_pace": 4})
    assert (scenario.title.en, scenario.title.ko) == ("Your what-if", "직접 만든 가정")
    assert (scenario.summary.en, scenario.summary.ko) == (
        "Answers and basics you changed.",
        "직접 바꾼 답과 기본 정보",
    )


def test_a_scenario_name_too_long_is_refused_naming_the_limit() -> None:
    with pytest.raises(ScenarioError) as caught:
        saved_scenario("x" * (MAX_SCENARIO_NAME + 1), "2026-Q3", WhatIfSpec())
    assert caught.value.params["limit"] == str(MAX_SCENARIO_NAME)
    assert caught.value.params["detail"]
    assert str(MAX_SCENARIO_NAME) in str(caught.value)


PACE = "speed.capital_pace"  # a 0..4 scale


def test_a_basic_change_whose_condition_fails_is_skipped_and_the_next_still_applies() -> None:
    scenario = scenario_of(
        basics_=[
            {"basic": "runway_months", "steps": -6, "when": {"question": PACE, "min_level": 0.75}},
            {"basic": "team_size", "steps": 2},
        ]
    )
    applied = apply_scenario(basics(runway_months=12, team_size=8), assessment({PACE: 1}), scenario)
    assert applied.basics.runway_months == 12
    assert applied.basics.team_size == 10
    assert [(s.basic, s.reason) for s in applied.skipped] == [("runway_months", "condition")]
    # the condition holds: the change is made
    high = apply_scenario(basics(runway_months=12), assessment({PACE: 4}), scenario)
    assert high.basics.runway_months == 6


def test_a_basic_already_at_its_limit_is_skipped_and_the_next_still_applies() -> None:
    scenario = scenario_of(
        basics_=[{"basic": "runway_months", "steps": -6}, {"basic": "team_size", "steps": 2}]
    )
    applied = apply_scenario(basics(runway_months=0, team_size=8), assessment({}), scenario)
    assert [(s.basic, s.reason) for s in applied.skipped] == [("runway_months", "at_limit")]
    assert [(c.basic, c.before, c.after) for c in applied.changes] == [("team_size", 8, 10)]


def test_two_changes_to_one_basic_build_on_each_other() -> None:
    scenario = scenario_of(
        basics_=[{"basic": "team_size", "steps": 2}, {"basic": "team_size", "factor": 2.0}]
    )
    applied = apply_scenario(basics(team_size=8), assessment({}), scenario)
    assert [(c.before, c.after) for c in applied.changes] == [(8, 10), (10, 20)]
    assert applied.basics.team_size == 20


def test_a_presets_changes_carry_its_reasons_and_the_new_basics_reach_the_review() -> None:
    scenario = scenario_of(
        [{"question": PACE, "steps": 1}], [{"basic": "runway_months", "steps": 6}]
    )
    applied = apply_scenario(basics(runway_months=12), assessment({PACE: 1}), scenario)
    assert [c.why.en for c in applied.changes] == ["because", "because"]
    assert applied.assessment.basics == applied.basics
    assert applied.assessment.basics.runway_months == 18


def test_a_what_if_of_own_answers_only_or_basics_only_is_applied() -> None:
    review = assessment({PACE: 1})
    answers_only = apply_spec(basics(), review, WhatIfSpec(answers={PACE: 3}))
    assert answers_only.assessment.answers[PACE].value == 3
    basics_only = apply_spec(
        basics(runway_months=12), review, WhatIfSpec(basics={"runway_months": 3})
    )
    assert basics_only.basics.runway_months == 3
    later = apply_spec(basics(stage="seed"), review, WhatIfSpec(basics={"stage": "series_b"}))
    assert later.basics.stage.value == "series_b"
    both = apply_spec(
        basics(runway_months=12),
        review,
        WhatIfSpec(preset="capital_tightens", answers={PACE: 4}),
    )
    preset = apply_scenario(
        basics(runway_months=12), review, load_scenarios().get("capital_tightens")
    )
    assert both.changes[: len(preset.changes)] == preset.changes
    assert both.assessment.answers[PACE].value == 4  # own values go on top of the preset


def test_a_what_if_is_applied_with_the_bank_it_is_given() -> None:
    bank = tiny_bank()  # its "speed.fast" is no question of the packaged bank
    applied = apply_spec(
        basics(), assessment({"speed.fast": 1}), WhatIfSpec(answers={"speed.fast": 3}), bank
    )
    assert applied.assessment.answers["speed.fast"].value == 3
