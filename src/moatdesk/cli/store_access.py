"""How CLI commands reach the profile store: reading, or writing under the app's lock.

A command that writes to the data folder (import, restore-backup) first takes the same
InstanceLock the GUI holds while it is open, and refuses while the app is open: a
restore beside a running window renamed the live database under it, and its later
saves went into the renamed files (issue 10).  Reading commands need no lock (SQLite
lets them read beside a writer).  A daily backup that failed on open is said on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from moatdesk.storage.store import ProfileStore


def data_dir_of(args: argparse.Namespace) -> Path:
    from moatdesk.storage.location import resolve_data_dir

    return resolve_data_dir(args.data_dir)


def open_store(
    args: argparse.Namespace, data_dir: Path | None = None, *, reading: bool = True
) -> ProfileStore:
    """The store, opened; a failed daily backup is printed on stderr (the GUI shows it).
    A reading command still reads on a disk that refuses writes (full, read-only).  A
    writing command reads every page first (``full_check``): it is rare, and it must not
    write into a damaged file; a reading one opens in constant time (docs/storage.md)."""
    from moatdesk.cli.main import error_cause
    from moatdesk.storage.store import ProfileStore

    store = ProfileStore.open(
        data_dir or data_dir_of(args), reading=reading, full_check=not reading
    )
    if store.backup_problem is not None:
        print(
            f"moatdesk: warning: today's backup could not be taken: "
            f"{error_cause(store.backup_problem, args.lang)}",
            file=sys.stderr,
        )
    return store


@contextmanager
def app_closed(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's instance lock for a writing command; AppIsOpenError if the
    app (or another writing command) holds it."""
    from moatdesk.storage.errors import AppIsOpenError
    from moatdesk.storage.instance_lock import InstanceLock

    lock = InstanceLock(data_dir)
    claim = lock.acquire()
    if not claim.acquired:
        raise AppIsOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "MoatDesk is open on the data folder {folder} (process {pid}); close it, then "
                "run this command again. Nothing was changed.",
            ),
            folder=data_dir,
            pid=claim.holder_pid or "?",
        )
    try:
        yield
    finally:
        lock.release()
