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

from moatdesk.domain.textrules import search_key
from moatdesk.storage.connection import transaction

SCHEMA_VERSION = 5


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


def _to_v2(conn: sqlite3.Connection) -> None:
    """Basics per quarter (issue 12): each assessment keeps the company basics of its
    quarter, and whether it was backfilled.  The table is rebuilt rather than altered so
    that answers_json stays the last column.  Existing quarters get the profile's basics,
    the best that schema 1 knew."""
    _run_statements(
        conn,
        """
        CREATE TABLE assessments_v2 (
            profile_id   TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            quarter      TEXT NOT NULL,
            status       TEXT NOT NULL CHECK (status IN ('draft', 'final')),
            amended      INTEGER NOT NULL DEFAULT 0,
            backfilled   INTEGER NOT NULL DEFAULT 0,  -- recorded after the quarter passed
            bank_version TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            finalised_at TEXT,
            basics_json  TEXT NOT NULL,  -- CompanyBasics as they were that quarter
            answers_json TEXT NOT NULL,
            PRIMARY KEY (profile_id, quarter)
        ) STRICT;
        INSERT INTO assessments_v2 (profile_id, quarter, status, amended, backfilled,
                                    bank_version, created_at, updated_at, finalised_at,
                                    basics_json, answers_json)
        SELECT a.profile_id, a.quarter, a.status, a.amended, 0, a.bank_version,
               a.created_at, a.updated_at, a.finalised_at, p.basics_json, a.answers_json
        FROM assessments AS a JOIN profiles AS p ON p.id = a.profile_id;
        DROP TABLE assessments;
        ALTER TABLE assessments_v2 RENAME TO assessments;
        CREATE INDEX assessments_summary ON assessments(profile_id, quarter, status, updated_at);
        """,
    )


def _to_v3(conn: sqlite3.Connection) -> None:
    """What-if scenarios saved by name with a review (issue 14).  A scenario belongs to
    one assessment and goes with it; the review itself is never changed by one."""
    _run_statements(
        conn,
        """
        CREATE TABLE scenarios (
            profile_id TEXT NOT NULL,
            quarter    TEXT NOT NULL,
            name       TEXT NOT NULL,
            spec_json  TEXT NOT NULL,   -- WhatIfSpec: a preset id and the founder's values
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, quarter, name),
            FOREIGN KEY (profile_id, quarter) REFERENCES assessments(profile_id, quarter)
                ON DELETE CASCADE
        ) STRICT
        """,
    )


def _to_v4(conn: sqlite3.Connection) -> None:
    """The profiles list and its search in SQL, from an index alone (issue 16).  Each
    profile keeps its name's search key (textrules.search_key: Unicode case folding and
    the name_key normalisation, which SQLite's LIKE cannot do), filled here in Python,
    and one covering index serves the list and the search without reading profile rows.
    A later change to search_key needs a step that recomputes the column."""
    _run_statements(conn, "ALTER TABLE profiles ADD COLUMN search_key TEXT NOT NULL DEFAULT ''")
    names = conn.execute("SELECT id, name FROM profiles").fetchall()
    conn.executemany(
        "UPDATE profiles SET search_key = ? WHERE id = ?",
        [(search_key(name), pid) for pid, name in names],
    )
    _run_statements(
        conn,
        """
        -- The list reads (deleted_at, name, id, updated_at), a search also search_key.
        CREATE INDEX profiles_list ON profiles(deleted_at, search_key, name, id, updated_at)
        """,
    )


# A profile's row of the list, recomputed from its assessments (the triggers of schema 5
# run it after every insert, change and delete of an assessment).  Each subquery reads
# assessments_summary alone; the two latest final quarters decide "review due" for any
# current quarter (profiles_repo._LIST_SQL).
_LISTED_COLUMNS = """
    (latest_quarter, latest_status) = (
        SELECT quarter, status FROM assessments INDEXED BY assessments_summary
        WHERE profile_id = {pid} ORDER BY quarter DESC LIMIT 1),
    has_draft = EXISTS (
        SELECT 1 FROM assessments INDEXED BY assessments_summary
        WHERE profile_id = {pid} AND status = 'draft'),
    last_final = (
        SELECT quarter FROM assessments INDEXED BY assessments_summary
        WHERE profile_id = {pid} AND status = 'final' ORDER BY quarter DESC LIMIT 1),
    prior_final = (
        SELECT quarter FROM assessments INDEXED BY assessments_summary
        WHERE profile_id = {pid} AND status = 'final' ORDER BY quarter DESC LIMIT 1 OFFSET 1),
    touched_at = (
        SELECT MAX(updated_at) FROM assessments INDEXED BY assessments_summary
        WHERE profile_id = {pid})
"""


def _to_v5(conn: sqlite3.Connection) -> None:
    """Each profile keeps its row of the list (issue 16): latest quarter and status, "has
    a draft", its two latest final quarters and its assessments' last change, kept by
    triggers in the same transaction as the assessment write that changes them (so no
    writer can forget, and a crash leaves both or neither).  Listing is then one pass
    over one covering index, in the list's order, with no per-profile lookup: four
    index seeks a profile cost ~10 µs, 100 ms at 10,000 profiles."""
    for column in (
        "latest_quarter TEXT",  # the newest quarter recorded (NULL: none)
        "latest_status TEXT",  # its status, 'draft' or 'final'
        "has_draft INTEGER NOT NULL DEFAULT 0",  # some quarter is a draft
        "last_final TEXT",  # the newest final quarter
        "prior_final TEXT",  # the final quarter before it
        "touched_at TEXT",  # MAX(assessments.updated_at)
    ):
        conn.execute(f"ALTER TABLE profiles ADD COLUMN {column}")
    conn.execute("UPDATE profiles SET " + _LISTED_COLUMNS.format(pid="profiles.id"))
    conn.execute("DROP INDEX profiles_list")
    conn.execute(
        "CREATE INDEX profiles_list ON profiles(deleted_at, search_key, name, id, updated_at, "
        "touched_at, latest_quarter, latest_status, has_draft, last_final, prior_final)"
    )
    for event, pid in (
        ("INSERT", "NEW.profile_id"),
        ("UPDATE OF quarter, status, updated_at", "NEW.profile_id"),
        ("DELETE", "OLD.profile_id"),
    ):
        name = "assessments_listed_" + event.split()[0].lower()
        # One statement each: a trigger's body holds ";" (so not _run_statements).
        conn.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON assessments BEGIN "
            f"UPDATE profiles SET {_LISTED_COLUMNS.format(pid=pid)} WHERE id = {pid}; END"
        )


# version reached -> step that reaches it from the version before
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _to_v1,
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
}
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
