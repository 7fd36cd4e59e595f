"""Opening the database file: inspect it read-only, connect, back up, migrate.

A damaged or newer file raises before anything is written to it; a migration only
runs after a copy of the file was taken with sqlite's backup API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.storage import schema
from moatdesk.storage.backups import list_backups_in, pre_migration_backup
from moatdesk.storage.connection import DB_FILENAME, connect, inspect_readonly, os_error
from moatdesk.storage.errors import CorruptDatabaseError, NewerSchemaError


def open_connection(data_dir: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """Inspect read-only, then connect and migrate (after a backup copy)."""
    db_path = data_dir / DB_FILENAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
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
        version = inspect_readonly(db_path)
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
