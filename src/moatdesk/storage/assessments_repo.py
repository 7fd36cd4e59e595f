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

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.domain.textrules import UnstorableTextError, ensure_storable
from moatdesk.storage.checks import first_error
from moatdesk.storage.connection import from_text, to_text
from moatdesk.storage.errors import CorruptDatabaseError, InvalidInputError
from moatdesk.storage.limits import (
    MAX_ANSWERS_PER_QUARTER,
    MAX_QUARTER_ANSWER_BYTES,
    MAX_QUARTERS,
)

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from moatdesk.domain.models import Answer, Assessment

_COLUMNS = (
    "quarter, status, amended, backfilled, bank_version, basics_json, answers_json, "
    "created_at, updated_at, finalised_at"
)


@cache
def _answers() -> TypeAdapter[dict[str, Answer]]:
    from pydantic import TypeAdapter

    from moatdesk.domain.models import Answer

    return TypeAdapter(dict[str, Answer])


# Which text could not be stored, each a whole sentence for the translator.
_UNSTORABLE_ID = QT_TRANSLATE_NOOP(
    "Errors",
    "the question id “{question}” cannot be saved: it contains an unpaired surrogate "
    "at position {position}",
)
_UNSTORABLE_ANSWER = QT_TRANSLATE_NOOP(
    "Errors",
    "the answer to “{question}” cannot be saved: it contains an unpaired surrogate "
    "at position {position}",
)
_UNSTORABLE_NOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "the note on “{question}” cannot be saved: it contains an unpaired surrogate "
    "at position {position}",
)


def _unstorable_at(value: object) -> int | None:
    """Where text stops being storable (a lone surrogate), or None; non-text is fine."""
    if isinstance(value, str):
        try:
            ensure_storable(value)
        except UnstorableTextError as exc:
            return exc.position
    return None


def answers_to_json(answers: dict[str, Answer]) -> str:
    """Validated JSON for `answers`; InvalidInputError names the answer that cannot be stored."""
    from pydantic import ValidationError

    if len(answers) > MAX_ANSWERS_PER_QUARTER:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} answers in one quarter are more than MoatDesk keeps ({most})"
            ),
            count=len(answers),
            most=MAX_ANSWERS_PER_QUARTER,
        )
    for question_id, answer in answers.items():
        if (at := _unstorable_at(question_id)) is not None:
            raise InvalidInputError(_UNSTORABLE_ID, question=question_id, position=at)
        if (at := _unstorable_at(answer.value)) is not None:
            raise InvalidInputError(_UNSTORABLE_ANSWER, question=question_id, position=at)
        if (at := _unstorable_at(answer.note)) is not None:
            raise InvalidInputError(_UNSTORABLE_NOTE, question=question_id, position=at)
    try:
        adapter = _answers()
        data = adapter.dump_json(adapter.validate_python(answers))
    except ValidationError as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "these answers cannot be saved: {detail}"),
            detail=exc.errors()[0]["msg"],
        ) from None
    if len(data) > MAX_QUARTER_ANSWER_BYTES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "one quarter's answers and notes would take {size} MB; MoatDesk keeps at most "
                "{most} MB a quarter. Shorten some notes.",
            ),
            size=f"{len(data) / 2**20:.1f}",
            most=MAX_QUARTER_ANSWER_BYTES // 2**20,
        )
    return data.decode("utf-8")


def count(conn: sqlite3.Connection, profile_id: str) -> int:
    return conn.execute(
        "SELECT COUNT(*) FROM assessments WHERE profile_id = ?", (profile_id,)
    ).fetchone()[0]


def ensure_room(conn: sqlite3.Connection, profile_id: str, adding: int = 1) -> None:
    """InvalidInputError if the profile would have more than MAX_QUARTERS quarters."""
    have = count(conn, profile_id)
    if have + adding > MAX_QUARTERS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a profile keeps at most {most} quarters ({years} years of reviews); this one "
                "already has {have}",
            ),
            most=MAX_QUARTERS,
            years=MAX_QUARTERS // 4,
            have=have,
        )


def _from_row(profile_id: str, row: tuple) -> Assessment:
    from pydantic import ValidationError

    from moatdesk.domain.models import Assessment, CompanyBasics

    (quarter, status, amended, backfilled, bank_version, basics_json, answers_json) = row[:7]
    created, updated, finalised = row[7:]
    try:
        return Assessment(
            quarter=quarter,
            basics=CompanyBasics.model_validate_json(basics_json),
            backfilled=bool(backfilled),
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
            QT_TRANSLATE_NOOP(
                "Errors",
                "the stored {quarter} assessment of profile {profile} is not valid: {detail}",
            ),
            quarter=quarter,
            profile=profile_id,
            # pydantic's first reason, as for stored basics: its whole text is several
            # lines and a link to its docs, which a founder's dialog has no use for
            detail=first_error(exc) if isinstance(exc, ValidationError) else exc,
        ) from None


def insert(conn: sqlite3.Connection, profile_id: str, a: Assessment) -> None:
    conn.execute(
        f"INSERT INTO assessments (profile_id, {_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            profile_id,
            a.quarter,
            a.status.value,
            int(a.amended),
            int(a.backfilled),
            a.bank_version,
            a.basics.model_dump_json(),
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


def latest_before(conn: sqlite3.Connection, profile_id: str, quarter: str) -> Assessment | None:
    """The newest assessment of any status before ``quarter`` (its basics seed a new one)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM assessments WHERE profile_id = ? AND quarter < ? "
        "ORDER BY quarter DESC LIMIT 1",
        (profile_id, quarter),
    ).fetchone()
    return _from_row(profile_id, row) if row else None


def latest_quarter(conn: sqlite3.Connection, profile_id: str) -> str | None:
    row = conn.execute(
        "SELECT MAX(quarter) FROM assessments WHERE profile_id = ?", (profile_id,)
    ).fetchone()
    return row[0]


def save_basics(
    conn: sqlite3.Connection, profile_id: str, quarter: str, basics_json: str, now: datetime
) -> int:
    """A draft's basics (its quarter's stage, team…). Rows changed (0 or 1)."""
    return conn.execute(
        "UPDATE assessments SET basics_json = ?, updated_at = ? "
        "WHERE profile_id = ? AND quarter = ? AND status = 'draft'",
        (basics_json, to_text(now), profile_id, quarter),
    ).rowcount


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
