"""Listing and searching profiles: in SQL, from covering indexes alone, matching names as
they look (Unicode case folding, NFC/NFD, zero-width characters), ``%`` and ``_`` literal."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from moatdesk.storage import profiles_repo
from moatdesk.storage.store import ProfileStore


def _names(summaries) -> list[str]:
    return [s.name for s in summaries]


@pytest.fixture
def named(store: ProfileStore, make_basics, answers) -> ProfileStore:
    for name in (
        "Acme Labs",
        "ACME Robotics",
        "100% Margin",
        "100x_Growth",
        "Under_score",
        "노을 헬스케어",
        unicodedata.normalize("NFD", "노을 바이오"),  # typed on a decomposing keyboard
        "Zero\u200bWidth",
        "Straße AI",
        "École Numérique",
    ):
        profile = store.create_profile(make_basics(name))
        store.save_draft(profile.id, "2026-Q4", answers)
    return store


def test_every_table_read_of_the_list_and_the_search_is_a_covering_index(named: ProfileStore):
    conn = named._conn
    for sql in (profiles_repo._SUMMARY_SQL, profiles_repo._SEARCH_SQL):
        plan = [
            row[3]
            for row in conn.execute(
                f"EXPLAIN QUERY PLAN {sql}", {"current": "2026-Q4", "needle": "a"}
            )
        ]
        reads = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
        assert len(reads) == 6  # the profiles, the latest quarter, four per-profile facts
        assert all("COVERING INDEX" in step for step in reads), plan
        assert any("profiles_list" in step for step in reads)


def test_the_trash_purge_on_open_reads_only_trashed_entries(named: ProfileStore):
    plan = [
        row[3]
        for row in named._conn.execute(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM profiles "
            "WHERE deleted_at IS NOT NULL AND deleted_at < '2026'"
        )
    ]
    assert plan == [
        "SEARCH profiles USING COVERING INDEX profiles_list (deleted_at>? AND deleted_at<?)"
    ]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("acme", ["Acme Labs", "ACME Robotics"]),
        ("ROBO", ["ACME Robotics"]),
        ("%", ["100% Margin"]),  # not LIKE's "anything"
        ("0%", ["100% Margin"]),
        ("_", ["100x_Growth", "Under_score"]),  # not LIKE's "any one character"
        ("0_", []),
        ("노을", ["노을 바이오", "노을 헬스케어"]),  # the NFD name found by an NFC search
        (unicodedata.normalize("NFD", "바이오"), ["노을 바이오"]),
        ("헬스", ["노을 헬스케어"]),
        ("zerowidth", ["Zero\u200bWidth"]),
        ("o\u200bwi", ["Zero\u200bWidth"]),
        ("strasse", ["Straße AI"]),
        ("ÉCOLE NUMÉ", ["École Numérique"]),
        (unicodedata.normalize("NFD", "école"), ["École Numérique"]),
        ("nothing like it", []),
    ],
)
def test_search_matches_names_as_they_look(named: ProfileStore, typed: str, found: list[str]):
    got = named.search_profiles(typed)
    assert {unicodedata.normalize("NFC", n) for n in _names(got)} == {
        unicodedata.normalize("NFC", n) for n in found
    }
    assert all(s in named.list_profiles() for s in got)  # the same rows the list shows


def test_a_blank_search_lists_every_profile(named: ProfileStore):
    assert named.search_profiles("") == named.list_profiles()
    assert named.search_profiles("   ") == named.list_profiles()
    assert named.search_profiles("\u200b") == named.list_profiles()


def test_search_follows_renames_the_trash_copies_and_imports(named: ProfileStore, tmp_path: Path):
    [acme] = named.search_profiles("acme labs")
    named.rename_profile(acme.id, "Renamed Űnicode")
    assert named.search_profiles("acme labs") == []
    assert [s.id for s in named.search_profiles("űnicode")] == [acme.id]
    named.delete_profile(acme.id)
    assert named.search_profiles("renamed") == []
    named.restore_profile(acme.id)
    assert [s.id for s in named.search_profiles("renamed")] == [acme.id]
    copy = named.duplicate_profile(acme.id)
    assert {s.id for s in named.search_profiles("RENAMED")} == {acme.id, copy.id}
    exported = named.export_json(acme.id, tmp_path / "acme.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["profile"]["id"] = "c" * 32  # another company's file with the same name
    exported.write_text(json.dumps(data), encoding="utf-8")
    imported = named.import_json(exported).profile
    assert imported.id in {s.id for s in named.search_profiles("renamed űnicode (imported)")}
