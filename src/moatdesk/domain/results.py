"""What the engine computes: scores with their reasons, decay outlooks, flags,
roadmap actions and quarter-to-quarter comparisons.  Display layers only read these.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

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
    score: float = Field(ge=0.0, le=100.0)  # unanswered feeding questions count as neutral
    coverage: float = Field(ge=0.0, le=1.0)  # share of feeding questions answered
    assessed: bool  # False: too few feeding questions answered to say ("not assessed")
    unanswered: tuple[str, ...]  # its scored feeding questions left unanswered, bank order
    contributions: tuple[Contribution, ...]  # largest |points| first


class DecayPoint(BaseModel):
    model_config = _FROZEN

    month: int
    strength: float = Field(ge=0.0, le=100.0)


OutlookStatus = Literal["not_assessed", "not_holding", "stops", "holds_past"]


class MoatOutlook(BaseModel):
    """A moat's decay on the calendar, starting at the assessment's quarter."""

    model_config = _FROZEN

    moat: Moat
    horizon: Horizon
    points: tuple[DecayPoint, ...]  # at DECAY_MONTHS
    holds_until_month: int | None  # first month below the threshold; None: holds past 60
    accelerated_by: tuple[str, ...]  # risk flag ids that speed the decay
    slowed_by: tuple[str, ...]  # compounding mechanism ids that slow or reverse it
    assessed: bool  # False: too few answers; no stop quarter is claimed
    # "not_assessed"; "not_holding" (below the line already in the assessment's quarter);
    # "stops" (stop_quarter set); "holds_past" (holds beyond horizon_end)
    status: OutlookStatus
    # The calendar quarter the moat stops holding ("2027-Q3"); for "not_holding" the
    # assessment's own quarter; None when it holds past horizon_end or is not assessed.
    stop_quarter: str | None
    horizon_end: str  # the last quarter the projection covers (start + 60 months)
    growing: bool = False  # a compounding mechanism grows it toward the cap

    @property
    def holds_now(self) -> bool:
        return self.status in ("stops", "holds_past")


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
    # CompanyBasics fields that pushed it (e.g. "runway_months"), beside the answers
    triggered_by_basics: tuple[str, ...] = ()


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
    because_of: tuple[str, ...]  # flag ids, "decay" or "coverage"
    do_first: bool  # one of the (at most three) things to do first, next quarter
    stop_quarter: str | None  # its moat's stop quarter (None: holds past / unknown)
    moat_status: OutlookStatus = "stops"  # its moat's outlook status, for "why now"
    # The founder's own free text this action builds on, verbatim (displays escape it)
    quotes: tuple[str, ...]
    quoted_questions: tuple[str, ...] = ()  # the text questions quoted, same order
    # Why it waits (section 7 sequencing): "proof_first" while early PMF does not hold
    deferred_by: str | None = None


class HoldSummary(BaseModel):
    """ "7 of 9 hold, 1 not assessed": counts over the nine moats, now."""

    model_config = _FROZEN

    total: int
    holding: int  # assessed and at or above the line in the assessment's quarter
    not_holding: int  # assessed and already below the line
    not_assessed: int


class Roadmap(BaseModel):
    model_config = _FROZEN

    bank_version: str
    holds_threshold: float
    quarter: Quarter  # the assessment's quarter; every projection starts there
    unanswered: tuple[str, ...]  # scored question ids left unanswered, bank order
    scores: tuple[MoatScore, ...]  # in Moat order
    outlooks: tuple[MoatOutlook, ...]  # in Moat order
    flags: tuple[Flag, ...]  # risks then opportunities, by severity
    actions: tuple[Action, ...]  # by urgency; the do-first ones lead

    @computed_field  # type: ignore[prop-decorator]
    @property
    def summary(self) -> HoldSummary:
        """ "7 of 9 hold, 1 not assessed" - the one count every surface shows."""
        return HoldSummary(
            total=len(self.outlooks),
            holding=sum(o.holds_now for o in self.outlooks),
            not_holding=sum(o.status == "not_holding" for o in self.outlooks),
            not_assessed=sum(o.status == "not_assessed" for o in self.outlooks),
        )

    @property
    def do_first(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.do_first)


Trend = Literal["up", "down", "flat"]


class MoatDelta(BaseModel):
    model_config = _FROZEN

    moat: Moat
    before: float
    after: float
    moved: bool = False  # |delta| reaches the model's moved threshold (domain.compare)
    trend: Trend = "flat"  # "flat" unless moved

    @property
    def delta(self) -> float:
        return self.after - self.before


ShiftDirection = Literal["later", "earlier", "same", "not_comparable"]


class StopShift(BaseModel):
    """How a moat's stop quarter moved between two reviews.

    Positive ``quarters_moved`` = later = the company outran the decay.  None when
    either side has no stop quarter (holds past its horizon, or not assessed); then
    ``direction`` still says which way it went ("later" for stops -> holds past).
    """

    model_config = _FROZEN

    moat: Moat
    before: str | None
    after: str | None
    before_status: OutlookStatus
    after_status: OutlookStatus
    quarters_moved: int | None
    direction: ShiftDirection


class AnswerChange(BaseModel):
    model_config = _FROZEN

    question_id: str
    before: AnswerValue | None
    after: AnswerValue | None


class BasicsChange(BaseModel):
    """A company basic that changed between two reviews (stage, team, runway...)."""

    model_config = _FROZEN

    basic: str  # the CompanyBasics field
    before: str | int
    after: str | int


class Comparison(BaseModel):
    model_config = _FROZEN

    from_quarter: Quarter
    to_quarter: Quarter
    bank_versions: tuple[str, str]
    moat_deltas: tuple[MoatDelta, ...]
    answer_changes: tuple[AnswerChange, ...]
    flags_appeared: tuple[str, ...]
    flags_cleared: tuple[str, ...]
    stop_shifts: tuple[StopShift, ...] = ()  # in Moat order
    basics_changes: tuple[BasicsChange, ...] = ()  # in CompanyBasics field order

    @property
    def bank_versions_differ(self) -> bool:
        return self.bank_versions[0] != self.bank_versions[1]

    @property
    def moved_moats(self) -> tuple[MoatDelta, ...]:
        """The moats whose score moved (the domain's rule), largest change first."""
        return tuple(sorted((d for d in self.moat_deltas if d.moved), key=lambda d: -abs(d.delta)))
