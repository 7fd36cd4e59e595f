"""Opening the SQLite file safely, and turning sqlite3 errors into messages a founder can act on.

A database is first inspected through a read-only connection (header, schema
version, ``PRAGMA quick_check``) so that a damaged or newer file is never written to.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.files import os_error
from moatdesk.storage.errors import (
    CorruptDatabaseError,
    DiskWriteError,
    StoreError,
    StoreLockedError,
)

DB_FILENAME = "moatdesk.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_S = 2.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO 8601 text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


def inspect_readonly(db_path: Path) -> int:
    """The file's schema version (PRAGMA user_version) after a quick_check; writes nothing.

    Raises CorruptDatabaseError for anything that is not a healthy SQLite database.
    """
    with db_path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a MoatDesk database (it does not start with an SQLite header); "
                "it was left as it is. Restore a backup to continue.",
            ),
            path=db_path,
        )
    # Without a WAL file left behind, read the file as immutable: a read-only WAL
    # connection would otherwise create -wal/-shm files beside it.
    wal_exists = db_path.with_name(db_path.name + "-wal").exists()
    params = "mode=ro" if wal_exists else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(
            f"{db_path.as_uri()}?{params}", uri=True, timeout=DEFAULT_BUSY_TIMEOUT_S
        )
    except sqlite3.Error as exc:
        raise _translate(exc, db_path) from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, db_path) from None
    finally:
        conn.close()
    if problems != ["ok"]:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is damaged ({detail}); it was left as it is. Restore a backup to continue.",
            ),
            path=db_path,
            detail="; ".join(problems[:3]),
        )
    return version


def connect(db_path: Path, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """A read-write connection: WAL, foreign keys, full fsync on commit, bounded busy wait."""
    try:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves (see `transaction`).
        conn = sqlite3.connect(db_path, timeout=busy_timeout_s, isolation_level=None)
    except sqlite3.Error as exc:
        raise _translate(exc, db_path) from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a save that returned survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()  # before the caller removes what it created (a full disk: -wal, -shm)
        raise _translate(exc, db_path) from None
    return conn


@contextmanager
def sqlite_errors(db_path: Path) -> Iterator[None]:
    """Re-raise sqlite3 and OS errors as StoreErrors that name the file and the cause."""
    try:
        yield
    except sqlite3.Error as exc:
        raise _translate(exc, db_path) from None
    except OSError as exc:
        raise os_error(exc, db_path) from None


@contextmanager
def transaction(conn: sqlite3.Connection, db_path: Path) -> Iterator[sqlite3.Connection]:
    """One IMMEDIATE transaction: all of it is written, or none of it."""
    with sqlite_errors(db_path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT (disk full) may leave it open
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise


def _unwritable(db_path: Path) -> DiskWriteError:
    """Which of the folder or the file refused the write (each a whole sentence to translate)."""
    folder = db_path.parent
    if not folder.is_dir():
        return DiskWriteError(
            QT_TRANSLATE_NOOP("Errors", "cannot write {path}: the folder {folder} does not exist."),
            path=db_path,
            folder=folder,
        )
    if not os.access(folder, os.W_OK):
        return DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot write {path}: the folder {folder} is read-only. Nothing was changed.",
            ),
            path=db_path,
            folder=folder,
        )
    if db_path.exists() and not os.access(db_path, os.W_OK):
        return DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "cannot write {path}: the file is read-only. Nothing was changed."
            ),
            path=db_path,
        )
    return DiskWriteError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "cannot write {path}: the file or its folder is read-only. Nothing was changed.",
        ),
        path=db_path,
    )


def _translate(exc: sqlite3.Error, db_path: Path) -> StoreError | DiskWriteError:
    """Classified by SQLite's own result code (``sqlite_errorname``, Python 3.11), not by
    matching message text: the codes are SQLite's stable API, the texts are not (and an
    extended code such as SQLITE_IOERR_WRITE or SQLITE_BUSY_SNAPSHOT keeps its family)."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorname", None) or ""
    family = code.split("_")[1] if code.startswith("SQLITE_") else ""
    if family in ("BUSY", "LOCKED"):
        return StoreLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is busy: another MoatDesk window or command is writing to it. "
                "Try again in a moment (or close the other window).",
            ),
            path=db_path,
        )
    if family == "FULL":
        return DiskWriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "the disk is full; could not write {path}. Nothing was changed."
            ),
            path=db_path,
        )
    if family in ("READONLY", "CANTOPEN", "PERM", "AUTH"):
        return _unwritable(db_path)
    if family in ("CORRUPT", "NOTADB"):
        return CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is damaged ({detail}); it was left as it is. Restore a backup to continue.",
            ),
            path=db_path,
            detail=text,
        )
    if family == "IOERR":
        return DiskWriteError(
            QT_TRANSLATE_NOOP("Errors", "the disk reported an I/O error while writing {path}."),
            path=db_path,
        )
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "the database {path} reported an error: {detail}"),
        path=db_path,
        detail=text,
    )
