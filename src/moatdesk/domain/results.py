"""What the engine computes: scores with their reasons, decay outlooks, flags,
roadmap actions and quarter-to-quarter comparisons.  Display layers only read these.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from moatdesk.domain.models import AnswerValue, Quarter
from moatdesk.domain.taxonomy import Bucket, EssaySection, FlagKind, Horizon, Moat, Severity
from moatdesk.domain.text import LocalizedText

_FROZEN = ConfigDict(extra="forbid", frozen=True)

DECAY_MONTHS: tuple[int, ...] = (0, 6, 12, 24, 36, 60)


class Contribution(BaseModel):
    """One answer's share in a moat's score: why the score is what it is."""

    model_config = _FROZEN

    question_id: str
    level: float = Field(ge=0.0, le=1.0)  # the answer normalised to 0..1
    weight: float  # from the bank; negative means the answer is an exposure
    points: float  # signed effect on the 0-100 score relative to a neutral answer
    essay_section: EssaySection


class MoatScore(BaseModel):
    model_config = _FROZEN

    moat: Moat
    score: float = Field(ge=0.0, le=100.0)
    coverage: float = Field(ge=0.0, le=1.0)  # share of feeding questions answered
    contributions: tuple[Contribution, ...]  # largest |points| first


class DecayPoint(BaseModel):
    model_config = _FROZEN

    month: int
    strength: float = Field(ge=0.0, le=100.0)


class MoatOutlook(BaseModel):
    model_config = _FROZEN

    moat: Moat
    horizon: Horizon
    points: tuple[DecayPoint, ...]  # at DECAY_MONTHS
    holds_until_month: int | None  # first month below the threshold; None: holds past 60
    accelerated_by: tuple[str, ...]  # risk flag ids that speed the decay
    slowed_by: tuple[str, ...]  # compounding mechanism ids that slow or reverse it


class Flag(BaseModel):
    model_config = _FROZEN

    id: str
    kind: FlagKind
    severity: Severity
    title: LocalizedText
    explanation: LocalizedText
    triggered_by: tuple[str, ...]  # question ids
    essay_section: EssaySection
    affects: tuple[Moat, ...]


class Action(BaseModel):
    model_config = _FROZEN

    id: str
    title: LocalizedText  # what to build
    detail: LocalizedText
    moat: Moat  # the moat it protects or builds
    bucket: Bucket
    before_month: int | None  # the month that moat stops holding, if it does
    urgency: float  # higher first; actions are listed in this order
    essay_section: EssaySection
    because_of: tuple[str, ...]  # flag ids or "decay"


class Roadmap(BaseModel):
    model_config = _FROZEN

    bank_version: str
    holds_threshold: float
    scores: tuple[MoatScore, ...]  # in Moat order
    outlooks: tuple[MoatOutlook, ...]  # in Moat order
    flags: tuple[Flag, ...]  # risks then opportunities, by severity
    actions: tuple[Action, ...]  # by urgency


class MoatDelta(BaseModel):
    model_config = _FROZEN

    moat: Moat
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


class AnswerChange(BaseModel):
    model_config = _FROZEN

    question_id: str
    before: AnswerValue | None
    after: AnswerValue | None


class Comparison(BaseModel):
    model_config = _FROZEN

    from_quarter: Quarter
    to_quarter: Quarter
    bank_versions: tuple[str, str]
    moat_deltas: tuple[MoatDelta, ...]
    answer_changes: tuple[AnswerChange, ...]
    flags_appeared: tuple[str, ...]
    flags_cleared: tuple[str, ...]

    @property
    def bank_versions_differ(self) -> bool:
        return self.bank_versions[0] != self.bank_versions[1]
