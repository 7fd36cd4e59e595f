"""The engine's tunable numbers, loaded from resources/content/model.toml.

Scoring, decay, compounding mechanisms and action selection read their parameters
from here, so the model can be tuned by editing one data file (each value there
carries a comment on why it has that value).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from moatdesk.domain.content import ContentError
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.taxonomy import (
    HOME_HORIZON,
    Bucket,
    Confidence,
    EssaySection,
    Horizon,
    Moat,
    Severity,
    StackPosition,
    Stage,
)
from moatdesk.domain.text import LocalizedText

_STRICT = ConfigDict(extra="forbid", frozen=True)


def read_content_toml(name: str) -> dict[str, Any]:
    """Parse resources/content/<name>; a clear error naming the file if it is broken."""
    resource = files("moatdesk.resources").joinpath("content", name)
    try:
        return tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "cannot read resources/content/{name}: {detail}"),
            name=name,
            detail=exc,
        ) from None


def invalid_content(name: str, exc: ValidationError) -> ContentError:
    """A short, readable summary of what is wrong in a content file."""
    first = exc.errors()[0]
    return ContentError(
        QT_TRANSLATE_NOOP("Errors", "resources/content/{name} is invalid at {where}: {detail}"),
        name=name,
        where=".".join(str(p) for p in first["loc"]),
        detail=first["msg"],
    )


Parsed = TypeVar("Parsed", bound=BaseModel)


def parse_content(model: type[Parsed], data: dict[str, Any], name: str) -> Parsed:
    """Validate a parsed engine file; ContentError naming the file and the field if wrong."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid_content(name, exc) from None


def require_unique(ids: Iterable[str], what: str) -> None:
    """ValueError listing the repeated ids (used by the engine files' validators)."""
    listed = list(ids)
    repeated = sorted({i for i in listed if listed.count(i) > 1})
    if repeated:
        raise ValueError(f"duplicate {what} ids: {repeated}")


class Mechanism(BaseModel):
    """A compounding mechanism: something that slows a moat's decay or grows it."""

    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+$")
    label: LocalizedText
    essay_section: EssaySection
    # its strength combines the levels of those answered ("basics.<field>" for a basic)
    questions: tuple[str, ...]
    combine: Literal["mean", "min"] = "mean"  # min: every one must be strong (a conjunction)
    stack_positions: tuple[StackPosition, ...] = ()  # basics that imply the mechanism
    stack_position_level: float = Field(default=0.0, ge=0.0, le=1.0)
    slows: tuple[Moat, ...]
    slow_factor: float = Field(gt=0.0, le=1.0)
    grows: tuple[Moat, ...] = ()

    @model_validator(mode="after")
    def _grows_long_moats(self) -> Mechanism:
        for moat in self.grows:
            if HOME_HORIZON[moat] is not Horizon.LONG or moat not in self.slows:
                raise ValueError(f"{self.id}: only a long-horizon moat it slows can grow ({moat})")
        return self


class ScoringParams(BaseModel):
    model_config = _STRICT

    confidence_damping: dict[Confidence, float]  # share of an answer's pull that counts
    min_coverage: float = Field(gt=0.0, le=1.0)  # below this share answered: not assessed

    @model_validator(mode="after")
    def _all_levels(self) -> ScoringParams:
        if set(self.confidence_damping) != set(Confidence):
            raise ValueError("confidence_damping needs low, medium and high")
        if not all(0 < v <= 1 for v in self.confidence_damping.values()):
            raise ValueError("confidence_damping values are in (0, 1]")
        return self


class DecayParams(BaseModel):
    model_config = _STRICT

    half_life_months: dict[Horizon, float]
    risk_acceleration: dict[Severity, float]
    activation_threshold: float = Field(ge=0.0, le=1.0)
    growth_threshold: float = Field(ge=0.0, le=1.0)
    growth_rate_per_month: float = Field(gt=0.0)
    growth_cap: float = Field(gt=0.0, le=100.0)
    growth_min_score: float = Field(ge=0.0, le=100.0)  # growth compounds only an edge
    min_rate_factor: float = Field(gt=0.0, le=1.0)
    max_risk_factor: float = Field(ge=1.0)  # raised risks together speed decay at most this

    @model_validator(mode="after")
    def _complete(self) -> DecayParams:
        if set(self.half_life_months) != set(Horizon):
            raise ValueError("half_life_months needs short, medium and long")
        if any(v <= 0 for v in self.half_life_months.values()):
            raise ValueError("half lives are positive")
        if set(self.risk_acceleration) != set(Severity):
            raise ValueError("risk_acceleration needs low, medium and high")
        if any(v < 0 for v in self.risk_acceleration.values()):
            raise ValueError("risk_acceleration values are >= 0 (risks never slow decay)")
        return self


