"""What to build next: the action library (resources/content/actions.toml) and the
selection that turns decay outlooks and raised flags into an ordered roadmap.

A moat that stops holding within 60 months, or scores below ``weak_score``, gets its
own moat actions (at most ``max_per_moat``); every raised flag brings the actions tied
to it.  An action's bucket comes from the month work must start (its moat's lapse
less a build lead time), brought forward for the raised risks it answers; urgency orders
by bucket first, then by how soon, how severe the flag and how weak the moat.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from moatdesk.domain.parameters import (
    ActionParams,
    parse_content,
    read_content_toml,
    require_unique,
)
from moatdesk.domain.results import DECAY_MONTHS, Action, Flag, MoatOutlook, MoatScore
from moatdesk.domain.taxonomy import Bucket, EssaySection, FlagKind, Moat
from moatdesk.domain.text import LocalizedText

_STRICT = ConfigDict(extra="forbid", frozen=True)
ACTIONS_FILE = "actions.toml"
DECAY_REASON = "decay"  # because_of entry for actions picked by decay or weakness
_BUCKETS = (Bucket.NEXT_QUARTER, Bucket.THIS_YEAR, Bucket.ONE_TO_THREE_YEARS)
LAST_MONTH = DECAY_MONTHS[-1]


class ActionTemplate(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+$")
    moat: Moat
    flag: str | None = None  # picked when this flag is raised (else by the moat's decay)
    essay_section: EssaySection
    title: LocalizedText
    detail: LocalizedText


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


def _due_bucket(decay_bucket: Bucket, raised: Sequence[Flag], params: ActionParams) -> Bucket:
    """The earlier of the decay bucket and the due bucket of the risks the action answers."""
    order = list(Bucket)
    due = [
        params.risk_due[f.severity]
        for f in raised
        if f.kind is FlagKind.RISK and f.severity in params.risk_due
    ]
    return min([decay_bucket, *due], key=order.index)


def _urgency(
    bucket: Bucket, month: int | None, score: float, flags: Sequence[Flag], params: ActionParams
) -> float:
    # Whole tiers per bucket keep the buckets in order (validated in ActionParams); inside
    # a tier: how soon the moat stops holding, the severest flag answered, how weak it is.
    tier = (len(Bucket) - 1 - list(Bucket).index(bucket)) * params.bucket_urgency
    months_left = LAST_MONTH + 1 - (LAST_MONTH + 1 if month is None else month)
    soon = months_left / (LAST_MONTH + 1) * params.soon_urgency
    severity = max((params.severity_urgency[f.severity] for f in flags), default=0.0)
    weakness = (100.0 - score) / 100.0 * params.weakness_urgency
    return round(tier + soon + severity + weakness, 2)


def select_actions(
    scores: Sequence[MoatScore],
    outlooks: Sequence[MoatOutlook],
    flags: Sequence[Flag],
    params: ActionParams,
    library: ActionLibrary | None = None,
) -> tuple[Action, ...]:
    """The roadmap's actions, most urgent first (ties by id)."""
    library = library or load_action_library()
    outlook_of = {o.moat: o for o in outlooks}
    score_of = {s.moat: s.score for s in scores}
    coverage_of = {s.moat: s.coverage for s in scores}
    flag_of = {f.id: f for f in flags}
    reasons: dict[str, list[str]] = {}
    for moat in Moat:
        outlook = outlook_of.get(moat)
        if outlook is None or coverage_of[moat] == 0:
            continue  # nothing answered for this moat: nothing to say yet
        needs = outlook.holds_until_month is not None or score_of[moat] < params.weak_score
        if not needs:
            continue
        own = [a for a in library.actions if a.moat is moat and a.flag is None]
        for template in own[: params.max_per_moat]:
            reasons.setdefault(template.id, []).append(DECAY_REASON)
    for template in library.actions:
        if template.flag in flag_of:
            reasons.setdefault(template.id, []).append(template.flag)
    actions = []
    for template in library.actions:
        if template.id not in reasons:
            continue
        month = outlook_of[template.moat].holds_until_month
        raised = [flag_of[r] for r in reasons[template.id] if r in flag_of]
        bucket = _due_bucket(bucket_for(month, params), raised, params)
        actions.append(
            Action(
                id=template.id,
                title=template.title,
                detail=template.detail,
                moat=template.moat,
                bucket=bucket,
                before_month=month,
                urgency=_urgency(bucket, month, score_of[template.moat], raised, params),
                essay_section=template.essay_section,
                because_of=tuple(reasons[template.id]),
            )
        )
    actions.sort(key=lambda a: (-a.urgency, a.id))
    return tuple(actions)
