"""Validation at the store's boundary: what a caller hands in is checked before any write.

Models built with model_construct/model_copy skip pydantic's validators, so the
store validates again and turns failures into InvalidInputError / NameTakenError.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.quarters import parse_quarter
from moatdesk.domain.textrules import (
    PROFILE_ID_PATTERN,
    UnstorableTextError,
    ensure_storable,
    has_visible_text,
)
from moatdesk.storage import profiles_repo
from moatdesk.storage.errors import InvalidInputError, NameTakenError

if TYPE_CHECKING:
    from pydantic import ValidationError

    from moatdesk.domain.models import CompanyBasics


def checked_name(name: str) -> str:
    """A name a founder can see and the CLI can find: something visible, not id-shaped."""
    if not has_visible_text(name):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "the name has no visible characters; give the profile a name"
            )
        )
    if re.match(PROFILE_ID_PATTERN, name):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” looks like a profile id (32 hexadecimal digits), which would hide "
                "it from lookups; choose another name",
            ),
            name=name,
        )
    return name


def checked_basics(basics: CompanyBasics) -> CompanyBasics:
    """Re-validate: a model built with model_construct/model_copy skips its validators."""
    from pydantic import ValidationError  # with the models, on first use (start-up path)

    from moatdesk.domain.models import CompanyBasics

    checked_name(basics.name)
    try:
        ensure_storable(basics.name)
    except UnstorableTextError as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the company name cannot be saved: it contains an unpaired surrogate "
                "at position {position}",
            ),
            position=exc.position,
        ) from None
    try:
        return CompanyBasics.model_validate(basics.model_dump())
    except ValidationError as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "these company details cannot be saved: {detail}"),
            detail=first_error(exc),
        ) from None


def checked_quarter(quarter: str) -> str:
    try:
        parse_quarter(quarter)
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "“{quarter}” is not a quarter; write it like 2026-Q4"),
            quarter=quarter,
        ) from None
    return quarter


def ensure_name_free(conn: sqlite3.Connection, name: str, own_id: str | None) -> None:
    """NameTakenError if another live profile has this name or one that looks the same."""
    holder = profiles_repo.live_id_by_name(conn, name)
    if holder is None or holder == own_id:
        holder = profiles_repo.live_id_by_key(conn, name, exclude=own_id)
    if holder is not None and holder != own_id:
        raise NameTakenError(
            QT_TRANSLATE_NOOP(
                "Errors", "a profile named “{name}” already exists; choose another name"
            ),
            name=name,
        )


def first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where}: {error['msg']}" if where else error["msg"]
