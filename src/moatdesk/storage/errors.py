"""Every failure of the profile store that a founder may see, each naming its real cause.

All are StoreError, a MoatDeskError, so the CLI prints them and the UI shows them
in a dialog without a traceback.
"""

from __future__ import annotations

from moatdesk.domain.errors import MoatDeskError


class StoreError(MoatDeskError):
    """Something the profile store could not do."""


class CorruptDatabaseError(StoreError):
    """The database file is damaged; it is left byte-identical so a backup can be restored."""


class NewerSchemaError(StoreError):
    """The database (or an import) was written by a newer MoatDesk; it is left untouched."""


class StoreLockedError(StoreError):
    """Another MoatDesk process kept the database busy for longer than we wait."""


class DiskWriteError(StoreError):
    """The disk refused a write: read-only folder, full disk, missing permission."""


class ProfileNotFoundError(StoreError):
    """No profile with that id or exact name (trashed profiles are not found here)."""


class AssessmentNotFoundError(StoreError):
    """The profile has no assessment for that quarter."""


class NameTakenError(StoreError):
    """Another profile already has that name; names identify profiles in the CLI."""


class InvalidInputError(StoreError):
    """A value handed to the store cannot be stored verbatim (e.g. a lone surrogate)."""


class AssessmentStateError(StoreError):
    """The operation does not fit the assessment's status (e.g. editing a final one)."""


class ImportRejectedError(StoreError):
    """An exchange file was refused; the store is unchanged."""


class NoBackupError(StoreError):
    """There is no usable backup to restore from."""
