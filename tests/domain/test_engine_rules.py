"""The decay clock's rules (issue 12 "How it is checked"), as properties over any answers
drawn from the real question bank, plus the reachability checks of the calibrated model.
"""

from __future__ import annotations

import math

from engine_helpers import assessment, basics, extreme_value, middle_answers
from hypothesis import given
from hypothesis import strategies as st
from test_properties import PROPERTY, SCORED, answer_sets, company, valid_values_for

from moatdesk.domain.actions import proof_holds
from moatdesk.domain.content import load_bank
from moatdesk.domain.decay import risk_factor
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.parameters import load_model
from moatdesk.domain.quarters import add_quarters, quarter_index
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scoring import NEUTRAL, feeding_questions
from moatdesk.domain.taxonomy import HOME_HORIZON, Bucket, FlagKind, Horizon, Moat, Severity

BANK = load_bank()
PARAMS = load_model()
quarters = st.builds(lambda year, q: f"{year}-Q{q}", st.integers(2024, 2032), st.integers(1, 4))


def roadmap_of(company: CompanyBasics, answers: dict, quarter: str = "2026-Q3"):
    return build_roadmap(company, assessment(answers, quarter=quarter, company=company))


# ------------------------------------------------------------------- coverage
@PROPERTY
@given(company=company, answers=answer_sets)
def test_skipping_never_raises_a_score_above_what_coverage_allows(company, answers) -> None:
    roadmap = roadmap_of(company, answers)
    for score in roadmap.scores:
        feeding = feeding_questions(BANK, score.moat)
        total = sum(abs(w) for _, w in feeding)
        answered = sum(abs(w) for q, w in feeding if q.id not in score.unanswered)
        reach = 100 * (1 - NEUTRAL) * answered / total  # the furthest answers can pull
        assert 50 - reach - 0.01 <= score.score <= 50 + reach + 0.01
        assert score.assessed == (score.coverage >= PARAMS.scoring.min_coverage)
    for outlook, score in zip(roadmap.outlooks, roadmap.scores, strict=True):
        if not score.assessed:
            assert outlook.status == "not_assessed" and outlook.stop_quarter is None
    assert {q for s in roadmap.scores for q in s.unanswered} <= set(roadmap.unanswered)


def test_answering_only_flattering_questions_does_not_make_moats_hold() -> None:
    # the example: five flattering answers used to put seven moats at 100
    flattering = ["speed.shipping_culture", "speed.capital_pace", "data.real_world_feedback"]
    flattering += ["contrarian.evidence", "contrarian.product_depth"]
    roadmap = roadmap_of(basics(), {q: 4 for q in flattering})
    assert all(not s.assessed for s in roadmap.scores)
    assert roadmap.summary.not_assessed == 9 and roadmap.summary.holding == 0
    assert all(s.score < 70 for s in roadmap.scores)


# ------------------------------------------------------------------- decay
@PROPERTY
@given(company=company, answers=answer_sets)
def test_risk_acceleration_is_capped_and_high_risks_stop_growth(company, answers) -> None:
    roadmap = roadmap_of(company, answers)
    severity = {f.id: f.severity for f in roadmap.flags}
    for outlook, score in zip(roadmap.outlooks, roadmap.scores, strict=True):
        speeding = [f for f in roadmap.flags if f.id in outlook.accelerated_by]
        assert 1.0 <= risk_factor(speeding, PARAMS.decay) <= PARAMS.decay.max_risk_factor
        if outlook.growing:
            assert Severity.HIGH not in {severity[f] for f in outlook.accelerated_by}
            continue
        # never faster than the capped rate with no mechanism at all
        half_life = PARAMS.decay.half_life_months[HOME_HORIZON[outlook.moat]]
        fastest = math.log(2) / half_life * PARAMS.decay.max_risk_factor
        six = next(p.strength for p in outlook.points if p.month == 6)
        assert six >= score.score * math.exp(-fastest * 6) - 0.01


@PROPERTY
@given(company=company, answers=answer_sets, quarter=quarters)
def test_identical_answers_a_quarter_later_never_stop_earlier(company, answers, quarter) -> None:
    now = roadmap_of(company, answers, quarter)
    later = roadmap_of(company, answers, add_quarters(quarter, 1))
    assert later.quarter == add_quarters(now.quarter, 1)
    for before, after in zip(now.outlooks, later.outlooks, strict=True):
        assert before.status == after.status
        if before.stop_quarter is not None:
            assert after.stop_quarter is not None
            assert quarter_index(after.stop_quarter) >= quarter_index(before.stop_quarter)


