"""The bundled example companies load, validate and get the roadmaps the essay predicts."""

from __future__ import annotations

import pytest

from moatdesk.domain.answers import validate_answer
from moatdesk.domain.content import load_bank
from moatdesk.domain.decay import risk_factor
from moatdesk.domain.example import (
    example_exchange_json,
    example_names,
    load_example_exchange,
    load_example_profile,
)
from moatdesk.domain.models import Profile, ProfileExchange
from moatdesk.domain.parameters import load_model
from moatdesk.domain.results import Roadmap
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import HOME_HORIZON, AssessmentStatus, Horizon, Moat

WRAPPER = "promptly-notes.json"
FULL_STACK = "meridian-clinical-ai.json"
SPINOUT = "lidar-again.json"


def latest_roadmap(name: str) -> tuple[Profile, Roadmap]:
    profile = load_example_profile(name)
    return profile, build_roadmap(profile.basics, profile.assessments[-1])


def flag_ids(roadmap: Roadmap) -> set[str]:
    return {f.id for f in roadmap.flags}


def test_there_are_three_contrasting_examples() -> None:
    assert set(example_names()) >= {WRAPPER, FULL_STACK, SPINOUT}


@pytest.mark.parametrize("name", example_names())
def test_every_example_validates_with_quarters_and_answers_that_fit(name: str) -> None:
    exchange = load_example_exchange(name)
    assert exchange.schema_version == 2
    profile = exchange.profile
    quarters = [a.quarter for a in profile.assessments]
    assert 2 <= len(quarters) <= 3 and quarters == sorted(quarters)
    bank = load_bank()
    questions = bank.by_id()
    for item in profile.assessments:
        assert item.status is AssessmentStatus.FINAL and item.bank_version == bank.version
        for qid, answer in item.answers.items():
            assert validate_answer(questions[qid], answer) == answer
        assert len(item.answers) >= 0.8 * len(questions)  # nearly complete reviews


def test_the_default_example_is_the_full_stack_company_and_reads_as_exported() -> None:
    assert load_example_profile().basics.name == "Meridian Clinical AI"
    ProfileExchange.model_validate_json(example_exchange_json())


def test_thin_wrapper_is_steamrolled_and_its_short_moats_fade_within_a_year() -> None:
    _, roadmap = latest_roadmap(WRAPPER)
    assert {"steamroll_exposure", "x_but_with_ai"} <= flag_ids(roadmap)
    short = [o for o in roadmap.outlooks if o.horizon is Horizon.SHORT]
    assert all(o.holds_until_month is not None and o.holds_until_month <= 12 for o in short)
    assert roadmap.actions[0].bucket.value == "next_quarter"
    assert "pass_the_steamroll_test" in {a.id for a in roadmap.actions}


def test_locked_data_full_stack_company_has_its_opportunities_and_data_holds_longest() -> None:
    _, roadmap = latest_roadmap(FULL_STACK)
    ids = flag_ids(roadmap)
    assert {"locked_data_partnership_path", "bits_to_atoms_loop", "full_stack_ownership"} <= ids
    assert not {"steamroll_exposure", "incremental_spinout"} & ids
    outlook = {o.moat: o for o in roadmap.outlooks}
    data = outlook[Moat.DATA_ADVANTAGE]
    assert data.holds_until_month is None
    assert "real_world_feedback_loop" in data.slowed_by
    at_five_years = {m: o.points[-1].strength for m, o in outlook.items()}
    assert max(at_five_years, key=at_five_years.get) is Moat.DATA_ADVANTAGE
    # its short-horizon moats still erode, as the essay says every early moat does
    assert all(
        o.holds_until_month is not None
        for m, o in outlook.items()
        if HOME_HORIZON[m] is Horizon.SHORT
    )


def test_spinout_recreating_its_former_employer_is_flagged() -> None:
    _, roadmap = latest_roadmap(SPINOUT)
    assert {"incremental_spinout", "underestimated_incumbents"} <= flag_ids(roadmap)
    edge = next(o for o in roadmap.outlooks if o.moat is Moat.TECHNICAL_EDGE)
    assert "incremental_spinout" in edge.accelerated_by
    assert "break_from_former_employer" in {a.id for a in roadmap.actions}


def test_examples_differ_where_the_essay_says_they_should() -> None:
    data = {}
    for name in (WRAPPER, FULL_STACK, SPINOUT):
        _, roadmap = latest_roadmap(name)
        data[name] = next(s.score for s in roadmap.scores if s.moat is Moat.DATA_ADVANTAGE)
    assert data[FULL_STACK] > data[SPINOUT] > data[WRAPPER]


