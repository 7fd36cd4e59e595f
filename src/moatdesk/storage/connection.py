"""Opening the SQLite file safely, and turning sqlite3 errors into messages a founder can act on.

A database is first inspected through a read-only connection (header, length, schema
version, the root of every b-tree: a constant amount of work) so that a damaged or newer
file is never written to; ``check_every_page`` (``PRAGMA quick_check``) reads all of it.
"""

from __future__ import annotations

import os
import re
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
_HEADER_BYTES = 100
DEFAULT_BUSY_TIMEOUT_S = 2.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """Timestamps are stored as UTC ISO 8601 text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is damaged ({detail}); it was left as it is. Restore a backup to continue.",
)


def damage_mark(db_path: Path) -> Path:
    """``moatdesk.sqlite3.damaged``: left by a check that found the open file damaged
    (``ProfileStore.check_integrity``), so that the next open reads every page first and
    refuses the file (the app then offers the newest backup).  Removed by an open that
    finds the file healthy."""
    return db_path.with_name(db_path.name + ".damaged")


def inspect_readonly(db_path: Path, *, full: bool = False) -> int:
    """The file's schema version (PRAGMA user_version); writes nothing.

    Raises CorruptDatabaseError for a file that is not a healthy SQLite database, after a
    constant amount of work whatever the file's size (``first_look``): this runs before
    the app's first frame.  ``full=True`` also reads every page (``PRAGMA quick_check``):
    before a migration, for a backup about to be restored, for a file marked damaged.
    """
    header = read_header(db_path)
    # Without a WAL file left behind, read the file as immutable: a read-only WAL
    # connection would otherwise create -wal/-shm files beside it.
    wal = db_path.with_name(db_path.name + "-wal")
    wal_pending = wal.exists()
    if not wal_pending:  # with a -wal, newer pages may be there and the file shorter
        _check_length(db_path, header)
    params = "mode=ro" if wal_pending else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(
            f"{db_path.as_uri()}?{params}", uri=True, timeout=DEFAULT_BUSY_TIMEOUT_S
        )
    except sqlite3.Error as exc:
        raise _translate(exc, db_path) from None
    try:
        version = first_look(conn, db_path)
        if full:
            check_every_page(conn, db_path)
    finally:
        conn.close()
    return version


def read_header(db_path: Path) -> bytes:
    """The file's 100-byte header (fewer bytes if the file is shorter); StoreError if it
    cannot be read, CorruptDatabaseError if it does not start with SQLite's."""
    try:
        with db_path.open("rb") as fh:
            header = fh.read(_HEADER_BYTES)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "could not read {path}: {detail}. It was left as it is."),
            path=db_path,
            detail=exc.strerror or exc,
        ) from None
    if not header.startswith(SQLITE_HEADER):
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a MoatDesk database (it does not start with an SQLite header); "
                "it was left as it is. Restore a backup to continue.",
            ),
            path=db_path,
        )
    return header


_USER_VERSION_AT = 60  # PRAGMA user_version: 4 bytes, big-endian


def header_version(header: bytes) -> int | None:
    """The schema version (PRAGMA user_version) as the header holds it; None if the
    header is cut short before it."""
    if len(header) < _USER_VERSION_AT + 4:
        return None
    return int.from_bytes(header[_USER_VERSION_AT : _USER_VERSION_AT + 4], "big")


def _check_length(db_path: Path, header: bytes) -> None:
    """A file shorter than its header says (a copy or a disk cut short) is damaged.

    The header holds the page size (offset 16) and, valid when the counter at offset 92
    equals the change counter at offset 24, the number of pages (offset 28); SQLite keeps
    both current on every commit that reaches the file."""
    size = db_path.stat().st_size
    if len(header) < _HEADER_BYTES:
        missing = f"the file is {size} bytes, shorter than its own header"
        raise CorruptDatabaseError(_DAMAGED, path=db_path, detail=missing)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == header[24:28] and pages and size < pages * page_size:
        cut = f"truncated: {size // page_size} of its {pages} pages"
        raise CorruptDatabaseError(_DAMAGED, path=db_path, detail=cut)


def first_look(conn: sqlite3.Connection, db_path: Path) -> int:
    """The schema version, after reading the schema and the root page of every table and
    index (and the leftmost path down each): what a damaged header, schema or b-tree
    root fails at.  Damage deeper in a file is found by ``check_every_page`` (after the
    first frame: the daily backup runs it first) or by the first statement that reads it
    (any SQLITE_CORRUPT is a CorruptDatabaseError)."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        trees = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema "
            "WHERE type IN ('table', 'index') AND rootpage > 0"
        ).fetchall()
        for kind, name, table, sql in trees:
            conn.execute(_probe_sql(kind, name, table, sql)).fetchall()
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, db_path) from None
    return version


def _probe_sql(kind: str, name: str, table: str, sql: str | None) -> str:
    """One row read through the b-tree ``name``: a table directly, an index with INDEXED BY
    (a partial index needs its own WHERE, which a query must imply to use it)."""
    if kind == "table":
        return f"SELECT 1 FROM {_quoted(name)} LIMIT 1"
    partial = re.search(r"\bWHERE\b(.*)$", sql or "", flags=re.IGNORECASE | re.DOTALL)
    where = f" WHERE {partial.group(1)}" if partial else ""
    return f"SELECT 1 FROM {_quoted(table)} INDEXED BY {_quoted(name)}{where} LIMIT 1"


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def check_every_page(conn: sqlite3.Connection, db_path: Path) -> None:
    """``PRAGMA quick_check``: every page of every b-tree, the free list, each record's
    format (not that indexes match their tables, which ``integrity_check`` adds at several
    times the cost).  CorruptDatabaseError if it finds anything."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        raise _translate(exc, db_path) from None
    if problems != ["ok"]:
        raise CorruptDatabaseError(_DAMAGED, path=db_path, detail="; ".join(problems[:3]))


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


# SQLite's primary messages (sqlite3ErrStr), for an error that carries no result code: one
# raised by Python code rather than by SQLite (a wrapper, a test's stand-in).
_MESSAGE_FAMILIES = {
    "database is locked": "BUSY",
    "database table is locked": "LOCKED",
    "database or disk is full": "FULL",
    "attempt to write a readonly database": "READONLY",
    "unable to open database file": "CANTOPEN",
    "database disk image is malformed": "CORRUPT",
    "file is not a database": "NOTADB",
    "disk i/o error": "IOERR",
}


def _family_of_message(text: str) -> str:
    lowered = text.lower()
    return next((f for m, f in _MESSAGE_FAMILIES.items() if m in lowered), "")


def _translate(exc: sqlite3.Error, db_path: Path) -> StoreError | DiskWriteError:
    """Classified by SQLite's own result code (``sqlite_errorname``, Python 3.11), not by
    matching message text: the codes are SQLite's stable API, the texts are not (and an
    extended code such as SQLITE_IOERR_WRITE or SQLITE_BUSY_SNAPSHOT keeps its family)."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorname", None) or ""
    family = code.split("_")[1] if code.startswith("SQLITE_") else _family_of_message(text)
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
        return CorruptDatabaseError(_DAMAGED, path=db_path, detail=text)
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
