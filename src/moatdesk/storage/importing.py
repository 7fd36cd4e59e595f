"""Applying an accepted exchange file to the database, never overwriting anything.

Same profile id, live: only the quarters the store lacks are added.  Otherwise a new
profile, renamed "Name (imported)" if the name is taken, with a new id if that id
is in the trash.  Runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from moatdesk.storage import assessments_repo, profiles_repo

if TYPE_CHECKING:
    from moatdesk.domain.models import Profile


def apply_import(conn: sqlite3.Connection, incoming: Profile) -> tuple[str, bool, list[str]]:
    """(profile id, created, the quarters added, sorted)."""
    found = profiles_repo.row(conn, incoming.id, include_trash=True)
    if found is not None and found[4] is None:
        have = assessments_repo.quarters(conn, incoming.id)
        added = [a for a in incoming.assessments if a.quarter not in have]
        profile_id, created = incoming.id, False
    else:
        profile_id = incoming.id if found is None else profiles_repo.new_profile_id()
        name = profiles_repo.unique_name(conn, incoming.basics.name, "imported")
        basics = incoming.basics.model_copy(update={"name": name})
        profiles_repo.insert(conn, profile_id, basics, incoming.created_at, incoming.updated_at)
        added, created = list(incoming.assessments), True
    assessments_repo.ensure_room(conn, profile_id, len(added))  # MAX_QUARTERS
    for assessment in added:
        assessments_repo.insert(conn, profile_id, assessment)
    return profile_id, created, sorted(a.quarter for a in added)