def test_a_mechanism_slows_decay_only_above_a_neutral_answer() -> None:
    company = basics(runway_months=12, stage="series_a")  # capital_runway at neutral too
    mechanism_questions = {q for m in PARAMS.mechanisms for q in m.questions if "." in q}
    answers = middle_answers(BANK)
    neutral = {q: 2 for q in mechanism_questions if q in answers and answers[q] == 2}
    roadmap = roadmap_of(company, {**answers, **neutral, "synth.sparse_data": True})
    slowed = {m for o in roadmap.outlooks for m in o.slowed_by}
    assert not slowed & {"real_world_feedback_loop", "sustained_shipping_culture"}
    assert not slowed & {"capital_runway", "synthetic_path_to_deployment"}


def test_neutral_answers_raise_no_high_severity_risk() -> None:
    answers = middle_answers(BANK)
    yes_no = [q.id for q in SCORED if q.kind.value == "yes_no"]
    for flip in [None, *yes_no]:
        given_answers = {**answers, flip: True} if flip else answers
        roadmap = roadmap_of(basics(), given_answers)
        graves = [
            f.id for f in roadmap.flags if f.kind is FlagKind.RISK and f.severity is Severity.HIGH
        ]
        assert graves == [], flip


# ------------------------------------------------------------------- roadmap
@PROPERTY
@given(company=company, answers=answer_sets)
def test_at_most_three_do_first_actions_one_per_moat_and_no_action_twice(company, answers) -> None:
    roadmap = roadmap_of(company, answers)
    first = [a for a in roadmap.actions if a.do_first]
    assert len(first) <= PARAMS.actions.do_first <= 3
    assert all(a.bucket is Bucket.NEXT_QUARTER for a in first)
    assert [a for a in roadmap.actions if a.bucket is Bucket.NEXT_QUARTER] == first
    assert len({a.moat for a in first}) == len(first)
    assert roadmap.actions[: len(first)] == tuple(first)  # they lead the list
    ids = [a.id for a in roadmap.actions]
    assert len(ids) == len(set(ids))
    if roadmap.actions and any(a.bucket is not Bucket.THREE_PLUS_YEARS for a in roadmap.actions):
        assert first  # something to do first whenever anything is due within three years
    stops = {o.moat: o.stop_quarter for o in roadmap.outlooks}
    assert all(a.stop_quarter == stops[a.moat] for a in roadmap.actions)


@PROPERTY
@given(company=company, answers=answer_sets)
def test_no_medium_or_long_build_next_quarter_before_proof_unless_a_risk_names_it(
    company, answers
) -> None:
    roadmap = roadmap_of(company, answers)
    if proof_holds(roadmap.outlooks, PARAMS.actions):
        return
    due_now = {Severity.MEDIUM, Severity.HIGH}  # model.toml actions.risk_due
    risks = {f.id for f in roadmap.flags if f.kind is FlagKind.RISK and f.severity in due_now}
    for action in roadmap.actions:
        if action.bucket is Bucket.NEXT_QUARTER and HOME_HORIZON[action.moat] is not Horizon.SHORT:
            assert set(action.because_of) & (risks | {"coverage"}), action.id


@PROPERTY
@given(company=company, answers=answer_sets, data=st.data())
def test_written_answers_are_quoted_verbatim_once(company, answers, data) -> None:
    texts = {q.id for q in BANK.questions if q.kind.value == "text"}
    written = {q: data.draw(st.text(min_size=1, max_size=30), label=q) for q in texts}
    answers = {**answers, **{q: Answer(value=v) for q, v in written.items()}}
    roadmap = roadmap_of(company, answers)
    quoted = [
        (q, t) for a in roadmap.actions for q, t in zip(a.quoted_questions, a.quotes, strict=True)
    ]
    assert len({q for q, _ in quoted}) == len(quoted)
    for qid, text in quoted:
        assert text == written[qid] and text.strip()


# ------------------------------------------------------------------- reachability
def test_every_scored_question_moves_some_output() -> None:
    base = middle_answers(BANK)
    company = basics()
    reference = roadmap_of(company, base)
    for question in SCORED:
        outputs = set()
        for top in (False, True):
            roadmap = roadmap_of(company, {**base, question.id: extreme_value(question, top)})
            outputs.add((roadmap.scores, roadmap.flags, roadmap.outlooks, roadmap.actions))
        outputs.add((reference.scores, reference.flags, reference.outlooks, reference.actions))
        assert len(outputs) > 1, question.id


