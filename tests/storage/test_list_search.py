"""Listing and searching profiles: in SQL, from covering indexes alone, matching names as
they look (Unicode case folding, NFC/NFD, zero-width characters), ``%`` and ``_`` literal."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.storage import profiles_repo
from moatdesk.storage.errors import CorruptDatabaseError
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


def _plan(conn, sql: str) -> list[str]:
    params = {"current": "2026-Q4", "needle": "a", "id": "x"}
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def test_the_list_and_the_search_are_one_pass_over_one_covering_index(named: ProfileStore):
    """No sort, no table row, nothing looked up per profile: each profile's row of the
    list is on its profiles_list entry (schema 5).  The one subquery is the clock-set-back
    case of "review due" (two final quarters after the current one), run for those
    profiles alone."""
    for sql in (
        profiles_repo._SUMMARY_SQL,
        profiles_repo._SEARCH_SQL,
        profiles_repo._TABLE_SQL,  # moatdesk list's
        profiles_repo._TABLE_SEARCH_SQL,
    ):
        plan = _plan(named._conn, sql)
        assert plan[0] == "SEARCH p USING COVERING INDEX profiles_list (deleted_at=?)", plan
        assert plan[1] == "CORRELATED SCALAR SUBQUERY 1", plan
        assert plan[2:] == [
            "SEARCH assessments USING COVERING INDEX assessments_summary "
            "(profile_id=? AND quarter=? AND status=?)"
        ]
        assert not any("TEMP B-TREE" in step for step in plan)  # the index's order is the list's


def _vm_steps(conn, sql: str, params: dict) -> int:
    """SQLite virtual-machine instructions a statement runs (a progress handler called
    every instruction): what it does, counted, whatever the machine's speed."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn.set_progress_handler(count, 1)
    try:
        conn.execute(sql, params).fetchall()
    finally:
        conn.set_progress_handler(None, 0)
    return steps


def test_listing_does_per_profile_no_more_than_reading_its_index_entry(
    store: ProfileStore, make_basics, answers
):
    """Counted against the least SQL that reads the same entries: a lookup per profile
    (schema 4 made four, into assessments_summary) adds half the floor each."""
    for n in range(200):
        profile = store.create_profile(make_basics(f"Company {n:03d}"))
        store.save_draft(profile.id, "2026-Q3", answers)
        store.finalise(profile.id, "2026-Q3")
        store.save_draft(profile.id, "2026-Q4", answers)
    conn = store._conn
    ours = _vm_steps(conn, profiles_repo._SUMMARY_SQL, {"current": "2026-Q4"})
    floor = _vm_steps(
        conn,
        "SELECT id, name, latest_quarter, latest_status, last_final, has_draft, touched_at "
        "FROM profiles INDEXED BY profiles_list WHERE deleted_at IS NULL",
        {},
    )
    assert len(summaries(store)) == 200
    # 200 profiles: ~2.1x the floor now; one lookup a profile is ~3.1x, schema 4 was 8.3x.
    assert ours < 2.5 * floor, (ours, floor)


def test_the_lists_first_rows_read_the_index_no_further(store: ProfileStore, make_basics):
    """Start-up paints the first rows of a large list before it lists the rest
    (MainController.FIRST_FRAME_ROWS): the same rows, in the same order, at a cost of
    their own, not the whole list's."""
    for n in range(200):
        store.create_profile(make_basics(f"Company {199 - n:03d}"))
    everyone = store.list_profile_rows()
    first = store.list_profile_rows(first=3)
    assert first == everyone[:3]
    assert [row[1] for row in first] == ["Company 000", "Company 001", "Company 002"]
    assert store.list_profile_rows(first=500) == everyone
    assert (
        store.list_profile_rows("company 19", first=2)
        == [row for row in everyone if row[1].startswith("Company 19")][:2]
    )
    steps: list[int] = []
    store._conn.set_progress_handler(lambda: steps.append(1), 1)  # per SQLite instruction
    try:
        store.list_profile_rows(first=3)
        read_first = len(steps)
        store.list_profile_rows()
    finally:
        store._conn.set_progress_handler(None, 0)
    assert read_first * 20 < len(steps) - read_first, (read_first, len(steps))


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
    got = summaries(named, typed)
    assert {unicodedata.normalize("NFC", n) for n in _names(got)} == {
        unicodedata.normalize("NFC", n) for n in found
    }
    # The list's own rows, in its order; `moatdesk list`'s are their first five values,
    # and the search box's ids (which filter the GUI's rows) the same profiles.
    ids = {s.id for s in got}
    rows = named.list_profile_rows(typed)
    assert rows == [row for row in named.list_profile_rows() if row[0] in ids]
    assert named.list_table_rows(typed) == [row[:5] for row in rows]
    assert named.search_profile_ids(typed) == ids


