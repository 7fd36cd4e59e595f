"""select_actions on outlooks set by hand: when each action is due, which ones are done
first, and the order the roadmap lists them in (what the results screen, the PDF and
the CLI show, top to bottom).

The outlooks here are written out rather than computed, so each test says exactly when
each moat stops holding; build_roadmap's own tests (test_roadmap.py,
test_engine_rules.py) check the same rules on real answers.
"""

from __future__ import annotations

from itertools import pairwise

from moatdesk.domain.actions import select_actions
from moatdesk.domain.decay import stop_status
from moatdesk.domain.flags import load_flag_rules
from moatdesk.domain.parameters import load_model
from moatdesk.domain.results import Action, Flag, MoatOutlook, MoatScore
from moatdesk.domain.taxonomy import HOME_HORIZON, Bucket, Moat, Severity

ORDER = list(Bucket)


def _score(moat: Moat, score: float, assessed: bool = True) -> MoatScore:
    return MoatScore(
        moat=moat,
        score=score,
        coverage=1.0 if assessed else 0.0,
        assessed=assessed,
        unanswered=(),
        contributions=(),
    )


def _outlook(moat: Moat, month: int | None, assessed: bool = True) -> MoatOutlook:
    return MoatOutlook(
        moat=moat,
        horizon=HOME_HORIZON[moat],
        points=(),
        holds_until_month=month,
        accelerated_by=(),
        slowed_by=(),
        assessed=assessed,
        status=stop_status(month, assessed),
        stop_quarter=None if month is None else "2027-Q1",
        horizon_end="2031-Q3",
    )


def _flag(flag_id: str, severity: Severity) -> Flag:
    rule = next(r for r in load_flag_rules().flags if r.id == flag_id)
    return Flag(
        id=rule.id,
        kind=rule.kind,
        severity=severity,
        title=rule.title,
        explanation=rule.explanation,
        triggered_by=(),
        essay_section=rule.essay_section,
        affects=rule.affects,
    )


def plan(
    months: dict[Moat, int | None],
    scores: dict[Moat, float] | None = None,
    flags: tuple[tuple[str, Severity], ...] = (),
    not_assessed: tuple[Moat, ...] = (),
) -> tuple[Action, ...]:
    """The actions for the nine moats: each assessed, holding past 60 months and scoring
    60 (not weak) unless ``months``/``scores``/``not_assessed`` say otherwise."""
    scores = scores or {}
    return select_actions(
        [_score(m, scores.get(m, 60.0), m not in not_assessed) for m in Moat],
        [_outlook(m, months.get(m), m not in not_assessed) for m in Moat],
        [_flag(f, s) for f, s in flags],
        load_model().actions,
    )


def by_id(actions: tuple[Action, ...]) -> dict[str, Action]:
    return {a.id: a for a in actions}


def assert_listed_in_order(actions: tuple[Action, ...]) -> None:
    """Do-first actions lead; the rest follow bucket by bucket, most urgent first, and
    each action's urgency lies in its own bucket's band (model.toml: each bucket nearer
    in time adds bucket_urgency, more than anything inside a bucket adds)."""
    band = load_model().actions.bucket_urgency
    flags = [a.do_first for a in actions]
    assert flags == sorted(flags, reverse=True)
    rest = [a for a in actions if not a.do_first]
    assert [ORDER.index(a.bucket) for a in rest] == sorted(ORDER.index(a.bucket) for a in rest)
    for a, b in pairwise(rest):
        if a.bucket is b.bucket:
            assert a.urgency >= b.urgency, (a.id, b.id)
    for action in actions:
        floor = (len(Bucket) - 1 - ORDER.index(action.bucket)) * band
        assert floor <= action.urgency < floor + band, (action.id, action.bucket, action.urgency)


