"""What to build next: the action library (resources/content/actions.toml) and the
selection that turns coverage, decay outlooks and raised flags into a roadmap.

Candidates: one "answer the open questions" action when a moat is not assessed; a
moat that stops holding within 60 months, or scores below ``weak_score``, gets its own
moat actions (at most ``max_per_moat``); every raised flag brings the actions tied to
it.  An action appears once, with every reason it was picked (``because_of``).

Timing: an action's bucket comes from the month work must start (its moat's lapse less
a build lead time), brought forward for the raised risks it answers.  Section 7 orders
the horizons: while short-term proof (``proof_moats``, early deployment and PMF) does
not hold, medium- and long-horizon build actions wait (``build_waits_until``) unless
they answer a raised risk.  Of the next-quarter actions at most ``do_first`` are marked
"do first": those relieving the earliest stop months or answering the gravest risks,
one per moat; next quarter then holds only those, the other due ones follow this
year.  Actions tied to the founder's free text quote it back verbatim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from moatdesk.domain.models import Answer
from moatdesk.domain.parameters import (
    ActionParams,
    parse_content,
    read_content_toml,
    require_unique,
)
from moatdesk.domain.results import (
    DECAY_MONTHS,
    Action,
    Flag,
    MoatOutlook,
    MoatScore,
)
from moatdesk.domain.taxonomy import (
    HOME_HORIZON,
    Bucket,
    EssaySection,
    FlagKind,
    Horizon,
    Moat,
    Severity,
)
from moatdesk.domain.text import LocalizedText

_STRICT = ConfigDict(extra="forbid", frozen=True)
ACTIONS_FILE = "actions.toml"
DECAY_REASON = "decay"  # because_of entry for actions picked by decay or weakness
COVERAGE_REASON = "coverage"  # because_of entry for "answer the open questions"
PROOF_FIRST = "proof_first"  # deferred_by: waits until short-term proof holds (section 7)
_BUCKETS = (Bucket.NEXT_QUARTER, Bucket.THIS_YEAR, Bucket.ONE_TO_THREE_YEARS)
_ORDER = list(Bucket)
LAST_MONTH = DECAY_MONTHS[-1]


class ActionTemplate(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+$")
    moat: Moat | None = None  # None only for the coverage action (its moat is chosen)
    flag: str | None = None  # picked when this flag is raised (else by the moat's decay)
    coverage: bool = False  # picked when a moat is not assessed: answer its questions
    quotes: tuple[str, ...] = ()  # free-text question ids whose answers it quotes back
    essay_section: EssaySection
    title: LocalizedText
    detail: LocalizedText

    @model_validator(mode="after")
    def _moat_unless_coverage(self) -> ActionTemplate:
        if self.coverage == (self.moat is not None):
            raise ValueError(f"{self.id}: a coverage action has no moat; every other one has")
        if self.coverage and self.flag is not None:
            raise ValueError(f"{self.id}: a coverage action is not tied to a flag")
        return self


class ActionLibrary(BaseModel):
    model_config = _STRICT

    actions: tuple[ActionTemplate, ...]

    @model_validator(mode="after")
    def _unique(self) -> ActionLibrary:
        require_unique((a.id for a in self.actions), "action")
        return self


def parse_action_library(data: dict[str, Any], name: str = ACTIONS_FILE) -> ActionLibrary:
    return parse_content(ActionLibrary, data, name)


@cache
def load_action_library() -> ActionLibrary:
    """The packaged action library (read once per process)."""
    return parse_action_library(read_content_toml(ACTIONS_FILE))


def bucket_for(month: int | None, params: ActionParams) -> Bucket:
    """Horizon bucket from the month a moat stops holding (None: it holds past 60).

    Work must start ``lead_months`` before the moat lapses, so that start month picks
    the bucket.
    """
    if month is not None:
        start_by = max(0, month - params.lead_months)
        for bucket, upper in zip(_BUCKETS, params.bucket_months, strict=True):
            if start_by <= upper:
                return bucket
    return Bucket.THREE_PLUS_YEARS


def _risks(raised: Sequence[Flag]) -> list[Flag]:
    return [f for f in raised if f.kind is FlagKind.RISK]


def _due_bucket(decay_bucket: Bucket, raised: Sequence[Flag], params: ActionParams) -> Bucket:
    """The earlier of the decay bucket and the due buckets of the flags the action answers
    (a risk exists today; an opening does not stay open)."""
    due = [
        table[f.severity]
        for f in raised
        for table in (params.risk_due if f.kind is FlagKind.RISK else params.opportunity_due,)
        if f.severity in table
    ]
    return min([decay_bucket, *due], key=_ORDER.index)


def _urgency(
    bucket: Bucket, month: int | None, score: float, flags: Sequence[Flag], params: ActionParams
) -> float:
    # Whole tiers per bucket keep the buckets in order (validated in ActionParams); inside
    # a tier: how soon the moat stops holding, the severest flag answered, how weak it is.
    tier = (len(Bucket) - 1 - _ORDER.index(bucket)) * params.bucket_urgency
    months_left = LAST_MONTH + 1 - (LAST_MONTH + 1 if month is None else month)
    soon = months_left / (LAST_MONTH + 1) * params.soon_urgency
    severity = max((params.severity_urgency[f.severity] for f in flags), default=0.0)
    weakness = (100.0 - score) / 100.0 * params.weakness_urgency
    return round(tier + soon + severity + weakness, 2)


def proof_holds(outlooks: Sequence[MoatOutlook], params: ActionParams) -> bool:
    """Section 7's gate: does short-term proof (early deployment and PMF) hold now?

    A proof moat that is not assessed has not proven anything yet either.
    """
    return all(o.holds_now for o in outlooks if o.moat in params.proof_moats)


def _waits_for_proof(moat: Moat, raised: Sequence[Flag], proof: bool, params: ActionParams) -> bool:
    """A medium/long build action waits while proof does not hold, unless a raised risk
    that is due now (``risk_due``: medium or high) names it - such a risk exists today,
    whatever the horizon; a low-severity one follows its moat's timing like the rest."""
    due_now = [f for f in _risks(raised) if f.severity in params.risk_due]
    return not proof and HOME_HORIZON[moat] is not Horizon.SHORT and not due_now


