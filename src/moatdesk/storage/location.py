"""Where MoatDesk keeps its data: --data-dir, else $MOATDESK_DATA_DIR, else platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "MoatDesk"
ENV_VAR = "MOATDESK_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use; created by the store when it opens, not here."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return user_data_path(APP_NAME, appauthor=False)


def prepare_data_dir(folder: Path) -> Path:
    """Create the data folder if missing; DiskWriteError naming the cause if it cannot be
    one (a file is there, the parent is read-only, the disk is full)."""
    from moatdesk.domain.errors import QT_TRANSLATE_NOOP
    from moatdesk.files import DiskWriteError, os_error

    if folder.exists() and not folder.is_dir():
        raise DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder} is a file, not a folder; MoatDesk keeps its profiles in a folder. "
                "Nothing was changed.",
            ),
            folder=folder,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, folder) from None
    return folder


# The data folder's own files: the database and every file sqlite or a restore keeps
# beside it (moatdesk.sqlite3-wal, -shm, .replaced-…), the instance lock, the settings,
# and everything under backups/ and cache/.  Names, so that checking a path needs no sqlite3.
_OWN_PREFIXES = ("moatdesk.sqlite3", "moatdesk.lock", "settings.ini", "moatdesk-errors.log")
CACHE_FOLDER = "cache"  # what the app keeps to start faster (domain.labels.keep_parsed_in)
_OWN_FOLDERS = ("backups", CACHE_FOLDER)


def is_own_file(data_dir: Path, target: Path) -> bool:
    """Whether writing `target` would replace one of the data folder's own files.

    Symlinks are resolved first (a link to the database is the database), on both sides.
    """
    folder = Path(data_dir).resolve()
    resolved = Path(target).expanduser().resolve()
    if resolved.parent == folder:
        return resolved.name.startswith(_OWN_PREFIXES)
    return any(resolved.is_relative_to(folder / sub) for sub in _OWN_FOLDERS)


def ensure_not_own_file(data_dir: Path, target: Path) -> None:
    """OutputPathError when an export or report would be written over the store's files."""
    if is_own_file(data_dir, target):
        from moatdesk.domain.errors import QT_TRANSLATE_NOOP
        from moatdesk.storage.errors import OutputPathError

        raise OutputPathError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is where MoatDesk keeps its own data ({folder}); choose another file. "
                "Nothing was changed.",
            ),
            path=target,
            folder=Path(data_dir),
        )