def test_a_full_roadmap_lists_do_first_then_bucket_by_bucket() -> None:
    months = {
        Moat.FIRST_TO_MARKET: 2,
        Moat.SHIPPING_VELOCITY: 8,
        Moat.CAPITAL_COMPUTE_TALENT: 12,
        Moat.TECHNICAL_EDGE: 11,
        Moat.GTM_PARTNERSHIPS: 30,
        Moat.BRAND: 40,
        Moat.DATA_ADVANTAGE: 50,
    }
    actions = plan(months, scores={Moat.PRODUCT_DEPTH: 30.0})  # weak, but it holds
    assert sum(a.do_first for a in actions) == 3
    buckets = {a.bucket for a in actions if not a.do_first}
    assert buckets == {Bucket.THIS_YEAR, Bucket.ONE_TO_THREE_YEARS, Bucket.THREE_PLUS_YEARS}
    weak = next(a for a in actions if a.moat is Moat.PRODUCT_DEPTH)
    assert weak.bucket is Bucket.THREE_PLUS_YEARS and weak.before_month is None
    assert all(a.deferred_by is None for a in actions)  # early PMF holds: nothing waits
    assert_listed_in_order(actions)


def test_inside_a_bucket_the_moat_that_stops_sooner_comes_first() -> None:
    # both start within 1-3 years, one month apart; the brand's action would come second
    # by id
    actions = plan({Moat.BRAND: 30, Moat.DATA_ADVANTAGE: 31})
    assert [(a.moat, a.bucket) for a in actions] == [
        (Moat.BRAND, Bucket.ONE_TO_THREE_YEARS),
        (Moat.DATA_ADVANTAGE, Bucket.ONE_TO_THREE_YEARS),
    ]
    assert_listed_in_order(actions)


def test_inside_a_bucket_a_raised_flag_then_a_weaker_moat_comes_first() -> None:
    # the same month for all three: the low steamroll risk's action leads the plain decay
    # actions, then the weaker moat's (30) before the stronger one's (60)
    actions = plan(
        {Moat.SHIPPING_VELOCITY: 30, Moat.BRAND: 30, Moat.DATA_ADVANTAGE: 30},
        scores={Moat.BRAND: 30.0},
        flags=(("steamroll_exposure", Severity.LOW),),
    )
    assert [a.id for a in actions] == [
        "pass_the_steamroll_test",
        "own_the_category_story",
        "build_data_engine",
    ]
    assert_listed_in_order(actions)


def test_a_risk_is_due_this_year_and_an_opening_in_one_to_three_years_at_medium() -> None:
    # the velocity moat starts work in 1-3 years by its decay, the product depth moat holds:
    # a medium risk on the first is due this year (and, next quarter being empty, is
    # started now); a medium opening on the second is due within 1-3 years
    actions = by_id(
        plan(
            {Moat.SHIPPING_VELOCITY: 30},
            flags=(
                ("steamroll_exposure", Severity.MEDIUM),
                ("full_stack_ownership", Severity.MEDIUM),
            ),
        )
    )
    risk, opening = actions["pass_the_steamroll_test"], actions["extend_full_stack_advantage"]
    assert (risk.bucket, risk.do_first) == (Bucket.NEXT_QUARTER, True)
    assert (opening.bucket, opening.do_first) == (Bucket.ONE_TO_THREE_YEARS, False)
    assert_listed_in_order(tuple(actions.values()))


def test_do_first_goes_to_the_moats_that_stop_soonest_not_the_weakest() -> None:
    # four moats lapse within the year; the brand is the weakest (10) but stops last of
    # them, so its action is the one that waits for "this year"
    actions = plan(
        {
            Moat.FIRST_TO_MARKET: 0,
            Moat.SHIPPING_VELOCITY: 1,
            Moat.TECHNICAL_EDGE: 3,
            Moat.BRAND: 6,
        },
        scores={Moat.TECHNICAL_EDGE: 90.0, Moat.BRAND: 10.0},
    )
    first = {a.moat for a in actions if a.do_first}
    assert first == {Moat.FIRST_TO_MARKET, Moat.SHIPPING_VELOCITY, Moat.TECHNICAL_EDGE}
    brand = next(a for a in actions if a.moat is Moat.BRAND)
    assert (brand.bucket, brand.do_first, brand.before_month) == (Bucket.THIS_YEAR, False, 6)
    statuses = {a.moat: a.moat_status for a in actions}
    assert statuses[Moat.FIRST_TO_MARKET] == "not_holding"  # below the line already
    assert statuses[Moat.BRAND] == "stops"
    assert_listed_in_order(actions)