def _relief_month(
    moat: Moat, raised: Sequence[Flag], outlook_of: Mapping[Moat, MoatOutlook]
) -> int | None:
    """The earliest stop month among the moats an action protects: its own, and every
    moat whose decay the risks it answers speed up (None: none of them stops)."""
    moats = {moat, *(m for f in _risks(raised) for m in f.affects)}
    months = [
        o.holds_until_month
        for m in moats
        if (o := outlook_of.get(m)) is not None and o.assessed and o.holds_until_month is not None
    ]
    return min(months, default=None)


def _do_first_priority(
    action: Action,
    raised: Sequence[Flag],
    outlook_of: Mapping[Moat, MoatOutlook],
    params: ActionParams,
    proof: bool,
) -> float:
    """How much doing this first matters: how soon the moats it protects stop holding,
    plus the severity of the gravest risk it answers, plus - while short-term proof does
    not hold - a bonus for building that proof (weights in model.toml)."""
    if COVERAGE_REASON in action.because_of:
        return params.coverage_priority
    month = _relief_month(action.moat, raised, outlook_of)
    soon = 0.0 if month is None else (LAST_MONTH + 1 - month) / (LAST_MONTH + 1)
    gravity = max((params.do_first_severity[f.severity] for f in _risks(raised)), default=0.0)
    building_proof = not proof and action.moat in params.proof_moats
    return soon * params.do_first_soon + gravity + building_proof * params.proof_priority


