"""build_roadmap: the shape every view relies on, and behaviour a founder would notice."""

from __future__ import annotations

from engine_helpers import assessment, basics, tiny_bank

from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.results import DECAY_MONTHS
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import Bucket, FlagKind, Moat, Severity

WRAPPER = {
    "speed.steamroll_exposure": 4,
    "speed.better_model_gain": 0,
    "speed.x_but_with_ai": True,
    "speed.shipping_culture": 2,
}


def test_roadmap_covers_every_moat_in_order_with_all_decay_points() -> None:
    roadmap = build_roadmap(basics(), assessment(WRAPPER))
    assert [s.moat for s in roadmap.scores] == list(Moat)
    assert [o.moat for o in roadmap.outlooks] == list(Moat)
    for outlook in roadmap.outlooks:
        assert tuple(p.month for p in outlook.points) == DECAY_MONTHS
    assert roadmap.bank_version == "1.0"


def test_empty_assessment_is_not_assessed_and_only_asks_for_answers() -> None:
    roadmap = build_roadmap(basics(), assessment({}))
    assert all(s.coverage == 0 and not s.assessed for s in roadmap.scores)
    assert all(o.status == "not_assessed" and o.stop_quarter is None for o in roadmap.outlooks)
    assert roadmap.flags == ()
    assert [a.id for a in roadmap.actions] == ["answer_open_questions"]
    assert roadmap.actions[0].because_of == ("coverage",) and roadmap.actions[0].do_first
    assert roadmap.summary.not_assessed == 9 and roadmap.summary.holding == 0
    assert len(roadmap.unanswered) == len(
        [q for q in load_bank().questions if q.kind.value != "text"]
    )


def test_steamroll_answers_raise_flags_that_speed_up_velocity_decay() -> None:
    exposed = build_roadmap(basics(), assessment(WRAPPER))
    ids = {f.id for f in exposed.flags}
    assert {"steamroll_exposure", "x_but_with_ai"} <= ids
    velocity = next(o for o in exposed.outlooks if o.moat is Moat.SHIPPING_VELOCITY)
    assert "steamroll_exposure" in velocity.accelerated_by
    steamroll = next(f for f in exposed.flags if f.id == "steamroll_exposure")
    assert "speed.steamroll_exposure" in steamroll.triggered_by
    assert steamroll.title.ko and steamroll.explanation.en

    safe = build_roadmap(basics(), assessment({**WRAPPER, "speed.steamroll_exposure": 0}))
    assert "steamroll_exposure" not in {f.id for f in safe.flags}


def test_flags_list_risks_before_opportunities() -> None:
    answers = {**WRAPPER, "data.real_world_feedback": 4, "data.stack_ownership": 4}
    roadmap = build_roadmap(basics(stack_position="full_stack_operator"), assessment(answers))
    kinds = [f.kind for f in roadmap.flags]
    assert FlagKind.RISK in kinds and FlagKind.OPPORTUNITY in kinds
    assert kinds == sorted(kinds, key=lambda k: k is FlagKind.OPPORTUNITY)


def test_actions_are_ordered_by_urgency_and_bucket() -> None:
    roadmap = build_roadmap(basics(), assessment(WRAPPER))
    assert roadmap.actions
    urgencies = [a.urgency for a in roadmap.actions]
    assert urgencies == sorted(urgencies, reverse=True)
    order = list(Bucket)
    buckets = [order.index(a.bucket) for a in roadmap.actions]
    assert buckets == sorted(buckets)
    outlook = {o.moat: o for o in roadmap.outlooks}
    for action in roadmap.actions:
        moat = outlook[action.moat]
        assert action.before_month == (moat.holds_until_month if moat.assessed else None)
        assert action.stop_quarter == moat.stop_quarter
        assert action.title.en and action.title.ko


def test_answers_for_unknown_questions_or_stale_values_are_ignored() -> None:
    clean = build_roadmap(basics(), assessment(WRAPPER))
    noisy = build_roadmap(
        basics(),
        assessment(
            {
                **WRAPPER,
                "speed.retired_question": 3,
                "speed.shipping_culture": Answer(value="very", note="stale"),
            }
        ),
    )
    assert {f.id for f in noisy.flags} == {f.id for f in clean.flags}
    velocity = next(s for s in noisy.scores if s.moat is Moat.SHIPPING_VELOCITY)
    assert "speed.shipping_culture" not in {c.question_id for c in velocity.contributions}


def test_a_custom_bank_can_be_passed() -> None:
    roadmap = build_roadmap(basics(), assessment({"speed.fast": 4}), bank=tiny_bank())
    velocity = next(s for s in roadmap.scores if s.moat is Moat.SHIPPING_VELOCITY)
    # the unanswered exposure question (weight 0.5) counts as neutral: (1.0 + 0.25) / 1.5
    assert velocity.score == 83.33 and velocity.coverage == 0.5


def test_bucket_follows_the_month_work_must_start() -> None:
    from moatdesk.domain.actions import bucket_for
    from moatdesk.domain.parameters import load_model

    params = load_model().actions
    lead = params.lead_months
    expected = {
        0: Bucket.NEXT_QUARTER,
        lead + 3: Bucket.NEXT_QUARTER,
        lead + 4: Bucket.THIS_YEAR,
        lead + 12: Bucket.THIS_YEAR,
        lead + 13: Bucket.ONE_TO_THREE_YEARS,
        lead + 36: Bucket.ONE_TO_THREE_YEARS,
        lead + 37: Bucket.THREE_PLUS_YEARS,
        None: Bucket.THREE_PLUS_YEARS,
    }
    assert {m: bucket_for(m, params) for m in expected} == expected


def test_a_moat_lapsing_in_fifteen_months_is_worked_on_this_year() -> None:
    # Building a replacement takes about three quarters: waiting for "1-3 years" is too late.
    from moatdesk.domain.actions import bucket_for
    from moatdesk.domain.parameters import load_model

    assert bucket_for(15, load_model().actions) is Bucket.THIS_YEAR


def test_actions_answering_a_high_risk_are_due_next_quarter() -> None:
    roadmap = build_roadmap(basics(), assessment(WRAPPER))
    high_risks = {
        f.id for f in roadmap.flags if f.kind is FlagKind.RISK and f.severity is Severity.HIGH
    }
    assert high_risks, "the wrapper raises at least one high risk"
    answering = [a for a in roadmap.actions if high_risks & set(a.because_of)]
    assert answering
    assert all(a.bucket is Bucket.NEXT_QUARTER for a in answering)


def test_each_decaying_moat_gets_at_most_the_configured_number_of_decay_actions() -> None:
    from moatdesk.domain.parameters import load_model

    roadmap = build_roadmap(basics(), assessment(WRAPPER))
    limit = load_model().actions.max_per_moat
    for moat in Moat:
        decay_only = [a for a in roadmap.actions if a.moat is moat and a.because_of == ("decay",)]
        assert len(decay_only) <= limit