def test_a_moat_lapsing_in_the_last_month_comes_before_one_that_never_does() -> None:
    # both equally weak and both in "3+ years": the one that does stop, at month 60, first
    actions = plan({Moat.BRAND: 60}, scores={Moat.BRAND: 40.0, Moat.DATA_ADVANTAGE: 40.0})
    assert [(a.moat, a.bucket, a.before_month) for a in actions] == [
        (Moat.BRAND, Bucket.THREE_PLUS_YEARS, 60),
        (Moat.DATA_ADVANTAGE, Bucket.THREE_PLUS_YEARS, None),
    ]
    assert_listed_in_order(actions)


def test_a_grave_risk_is_done_first_even_on_moats_that_hold() -> None:
    # a high risk on the partnerships moat (which holds) against three moats lapsing at
    # months 2, 3 and 4: the risk and the two that lapse soonest are done first
    actions = plan(
        {Moat.DATA_ADVANTAGE: 2, Moat.PRODUCT_DEPTH: 3, Moat.TECHNICAL_EDGE: 4},
        flags=(("underestimated_incumbents", Severity.HIGH),),
    )
    first = {a.id for a in actions if a.do_first}
    assert first == {
        "plan_against_incumbent_scale",
        "build_data_engine",
        "expand_across_customer_types",
    }
    edge = next(a for a in actions if a.moat is Moat.TECHNICAL_EDGE)
    assert (edge.bucket, edge.do_first) == (Bucket.THIS_YEAR, False)
    assert_listed_in_order(actions)


def test_an_opening_on_a_moat_that_holds_is_not_done_before_lapsing_moats() -> None:
    # nothing is due next quarter, so three of this year's actions start now: those of the
    # moats lapsing at months 13-15, not the high opening on product depth (which holds)
    actions = plan(
        {Moat.DATA_ADVANTAGE: 13, Moat.TECHNICAL_EDGE: 14, Moat.BRAND: 15},
        flags=(("full_stack_ownership", Severity.HIGH),),
    )
    first = {a.moat for a in actions if a.do_first}
    assert first == {Moat.DATA_ADVANTAGE, Moat.TECHNICAL_EDGE, Moat.BRAND}
    opening = by_id(actions)["extend_full_stack_advantage"]
    assert (opening.bucket, opening.do_first) == (Bucket.THIS_YEAR, False)
    assert_listed_in_order(actions)


def test_a_moat_not_assessed_leaves_the_others_their_actions() -> None:
    # first to market (the first moat) is not assessed: "answer the open questions" speaks
    # for it, and the brand, lapsing at month 30, still gets its own action
    actions = plan({Moat.BRAND: 30}, not_assessed=(Moat.FIRST_TO_MARKET,))
    assert [(a.id, a.moat) for a in actions] == [
        ("answer_open_questions", Moat.FIRST_TO_MARKET),
        ("own_the_category_story", Moat.BRAND),
    ]


def test_a_moat_below_the_weak_score_gets_an_action_even_when_it_holds() -> None:
    weak = load_model().actions.weak_score
    assert [a.moat for a in plan({}, scores={Moat.BRAND: weak - 0.5})] == [Moat.BRAND]
    assert plan({}, scores={Moat.BRAND: weak}) == ()  # at the line is not weak


def test_a_mild_concern_brings_one_action_per_moat() -> None:
    # two low risks on the technical edge (which holds): one action for it, the first in
    # the library; both flags still count
    actions = plan(
        {},
        flags=(("x_but_with_ai", Severity.LOW), ("incremental_spinout", Severity.LOW)),
    )
    assert [a.id for a in actions] == ["reframe_beyond_x_with_ai"]


