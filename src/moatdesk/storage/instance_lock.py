"""One MoatDesk window owns a data folder: a lock file holding the owner's pid.

Like QLockFile, but without Qt: the file is held with an exclusive OS lock
(``flock``; ``msvcrt.locking`` on Windows) for as long as the owner lives, so a
crashed owner's lock is released by the kernel.  A lock file that still names a
pid but is no longer held is stale; it is taken over and reported
(``recovered_stale``) so the UI can offer to recover work.

Why not ``filelock`` (issue 11): it would replace the two small lock calls below and
bring a Windows branch that its own CI exercises, but the two things this lock exists
for are not in it — the holder's pid (the "another MoatDesk window, process N" dialog and
the CLI's refusal name it) and telling a stale lock from a fresh one (``recovered_stale``:
the previous owner died, offer its drafts).  Both would stay ours on top of it, around a
lock file whose content filelock does not manage, so the dependency would not make this
module smaller or the untested part (``msvcrt``) go away.  Decided: keep it, small and
tested on POSIX (tests/storage/test_instance_lock.py, tests/cli/test_data_safety.py).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import NamedTuple

from moatdesk.files import os_error

try:
    import fcntl
except ImportError:  # Windows (not exercised by the test suite, which runs on Linux)
    fcntl = None  # type: ignore[assignment]  # the module or None, tested below
    import msvcrt

LOCK_FILENAME = "moatdesk.lock"
_LOCK_OFFSET = 1024  # Windows locks a byte range; keep it clear of the pid text


class LockResult(NamedTuple):  # not a dataclass: `dataclasses` is not needed at start-up
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
            for _ in range(5):  # retry if the file was replaced between open and lock
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
                if not _try_lock(fd):
                    holder = _read_pid(fd)
                    os.close(fd)
                    return LockResult(False, False, holder)
                if not _same_file(fd, self.path):
                    os.close(fd)  # the owner released and removed it meanwhile
                    continue
                previous = _read_pid(fd)
                _write_pid(fd, os.getpid())
                self._fd = fd
                return LockResult(True, previous not in (None, os.getpid()), os.getpid())
        except OSError as exc:
            raise os_error(exc, self.path) from None
        return LockResult(False, False, None)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Empty the file while still holding it, so nobody reads it as stale.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            if fcntl is not None:
                self.path.unlink()  # POSIX: removable while open and locked
        os.close(fd)
        if fcntl is None:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> LockResult:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _write_pid(fd: int, pid: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{pid}\n".encode())
    os.fsync(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False