def test_a_blank_search_lists_every_profile(named: ProfileStore):
    everyone = summaries(named)
    for blank in ("", "   ", "\u200b"):
        assert summaries(named, blank) == everyone
        assert named.list_profile_rows(blank) == [s.as_row() for s in everyone]
        assert named.list_table_rows(blank) == [s.as_row()[:5] for s in everyone]
        assert named.search_profile_ids(blank) == {s.id for s in everyone}
    assert named.list_profile_rows() == [s.as_row() for s in everyone]
    assert len(everyone) == 10


def test_a_listed_row_reads_back_as_the_profile_it_lists(named: ProfileStore, make_basics):
    """records.ProfileSummary.from_row and as_row are each other's inverse, so the GUI
    can keep rows as tuples and make a summary only for the row a founder selects."""
    [acme] = summaries(named, "acme labs")
    named.finalise(acme.id, "2026-Q4")
    for summary in summaries(named):
        row = summary.as_row()
        assert type(summary).from_row(row) == summary
        assert row[0] == summary.id and row[1] == summary.name
    [row] = named.list_profile_rows("acme labs")
    assert row[2:6] == ("2026-Q4", "final", 0, 0)  # quarter, status, review due, draft
    assert row[6].endswith("+00:00")  # last edited, in UTC as the store keeps it
    fresh = named.create_profile(make_basics("No Quarter Yet"))
    [unstarted] = summaries(named, "no quarter yet")
    assert unstarted.id == fresh.id and unstarted.latest_status is None
    assert unstarted.as_row()[2:6] == (None, None, 1, 0)  # no review yet: one is due
    assert type(unstarted).from_row(unstarted.as_row()) == unstarted


def test_a_profile_whose_stored_basics_are_spoilt_is_named_when_read(named: ProfileStore):
    [acme] = summaries(named, "acme labs")
    named._conn.execute(
        "UPDATE profiles SET basics_json = ? WHERE id = ?", ('{"name": 7}', acme.id)
    )
    with pytest.raises(CorruptDatabaseError) as caught:
        named.get_profile(acme.id)
    assert str(caught.value).startswith(f"the stored basics of profile {acme.id} are not valid: ")
    assert "string" in str(caught.value)  # pydantic's reason, for the first field


def test_a_review_whose_stored_answers_are_spoilt_is_named_in_one_line(
    named: ProfileStore, answers
):
    """The error a founder reads (a dialog, the CLI) names the profile, the quarter and
    pydantic's first reason: not its several-line report with a link to its docs."""
    [acme] = summaries(named, "acme labs")
    named._conn.execute(
        "UPDATE assessments SET answers_json = '{bad' WHERE profile_id = ?", (acme.id,)
    )
    with pytest.raises(CorruptDatabaseError) as caught:
        named.get_profile(acme.id)
    text = str(caught.value)
    assert text.startswith(f"the stored 2026-Q4 assessment of profile {acme.id} is not valid: ")
    assert "Invalid JSON" in text
    assert "\n" not in text and "errors.pydantic.dev" not in text


def test_a_profile_whose_stored_basics_are_spoilt_comes_back_from_the_trash(
    named: ProfileStore,
):
    """Untrashing reads the row's name, not the basics: the GUI deletes an unreadable
    profile from its row, and Undo must bring it back; reading it still says why."""
    [acme] = summaries(named, "acme labs")
    named._conn.execute(
        "UPDATE profiles SET basics_json = ? WHERE id = ?", ('{"name": 7}', acme.id)
    )
    named.delete_profile(acme.id)
    assert summaries(named, "acme labs") == []
    named.untrash_profile(acme.id)
    assert [s.id for s in summaries(named, "acme labs")] == [acme.id]
    assert named.list_trash() == []
    with pytest.raises(CorruptDatabaseError):
        named.get_profile(acme.id)


