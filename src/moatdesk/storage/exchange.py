"""Reading and writing the profile exchange JSON (ProfileExchange) strictly.

Reading refuses, with a message saying what is wrong: a file over MAX_IMPORT_BYTES
(checked before reading it), bytes that are not UTF-8, malformed or truncated JSON,
duplicate keys, NaN/Infinity, nesting deeper than MAX_DEPTH, lone surrogates
(``"\\ud800"`` escapes), a newer schema_version, and anything the pydantic models
refuse (unknown fields, wrong types).  Nothing here touches the database.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from moatdesk import __version__
from moatdesk.domain.models import SCHEMA_VERSION, Profile, ProfileExchange
from moatdesk.domain.textrules import UnstorableTextError, ensure_storable
from moatdesk.storage.connection import utc_now
from moatdesk.storage.errors import ImportRejectedError, NewerSchemaError

MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 32  # a real export nests 6 levels deep


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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRejectedError(f"{source} is not UTF-8 text (byte {exc.start})") from None
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ImportRejectedError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be truncated"
        ) from None
    except RecursionError:
        raise ImportRejectedError(f"{source} is nested too deeply to be a profile") from None
    except ValueError as exc:  # from the hooks below
        raise ImportRejectedError(f"{source}: {exc}") from None
    _check_tree(raw, source)
    _check_schema_version(raw, source)
    try:
        # strict: "12" is not a team size; JSON strings still read as dates and enums.
        exchange = ProfileExchange.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise ImportRejectedError(f"{source} is not a MoatDesk profile: {_summary(exc)}") from None
    quarters = [a.quarter for a in exchange.profile.assessments]
    repeated = sorted({q for q in quarters if quarters.count(q) > 1})
    if repeated:
        raise ImportRejectedError(
            f"{source} has more than one assessment for {', '.join(repeated)}"
        )
    return exchange


def _read_capped(source: Path) -> bytes:
    try:
        size = source.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportRejectedError(_too_big(source))
        with source.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise ImportRejectedError(f"there is no file {source}") from None
    except IsADirectoryError:
        raise ImportRejectedError(f"{source} is a folder, not a file") from None
    except PermissionError:
        raise ImportRejectedError(f"no permission to read {source}") from None
    except OSError as exc:
        raise ImportRejectedError(f"could not read {source}: {exc.strerror or exc}") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRejectedError(_too_big(source))
    return data


def _too_big(source: Path) -> str:
    return (
        f"{source} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB; a profile is far smaller"
    )


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number a profile can hold")


def _check_tree(raw: Any, source: Path) -> None:
    """Depth cap and lone surrogates anywhere (keys included), without recursion."""
    stack: list[tuple[Any, str, int]] = [(raw, "$", 1)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ImportRejectedError(f"{source} is nested more than {MAX_DEPTH} levels deep")
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
        raise ImportRejectedError(f"{source}, at {shown}: {exc}") from None


def _check_schema_version(raw: Any, source: Path) -> None:
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{source} was exported by a newer MoatDesk (format version {version}; this one "
            f"reads up to {SCHEMA_VERSION}). Update MoatDesk to import it."
        )


def _summary(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "the file"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more problems)" if more > 0 else "")