class ActionParams(BaseModel):
    model_config = _STRICT

    weak_score: float = Field(ge=0.0, le=100.0)
    max_per_moat: int = Field(ge=1)
    bucket_months: tuple[int, int, int]  # upper month of next quarter, this year, 1-3 years
    lead_months: int = Field(ge=0, le=36)  # start building this long before a moat lapses
    risk_due: dict[Severity, Bucket]  # latest bucket for actions answering a raised risk
    opportunity_due: dict[Severity, Bucket]  # ... and a raised opportunity
    bucket_urgency: float = Field(gt=0.0)  # urgency between adjacent buckets
    soon_urgency: float = Field(ge=0.0)  # at most, for a moat that stops holding now
    severity_urgency: dict[Severity, float]
    weakness_urgency: float = Field(ge=0.0)  # at most, for a moat scoring 0
    do_first: int = Field(ge=1, le=3)  # at most this many "do first" actions
    do_first_soon: float = Field(ge=0.0)  # priority for a protected moat lapsing now
    do_first_severity: dict[Severity, float]  # priority for the gravest risk answered
    coverage_priority: float = Field(ge=0.0)  # priority of "answer the open questions"
    proof_priority: float = Field(ge=0.0)  # added for a proof-moat action while proof fails
    proof_moats: tuple[Moat, ...]  # short-term proof: while one does not hold, build waits
    build_waits_until: Bucket  # where a waiting medium/long build action goes

    @model_validator(mode="after")
    def _buckets_never_interleave(self) -> ActionParams:
        if set(self.severity_urgency) != set(Severity):
            raise ValueError("severity_urgency needs low, medium and high")
        if set(self.do_first_severity) != set(Severity):
            raise ValueError("do_first_severity needs low, medium and high")
        if not 0 < self.bucket_months[0] < self.bucket_months[1] < self.bucket_months[2]:
            raise ValueError("bucket_months must rise")
        within = self.soon_urgency + max(self.severity_urgency.values()) + self.weakness_urgency
        if within >= self.bucket_urgency:
            raise ValueError("soon + severity + weakness urgency must stay below bucket_urgency")
        return self


class BasicsParams(BaseModel):
    """How company basics become levels 0..1 ("basics.<field>") for mechanisms and flags."""

    model_config = _STRICT

    runway_full_at_months: float = Field(gt=0.0)  # runway giving level 1 (0 months: 0)
    stage_levels: dict[Stage, float]
    team_size_full_at: int = Field(gt=1)  # team giving level 1, log scale from 1 person

    @model_validator(mode="after")
    def _every_stage(self) -> BasicsParams:
        if set(self.stage_levels) != set(Stage):
            raise ValueError("stage_levels needs every stage")
        if not all(0 <= v <= 1 for v in self.stage_levels.values()):
            raise ValueError("stage_levels are 0..1")
        return self


class CompareParams(BaseModel):
    model_config = _STRICT

    moved_points: float = Field(gt=0.0)  # a score change at least this big "moved"


class ModelParams(BaseModel):
    model_config = _STRICT

    version: str
    holds_threshold: float = Field(gt=0.0, lt=100.0)
    scoring: ScoringParams
    decay: DecayParams
    actions: ActionParams
    basics: BasicsParams
    compare: CompareParams
    mechanisms: tuple[Mechanism, ...]

    @model_validator(mode="after")
    def _consistent(self) -> ModelParams:
        require_unique((m.id for m in self.mechanisms), "mechanism")
        if self.decay.growth_cap < self.holds_threshold:
            raise ValueError("growth_cap must be at least holds_threshold")
        if self.decay.growth_min_score < self.holds_threshold:
            raise ValueError("growth_min_score must be at least holds_threshold")
        return self

    def mechanism(self, mechanism_id: str) -> Mechanism:
        for mechanism in self.mechanisms:
            if mechanism.id == mechanism_id:
                return mechanism
        raise KeyError(mechanism_id)


MODEL_FILE = "model.toml"


def parse_model(data: dict[str, Any], name: str = MODEL_FILE) -> ModelParams:
    return parse_content(ModelParams, data, name)


@cache
def load_model() -> ModelParams:
    """The packaged model parameters (read once per process)."""
    return parse_model(read_content_toml(MODEL_FILE))