def test_search_follows_renames_the_trash_copies_and_imports(named: ProfileStore, tmp_path: Path):
    [acme] = summaries(named, "acme labs")
    named.rename_profile(acme.id, "Renamed Űnicode")
    assert summaries(named, "acme labs") == []
    assert [s.id for s in summaries(named, "űnicode")] == [acme.id]
    named.delete_profile(acme.id)
    assert summaries(named, "renamed") == []
    named.restore_profile(acme.id)
    assert [s.id for s in summaries(named, "renamed")] == [acme.id]
    copy = named.duplicate_profile(acme.id)
    assert {s.id for s in summaries(named, "RENAMED")} == {acme.id, copy.id}
    exported = named.export_json(acme.id, tmp_path / "acme.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["profile"]["id"] = "c" * 32  # another company's file with the same name
    exported.write_text(json.dumps(data), encoding="utf-8")
    imported = named.import_json(exported).profile
    assert imported.id in {s.id for s in summaries(named, "renamed űnicode (imported)")}


# Schema 4's list: every fact read from the assessments themselves (four lookups a
# profile).  The oracle for the row schema 5 keeps on each profile.
_FROM_THE_QUARTERS = """
SELECT p.id, p.name, latest.quarter, latest.status,
       NOT EXISTS (SELECT 1 FROM assessments
                   WHERE profile_id = p.id AND quarter = :current AND status = 'final'),
       EXISTS (SELECT 1 FROM assessments WHERE profile_id = p.id AND status = 'draft'),
       max(p.updated_at, coalesce((SELECT MAX(updated_at) FROM assessments
                                   WHERE profile_id = p.id), p.updated_at))
FROM profiles AS p
LEFT JOIN assessments AS latest
       ON latest.profile_id = p.id
      AND latest.quarter = (SELECT MAX(quarter) FROM assessments WHERE profile_id = p.id)
WHERE p.deleted_at IS NULL
ORDER BY p.search_key, p.name
"""
_QUARTERS = ("2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2")


def _agrees_with_the_quarters(store: ProfileStore) -> None:
    conn = store._conn
    for current in _QUARTERS:  # "review due" for any current quarter, a clock set back too
        kept = conn.execute(profiles_repo._SUMMARY_SQL, {"current": current}).fetchall()
        assert kept == conn.execute(_FROM_THE_QUARTERS, {"current": current}).fetchall()
        table = conn.execute(profiles_repo._TABLE_SQL, {"current": current}).fetchall()
        assert table == [row[:5] for row in kept]  # moatdesk list's, review due too
    for (pid,) in conn.execute("SELECT id FROM profiles WHERE deleted_at IS NULL"):
        assert store.profile_summary(pid) in summaries(store)


def test_every_write_keeps_the_profiles_row_of_the_list(
    named: ProfileStore, answers, tmp_path: Path
):
    """The triggers of schema 5 recompute a profile's row with every assessment write, in
    its transaction: saves, finalising, reopening, early and backfilled quarters, a
    what-if started as the next draft, basics, renames, copies, the trash and imports."""
    from moatdesk.domain.scenarios import WhatIfSpec

    store = named
    _agrees_with_the_quarters(store)
    [acme] = summaries(store, "acme labs")
    store.finalise(acme.id, "2026-Q4")
    _agrees_with_the_quarters(store)
    store.create_assessment(acme.id, "2027-Q1")  # early
    store.save_draft(acme.id, "2027-Q1", answers)
    store.finalise(acme.id, "2027-Q1")
    store.create_assessment(acme.id, "2026-Q2")  # backfilled
    _agrees_with_the_quarters(store)
    store.reopen(acme.id, "2026-Q4")
    _agrees_with_the_quarters(store)
    store.update_basics(acme.id, store.get_profile(acme.id).basics, quarter="2026-Q4")
    store.rename_profile(acme.id, "Acme Renamed")
    _agrees_with_the_quarters(store)
    [robotics] = summaries(store, "robotics")
    store.finalise(robotics.id, "2026-Q4")
    store.start_draft_from(robotics.id, "2026-Q4", WhatIfSpec(preset="capital_tightens"))
    _agrees_with_the_quarters(store)
    copy = store.duplicate_profile(acme.id)
    _agrees_with_the_quarters(store)
    exported = store.export_json(acme.id, tmp_path / "acme.json")
    store.delete_profile(acme.id)
    _agrees_with_the_quarters(store)
    store.restore_profile(acme.id)
    store.delete_profile(copy.id)
    assert store.purge_trash(older_than_days=-1) == 1  # its quarters go (ON DELETE CASCADE)
    _agrees_with_the_quarters(store)
    store.delete_profile(acme.id)
    store.purge_trash(older_than_days=-1)
    store.import_json(exported)  # back as a new profile, every quarter with it
    _agrees_with_the_quarters(store)
    with store._write() as conn:  # a quarter deleted on its own (no store call does yet)
        conn.execute("DELETE FROM assessments WHERE quarter = '2027-Q1'")
    _agrees_with_the_quarters(store)
    assert [s.name for s in summaries(store, "acme renamed")] == ["Acme Renamed"]
