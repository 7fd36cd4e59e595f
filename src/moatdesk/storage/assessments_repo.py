"""SQL for the assessments table: one row per (profile, quarter), answers as JSON text.

Autosave is a single UPDATE of ``answers_json``; rows are validated with the
domain's Assessment model on the way out.  pydantic and the models are imported on the
first read or write of an assessment, not with the module (the app's start-up path).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.domain.textrules import UnstorableTextError, ensure_storable
from moatdesk.storage.connection import from_text, to_text
from moatdesk.storage.errors import CorruptDatabaseError, InvalidInputError

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from moatdesk.domain.models import Answer, Assessment

_COLUMNS = (
    "quarter, status, amended, bank_version, answers_json, created_at, updated_at, finalised_at"
)


@cache
def _answers() -> TypeAdapter[dict[str, Answer]]:
    from pydantic import TypeAdapter

    from moatdesk.domain.models import Answer

    return TypeAdapter(dict[str, Answer])


def answers_to_json(answers: dict[str, Answer]) -> str:
    """Validated JSON for `answers`; InvalidInputError names the answer that cannot be stored."""
    from pydantic import ValidationError

    for question_id, answer in answers.items():
        for what, text in (
            ("question id", question_id),
            ("answer", answer.value),
            ("note", answer.note),
        ):
            if isinstance(text, str):
                try:
                    ensure_storable(text)
                except UnstorableTextError as exc:
                    raise InvalidInputError(f"the {what} of {question_id!r}: {exc}") from None
    try:
        adapter = _answers()
        return adapter.dump_json(adapter.validate_python(answers)).decode("utf-8")
    except ValidationError as exc:
        raise InvalidInputError(
            f"these answers cannot be saved: {exc.errors()[0]['msg']}"
        ) from None


def _from_row(profile_id: str, row: tuple) -> Assessment:
    from pydantic import ValidationError

    from moatdesk.domain.models import Assessment

    quarter, status, amended, bank_version, answers_json, created, updated, finalised = row
    try:
        return Assessment(
            quarter=quarter,
            bank_version=bank_version,
            status=AssessmentStatus(status),
            amended=bool(amended),
            answers=_answers().validate_json(answers_json),
            created_at=from_text(created),
            updated_at=from_text(updated),
            finalised_at=from_text(finalised) if finalised else None,
        )
    except (ValidationError, ValueError) as exc:
        raise CorruptDatabaseError(
            f"the stored {quarter} assessment of profile {profile_id} is not valid: {exc}"
        ) from None


def insert(conn: sqlite3.Connection, profile_id: str, a: Assessment) -> None:
    conn.execute(
        f"INSERT INTO assessments (profile_id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            profile_id,
            a.quarter,
            a.status.value,
            int(a.amended),
            a.bank_version,
            answers_to_json(a.answers),
            to_text(a.created_at),
            to_text(a.updated_at),
            to_text(a.finalised_at) if a.finalised_at else None,
        ),
    )


def get(conn: sqlite3.Connection, profile_id: str, quarter: str) -> Assessment | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM assessments WHERE profile_id = ? AND quarter = ?",
        (profile_id, quarter),
    ).fetchone()
    return _from_row(profile_id, row) if row else None


def history(conn: sqlite3.Connection, profile_id: str) -> list[Assessment]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM assessments WHERE profile_id = ? ORDER BY quarter",
        (profile_id,),
    ).fetchall()
    return [_from_row(profile_id, row) for row in rows]


def quarters(conn: sqlite3.Connection, profile_id: str) -> set[str]:
    rows = conn.execute("SELECT quarter FROM assessments WHERE profile_id = ?", (profile_id,))
    return {q for (q,) in rows}


def latest_final_before(
    conn: sqlite3.Connection, profile_id: str, quarter: str
) -> Assessment | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM assessments WHERE profile_id = ? AND quarter < ? "
        "AND status = 'final' ORDER BY quarter DESC LIMIT 1",
        (profile_id, quarter),
    ).fetchone()
    return _from_row(profile_id, row) if row else None


def save_answers(
    conn: sqlite3.Connection, profile_id: str, quarter: str, answers_json: str, now: datetime
) -> int:
    """The autosave: one UPDATE of a draft. Returns the number of rows changed (0 or 1)."""
    return conn.execute(
        "UPDATE assessments SET answers_json = ?, updated_at = ? "
        "WHERE profile_id = ? AND quarter = ? AND status = 'draft'",
        (answers_json, to_text(now), profile_id, quarter),
    ).rowcount


def set_status(
    conn: sqlite3.Connection, profile_id: str, quarter: str, status: AssessmentStatus, now: datetime
) -> None:
    """Finalising stamps finalised_at; going back to draft marks the quarter amended."""
    if status is AssessmentStatus.FINAL:
        changes = "status = 'final', finalised_at = :now"
    else:
        changes = "status = 'draft', amended = 1"
    conn.execute(
        f"UPDATE assessments SET {changes}, updated_at = :now "
        "WHERE profile_id = :profile_id AND quarter = :quarter",
        {"now": to_text(now), "profile_id": profile_id, "quarter": quarter},
    )
