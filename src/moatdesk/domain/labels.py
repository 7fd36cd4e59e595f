"""Taxonomy labels as plain text, read straight from resources/content/taxonomy.toml.

The profiles list and the wizard's first page show labels (a sector, a status)
before pydantic is imported: start-up must not wait ~90 ms for it
(docs/benchmarks.md).  ``content.load_taxonomy()`` validates the same file (both
languages, every member); tests/domain/test_content_taxonomy.py checks the two agree.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any

from moatdesk.domain.taxonomy import TAXONOMY_TABLES
from moatdesk.domain.textrules import Lang

TAXONOMY_FILE = "content/taxonomy.toml"


@cache
def _tables() -> dict[str, Any]:
    text = files("moatdesk.resources").joinpath(TAXONOMY_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _entry(member: StrEnum) -> dict[str, Any]:
    return _tables()[TAXONOMY_TABLES[type(member)]][member.value]


def label_text(member: StrEnum, lang: Lang) -> str:
    """``member``'s label in ``lang``: "Bio and health", "바이오·헬스케어"."""
    return _entry(member)["label"][lang]


def description_text(member: StrEnum, lang: Lang) -> str:
    """The one-sentence description (EssaySection, Moat and Horizon members only)."""
    return _entry(member)["description"][lang]
