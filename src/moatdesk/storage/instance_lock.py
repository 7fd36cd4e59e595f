"""One MoatDesk window owns a data folder: a lock file holding the owner's pid.

Like QLockFile, but without Qt: the file is held with an exclusive ``flock`` for
as long as the owner lives, so a crashed owner's lock is released by the kernel.
A lock file that still names a pid but is no longer held is stale; it is taken
over and reported (``recovered_stale``) so the UI can offer to recover work.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from moatdesk.storage.connection import os_error

LOCK_FILENAME = "moatdesk.lock"


@dataclass(frozen=True, slots=True)
class LockResult:
    acquired: bool
    recovered_stale: bool  # a previous owner died without releasing the lock
    holder_pid: int | None  # the owner: another process when not acquired, else us


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self._fd: int | None = None

    def acquire(self) -> LockResult:
        if self._fd is not None:
            return LockResult(True, False, os.getpid())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for _ in range(5):  # retry if the file was replaced between open and flock
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    holder = _read_pid(fd)
                    os.close(fd)
                    return LockResult(False, False, holder)
                if not _same_file(fd, self.path):
                    os.close(fd)  # the owner released and removed it meanwhile
                    continue
                previous = _read_pid(fd)
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
                os.fsync(fd)
                self._fd = fd
                return LockResult(True, previous not in (None, os.getpid()), os.getpid())
        except OSError as exc:
            raise os_error(exc, self.path) from None
        return LockResult(False, False, None)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Empty and remove the file while still holding it, so nobody reads it as stale.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            self.path.unlink()
        os.close(fd)

    def __enter__(self) -> LockResult:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False
