"""Opening the database file: inspect it read-only, connect, back up, migrate.

A damaged or newer file raises before anything is written to it; a migration only
runs after a copy of the file was taken with sqlite's backup API.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.files import discard
from moatdesk.storage import schema
from moatdesk.storage.backups import list_backups_in, pre_migration_backup
from moatdesk.storage.connection import (
    DB_FILENAME,
    DEFAULT_BUSY_TIMEOUT_S,
    connect,
    damage_mark,
    header_version,
    inspect_readonly,
    os_error,
    read_header,
)
from moatdesk.storage.errors import (
    CorruptDatabaseError,
    DiskWriteError,
    NewerSchemaError,
    StoreError,
)
from moatdesk.storage.location import prepare_data_dir


class SlowOpen(StrEnum):
    """Why the next open reads the whole file (``slow_open``)."""

    MIGRATION = "migration"  # full read, a copy into backups/, the migration steps
    CHECK = "check"  # full read: an earlier check marked the file damaged


def slow_open(data_dir: Path) -> SlowOpen | None:
    """Whether ``open_connection`` will read every page of the file, from its header
    (``connection.read_header``) and the damage mark alone: no SQLite connection, nothing
    written, any thread.

    None for a new, empty or unreadable file (the open refuses a bad one quickly) and for
    a newer schema (refused after its first look).  The header's version can lag behind a
    migration committed to a ``-wal`` not yet checkpointed: then this says MIGRATION and
    the open turns out cheap, never the other way round."""
    db_path = data_dir / DB_FILENAME
    try:
        version = header_version(read_header(db_path))
        marked = damage_mark(db_path).exists()
    except (StoreError, OSError):  # missing, unreadable, not SQLite's
        return None
    if version is None:
        return None
    if 0 < version < schema.SCHEMA_VERSION:
        return SlowOpen.MIGRATION
    return SlowOpen.CHECK if marked else None


def prepare_file(data_dir: Path, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> None:
    """The slow part of an open on its own (full read, pre-migration copy, migration),
    through a connection closed before returning: for a worker thread, after which
    ``ProfileStore.open`` on the GUI thread is the cheap path.  Raises what the open
    would (CorruptDatabaseError, NewerSchemaError, DiskWriteError, StoreLockedError …),
    after removing the empty files it created, as a failed open does."""
    before = existing_store_files(data_dir)
    try:
        open_connection(data_dir, busy_timeout_s).close()
    except DiskWriteError:
        remove_new_store_files(data_dir, before)
        raise


def open_connection(
    data_dir: Path, busy_timeout_s: float, *, full_check: bool = False
) -> sqlite3.Connection:
    """Inspect read-only, then connect and migrate (after a backup copy).

    The inspection is cheap (``first_look``) unless ``full_check``, the file needs a
    migration, or an earlier check marked it damaged: then every page is read first."""
    db_path = data_dir / DB_FILENAME
    prepare_data_dir(data_dir)
    if db_path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is a folder where MoatDesk's database should be; it was left as it is. "
                "Move it away, or choose another data folder with --data-dir.",
            ),
            path=db_path,
        )
    try:
        size = db_path.stat().st_size if db_path.exists() else None
    except OSError as exc:
        raise os_error(exc, data_dir) from None
    version = 0
    if size == 0 and list_backups_in(data_dir):
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is empty (0 bytes) although backups exist; it was left as it is. "
                "Restore a backup to continue.",
            ),
            path=db_path,
        )
    if size:
        marked = damage_mark(db_path).exists()
        full = full_check or marked
        version = inspect_readonly(db_path, full=full)
        if not full and 0 < version < schema.SCHEMA_VERSION:
            inspect_readonly(db_path, full=True)  # a migration rewrites tables: all of it first
        if marked:  # checked in full and healthy (restored, or repaired by hand)
            discard(damage_mark(db_path))
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer MoatDesk (schema {version}; this one knows up to "
                "{known}). It was left untouched; update MoatDesk to open it.",
            ),
            path=db_path,
            version=version,
            known=schema.SCHEMA_VERSION,
        )
    conn = connect(db_path, busy_timeout_s)
    try:
        if 0 < version < schema.SCHEMA_VERSION:
            pre_migration_backup(conn, data_dir, version)
        schema.migrate(conn, db_path, version)
    except BaseException:
        conn.close()
        raise
    return conn


_COMPANIONS = ("", "-wal", "-shm")
_SHM_IN_USE = 32 * 1024  # a -shm that a live connection uses is at least this big


def existing_store_files(data_dir: Path) -> set[str]:
    """Names of the database and its -wal/-shm that exist now (before an open)."""
    return {
        DB_FILENAME + suffix
        for suffix in _COMPANIONS
        if (data_dir / (DB_FILENAME + suffix)).exists()
    }


def remove_new_store_files(data_dir: Path, before: set[str]) -> None:
    """After a failed open: remove the files it created and could not fill (a 0-byte
    database or -wal, a -shm of a few bytes), never one that existed or holds data."""
    for suffix in _COMPANIONS:
        name = DB_FILENAME + suffix
        path = data_dir / name
        try:
            if name in before or not path.exists():
                continue
            size = path.stat().st_size
            if size == 0 or (suffix == "-shm" and size < _SHM_IN_USE):
                path.unlink()
        except OSError:
            continue


def open_for_reading(data_dir: Path, refused: DiskWriteError) -> sqlite3.Connection:
    """A read-only connection for when the disk refuses every write: the file itself
    (immutable when no -wal is pending, so no -wal/-shm appear), or an empty in-memory
    store where there is no database yet.  Writes through it fail; `refused` is raised
    when the file needs a migration, which cannot run read-only."""
    db_path = data_dir / DB_FILENAME
    if db_path.exists() and db_path.stat().st_size:
        if inspect_readonly(db_path) != schema.SCHEMA_VERSION:
            raise refused
        wal = db_path.with_name(db_path.name + "-wal")
        params = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(f"{db_path.as_uri()}?{params}", uri=True, isolation_level=None)
        except sqlite3.Error:
            raise refused from None
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        schema.migrate(conn, db_path, 0)
    conn.execute("PRAGMA query_only = ON")
    return conn
