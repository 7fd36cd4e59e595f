"""Small read-only records the store returns besides the domain models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.domain.taxonomy import AssessmentStatus

if TYPE_CHECKING:  # pydantic: the profiles list must not need it
    from moatdesk.domain.models import Profile


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """One row of the profiles list."""

    id: str
    name: str
    latest_quarter: str | None
    latest_status: AssessmentStatus | None
    review_due: bool  # this calendar quarter has no final assessment yet
    has_draft: bool  # some quarter is still a draft
    updated_at: datetime  # last change to the basics or to any assessment


@dataclass(frozen=True, slots=True)
class QuarterChoice:
    """A quarter a new review can be for (ProfileStore.quarter_choices)."""

    quarter: str
    kind: str  # "next" (started early), "current", "past" (backfilled)
    taken: bool  # the profile already has it: open that one instead


@dataclass(frozen=True, slots=True)
class TrashedProfile:
    id: str
    name: str
    deleted_at: datetime
    purge_after: datetime  # restorable until then


@dataclass(frozen=True, slots=True)
class ImportResult:
    profile: Profile
    created: bool  # False: merged into the existing profile with the same id
    merged_quarters: list[str]  # quarters added (all of them when created)
    # Answers kept for questions a newer question bank has ("2026-Q3: speed.new_id").
    kept_unknown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    size_bytes: int
    kind: str  # "daily" or "pre-migration"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    backup: Path  # the backup now in use
    set_aside: Path | None  # where the database it replaced is kept (None: there was none)