def _quotes(template: ActionTemplate, answers: Mapping[str, Answer]) -> list[tuple[str, str]]:
    """(question id, the founder's text) this action quotes, verbatim; blank ones skipped."""
    quoted = []
    for qid in template.quotes:
        answer = answers.get(qid)
        value = answer.value if answer is not None else None
        if isinstance(value, str) and value.strip():
            quoted.append((qid, value))
    return quoted


def select_actions(
    scores: Sequence[MoatScore],
    outlooks: Sequence[MoatOutlook],
    flags: Sequence[Flag],
    params: ActionParams,
    library: ActionLibrary | None = None,
    answers: Mapping[str, Answer] | None = None,
) -> tuple[Action, ...]:
    """The roadmap's actions: the do-first ones, then the rest most urgent first."""
    library = library or load_action_library()
    answers = answers or {}
    outlook_of = {o.moat: o for o in outlooks}
    score_of = {s.moat: s for s in scores}
    flag_of = {f.id: f for f in flags}
    proof = proof_holds(outlooks, params)
    reasons: dict[str, list[str]] = {}
    not_assessed = [m for m in Moat if m in score_of and not score_of[m].assessed]
    # a moat already answered by a raised risk's action needs no separate decay action:
    # answering the risk is what protects it (one action per concern keeps it short)
    risk_served = {
        a.moat
        for a in library.actions
        if a.flag in flag_of and flag_of[a.flag].kind is FlagKind.RISK
    }
    for moat in Moat:
        outlook = outlook_of.get(moat)
        if outlook is None or moat not in score_of or not score_of[moat].assessed:
            continue  # not assessed: the coverage action speaks for it
        if moat in risk_served:
            continue
        needs = outlook.holds_until_month is not None or score_of[moat].score < params.weak_score
        if not needs:
            continue
        own = [a for a in library.actions if a.moat is moat and a.flag is None]
        for template in own[: params.max_per_moat]:
            reasons.setdefault(template.id, []).append(DECAY_REASON)
    for template in library.actions:
        if template.flag in flag_of:
            reasons.setdefault(template.id, []).append(template.flag)
        if template.coverage and not_assessed:
            reasons.setdefault(template.id, []).append(COVERAGE_REASON)
    _drop_low_duplicates(reasons, library, flag_of)
    candidates: list[tuple[Action, list[Flag]]] = []
    for template in library.actions:
        if template.id not in reasons:
            continue
        moat = template.moat if template.moat is not None else not_assessed[0]
        outlook = outlook_of[moat]
        month = outlook.holds_until_month if outlook.assessed else None
        raised = [flag_of[r] for r in reasons[template.id] if r in flag_of]
        if template.coverage:
            bucket = Bucket.NEXT_QUARTER  # answering takes one review, and nothing is known
        else:
            bucket = _due_bucket(bucket_for(month, params), raised, params)
        deferred = None
        if not template.coverage and _waits_for_proof(moat, raised, proof, params):
            waits = max(bucket, params.build_waits_until, key=_ORDER.index)
            if waits is not bucket:
                bucket, deferred = waits, PROOF_FIRST
        quoted = _quotes(template, answers)
        action = Action(
            id=template.id,
            title=template.title,
            detail=template.detail,
            moat=moat,
            bucket=bucket,
            before_month=month,
            urgency=_urgency(bucket, month, score_of[moat].score, raised, params),
            essay_section=template.essay_section,
            because_of=tuple(reasons[template.id]),
            do_first=False,
            stop_quarter=outlook.stop_quarter,
            moat_status=outlook.status,
            quotes=tuple(text for _, text in quoted),
            quoted_questions=tuple(qid for qid, _ in quoted),
            deferred_by=deferred,
        )
        candidates.append((action, raised))
    first = _choose_do_first(candidates, outlook_of, params, proof)
    actions = [
        _start_now(a, params) if a.id in first else _after_the_first(a, params)
        for a, _ in candidates
    ]
    actions.sort(key=lambda a: (not a.do_first, -a.urgency, a.id))
    return _quote_once(actions)


