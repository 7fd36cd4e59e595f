"""Every failure of the profile store that a founder may see, each naming its real cause.

All are MoatDeskErrors, so the CLI prints them and the UI shows them in a dialog
without a traceback.  StoreError is what only the store can raise; DiskWriteError
(a refused write) is shared with every layer that writes files (moatdesk.files).
"""

from __future__ import annotations

from moatdesk.domain.errors import MoatDeskError
from moatdesk.files import DiskWriteError

__all__ = ["DiskWriteError"]  # re-exported: the store raises it too


class StoreError(MoatDeskError):
    """Something the profile store could not do."""


class CorruptDatabaseError(StoreError):
    """The database file is damaged; it is left byte-identical so a backup can be restored."""


class NewerSchemaError(StoreError):
    """The database (or an import) was written by a newer MoatDesk; it is left untouched."""


class StoreLockedError(StoreError):
    """Another MoatDesk process kept the database busy for longer than we wait."""


class AppIsOpenError(StoreError):
    """A writing command found the app open on the data folder (its instance lock held)."""


class OutputPathError(StoreError):
    """An output path would replace one of the data folder's own files."""


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


class QuarterTakenError(StoreError):
    """The profile already has an assessment for that quarter: never two for one."""


class ImportRejectedError(StoreError):
    """An exchange file was refused; the store is unchanged."""


class NoBackupError(StoreError):
    """There is no usable backup to restore from."""
