"""Reading and writing the profile exchange JSON (ProfileExchange) strictly.

Reading refuses, with a message saying what is wrong: a file over MAX_IMPORT_BYTES
(checked before reading it), bytes that are not UTF-8, malformed or truncated JSON,
duplicate keys, NaN/Infinity, nesting deeper than MAX_DEPTH, lone surrogates
(``"\\ud800"`` escapes), a newer schema_version, and anything the pydantic models
refuse (unknown fields, wrong types).  An older schema_version is upgraded first
(``upgrade_exchange``: a version-1 file's assessments get the profile's basics).
Nothing here touches the database.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from moatdesk import __version__
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import SCHEMA_VERSION, Profile, ProfileExchange, upgrade_exchange
from moatdesk.domain.textrules import UnstorableTextError, ensure_storable
from moatdesk.storage.connection import utc_now
from moatdesk.storage.errors import ImportRejectedError, NewerSchemaError
from moatdesk.storage.limits import MAX_IMPORT_BYTES  # follows from the store's limits

MAX_DEPTH = 32  # a real export nests 6 levels deep
MAX_INT_DIGITS = 20  # the largest integer a profile holds is a team size (7 digits)


def dump_exchange(profile: Profile) -> bytes:
    exchange = ProfileExchange(
        schema_version=SCHEMA_VERSION,
        app_version=__version__,
        exported_at=utc_now(),
        profile=profile,
    )
    return exchange.model_dump_json(indent=2).encode("utf-8") + b"\n"


def read_exchange(source: Path) -> ProfileExchange:
    source = Path(source)
    data = _read_capped(source)
    if data.startswith(codecs.BOM_UTF8):  # editors on Windows add one; it is still UTF-8
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source} is not UTF-8 text (byte {byte})"),
            source=source,
            byte=exc.start,
        ) from None
    try:
        raw = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constants,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} is not valid JSON (line {line}, column {column}: {detail}); "
                "it may be truncated",
            ),
            source=source,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from None
    except RecursionError:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source} is nested too deeply to be a profile"),
            source=source,
        ) from None
    except _DuplicateKeyError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source}: the key “{key}” appears twice in one object"),
            source=source,
            key=exc.key,
        ) from None
    except _NotANumberError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source}: {constant} is not a number a profile can hold"),
            source=source,
            constant=exc.constant,
        ) from None
    except _TooManyDigitsError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source}: a number with {digits} digits is not one a profile can hold "
                "(at most {most})",
            ),
            source=source,
            digits=exc.digits,
            most=MAX_INT_DIGITS,
        ) from None
    _check_tree(raw, source)
    _check_schema_version(raw, source)
    if isinstance(raw, dict) and (upgraded := upgrade_exchange(raw)) is not raw:
        text = json.dumps(upgraded, ensure_ascii=False)  # an older version, in today's shape
    try:
        # strict: "12" is not a team size; JSON strings still read as dates and enums.
        exchange = ProfileExchange.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source} is not a MoatDesk profile: {detail}"),
            source=source,
            detail=_summary(exc),
        ) from None
    quarters = [a.quarter for a in exchange.profile.assessments]
    repeated = sorted({q for q in quarters if quarters.count(q) > 1})
    if repeated:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source} has more than one assessment for {quarters}"),
            source=source,
            quarters=", ".join(repeated),
        )
    return exchange


def _bank_version(text: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in text.split("."))
    except ValueError:
        return None


def check_answers(profile: Profile, source: Path) -> tuple[str, ...]:
    """Every answer against the question bank of its review: a value that does not fit
    its question, or a question the bank does not have, is refused (naming both).

    This MoatDesk has one bank; a review made with an older or the same version is
    checked against it.  A review whose file says it used a newer bank may answer
    questions we do not know yet: those answers are kept (a later MoatDesk scores them)
    and returned as "quarter: question id", for the caller to say so.
    """
    from moatdesk.domain.answers import validate_answer
    from moatdesk.domain.content import load_bank

    bank = load_bank()
    questions = {q.id: q for q in bank.questions}
    ours = _bank_version(bank.version) or ()
    kept = []
    for assessment in profile.assessments:
        theirs = _bank_version(assessment.bank_version)
        newer = theirs is not None and theirs > ours
        for question_id, answer in assessment.answers.items():
            question = questions.get(question_id)
            if question is None:
                if newer:
                    kept.append(f"{assessment.quarter}: {question_id}")
                    continue
                raise ImportRejectedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{source}, {quarter}: there is no question “{question}” in question "
                        "bank {bank}, which this review says it used",
                    ),
                    source=source,
                    quarter=assessment.quarter,
                    question=question_id,
                    bank=assessment.bank_version,
                )
            try:
                validate_answer(question, answer)
            except ValueError as exc:
                raise ImportRejectedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{source}, {quarter}: the answer {value} does not fit the question "
                        "“{question}” ({detail})",
                    ),
                    source=source,
                    quarter=assessment.quarter,
                    value=repr(answer.value),
                    question=question_id,
                    detail=str(exc).removeprefix(f"{question_id}: "),
                ) from None
    return tuple(kept)


def _read_capped(source: Path) -> bytes:
    try:
        size = source.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise _too_big(source)
        with source.open("rb") as fh:
            # What stat() saw and a byte more, not a buffer of the cap's size (181 MiB
            # for a 25 KB profile); a file grown since then is read on, up to the cap.
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_IMPORT_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "there is no file {source}"), source=source
        ) from None
    except IsADirectoryError:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "{source} is a folder, not a file"), source=source
        ) from None
    except PermissionError:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "no permission to read {source}"), source=source
        ) from None
    except OSError as exc:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP("Errors", "could not read {source}: {detail}"),
            source=source,
            detail=exc.strerror or exc,
        ) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(source)
    return data


def _too_big(source: Path) -> ImportRejectedError:
    return ImportRejectedError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{source} is larger than {megabytes} MB, more than any profile MoatDesk can export",
        ),
        source=source,
        megabytes=MAX_IMPORT_BYTES // (1024 * 1024),
    )


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NotANumberError(ValueError):
    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _NotANumberError(name)


class _TooManyDigitsError(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _bounded_int(text: str) -> int:
    """Before int(): Python refuses over 4,300 digits with a ValueError that named
    sys.set_int_max_str_digits(); no value of a profile needs more than MAX_INT_DIGITS."""
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise _TooManyDigitsError(digits)
    return int(text)


def _check_tree(raw: Any, source: Path) -> None:
    """Depth cap and lone surrogates anywhere (keys included), without recursion."""
    stack: list[tuple[Any, str, int]] = [(raw, "$", 1)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ImportRejectedError(
                QT_TRANSLATE_NOOP("Errors", "{source} is nested more than {depth} levels deep"),
                source=source,
                depth=MAX_DEPTH,
            )
        if isinstance(node, dict):
            for key, value in node.items():
                _check_text(key, f"{where}.{key!r}", source)
                stack.append((value, f"{where}.{key}", depth + 1))
        elif isinstance(node, list):
            stack.extend((value, f"{where}[{i}]", depth + 1) for i, value in enumerate(node))
        elif isinstance(node, str):
            _check_text(node, where, source)


def _check_text(text: str, where: str, source: Path) -> None:
    try:
        ensure_storable(text)
    except UnstorableTextError as exc:
        shown = where.encode("utf-8", "backslashreplace").decode("utf-8")
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source}, at {where}: the text contains an unpaired surrogate "
                "at position {position}",
            ),
            source=source,
            where=shown,
            position=exc.position,
        ) from None


def _check_schema_version(raw: Any, source: Path) -> None:
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source} was exported by a newer MoatDesk (format version {version}; this one "
                "reads up to {known}). Update MoatDesk to import it.",
            ),
            source=source,
            version=version,
            known=SCHEMA_VERSION,
        )


def _summary(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "the file"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more problems)" if more > 0 else "")
