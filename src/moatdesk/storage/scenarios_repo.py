"""SQL for the scenarios table: what-ifs saved by name with one review (spec as JSON).

Rows are validated with the domain's WhatIfSpec on the way in and out; pydantic is
imported with the first read or write, not with the module (the start-up path).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.storage.errors import CorruptDatabaseError

if TYPE_CHECKING:
    from moatdesk.domain.scenarios import SavedScenario


def saved(conn: sqlite3.Connection, profile_id: str, quarter: str) -> list[SavedScenario]:
    """The review's saved scenarios, by name."""
    from pydantic import ValidationError

    from moatdesk.domain.scenarios import SavedScenario, WhatIfSpec

    rows = conn.execute(
        "SELECT name, spec_json FROM scenarios WHERE profile_id = ? AND quarter = ? ORDER BY name",
        (profile_id, quarter),
    ).fetchall()
    found = []
    for name, spec_json in rows:
        try:
            spec = WhatIfSpec.model_validate_json(spec_json)
        except ValidationError as exc:
            raise CorruptDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the saved scenario “{name}” of {quarter} is not valid: {detail}"
                ),
                name=name,
                quarter=quarter,
                detail=exc.errors()[0]["msg"],
            ) from None
        found.append(SavedScenario(name=name, quarter=quarter, spec=spec))
    return found


def upsert(conn: sqlite3.Connection, profile_id: str, saved: SavedScenario, now: str) -> None:
    """Save under its name; a scenario of the same name for that review is replaced."""
    conn.execute(
        "INSERT INTO scenarios (profile_id, quarter, name, spec_json, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, quarter, name) "
        "DO UPDATE SET spec_json = excluded.spec_json, updated_at = excluded.updated_at",
        (profile_id, saved.quarter, saved.name, saved.spec.model_dump_json(), now, now),
    )


def delete(conn: sqlite3.Connection, profile_id: str, quarter: str, name: str) -> bool:
    cursor = conn.execute(
        "DELETE FROM scenarios WHERE profile_id = ? AND quarter = ? AND name = ?",
        (profile_id, quarter, name),
    )
    return cursor.rowcount > 0
