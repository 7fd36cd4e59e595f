"""docs/essay-mapping.md stays true to the content: no stale id, no unmapped question."""

from __future__ import annotations

import re
from pathlib import Path

from moatdesk.domain.actions import load_action_library
from moatdesk.domain.attacks import load_attacks
from moatdesk.domain.content import load_bank
from moatdesk.domain.flags import load_flag_rules
from moatdesk.domain.questions import QuestionKind

MAPPING = Path(__file__).resolve().parents[2] / "docs" / "essay-mapping.md"
QUESTION_ID = re.compile(r"`([a-z_]+\.[a-z0-9_]+)`")
OTHER_ID = re.compile(r"`(flag|action|attack):([a-z0-9_]+)`")


def _text() -> str:
    return MAPPING.read_text(encoding="utf-8")


def _mapped_ids() -> set[str]:
    return set(QUESTION_ID.findall(_text()))


def _known_other_ids() -> dict[str, set[str]]:
    return {
        "flag": {f.id for f in load_flag_rules().flags},
        "action": {a.id for a in load_action_library().actions},
        "attack": {a.id for a in load_attacks().attacks},
    }


def test_every_id_in_the_essay_mapping_exists_in_the_bank() -> None:
    missing = _mapped_ids() - set(load_bank().by_id())
    assert not missing, f"docs/essay-mapping.md names unknown questions: {sorted(missing)}"


def test_every_flag_action_and_attack_named_exists() -> None:
    known = _known_other_ids()
    named = OTHER_ID.findall(_text())
    assert len(named) > 30  # the page names the flags, actions and attacks, not only questions
    missing = sorted(f"{kind}:{ident}" for kind, ident in named if ident not in known[kind])
    assert not missing, f"docs/essay-mapping.md names unknown content: {missing}"


def test_every_question_in_the_bank_is_mapped_to_an_essay_claim() -> None:
    unmapped = set(load_bank().by_id()) - _mapped_ids()
    assert not unmapped, f"questions missing from docs/essay-mapping.md: {sorted(unmapped)}"


def test_every_scored_question_is_mapped() -> None:
    """The issue's rule, stated for what the engine scores: each feeding question is listed."""
    scored = {q.id for q in load_bank().questions if q.feeds}
    assert scored - _mapped_ids() == set()
    assert all(q.kind is not QuestionKind.TEXT for q in load_bank().questions if q.feeds)


def test_every_attack_and_flag_is_mapped() -> None:
    named = set(OTHER_ID.findall(_text()))
    known = _known_other_ids()
    for kind in ("flag", "attack"):
        unmapped = {i for i in known[kind] if (kind, i) not in named}
        assert not unmapped, f"{kind}s missing from docs/essay-mapping.md: {sorted(unmapped)}"


def test_every_essay_section_has_mapped_claims() -> None:
    text = _text()
    for number in range(1, 8):
        heading = re.search(rf"^## {number}\. .*$", text, flags=re.MULTILINE)
        assert heading, f"no section {number} in docs/essay-mapping.md"
