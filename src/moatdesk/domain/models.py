"""What a founder enters: the company basics, answers, quarterly assessments, profiles.

These models are also the profile exchange format (``ProfileExchange``) and are
validated on the way into and out of the store.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from moatdesk.domain.quarters import QUARTER_PATTERN
from moatdesk.domain.taxonomy import AssessmentStatus, Confidence, Sector, StackPosition, Stage
from moatdesk.domain.text import StorableText
from moatdesk.domain.textrules import MAX_NAME_CHARS, MAX_NOTE_CHARS

# Strict shape for everything that crosses a file boundary: unknown fields, NaN
# and Infinity are errors, not silently dropped or stored.
_STRICT = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

Quarter = Annotated[str, StringConstraints(pattern=QUARTER_PATTERN)]  # "2026-Q4"

SCHEMA_VERSION = 1  # of the exchange format; bump with a migration in storage

AnswerValue = bool | int | float | str  # by question kind: yes_no, scale, number, choice/text


class CompanyBasics(BaseModel):
    model_config = _STRICT

    name: StorableText = Field(min_length=1, max_length=MAX_NAME_CHARS)
    sector: Sector
    stage: Stage
    stack_position: StackPosition
    team_size: int = Field(ge=1, le=1_000_000)
    runway_months: int = Field(ge=0, le=600)


class Answer(BaseModel):
    model_config = _STRICT

    value: AnswerValue | None = None  # None: not answered yet (a note may still exist)
    note: StorableText = Field(default="", max_length=MAX_NOTE_CHARS)  # evidence
    confidence: Confidence | None = None
    private: bool = False  # the founder keeps it out of the investor view of the PDF


class Assessment(BaseModel):
    """One quarter's answers for one company."""

    model_config = _STRICT

    quarter: Quarter
    bank_version: str
    status: AssessmentStatus = AssessmentStatus.DRAFT
    amended: bool = False  # reopened after it was finalised
    answers: dict[str, Answer] = Field(default_factory=dict)
    created_at: datetime
    updated_at: datetime
    finalised_at: datetime | None = None


class Profile(BaseModel):
    """One company: its basics and its quarterly history (oldest first)."""

    model_config = _STRICT

    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    basics: CompanyBasics
    created_at: datetime
    updated_at: datetime
    assessments: list[Assessment] = Field(default_factory=list)


class ProfileExchange(BaseModel):
    """The JSON file a profile is exported to and imported from."""

    model_config = _STRICT

    schema_version: int = Field(ge=1)
    app_version: str
    exported_at: datetime
    profile: Profile
