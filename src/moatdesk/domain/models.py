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

# Of the exchange format; bump with a migration in storage.  2: each assessment carries
# its quarter's basics and whether it was backfilled (version-1 files still import:
# upgrade_exchange below).
SCHEMA_VERSION = 2

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
    """One quarter's answers for one company, with the company basics as they were then.

    ``basics`` is that quarter's stage, team, runway… (the roadmap of an old quarter is
    built from them, never from today's); the profile's own basics are the current ones.
    ``backfilled``: recorded after the quarter had passed.
    """

    model_config = _STRICT

    quarter: Quarter
    basics: CompanyBasics
    backfilled: bool = False
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


def upgrade_exchange(raw: dict) -> dict:
    """A parsed exchange file of an older ``schema_version`` in the current shape.

    Version 1 kept the basics once per profile: each assessment gets the profile's
    basics (the best the file knows) and ``backfilled`` false.  Anything malformed is
    left as it is, for validation to name.  Returns a new dict; ``raw`` is not changed.
    """
    if raw.get("schema_version") != 1:
        return raw
    profile = raw.get("profile")
    if not isinstance(profile, dict) or not isinstance(profile.get("assessments"), list):
        return {**raw, "schema_version": SCHEMA_VERSION}
    assessments = [
        {"basics": profile.get("basics"), **a} if isinstance(a, dict) and "basics" not in a else a
        for a in profile["assessments"]
    ]
    return {
        **raw,
        "schema_version": SCHEMA_VERSION,
        "profile": {**profile, "assessments": assessments},
    }