# ---------------------------------------------------------------- the stories, on the calendar
def outlooks_of(roadmap: Roadmap) -> dict[Moat, object]:
    return {o.moat: o for o in roadmap.outlooks}


def earliest(roadmap: Roadmap) -> tuple[str, set[Moat]]:
    """The earliest stop quarter and the moats that stop then."""
    from moatdesk.domain.quarters import quarter_index

    stops = [o for o in roadmap.outlooks if o.stop_quarter is not None]
    first = min(stops, key=lambda o: quarter_index(o.stop_quarter)).stop_quarter
    return first, {o.moat for o in stops if o.stop_quarter == first}


def test_wrapper_story_first_to_market_is_already_gone_steamrolled() -> None:
    profile, roadmap = latest_roadmap(WRAPPER)
    assert roadmap.quarter == "2026-Q3"
    first, moats = earliest(roadmap)
    assert first == "2026-Q3" and Moat.FIRST_TO_MARKET in moats  # lapsed by this review
    lead = outlooks_of(roadmap)[Moat.FIRST_TO_MARKET]
    assert lead.status == "not_holding"
    assert {"steamroll_exposure", "x_but_with_ai"} <= set(lead.accelerated_by)  # why
    velocity = outlooks_of(roadmap)[Moat.SHIPPING_VELOCITY]
    assert velocity.stop_quarter == "2026-Q4" and "steamroll_exposure" in velocity.accelerated_by
    steamroll = next(a for a in roadmap.actions if a.id == "pass_the_steamroll_test")
    assert steamroll.do_first and steamroll.stop_quarter == "2026-Q4"
    plan = profile.assessments[-1].answers["speed.better_model_plan"].value
    assert steamroll.quotes == (plan,)
    # section 7: no PMF yet, so the brand build waits behind the short-term proof
    brand = next(a for a in roadmap.actions if a.moat is Moat.BRAND)
    assert brand.deferred_by == "proof_first" and not brand.do_first


def test_full_stack_story_short_moats_lapse_first_data_compounds() -> None:
    from moatdesk.domain.history import since_previous

    profile, roadmap = latest_roadmap(FULL_STACK)
    assert roadmap.summary.holding == 9
    first, moats = earliest(roadmap)
    assert first == "2028-Q1"
    assert moats <= {m for m in Moat if HOME_HORIZON[m] is Horizon.SHORT}
    assert all(not outlooks_of(roadmap)[m].accelerated_by for m in moats)  # plain decay
    data = outlooks_of(roadmap)[Moat.DATA_ADVANTAGE]
    assert data.status == "holds_past" and data.horizon_end == "2031-Q3" and data.growing
    comparison = since_previous(profile, roadmap.quarter)
    assert comparison is not None and comparison.from_quarter == "2026-Q2"
    # quarter after quarter this company outruns its decay
    assert {s.direction for s in comparison.stop_shifts} <= {"later", "same"}
    assert any(s.direction == "later" for s in comparison.stop_shifts)
    do_first = {a.id for a in roadmap.actions if a.do_first}
    assert "claim_reference_customers" in do_first  # renew the moat that lapses first


def test_spinout_story_its_edge_lapses_next_quarter_sped_by_the_copy() -> None:
    profile, roadmap = latest_roadmap(SPINOUT)
    edge = outlooks_of(roadmap)[Moat.TECHNICAL_EDGE]
    assert edge.stop_quarter == "2026-Q4" and edge.status == "stops"
    assert "incremental_spinout" in edge.accelerated_by
    speeding = [f for f in roadmap.flags if f.id in edge.accelerated_by]
    assert risk_factor(speeding, load_model().decay) == 2.5  # capped
    assert outlooks_of(roadmap)[Moat.BRAND].status == "not_holding"
    assert not roadmap.summary.not_assessed
    fix = next(a for a in roadmap.actions if a.id == "break_from_former_employer")
    assert fix.do_first and fix.stop_quarter == "2026-Q4"
    hypothesis = profile.assessments[-1].answers["spinout.differentiated_hypothesis"].value
    assert fix.quotes == (hypothesis,)
    assert outlooks_of(roadmap)[Moat.EARLY_PMF].status == "not_holding"
    assert any(a.deferred_by == "proof_first" for a in roadmap.actions)