def _drop_low_duplicates(
    reasons: dict[str, list[str]], library: ActionLibrary, flag_of: Mapping[str, Flag]
) -> None:
    """An action picked only by low-severity flags is left out when its moat already has
    another action: the flag is still listed and still speeds the decay, but one action
    per moat carries a mild concern (this keeps the median roadmap near ten actions)."""

    def low_only(template_id: str) -> bool:
        why = reasons[template_id]
        return all(r in flag_of and flag_of[r].severity is Severity.LOW for r in why)

    chosen = [t for t in library.actions if t.id in reasons]
    covered = {t.moat for t in chosen if not low_only(t.id)}
    for template in chosen:
        if low_only(template.id):
            if template.moat in covered:
                del reasons[template.id]
            else:
                covered.add(template.moat)


def _quote_once(actions: Sequence[Action]) -> tuple[Action, ...]:
    """Each written answer quoted by the first listed action that can quote it only."""
    used: set[str] = set()
    kept = []
    for action in actions:
        pairs = [
            (q, t)
            for q, t in zip(action.quoted_questions, action.quotes, strict=True)
            if q not in used
        ]
        used.update(q for q, _ in pairs)
        if len(pairs) != len(action.quotes):
            action = action.model_copy(
                update={
                    "quotes": tuple(t for _, t in pairs),
                    "quoted_questions": tuple(q for q, _ in pairs),
                }
            )
        kept.append(action)
    return tuple(kept)


def _after_the_first(action: Action, params: ActionParams) -> Action:
    """Next quarter holds the do-first actions only; the other actions due now follow in
    "this year" (issue 12: at most three for next quarter, the rest in later buckets)."""
    if action.bucket is not Bucket.NEXT_QUARTER:
        return action
    return action.model_copy(
        update={
            "bucket": Bucket.THIS_YEAR,
            "urgency": round(action.urgency - params.bucket_urgency, 2),
        }
    )


def _start_now(action: Action, params: ActionParams) -> Action:
    """The action marked "do first": next quarter, its urgency in that tier."""
    urgency = action.urgency
    if action.bucket is not Bucket.NEXT_QUARTER:
        tiers = _ORDER.index(action.bucket) - _ORDER.index(Bucket.NEXT_QUARTER)
        urgency = round(urgency + tiers * params.bucket_urgency, 2)
    return action.model_copy(
        update={"do_first": True, "bucket": Bucket.NEXT_QUARTER, "urgency": urgency}
    )


def _choose_do_first(
    candidates: Sequence[tuple[Action, list[Flag]]],
    outlook_of: Mapping[Moat, MoatOutlook],
    params: ActionParams,
    proof: bool,
) -> set[str]:
    """Ids of at most ``params.do_first`` next-quarter actions, one per moat, highest
    do-first priority first (ties: urgency, then id)."""
    chosen: set[str] = set()
    moats: set[Moat] = set()
    # Next quarter's actions first; when they are fewer than do_first, this year's most
    # pressing ones start early (starting before the lead time is never too soon).
    for bucket in (Bucket.NEXT_QUARTER, Bucket.THIS_YEAR):
        ranked = sorted(
            (
                (-_do_first_priority(a, raised, outlook_of, params, proof), -a.urgency, a.id, a)
                for a, raised in candidates
                if a.bucket is bucket
                # brought forward only what section 7 lets start now
                and (
                    bucket is Bucket.NEXT_QUARTER
                    or not _waits_for_proof(a.moat, raised, proof, params)
                )
            ),
            key=lambda item: item[:3],
        )
        for *_, action in ranked:
            if len(chosen) == params.do_first:
                return chosen
            if action.moat in moats:
                continue
            chosen.add(action.id)
            moats.add(action.moat)
    return chosen
