"""Issue 10 item 4: the import cap follows from the store's own limits.

The cap was 10 MB and refused the app's own export of a legitimate profile (five quarters
of long Hangul notes: 13.5 MB).  Now the store has limits (quarters per profile, bytes and
answers per quarter) and the cap is the largest export they allow: the largest profile a
founder can create exports and imports back whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.quarters import format_quarter
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.textrules import MAX_NAME_CHARS, MAX_NOTE_CHARS
from moatdesk.storage import limits
from moatdesk.storage.errors import InvalidInputError
from moatdesk.storage.store import ProfileStore


def _valid(question) -> object:
    return {
        QuestionKind.SCALE: 2,
        QuestionKind.YES_NO: True,
        QuestionKind.CHOICE: question.options[0].value if question.options else None,
        QuestionKind.NUMBER: question.number.minimum if question.number else None,
        QuestionKind.TEXT: "",
    }[question.kind]


def _largest_quarter() -> dict[str, Answer]:
    """Every question answered with a 20,000-character Hangul note, free-text answers as
    long as the quarter's byte limit lets them be."""
    questions = load_bank().questions
    answers = {q.id: Answer(value=_valid(q), note="한" * MAX_NOTE_CHARS) for q in questions}
    texts = [q.id for q in questions if q.kind is QuestionKind.TEXT]
    used = sum(
        len(json.dumps(a.model_dump(), ensure_ascii=False).encode()) + 40 for a in answers.values()
    )
    room = (limits.MAX_QUARTER_ANSWER_BYTES - used) // (3 * len(texts)) - 64
    for qid in texts:
        answers[qid] = Answer(value="글" * min(room, MAX_NOTE_CHARS), note="한" * MAX_NOTE_CHARS)
    return answers


def test_five_quarters_of_long_hangul_notes_import_again(store, make_basics, tmp_path: Path):
    profile = store.create_profile(make_basics("한" * MAX_NAME_CHARS))
    for n in range(5):
        store.save_draft(
            profile.id, format_quarter(2025, n % 4 + 1) if n < 4 else "2026-Q1", _largest_quarter()
        )
    exported = store.export_json(profile.id, tmp_path / "big.json")
    assert exported.stat().st_size > 13 * 10**6  # the file the old 10 MB cap refused
    before = store.get_profile(profile.id)
    store.delete_profile(profile.id)
    store.purge_trash(older_than_days=0)
    assert store.import_json(exported).profile == before


def test_a_quarter_over_its_byte_limit_is_refused_whole(store, make_basics):
    profile = store.create_profile(make_basics("Acme"))
    escaped = "\x01" * MAX_NOTE_CHARS  # 6 bytes each in JSON: 45 of these exceed 3 MiB
    too_big = {q.id: Answer(note=escaped) for q in load_bank().questions}
    with pytest.raises(InvalidInputError, match="at most 3 MB a quarter"):
        store.save_draft(profile.id, "2026-Q3", too_big)
    assert store.history(profile.id) == []


def test_too_many_answers_in_a_quarter_are_refused(store, make_basics):
    profile = store.create_profile(make_basics("Acme"))
    many = {f"x.q{i}": Answer(value=1) for i in range(limits.MAX_ANSWERS_PER_QUARTER + 1)}
    with pytest.raises(InvalidInputError, match="more than MoatDesk keeps"):
        store.save_draft(profile.id, "2026-Q3", many)


def test_a_profile_keeps_at_most_max_quarters(store, make_basics, tmp_path: Path):
    profile = store.create_profile(make_basics("Acme"))
    for n in range(limits.MAX_QUARTERS):
        store.create_assessment(profile.id, format_quarter(2000 + n // 4, n % 4 + 1))
    with pytest.raises(InvalidInputError, match=f"at most {limits.MAX_QUARTERS} quarters"):
        store.create_assessment(profile.id, "2026-Q4")
    with pytest.raises(InvalidInputError):
        store.save_draft(profile.id, "2026-Q4", {})
    exported = store.export_json(profile.id, tmp_path / "full.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    extra = dict(data["profile"]["assessments"][0], quarter="2026-Q4")
    data["profile"]["assessments"].append(extra)
    data["profile"]["id"] = "c" * 32
    exported.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=f"at most {limits.MAX_QUARTERS} quarters"):
        store.import_json(exported)


@pytest.mark.slow
def test_the_largest_profile_the_store_allows_exports_and_imports_back(
    data_dir: Path, make_basics, tmp_path: Path
):
    """MAX_QUARTERS quarters, each at its byte limit: the export fits under the import cap."""
    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(make_basics("한" * MAX_NAME_CHARS))
        quarter = _largest_quarter()
        for n in range(limits.MAX_QUARTERS):
            store.save_draft(profile.id, format_quarter(2000 + n // 4, n % 4 + 1), quarter)
        exported = store.export_json(profile.id, tmp_path / "largest.json")
        size = exported.stat().st_size
        assert limits.MAX_IMPORT_BYTES * 0.9 < size <= limits.MAX_IMPORT_BYTES
        before = store.get_profile(profile.id)
    other = tmp_path / "other"
    with ProfileStore.open(other) as fresh:
        assert fresh.import_json(exported).profile == before