def test_every_moat_stop_quarter_can_be_moved_by_some_answer() -> None:
    base = middle_answers(BANK)
    company = basics()
    reference = {o.moat: o.holds_until_month for o in roadmap_of(company, base).outlooks}
    moved: set[Moat] = set()
    for question in SCORED:
        for top in (False, True):
            roadmap = roadmap_of(company, {**base, question.id: extreme_value(question, top)})
            moved |= {o.moat for o in roadmap.outlooks if o.holds_until_month != reference[o.moat]}
    assert moved == set(Moat)


def best_answers() -> dict[str, object]:
    """Every answer at the level that helps its moats most."""
    best = {}
    for question in SCORED:
        net = sum(f.weight for f in question.feeds)
        best[question.id] = extreme_value(question, top=net >= 0)
    return best


def test_sustained_shipping_carries_the_short_moats_past_two_years() -> None:
    strong = basics(stage="series_b", runway_months=36, team_size=40)
    best = best_answers()
    with_culture = roadmap_of(strong, best)
    without = roadmap_of(strong, {**best, "speed.shipping_culture": 0})
    for moat in (Moat.FIRST_TO_MARKET, Moat.EARLY_PMF, Moat.SHIPPING_VELOCITY):
        held = next(o for o in with_culture.outlooks if o.moat is moat)
        lost = next(o for o in without.outlooks if o.moat is moat)
        assert held.holds_until_month is None or held.holds_until_month > 24, moat
        assert lost.holds_until_month is not None, moat
        assert held.holds_until_month is None or held.holds_until_month > lost.holds_until_month
    velocity = next(o for o in without.outlooks if o.moat is Moat.SHIPPING_VELOCITY)
    assert velocity.holds_until_month is not None and velocity.holds_until_month <= 24


def test_runway_and_capital_pace_move_the_capital_moat() -> None:
    answers = {**middle_answers(BANK), "speed.capital_pace": 3}

    def capital_stop(company: CompanyBasics, pace: int = 3) -> int | None:
        roadmap = roadmap_of(company, {**answers, "speed.capital_pace": pace})
        return next(
            o.holds_until_month for o in roadmap.outlooks if o.moat is Moat.CAPITAL_COMPUTE_TALENT
        )

    short, long = basics(runway_months=3), basics(runway_months=36)
    assert capital_stop(short) < capital_stop(long)  # type: ignore[operator]
    assert capital_stop(long, pace=1) < capital_stop(long, pace=4)  # type: ignore[operator]
    assert capital_stop(basics(runway_months=36, stage="growth")) > capital_stop(long)  # type: ignore[operator]


def test_sparse_data_team_size_and_stage_each_change_the_roadmap() -> None:
    generating = {**middle_answers(BANK), "synth.generation_capability": 4}
    dense = roadmap_of(basics(), {**generating, "synth.sparse_data": False})
    sparse = roadmap_of(basics(), {**generating, "synth.sparse_data": True})
    pmf = {r: next(o for o in r.outlooks if o.moat is Moat.EARLY_PMF) for r in (dense, sparse)}
    assert "synthetic_path_to_deployment" in pmf[sparse].slowed_by
    assert pmf[sparse].points[-1].strength > pmf[dense].points[-1].strength
    limited = {**middle_answers(BANK), "speed.infra_rate_limit": 3}
    solo, team = roadmap_of(basics(team_size=1), limited), roadmap_of(basics(team_size=40), limited)
    infra = {
        r: next(f for f in r.flags if f.id == "infra_rate_limits_iteration") for r in (solo, team)
    }
    assert "team_size" in infra[solo].triggered_by_basics
    assert infra[solo].severity != infra[team].severity or solo.flags != team.flags
    seed = roadmap_of(
        basics(stage="pre_seed", runway_months=30), {**limited, "speed.capital_pace": 4}
    )
    grown = roadmap_of(
        basics(stage="growth", runway_months=30), {**limited, "speed.capital_pace": 4}
    )
    assert seed.outlooks != grown.outlooks


@given(pick=st.integers(0, 10_000), data=st.data())
@PROPERTY
def test_any_single_answer_change_keeps_the_roadmap_well_formed(pick, data) -> None:
    question = SCORED[pick % len(SCORED)]
    value = data.draw(valid_values_for(question))
    roadmap = roadmap_of(basics(), {**middle_answers(BANK), question.id: value})
    assert roadmap.summary.total == len(Moat)
    assert roadmap.summary.holding + roadmap.summary.not_holding + roadmap.summary.not_assessed == 9
