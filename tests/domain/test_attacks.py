"""The attacks over time: content validated at load, read from the engine's results."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from engine_helpers import assessment

from moatdesk.domain.attacks import (
    AttackStatus,
    MoatState,
    load_attacks,
    parse_attacks,
    read_attacks,
)
from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.results import Roadmap
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import EssaySection, Moat

ATTACKS_TOML = Path(__file__).resolve().parents[2] / "resources" / "content" / "attacks.toml"
LONG_TERM = {Moat.BRAND, Moat.DATA_ADVANTAGE, Moat.PRODUCT_DEPTH}


def _raw() -> dict:
    return tomllib.loads(ATTACKS_TOML.read_text(encoding="utf-8"))


def test_the_essays_attackers_are_all_there_and_cite_section_7() -> None:
    ids = {a.id for a in load_attacks().attacks}
    assert {
        "frontier_next_model",
        "incumbent_adds_ai",
        "incremental_spinout",
        "contrarian_challenger",
        "services_led_rival",
        "demo_ware",
        "partnership_lockup",
    } <= ids
    for attack in load_attacks().attacks:
        assert EssaySection.FRAMEWORK in attack.essay_sections, attack.id
        # held off in the long term by brand, data and product depth (section 7)
        assert set(attack.held_off_by) <= LONG_TERM, attack.id


def test_an_unknown_question_or_flag_is_a_content_error_naming_it() -> None:
    raw = _raw()
    raw["attacks"][0]["exposed_by"][0]["question"] = "speed.nope"
    with pytest.raises(ContentError, match=r"unknown question 'speed\.nope'"):
        parse_attacks(raw)
    raw = _raw()
    raw["attacks"][1]["flags"] = ["no_such_flag"]
    with pytest.raises(ContentError, match=r"attacks\.1\.flags.*no_such_flag"):
        parse_attacks(raw)
    raw = _raw()
    del raw["attacks"][0]["title"]["ko"]
    with pytest.raises(ContentError, match=r"attacks\.toml"):
        parse_attacks(raw)


def _roadmap(answers: dict[str, Answer]) -> Roadmap:
    made = assessment(answers)
    return build_roadmap(made.basics, made)


def _answer(qid: str, level: float) -> Answer:
    """An answer at ``level`` (0..1) for a scale or yes/no question."""
    question = load_bank().by_id()[qid]
    if question.kind.value == "yes_no":
        return Answer(value=level >= 0.5)
    return Answer(value=round(level * (len(question.scale_labels) - 1)))


def _strong(moat: Moat) -> dict[str, Answer]:
    """Every scale or yes/no question feeding ``moat`` answered at its strong end, so the
    engine assesses the moat and finds it holding."""
    answers = {}
    for question in load_bank().questions:
        for feed in question.feeds:
            if feed.moat is moat and question.kind.value in ("scale", "yes_no"):
                answers[question.id] = _answer(question.id, 1.0 if feed.weight > 0 else 0.0)
    return answers


def _reading(readings, attack_id):
    return next(r for r in readings if r.attack.id == attack_id)


def test_a_thin_wrapper_is_open_to_the_next_model_until_a_long_moat_holds() -> None:
    thin = {
        "speed.steamroll_exposure": _answer("speed.steamroll_exposure", 1.0),
        "speed.better_model_gain": _answer("speed.better_model_gain", 0.0),
    }
    roadmap = _roadmap(thin)
    reading = _reading(read_attacks(roadmap, thin), "frontier_next_model")
    assert reading.exposing_answers == ("speed.steamroll_exposure", "speed.better_model_gain")
    assert "steamroll_exposure" in reading.exposing_flags  # the engine raised it
    # the long-term moats are weak or not assessed yet: nothing holds it off
    assert MoatState.HOLDS not in {state for _, state in reading.defences}
    assert dict(reading.defences)[Moat.BRAND] is MoatState.NOT_ASSESSED
    assert reading.status is AttackStatus.OPEN

    deep = {**_strong(Moat.PRODUCT_DEPTH), **thin}
    deep_reading = _reading(read_attacks(_roadmap(deep), deep), "frontier_next_model")
    assert dict(deep_reading.defences)[Moat.PRODUCT_DEPTH] is MoatState.HOLDS
    assert deep_reading.status is AttackStatus.HELD_OFF


def test_answers_that_do_not_expose_leave_the_attack_quiet_and_last() -> None:
    answers = {"speed.steamroll_exposure": _answer("speed.steamroll_exposure", 0.0)}
    readings = read_attacks(_roadmap(answers), answers)
    reading = _reading(readings, "frontier_next_model")
    assert reading.exposing_answers == () and reading.status is AttackStatus.QUIET
    statuses = [r.status for r in readings]
    assert statuses == sorted(
        statuses, key=[AttackStatus.OPEN, AttackStatus.HELD_OFF, AttackStatus.QUIET].index
    )


def test_it_reads_the_roadmap_and_does_not_score() -> None:
    """A moat the roadmap says does not hold is read as not holding, whatever the answers."""
    answers = {
        **_strong(Moat.PRODUCT_DEPTH),
        "contrarian.approach_divergence": _answer("contrarian.approach_divergence", 0.0),
    }
    roadmap = _roadmap(answers)
    outlooks = tuple(
        o.model_copy(update={"status": "not_holding"}) if o.moat is Moat.PRODUCT_DEPTH else o
        for o in roadmap.outlooks
    )
    edited = roadmap.model_copy(update={"outlooks": outlooks})
    reading = _reading(read_attacks(edited, answers), "contrarian_challenger")
    assert dict(reading.defences)[Moat.PRODUCT_DEPTH] is MoatState.NOT_HOLDING
    assert _reading(read_attacks(roadmap, answers), "contrarian_challenger").status is (
        AttackStatus.HELD_OFF
    )
