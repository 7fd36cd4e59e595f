"""Taxonomy labels as plain text, read straight from resources/content/taxonomy.toml.

The profiles list and the wizard's first page show labels (a sector, a status)
before pydantic is imported: start-up must not wait ~90 ms for it
(docs/benchmarks.md).  ``content.load_taxonomy()`` validates the same file (both
languages, every member); tests/domain/test_content_taxonomy.py checks the two agree.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from enum import StrEnum
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from moatdesk.domain.taxonomy import TAXONOMY_TABLES
from moatdesk.domain.textrules import Lang

TAXONOMY_FILE = "content/taxonomy.toml"
# The parsed tables, kept between starts (keep_parsed_in): a header, the CRC-32 of the
# rest, then marshal's bytes of (the TOML text they were parsed from, the tables).
# marshal's format is Python's own: one file per Python version.
CACHE_MAGIC = b"MDLBL1"
CACHE_NAME = f"taxonomy-py{sys.version_info[0]}{sys.version_info[1]}.bin"

_cache_dir: list[Path] = []


def keep_parsed_in(folder: Path) -> None:
    """Keep the parsed taxonomy in ``folder`` from now on (the app: its data folder's
    ``cache``): the next start reads it back instead of importing tomllib and parsing
    (~8 ms, which the list's and the wizard's first frames would wait for;
    docs/benchmarks.md "Start-up").  A cache that is missing, damaged or parsed from
    another text is parsed again and rewritten; one that cannot be written is skipped."""
    _cache_dir[:] = [Path(folder)]


@cache
def _tables() -> dict[str, Any]:
    text = files("moatdesk.resources").joinpath(TAXONOMY_FILE).read_text(encoding="utf-8")
    folder = _cache_dir[0] if _cache_dir else None
    if folder is not None:
        kept = _read_cached(folder / CACHE_NAME, text)
        if kept is not None:
            return kept
    import tomllib  # here: a start with the cache never imports it

    tables = tomllib.loads(text)
    if folder is not None:
        _write_cached(folder, text, tables)
    return tables


def _read_cached(path: Path, text: str) -> dict[str, Any] | None:
    """The tables kept in ``path`` if they were parsed from ``text`` and are whole."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header = len(CACHE_MAGIC) + 4
    if data[: len(CACHE_MAGIC)] != CACHE_MAGIC or len(data) <= header:
        return None
    payload = data[header:]
    # Checked before marshal reads it: marshal is not meant for damaged bytes.
    if int.from_bytes(data[len(CACHE_MAGIC) : header], "big") != zlib.crc32(payload):
        return None
    try:
        source, tables = marshal.loads(payload)
    except (ValueError, TypeError, EOFError):
        return None
    if source != text or not isinstance(tables, dict):
        return None
    if not all(isinstance(tables.get(name), dict) for name in TAXONOMY_TABLES.values()):
        return None
    return tables


def _write_cached(folder: Path, text: str, tables: dict[str, Any]) -> None:
    """Write the cache whole or not at all (a temporary file, then renamed over)."""
    payload = marshal.dumps((text, tables))
    data = CACHE_MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload
    temporary = folder / f".{CACHE_NAME}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, folder / CACHE_NAME)
    except OSError:  # read-only, full: parsed again next time
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _entry(member: StrEnum) -> dict[str, Any]:
    return _tables()[TAXONOMY_TABLES[type(member)]][member.value]


def label_text(member: StrEnum, lang: Lang) -> str:
    """``member``'s label in ``lang``: "Bio and health", "바이오·헬스케어"."""
    return _entry(member)["label"][lang]


def description_text(member: StrEnum, lang: Lang) -> str:
    """The one-sentence description (EssaySection, Moat and Horizon members only)."""
    return _entry(member)["description"][lang]
