"""Loading the packaged content: the question bank and the taxonomy's labels.

Owns reading resources/content/questions.toml and taxonomy.toml, validating them
against the domain models, and turning any mistake in them into a ContentError
that names the file and the question (or taxonomy entry) at fault.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError
from moatdesk.domain.labels import TAXONOMY_FILE
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.taxonomy import (
    TAXONOMY_TABLES,
    EssaySection,
    Horizon,
    Moat,
)
from moatdesk.domain.text import LocalizedText

QUESTIONS_FILE = "content/questions.toml"


class ContentError(MoatDeskError):
    """A packaged content file is missing, is not valid TOML or breaks the schema."""


# ----------------------------------------------------------------- reading
def _read_resource(name: str) -> str:
    resource = files("moatdesk.resources").joinpath(name)
    try:
        return resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "cannot read content file {name}: {detail}"),
            name=name,
            detail=exc,
        ) from None


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "{source} is not valid TOML: {detail}"),
            source=source,
            detail=exc,
        ) from None


def _problems(source: str, lines: list[str]) -> ContentError:
    """One error listing every problem (the lines are pydantic's English, kept as a detail)."""
    return ContentError(
        QT_TRANSLATE_NOOP("Errors", "{source} has {count} problem(s):\n{problems}"),
        source=source,
        count=len(lines),
        problems="\n".join(lines),
    )


def _describe_errors(exc: ValidationError, raw: dict[str, Any], source: str) -> ContentError:
    """One line per problem, naming the question id instead of a list index."""
    questions = raw.get("questions")
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
            index = loc[1]
            qid = None
            if isinstance(questions, list) and index < len(questions):
                entry = questions[index]
                qid = entry.get("id") if isinstance(entry, dict) else None
            rest = ".".join(str(part) for part in loc[2:])
            label = f"question {qid!r}" if qid else f"question #{index + 1} (no id)"
            where = f"{label} {rest}".rstrip()
        lines.append(f"  - {where}: {error['msg']}")
    return _problems(source, lines)


# ----------------------------------------------------------------- question bank
def parse_bank(text: str, source: str = QUESTIONS_FILE) -> QuestionBank:
    """Validate a question bank's TOML text; the same check the app runs at load."""
    raw = _parse_toml(text, source)
    try:
        return QuestionBank.model_validate(raw)
    except ValidationError as exc:
        raise _describe_errors(exc, raw, source) from None


@cache
def load_bank() -> QuestionBank:
    """The packaged question bank, read and validated once per process."""
    return parse_bank(_read_resource(QUESTIONS_FILE))


# ----------------------------------------------------------------- taxonomy
# Vocabularies whose every member must also carry a one-sentence description.
DESCRIBED: tuple[type[StrEnum], ...] = (EssaySection, Moat, Horizon)


class TaxonomyEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: LocalizedText
    description: LocalizedText | None = None


class Taxonomy(BaseModel):
    """Labels (and for some vocabularies descriptions) of every enum member."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tables: dict[str, dict[str, TaxonomyEntry]]

    def _entry(self, member: StrEnum) -> TaxonomyEntry:
        table = TAXONOMY_TABLES.get(type(member))
        if table is None:
            raise KeyError(f"{type(member).__name__} is not a taxonomy vocabulary")
        return self.tables[table][member.value]

    def label(self, member: StrEnum) -> LocalizedText:
        return self._entry(member).label

    def description(self, member: StrEnum) -> LocalizedText:
        """The one-sentence description; only EssaySection, Moat and Horizon have one."""
        description = self._entry(member).description
        if description is None:
            raise KeyError(f"{type(member).__name__}.{member.name} has no description")
        return description

    def has_description(self, member: StrEnum) -> bool:
        return self._entry(member).description is not None


def _check_complete(taxonomy: Taxonomy, source: str) -> None:
    problems: list[str] = []
    known = set(TAXONOMY_TABLES.values())
    problems += [f"  - unknown table [{name}]" for name in taxonomy.tables if name not in known]
    for enum, table in TAXONOMY_TABLES.items():
        entries = taxonomy.tables.get(table, {})
        members = {m.value for m in enum}
        problems += [f"  - [{table}.{v}] has no label" for v in sorted(members - set(entries))]
        problems += [
            f"  - [{table}.{k}] is not a {enum.__name__}" for k in entries if k not in members
        ]
        if enum in DESCRIBED:
            problems += [
                f"  - [{table}.{k}] has no description"
                for k, entry in entries.items()
                if entry.description is None
            ]
    if problems:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "{source} is incomplete:\n{problems}"),
            source=source,
            problems="\n".join(problems),
        )


def parse_taxonomy(text: str, source: str = TAXONOMY_FILE) -> Taxonomy:
    """Validate taxonomy TOML text: every vocabulary member labelled, nothing unknown."""
    raw = _parse_toml(text, source)
    try:
        taxonomy = Taxonomy.model_validate({"tables": raw})
    except ValidationError as exc:
        lines = [f"  - {'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()]
        raise _problems(source, lines) from None
    _check_complete(taxonomy, source)
    return taxonomy


@cache
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy, read and validated once per process."""
    return parse_taxonomy(_read_resource(TAXONOMY_FILE))