def test_while_early_pmf_does_not_hold_medium_and_long_builds_wait_for_this_year() -> None:
    # early PMF is below the line: the technical edge's build, due next quarter, waits for
    # this year (marked "proof first"); the brand's, due in 1-3 years, keeps its bucket;
    # early PMF's own action and "answer the open questions" (for the partnerships moat,
    # a medium one) do not wait
    actions = by_id(
        plan(
            {Moat.EARLY_PMF: 0, Moat.TECHNICAL_EDGE: 10, Moat.BRAND: 30},
            not_assessed=(Moat.GTM_PARTNERSHIPS,),
        )
    )
    edge, brand = actions["define_step_change_bet"], actions["own_the_category_story"]
    assert (edge.bucket, edge.deferred_by, edge.do_first) == (
        Bucket.THIS_YEAR,
        "proof_first",
        False,
    )
    assert (brand.bucket, brand.deferred_by) == (Bucket.ONE_TO_THREE_YEARS, None)
    pmf, answer = actions["measure_retention_not_pilots"], actions["answer_open_questions"]
    assert (pmf.bucket, pmf.do_first, pmf.deferred_by) == (Bucket.NEXT_QUARTER, True, None)
    assert (answer.bucket, answer.do_first, answer.deferred_by) == (
        Bucket.NEXT_QUARTER,
        True,
        None,
    )
    assert_listed_in_order(tuple(actions.values()))


def test_between_moats_lapsing_together_the_weakest_are_done_first() -> None:
    # four moats stop at month 5: the three weakest are started now, the strongest waits
    scores = {
        Moat.FIRST_TO_MARKET: 20.0,
        Moat.SHIPPING_VELOCITY: 30.0,
        Moat.TECHNICAL_EDGE: 40.0,
        Moat.BRAND: 70.0,
    }
    actions = plan(dict.fromkeys(scores, 5), scores=scores)
    first = {a.moat for a in actions if a.do_first}
    assert first == {Moat.FIRST_TO_MARKET, Moat.SHIPPING_VELOCITY, Moat.TECHNICAL_EDGE}
    assert_listed_in_order(actions)


def test_once_early_pmf_holds_its_action_has_no_head_start() -> None:
    # early PMF holds until month 10, three moats stop sooner: they are done first; while
    # proof does not hold (test above) its action would be
    actions = plan(
        {
            Moat.EARLY_PMF: 10,
            Moat.DATA_ADVANTAGE: 2,
            Moat.PRODUCT_DEPTH: 3,
            Moat.TECHNICAL_EDGE: 4,
        }
    )
    first = {a.moat for a in actions if a.do_first}
    assert first == {Moat.DATA_ADVANTAGE, Moat.PRODUCT_DEPTH, Moat.TECHNICAL_EDGE}
    assert_listed_in_order(actions)


def test_while_early_pmf_does_not_hold_its_action_is_done_first_but_not_before_grave_risks() -> (
    None
):
    # early PMF, first to market and velocity all lapse now and the partnerships moat is
    # not assessed: building proof comes first, then the two short moats ("answer the
    # open questions" waits for this year) ...
    actions = plan(
        dict.fromkeys((Moat.EARLY_PMF, Moat.FIRST_TO_MARKET, Moat.SHIPPING_VELOCITY), 0),
        not_assessed=(Moat.GTM_PARTNERSHIPS,),
    )
    first = {a.moat for a in actions if a.do_first}
    assert first == {Moat.EARLY_PMF, Moat.FIRST_TO_MARKET, Moat.SHIPPING_VELOCITY}
    assert by_id(actions)["answer_open_questions"].bucket is Bucket.THIS_YEAR
    # ... but three grave risks on moats that lapse now outrank it
    risks = (
        ("steamroll_exposure", Severity.HIGH),
        ("underestimated_incumbents", Severity.HIGH),
        ("scaling_before_proof", Severity.HIGH),
    )
    months = dict.fromkeys((Moat.EARLY_PMF, Moat.SHIPPING_VELOCITY, Moat.GTM_PARTNERSHIPS), 0) | {
        Moat.CAPITAL_COMPUTE_TALENT: 0
    }
    actions = plan(months, flags=risks)
    first = {a.id for a in actions if a.do_first}
    assert first == {
        "pass_the_steamroll_test",
        "plan_against_incumbent_scale",
        "prove_metrics_before_scaling",
    }
    pmf = by_id(actions)["measure_retention_not_pilots"]
    assert (pmf.bucket, pmf.do_first) == (Bucket.THIS_YEAR, False)
    assert_listed_in_order(actions)
