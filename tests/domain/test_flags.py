"""Flag rules: thresholds, requirements, sector and stack gates, and the content files."""

from __future__ import annotations

import pytest
from engine_helpers import basics

from moatdesk.domain.actions import load_action_library, parse_action_library
from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.flags import load_flag_rules, parse_flag_rules, raise_flags
from moatdesk.domain.parameters import load_model, parse_model, read_content_toml
from moatdesk.domain.taxonomy import FlagKind, Moat, Severity

RULES = load_flag_rules()
RISKS = {
    "steamroll_exposure",
    "x_but_with_ai",
    "incremental_spinout",
    "no_data_acquisition_hypothesis",
    "infra_rate_limits_iteration",
    "underestimated_incumbents",
    "false_pmf_treadmill",
    # issue 13: the essay's claims that had no flag
    "wrong_axis",
    "out_of_distribution_without_own_loop",
    "scaling_before_proof",
    "market_settling",
}
OPPORTUNITIES = {
    "contrarian_soon_solved",
    "locked_data_partnership_path",
    "full_stack_ownership",
    "bits_to_atoms_loop",
}


def flags(levels: dict[str, float], **company: object) -> dict[str, object]:
    return {f.id: f for f in raise_flags(basics(**company), levels)}


def test_the_essay_flags_all_exist_with_their_kind() -> None:
    kinds = {r.id: r.kind for r in RULES.flags}
    assert {k for k, v in kinds.items() if v is FlagKind.RISK} == RISKS
    assert {k for k, v in kinds.items() if v is FlagKind.OPPORTUNITY} == OPPORTUNITIES


def test_severity_rises_with_the_answers() -> None:
    def severity(level: float, step: float = 0.5) -> Severity | None:
        found = flags({"spinout.former_employer_similarity": level, "spinout.step_change": step})
        flag = found.get("incremental_spinout")
        return flag.severity if flag else None

    # requirement: at least "a better version of it"; a middle answer raises nothing
    assert severity(0.5) is None and severity(0.5, step=0.0) is None
    assert [severity(v) for v in (0.75, 1.0)] == [Severity.MEDIUM, Severity.HIGH]
    assert severity(0.75, step=1.0) is Severity.LOW  # a real step change tempers it


def test_triggered_by_names_the_answers_that_raised_it() -> None:
    found = flags({"speed.infra_rate_limit": 1.0, "speed.capital_pace": 1.0})
    assert found["infra_rate_limits_iteration"].triggered_by == ("speed.infra_rate_limit",)


def test_locked_data_opportunity_needs_a_locked_data_sector() -> None:
    levels = {"data.locked_data_partnerships": 1.0}
    assert "locked_data_partnership_path" in flags(levels, sector="bio")
    assert "locked_data_partnership_path" not in flags(levels, sector="consumer")
    assert "locked_data_partnership_path" not in flags(
        {"data.locked_data_partnerships": 0.0}, sector="bio"
    )


def test_full_stack_position_counts_toward_full_stack_ownership() -> None:
    assert "full_stack_ownership" in flags({}, stack_position="full_stack_operator")
    assert "full_stack_ownership" not in flags({}, stack_position="model_apis")
    assert "full_stack_ownership" not in flags(
        {"data.stack_ownership": 0.25}, stack_position="model_apis"
    )


def test_soon_solved_opportunity_needs_the_yes_answer() -> None:
    strong = {"contrarian.approach_divergence": 1.0, "contrarian.evidence": 1.0}
    assert "contrarian_soon_solved" not in flags(strong)
    assert "contrarian_soon_solved" in flags({**strong, "contrarian.soon_solved_problem": 1.0})


def test_soon_solved_needs_a_divergent_approach_and_a_credible_case() -> None:
    """Section 6: "soon solved" is an opening only with both (not with a consensus approach
    or with conviction alone)."""
    soon = {"contrarian.soon_solved_problem": 1.0}
    both = {**soon, "contrarian.approach_divergence": 0.75, "contrarian.evidence": 0.5}
    assert "contrarian_soon_solved" in flags(both)
    consensus = {**both, "contrarian.approach_divergence": 0.25}
    assert "contrarian_soon_solved" not in flags(consensus)
    conviction = {**both, "contrarian.evidence": 0.25, "contrarian.approach_divergence": 1.0}
    assert "contrarian_soon_solved" not in flags(conviction)


def test_the_new_section_flags_rise_from_their_answers() -> None:
    assert "wrong_axis" in flags({"speed.competition_axis": 0.0})
    assert "wrong_axis" not in flags({"speed.competition_axis": 0.75})
    ood = {"data.out_of_distribution": 1.0, "data.real_world_feedback": 0.0}
    assert "out_of_distribution_without_own_loop" in flags({**ood, "data.stack_ownership": 0.0})
    looped = {**ood, "data.real_world_feedback": 1.0, "data.stack_ownership": 1.0}
    assert "out_of_distribution_without_own_loop" not in flags(looped)
    early = {"spinout.pmf_signal_quality": 0.0, "talent.excellence_known": 0.0}
    assert "scaling_before_proof" in flags({**early, "speed.capital_pace": 1.0})
    assert "scaling_before_proof" not in flags({**early, "speed.capital_pace": 0.25})
    assert "scaling_before_proof" not in flags(
        {**early, "speed.capital_pace": 1.0, "spinout.pmf_signal_quality": 0.75}
    )
    assert "market_settling" in flags({"talent.market_settling": 1.0})
    assert "market_settling" not in flags({"talent.market_settling": 0.25})


