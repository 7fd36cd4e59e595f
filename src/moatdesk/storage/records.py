"""Small read-only records the store returns besides the domain models.

Named tuples, not dataclasses: this module is on the profiles list's first frame, where
making six frozen, slotted dataclasses (and importing ``dataclasses``) cost ~6-20 ms of a
~50 ms budget (docs/benchmarks.md "Start-up"; tests/ui/test_startup_path.py).  Read-only
and compared field by field as before; ``_replace`` makes a changed copy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from moatdesk.domain.taxonomy import AssessmentStatus

if TYPE_CHECKING:  # pydantic: the profiles list must not need it
    from moatdesk.domain.models import Profile


# One row of the profiles list as SQLite returns it (profiles_repo.rows): a plain tuple,
# so that listing 10,000 profiles makes no object per profile in Python.  The GUI's model
# keeps these; ProfileSummary.from_row makes the record of one when it is asked for.
ProfileRow = tuple[str, str, str | None, str | None, int, int, str]
# id, name, latest quarter (None: none yet), its status ('draft', 'final', None),
# review due (0/1), has a draft (0/1), last edited (UTC ISO 8601 text, connection.to_text)
ROW_ID: Final = 0
ROW_NAME: Final = 1
ROW_QUARTER: Final = 2
ROW_STATUS: Final = 3
ROW_DUE: Final = 4
ROW_DRAFT: Final = 5
ROW_EDITED: Final = 6
# The first five of them, what ``moatdesk list`` shows (profiles_repo.table_rows): the
# same ROW_ indices read both.
TableRow = tuple[str, str, str | None, str | None, int]

_STATUSES: dict[str | None, AssessmentStatus | None] = {s.value: s for s in AssessmentStatus}
_STATUSES[None] = None


class ProfileSummary(NamedTuple):
    """One row of the profiles list."""

    id: str
    name: str
    latest_quarter: str | None
    latest_status: AssessmentStatus | None
    review_due: bool  # this calendar quarter has no final assessment yet
    has_draft: bool  # some quarter is still a draft
    updated_at: datetime  # last change to the basics or to any assessment

    @classmethod
    def from_row(cls, row: ProfileRow) -> ProfileSummary:
        pid, name, quarter, status, due, draft, edited = row
        return cls(
            pid,
            name,
            quarter,
            _STATUSES[status],
            bool(due),
            bool(draft),
            datetime.fromisoformat(edited),
        )

    def as_row(self) -> ProfileRow:
        """The row ``from_row`` reads this from (updated_at in UTC, as the store keeps it)."""
        status = self.latest_status.value if self.latest_status is not None else None
        edited = self.updated_at.astimezone(UTC).isoformat(timespec="microseconds")
        return (
            self.id,
            self.name,
            self.latest_quarter,
            status,
            int(self.review_due),
            int(self.has_draft),
            edited,
        )


class QuarterChoice(NamedTuple):
    """A quarter a new review can be for (ProfileStore.quarter_choices)."""

    quarter: str
    kind: str  # "next" (started early), "current", "past" (backfilled)
    taken: bool  # the profile already has it: open that one instead


class TrashedProfile(NamedTuple):
    id: str
    name: str
    deleted_at: datetime
    purge_after: datetime  # restorable until then


class ImportResult(NamedTuple):
    profile: Profile
    created: bool  # False: merged into the existing profile with the same id
    merged_quarters: list[str]  # quarters added (all of them when created)
    # Answers kept for questions a newer question bank has ("2026-Q3: speed.new_id").
    kept_unknown: tuple[str, ...] = ()


class BackupInfo(NamedTuple):
    path: Path
    created_at: datetime  # UTC
    size_bytes: int
    kind: str  # "daily" or "pre-migration"


class RestoreResult(NamedTuple):
    backup: Path  # the backup now in use
    set_aside: Path | None  # where the database it replaced is kept (None: there was none)
