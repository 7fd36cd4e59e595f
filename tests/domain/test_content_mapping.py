"""docs/essay-mapping.md stays true to the bank: no stale ids, no unmapped question."""

from __future__ import annotations

import re
from pathlib import Path

from moatdesk.domain.content import load_bank

MAPPING = Path(__file__).resolve().parents[2] / "docs" / "essay-mapping.md"
QUESTION_ID = re.compile(r"`([a-z_]+\.[a-z0-9_]+)`")


def _mapped_ids() -> set[str]:
    return set(QUESTION_ID.findall(MAPPING.read_text(encoding="utf-8")))


def test_every_id_in_the_essay_mapping_exists_in_the_bank() -> None:
    missing = _mapped_ids() - set(load_bank().by_id())
    assert not missing, f"docs/essay-mapping.md names unknown questions: {sorted(missing)}"


def test_every_question_in_the_bank_is_mapped_to_an_essay_claim() -> None:
    unmapped = set(load_bank().by_id()) - _mapped_ids()
    assert not unmapped, f"questions missing from docs/essay-mapping.md: {sorted(unmapped)}"


def test_every_essay_section_has_mapped_claims() -> None:
    text = MAPPING.read_text(encoding="utf-8")
    for number in range(1, 8):
        heading = re.search(rf"^## {number}\. .*$", text, flags=re.MULTILINE)
        assert heading, f"no section {number} in docs/essay-mapping.md"
