"""The database schema and its migrations, versioned by ``PRAGMA user_version``.

To change the schema: add ``_to_v{N}`` below, register it in MIGRATIONS, bump
SCHEMA_VERSION, commit a fixture database of version N-1 under tests/fixtures/db/
and a test for the step (tests/storage/test_migrations.py fails until both exist).
Each step runs in its own transaction together with its user_version bump.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from moatdesk.storage.connection import transaction

SCHEMA_VERSION = 1


def _to_v1(conn: sqlite3.Connection) -> None:
    """The first real schema, from an empty file."""
    _run_statements(
        conn,
        """
        CREATE TABLE profiles (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            basics_json TEXT NOT NULL,   -- CompanyBasics, validated in and out
            created_at  TEXT NOT NULL,   -- UTC ISO 8601
            updated_at  TEXT NOT NULL,
            deleted_at  TEXT             -- set while in the trash
        ) STRICT;
        -- Names identify profiles in the CLI, so live ones are unique.
        CREATE UNIQUE INDEX profiles_live_name ON profiles(name) WHERE deleted_at IS NULL;

        CREATE TABLE assessments (
            profile_id   TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            quarter      TEXT NOT NULL,  -- 2026-Q4 sorts as text
            status       TEXT NOT NULL CHECK (status IN ('draft', 'final')),
            amended      INTEGER NOT NULL DEFAULT 0,
            bank_version TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            finalised_at TEXT,
            answers_json TEXT NOT NULL,  -- {question_id: Answer}, last: autosave is one UPDATE
            PRIMARY KEY (profile_id, quarter)
        ) STRICT;
        -- Covers the profiles list (latest quarter, status, drafts, last change) so that
        -- listing never reads the large answers_json rows.
        CREATE INDEX assessments_summary ON assessments(profile_id, quarter, status, updated_at);
        """,
    )


# version reached -> step that reaches it from the version before
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _to_v1}
assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))


def migrate(conn: sqlite3.Connection, db_path: Path, from_version: int) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per step."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        with transaction(conn, db_path):
            # Another process may have migrated while we waited for the write lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] < version:
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version}")


def _run_statements(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it may COMMIT first, and each step must be one transaction.
    # (So no ";" inside the SQL comments above.)
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