def test_every_referenced_question_exists_in_the_bank() -> None:
    from moatdesk.domain.basics import BASICS_LEVEL_IDS

    ids = set(load_bank().by_id()) | set(BASICS_LEVEL_IDS)
    for rule in RULES.flags:
        assert set(rule.question_ids()) <= ids, rule.id
    for mechanism in load_model().mechanisms:
        assert set(mechanism.questions) <= ids, mechanism.id


def test_action_library_covers_every_moat_and_flag_in_both_languages() -> None:
    library = load_action_library()
    flag_ids = {r.id for r in RULES.flags}
    for moat in Moat:
        assert len([a for a in library.actions if a.moat is moat and a.flag is None]) >= 2
    assert {a.flag for a in library.actions if a.flag} == flag_ids
    for item in [*library.actions, *RULES.flags]:
        for text in (item.title, getattr(item, "detail", None) or item.explanation):
            assert text.en and any("\uac00" <= ch <= "\ud7a3" for ch in text.ko)


def test_broken_engine_files_give_a_clear_error_naming_the_file() -> None:
    data = read_content_toml("flags.toml")
    data["flags"][0]["thresholds"] = {"low": 0.9, "medium": 0.5, "high": 0.7}
    with pytest.raises(ContentError, match=r"flags\.toml.*flags\.0\.thresholds"):
        parse_flag_rules(data)
    model = read_content_toml("model.toml")
    model["decay"]["half_life_months"].pop("long")
    with pytest.raises(ContentError, match=r"model\.toml"):
        parse_model(model)
    model = read_content_toml("model.toml")
    model["actions"]["soon_urgency"] = model["actions"]["bucket_urgency"]
    with pytest.raises(ContentError, match="bucket_urgency"):
        parse_model(model)
    with pytest.raises(ContentError, match=r"actions\.toml"):
        parse_action_library({"actions": [{"id": "x", "moat": "nope"}]})


def test_duplicate_ids_in_an_engine_file_are_named() -> None:
    data = read_content_toml("actions.toml")
    data["actions"].append(dict(data["actions"][0]))
    first = data["actions"][0]["id"]
    with pytest.raises(ContentError, match=rf"duplicate action ids: \['{first}'\]"):
        parse_action_library(data)


def _one_rule(**changes: object):
    """A two-signal risk rule (questions q.a and q.b) with thresholds .25/.5/.75."""
    words = {"en": "Test flag", "ko": "시험 플래그"}
    rule = {
        "id": "test_flag",
        "kind": "risk",
        "essay_section": "speed",
        "title": words,
        "explanation": words,
        "affects": ["shipping_velocity"],
        "signals": [{"question": "q.a"}, {"question": "q.b"}],
        "thresholds": {"low": 0.25, "medium": 0.5, "high": 0.75},
        **changes,
    }
    return parse_flag_rules({"flags": [rule]})


def _raised(levels: dict[str, float], rules, **company: object):
    found = raise_flags(basics(**company), levels, rules)
    return found[0] if found else None


def test_a_signal_exactly_at_a_threshold_reaches_that_severity() -> None:
    rules = _one_rule()
    severities = [_raised({"q.a": v, "q.b": v}, rules) for v in (0.75, 0.5, 0.25, 0.2)]
    assert [f.severity if f else None for f in severities] == [
        Severity.HIGH,
        Severity.MEDIUM,
        Severity.LOW,
        None,
    ]


def test_an_unanswered_signal_is_left_out_and_the_others_still_count() -> None:
    flag = _raised({"q.b": 1.0}, _one_rule())  # q.a, the first signal, is not answered
    assert flag is not None and flag.severity is Severity.HIGH
    assert flag.triggered_by == ("q.b",)


def test_a_stack_position_weighs_as_one_more_signal_beside_the_answers() -> None:
    rules = _one_rule(signals=[{"question": "q.a"}], stack_positions=["full_stack_operator"])
    # the answer points at the flag; the stack position counts for it or against it
    away = _raised({"q.a": 1.0}, rules, stack_position="model_apis")
    toward = _raised({"q.a": 1.0}, rules, stack_position="full_stack_operator")
    assert away is not None and away.severity is Severity.MEDIUM  # (1 + 0) / 2
    assert toward is not None and toward.severity is Severity.HIGH  # (1 + 1) / 2


def test_a_middle_answer_is_named_among_the_causes_of_a_flag_it_helped_raise() -> None:
    # Most packaged rules start at low = 0.5, so a middle answer alone reaches the
    # threshold: naming it is the honest "why", and a flag never lists no cause.
    rules = _one_rule(thresholds={"low": 0.5, "medium": 0.7, "high": 0.85})
    flag = _raised({"q.a": 0.5, "q.b": 0.5}, rules)
    assert flag is not None and flag.severity is Severity.LOW
    assert flag.triggered_by == ("q.a", "q.b")
    # an answer leaning away from the flag is not named, even when the flag is raised
    flag = _raised({"q.a": 1.0, "q.b": 0.25}, rules)
    assert flag is not None and flag.triggered_by == ("q.a",)
