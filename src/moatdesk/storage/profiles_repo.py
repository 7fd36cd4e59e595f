"""SQL for the profiles table: basics, names, trash. Functions take an open connection.

Basics are stored as JSON and validated with CompanyBasics on the way in and out;
the name is also kept in its own column so that lookups and uniqueness are indexed.
The profiles list (summaries) needs no model: pydantic loads on the first profile read.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.textrules import (
    MAX_NAME_CHARS,
    PROFILE_ID_PATTERN,
    has_visible_text,
    name_key,
    search_key,
)
from moatdesk.storage.connection import from_text, to_text
from moatdesk.storage.errors import CorruptDatabaseError
from moatdesk.storage.records import ProfileRow, ProfileSummary, TableRow, TrashedProfile

if TYPE_CHECKING:
    from moatdesk.domain.models import CompanyBasics

TRASH_DAYS = 30


def new_profile_id() -> str:
    """128 random bits as 32 hex digits, the shape of uuid4().hex (Profile.id's pattern).

    os.urandom, not uuid: the uuid module costs ~2 ms and ~0.7 MiB on the app's start-up.
    """
    return os.urandom(16).hex()


def basics_from_json(text: str, profile_id: str) -> CompanyBasics:
    from pydantic import ValidationError

    from moatdesk.domain.models import CompanyBasics

    try:
        return CompanyBasics.model_validate_json(text)
    except ValidationError as exc:
        raise CorruptDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "the stored basics of profile {profile} are not valid: {detail}"
            ),
            profile=profile_id,
            detail=exc.errors()[0]["msg"],
        ) from None


def insert(
    conn: sqlite3.Connection,
    profile_id: str,
    basics: CompanyBasics,
    created_at: datetime,
    updated_at: datetime,
) -> None:
    conn.execute(
        "INSERT INTO profiles (id, name, search_key, basics_json, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?)",
        (
            profile_id,
            basics.name,
            search_key(basics.name),
            basics.model_dump_json(),
            to_text(created_at),
            to_text(updated_at),
        ),
    )


def update_basics(
    conn: sqlite3.Connection, profile_id: str, basics: CompanyBasics, now: datetime
) -> None:
    conn.execute(
        "UPDATE profiles SET name = ?, search_key = ?, basics_json = ?, updated_at = ? "
        "WHERE id = ?",
        (basics.name, search_key(basics.name), basics.model_dump_json(), to_text(now), profile_id),
    )


def row(conn: sqlite3.Connection, profile_id: str, *, include_trash: bool = False) -> tuple | None:
    """(id, basics_json, created_at, updated_at, deleted_at) of one profile."""
    sql = "SELECT id, basics_json, created_at, updated_at, deleted_at FROM profiles WHERE id = ?"
    if not include_trash:
        sql += " AND deleted_at IS NULL"
    return conn.execute(sql, (profile_id,)).fetchone()


def stored_name(conn: sqlite3.Connection, profile_id: str) -> str | None:
    """The profile's name as its row keeps it (read without its basics, which may be spoilt)."""
    found = conn.execute("SELECT name FROM profiles WHERE id = ?", (profile_id,)).fetchone()
    return found[0] if found else None


def live_id_by_name(conn: sqlite3.Connection, name: str) -> str | None:
    found = conn.execute(
        "SELECT id FROM profiles WHERE name = ? AND deleted_at IS NULL", (name,)
    ).fetchone()
    return found[0] if found else None


def live_id_by_key(
    conn: sqlite3.Connection, name: str, *, exclude: str | None = None
) -> str | None:
    """The live profile whose name looks like `name` (textrules.name_key), if any.

    Names with one name key have one search key (the key case-folded), which the list's
    index holds: a seek to the names with this search key, whose name keys are compared
    (one or a few, those differing in case).  It runs on create, rename, copy and import,
    and when an exact lookup found nothing; a scan of every name called name_key 10,000
    times at 10,000 profiles (~20-50 ms, issue 16).
    """
    key = name_key(name)
    alike = conn.execute(
        "SELECT id, name FROM profiles INDEXED BY profiles_list "
        "WHERE deleted_at IS NULL AND search_key = ?",
        (search_key(name),),
    )
    for pid, other in alike:
        if pid != exclude and name_key(other) == key:
            return pid
    return None


def _free(conn: sqlite3.Connection, name: str) -> bool:
    return live_id_by_name(conn, name) is None and live_id_by_key(conn, name) is None


def unique_name(conn: sqlite3.Connection, base: str, word: str) -> str:
    """``base`` if free, else ``"base (word)"``, ``"base (word 2)"``… within the name cap.

    A base with nothing visible or shaped like an id (from an imported file) always gets
    the suffix, which makes it a name the store accepts."""
    acceptable = has_visible_text(base) and not re.match(PROFILE_ID_PATTERN, base)
    if acceptable and _free(conn, base):
        return base
    for n in range(1, 10_000):
        suffix = f" ({word})" if n == 1 else f" ({word} {n})"
        candidate = base[: MAX_NAME_CHARS - len(suffix)] + suffix
        if _free(conn, candidate):
            return candidate
    raise AssertionError("unreachable: 10,000 profiles with one name")


def set_deleted(conn: sqlite3.Connection, profile_id: str, when: datetime | None) -> None:
    conn.execute(
        "UPDATE profiles SET deleted_at = ? WHERE id = ?",
        (to_text(when) if when else None, profile_id),
    )


def count_deleted_before(conn: sqlite3.Connection, cutoff: datetime) -> int:
    return conn.execute(
        "SELECT COUNT(*) FROM profiles WHERE deleted_at IS NOT NULL AND deleted_at < ?",
        (to_text(cutoff),),
    ).fetchone()[0]


def purge_deleted_before(conn: sqlite3.Connection, cutoff: datetime) -> int:
    cursor = conn.execute(
        "DELETE FROM profiles WHERE deleted_at IS NOT NULL AND deleted_at < ?", (to_text(cutoff),)
    )
    return cursor.rowcount


def trash(conn: sqlite3.Connection) -> list[TrashedProfile]:
    rows = conn.execute(
        "SELECT id, name, deleted_at FROM profiles WHERE deleted_at IS NOT NULL "
        "ORDER BY deleted_at DESC"
    ).fetchall()
    return [
        TrashedProfile(pid, name, from_text(d), from_text(d) + timedelta(days=TRASH_DAYS))
        for pid, name, d in rows
    ]


# The list: one pass over the profiles_list index, which holds each profile's row of it
# (schema 5: kept by triggers on assessments), in the list's order (search key, then name:
# names sorted as they look), so SQLite neither sorts nor reads a table row nor looks up
# anything per profile (EXPLAIN QUERY PLAN: one "COVERING INDEX" step,
# tests/storage/test_list_search.py).  "Review due" = the current quarter is not final:
# it is one of the two latest final quarters, or (a clock set back, two final quarters
# after it) asked of assessments_summary for that profile alone.  INDEXED BY makes a
# missing index an error instead of a silent slowdown.
# ``moatdesk list`` selects the first five columns alone (records.TableRow): the last two
# are ~30% of the SQLite instructions (10,000 profiles: 210,000 vs 150,000) and ~25% of the
# statement's time.
_TABLE_COLUMNS = """p.id, p.name, p.latest_quarter, p.latest_status,
       CASE WHEN :current IN (p.last_final, p.prior_final) THEN 0
            WHEN p.prior_final > :current THEN NOT EXISTS (
                SELECT 1 FROM assessments INDEXED BY assessments_summary
                WHERE profile_id = p.id AND quarter = :current AND status = 'final')
            ELSE 1 END"""
_COLUMNS = f"""{_TABLE_COLUMNS},
       p.has_draft,
       max(p.updated_at, coalesce(p.touched_at, p.updated_at))"""
_LIST_SQL = """
SELECT {columns}
FROM profiles AS p INDEXED BY profiles_list
WHERE p.deleted_at IS NULL{where}
ORDER BY p.search_key, p.name
"""
# A substring of the search key: instr, not LIKE, so "%" and "_" are plain characters
# (no escaping to get wrong) and the case folding is Unicode's (search_key), not ASCII's.
_SEARCH = " AND instr(p.search_key, :needle) > 0"
_SUMMARY_SQL = _LIST_SQL.format(columns=_COLUMNS, where="")
_SEARCH_SQL = _LIST_SQL.format(columns=_COLUMNS, where=_SEARCH)
_TABLE_SQL = _LIST_SQL.format(columns=_TABLE_COLUMNS, where="")
_TABLE_SEARCH_SQL = _LIST_SQL.format(columns=_TABLE_COLUMNS, where=_SEARCH)
# One profile's row (a saved draft's): by the primary key, not along profiles_list.
_ONE_SQL = _LIST_SQL.format(columns=_COLUMNS, where=" AND p.id = :id").replace(
    " INDEXED BY profiles_list", ""
)


def rows(
    conn: sqlite3.Connection,
    current_quarter: str,
    text: str | None = None,
    first: int | None = None,
) -> list[ProfileRow]:
    """The live profiles' rows of the list, in its order (records.ProfileRow: plain
    tuples, nothing made per profile in Python); with ``text``, those whose name contains
    it as it looks (textrules.search_key on both sides).  Blank text lists them all.
    ``first``: the first that many rows alone (the index is read no further)."""
    return _listed(conn, _SUMMARY_SQL, _SEARCH_SQL, current_quarter, text, first)


def table_rows(
    conn: sqlite3.Connection, current_quarter: str, text: str | None = None
) -> list[TableRow]:
    """``rows`` without their last two values (records.TableRow), for ``moatdesk list``."""
    return _listed(conn, _TABLE_SQL, _TABLE_SEARCH_SQL, current_quarter, text)


def _listed(
    conn: sqlite3.Connection,
    every: str,
    search: str,
    current_quarter: str,
    text: str | None,
    first: int | None = None,
) -> list[Any]:
    needle = search_key(text).strip() if text else ""
    params: dict[str, str | int] = {"current": current_quarter}
    sql = every
    if needle:
        sql, params["needle"] = search, needle
    if first is not None:
        sql, params["first"] = sql + "LIMIT :first", first
    return conn.execute(sql, params).fetchall()


def matching_ids(conn: sqlite3.Connection, text: str) -> set[str]:
    """The ids of the live profiles whose name contains ``text`` as it looks (as
    ``rows(..., text)``, without the per-profile facts): one pass over profiles_list.
    Blank text matches every live profile."""
    needle = search_key(text).strip()
    found = conn.execute(
        "SELECT id FROM profiles INDEXED BY profiles_list "
        "WHERE deleted_at IS NULL AND instr(search_key, ?) > 0",
        (needle,),
    )
    return {pid for (pid,) in found}


def summary(
    conn: sqlite3.Connection, profile_id: str, current_quarter: str
) -> ProfileSummary | None:
    """One profile's row of the list (None: trashed or unknown), by its primary key."""
    row = conn.execute(_ONE_SQL, {"current": current_quarter, "id": profile_id}).fetchone()
    return ProfileSummary.from_row(row) if row is not None else None
