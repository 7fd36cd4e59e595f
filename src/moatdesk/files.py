"""Safe file writes shared by storage, report and cli.

A temp file in the target's folder, fsync, then os.replace: a reader sees the old
file or the new one, never half of one.  Temp files left by a killed writer are
cleaned up by the next write to that folder.  OSErrors become a DiskWriteError whose
message names the user's file and the real cause (full disk, read-only folder).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError


class DiskWriteError(MoatDeskError):
    """The disk refused a write: read-only folder, full disk, missing permission."""


def os_error(exc: OSError, path: Path) -> DiskWriteError:
    """The message names `path` (the user's file), not a temp file the error may mention."""
    if exc.errno == errno.ENOSPC:
        return DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "the disk is full; could not write {path}. Nothing was changed."
            ),
            path=path,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "no permission to write {path} (the folder is read-only). Nothing was changed.",
            ),
            path=path,
        )
    return DiskWriteError(
        QT_TRANSLATE_NOOP("Errors", "could not write {path}: {detail}. Nothing was changed."),
        path=path,
        detail=exc.strerror or exc,
    )


TEMP_PREFIX = ".moatdesk-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_AGE_S = 60.0  # a live writer finishes long before this


def temp_path_in(folder: Path) -> Path:
    # os.urandom, not secrets: the name only has to be unique, and secrets loads
    # OpenSSL (~4 MiB) on the app's start-up path.
    return folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}{TEMP_SUFFIX}"


def discard(path: Path) -> None:
    """Remove a temp file if it is there; never raises (a read-only disk says EROFS even
    for a file that was never created, and must not hide the error that got us here)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename still happened
    finally:
        os.close(fd)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


# Exactly what temp_path_in makes: a user's own ".moatdesk-notes.tmp" is never ours.
_OUR_TEMP = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-[0-9a-f]{{12}}{re.escape(TEMP_SUFFIX)}$")


def _writer_pid(path: Path) -> int | None:
    """The pid in a temp file name that temp_path_in made; None for any other file."""
    match = _OUR_TEMP.match(path.name)
    return int(match.group(1)) if match else None


def clean_stale_temps(folder: Path, older_than_s: float = STALE_TEMP_AGE_S) -> int:
    """Remove temp files left by a killed writer: its pid is gone, or the file is old."""
    removed = 0
    cutoff = time.time() - older_than_s
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return 0
    for path in candidates:
        pid = _writer_pid(path)
        if pid is None:
            continue  # not a name we make: someone else's file
        try:
            dead_writer = pid != os.getpid() and not pid_alive(pid)
            if dead_writer or path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone already, or not ours to remove
    return removed


def write_atomic(target: Path, data: bytes) -> Path:
    """Write `data` to `target` atomically; on failure the old target (if any) is intact.

    A symlink is written through (its target is replaced, the link stays), as any editor
    saving a file does; replacing the link itself would leave the real file stale."""
    target = Path(target)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    if not folder.is_dir():
        raise DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "could not write {path}: the folder does not exist. Nothing was changed."
            ),
            path=folder,
        )
    clean_stale_temps(folder)
    tmp = temp_path_in(folder)
    try:
        with tmp.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        discard(tmp)
        raise os_error(exc, target) from None
    return target
