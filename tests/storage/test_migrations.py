"""Schema migrations: from an empty file, from every committed past-version fixture.

Adding schema version N requires a fixture tests/fixtures/db/v{N-1}.sqlite3 and a
``test_migrate_from_v{N-1}`` here; test_every_migration_step_has_a_fixture_and_a_test
fails until both exist.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.storage import schema
from moatdesk.storage.backups import list_backups_in
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.store import ProfileStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _install_fixture(version: int, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / DB_FILENAME
    shutil.copyfile(FIXTURES / f"v{version}.sqlite3", target)
    return target


def test_every_migration_step_has_a_fixture_and_a_test():
    for version in range(1, schema.SCHEMA_VERSION):
        assert (FIXTURES / f"v{version}.sqlite3").is_file(), f"commit a v{version} fixture"
        assert _user_version(FIXTURES / f"v{version}.sqlite3") == version
    for version in range(0, schema.SCHEMA_VERSION):
        assert f"test_migrate_from_v{version}" in globals(), f"write test_migrate_from_v{version}"
    assert sorted(schema.MIGRATIONS) == list(range(1, schema.SCHEMA_VERSION + 1))


def test_migrate_from_v0(data_dir: Path):
    """An empty folder and a 0-byte file (no backups yet) both become the current schema."""
    with ProfileStore.open(data_dir) as store:
        assert summaries(store) == []
    assert _user_version(data_dir / DB_FILENAME) == schema.SCHEMA_VERSION
    other = data_dir.parent / "other"
    other.mkdir()
    (other / DB_FILENAME).write_bytes(b"")
    with ProfileStore.open(other) as store:
        assert summaries(store) == []
    assert _user_version(other / DB_FILENAME) == schema.SCHEMA_VERSION


def _columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_migrate_from_v1(data_dir: Path):
    """Schema 1 kept basics per profile: each quarter gets them, not backfilled; nothing
    else changes (every profile and trash entry reads back as written by schema 1)."""
    db_path = _install_fixture(1, data_dir)
    expected = json.loads((FIXTURES / "v1.expected.json").read_text(encoding="utf-8"))
    with ProfileStore.open(data_dir) as store:
        live = [json.loads(store.get_profile(p["id"]).model_dump_json()) for p in expected["live"]]
        trash = [t.id for t in store.list_trash()]
    for profile in expected["live"]:
        assert profile["assessments"]  # the fixture has quarters to migrate
        profile["assessments"] = [
            {
                "basics": profile["basics"],
                "backfilled": False,
                **a,
                # Answer.private (schema 2) defaults to False for every stored answer.
                "answers": {q: {**v, "private": False} for q, v in a["answers"].items()},
            }
            for a in profile["assessments"]
        ]
    assert live == expected["live"]
    assert trash == expected["trash"]
    assert _user_version(db_path) == schema.SCHEMA_VERSION
    assert _columns(db_path, "assessments")[-1] == "answers_json"  # autosave: one UPDATE
    conn = sqlite3.connect(db_path)
    indexes = {row[1] for row in conn.execute("PRAGMA index_list(assessments)")}
    conn.close()
    assert "assessments_summary" in indexes
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 1
    assert "basics_json" not in _columns(backup.path, "assessments")


def test_migrate_from_v2(data_dir: Path):
    """Schema 3 adds the saved what-if scenarios; every profile, quarter and its basics
    read back as schema 2 wrote them, and a scenario can then be saved with a review."""
    from moatdesk.domain.scenarios import SavedScenario, WhatIfSpec

    db_path = _install_fixture(2, data_dir)
    expected = json.loads((FIXTURES / "v2.expected.json").read_text(encoding="utf-8"))
    [profile] = expected["live"]
    for quarter in profile["assessments"]:  # Answer.private defaults to False
        quarter["answers"] = {q: {**v, "private": False} for q, v in quarter["answers"].items()}
    with ProfileStore.open(data_dir) as store:
        assert json.loads(store.get_profile(profile["id"]).model_dump_json()) == profile
        assert store.saved_scenarios(profile["id"], "2026-Q3") == []
        saved = SavedScenario(
            name="런웨이 절반", quarter="2026-Q3", spec=WhatIfSpec(preset="capital_tightens")
        )
        store.save_scenario(profile["id"], saved)
        assert store.saved_scenarios(profile["id"], "2026-Q3") == [saved]
    assert _user_version(db_path) == schema.SCHEMA_VERSION
    assert _columns(db_path, "scenarios")[:3] == ["profile_id", "quarter", "name"]
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 2


def test_migrate_from_v3(data_dir: Path):
    """Schema 4 keeps each name's search key and lists from one covering index: the keys
    of existing names are filled in (a decomposed Korean name, a zero-width space, case),
    trashed profiles stay out, and everything else reads back as schema 3 wrote it."""
    db_path = _install_fixture(3, data_dir)
    expected = json.loads((FIXTURES / "v3.expected.json").read_text(encoding="utf-8"))
    with ProfileStore.open(data_dir) as store:
        live = [json.loads(store.get_profile(p["id"]).model_dump_json()) for p in expected["live"]]
        assert live == expected["live"]
        by_start = {p["basics"]["name"][0]: p for p in expected["live"]}
        korean, accented, percent = by_start["\u1102"], by_start["É"], by_start["1"]  # ᄂ: NFD
        assert [s.id for s in summaries(store, "노을")] == [korean["id"]]  # typed NFC
        assert [s.id for s in summaries(store, "école l")] == [accented["id"]]
        assert [s.id for s in summaries(store, "0%_m")] == [percent["id"]]
        assert summaries(store, "trashed") == []
        assert [s.id for s in summaries(store)] == [p["id"] for p in expected["live"]]
        assert store.saved_scenarios(korean["id"], "2026-Q3")[0].name == "런웨이 절반"
    assert _user_version(db_path) == schema.SCHEMA_VERSION
    conn = sqlite3.connect(db_path)
    keys = dict(conn.execute("SELECT name, search_key FROM profiles").fetchall())
    conn.close()
    assert keys["ÉCOLE\u200b Labs"] == "école labs" and keys["Trashed Co"] == "trashed co"
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 3
    assert "search_key" not in _columns(backup.path, "profiles")


def test_migrate_from_v4(data_dir: Path):
    """Schema 5 keeps each profile's row of the list on the profile: after the migration
    the list reads as schema 4 showed it on each of three days (in the quarter of the
    reviews, the one after, a clock set back to the one before), trashed profiles stay
    out, every profile reads back as written, and a save after it updates its row."""
    from datetime import date

    db_path = _install_fixture(4, data_dir)
    expected = json.loads((FIXTURES / "v4.expected.json").read_text(encoding="utf-8"))
    for day, listed in expected["listed"].items():
        with ProfileStore.open(data_dir, today=lambda d=day: date.fromisoformat(d)) as store:
            got = [
                {**s._asdict(), "updated_at": s.updated_at.isoformat()} for s in summaries(store)
            ]
            assert got == listed, day
            assert [store.profile_summary(s["id"]) for s in listed] == summaries(store)
    with ProfileStore.open(data_dir, today=lambda: date(2026, 12, 1)) as store:
        live = [json.loads(store.get_profile(p["id"]).model_dump_json()) for p in expected["live"]]
        assert live == expected["live"]
        assert [t.id for t in store.list_trash()] == expected["trash"]
        [fresh] = [s for s in summaries(store) if s.latest_quarter is None]
        store.save_draft(fresh.id, "2026-Q4", {})
        [saved] = [s for s in summaries(store) if s.id == fresh.id]
        assert (saved.latest_quarter, saved.has_draft) == ("2026-Q4", True)
    assert _user_version(db_path) == schema.SCHEMA_VERSION
    assert "touched_at" in _columns(db_path, "profiles")
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 4
    assert "touched_at" not in _columns(backup.path, "profiles")


def test_a_crash_in_the_schema_5_step_leaves_schema_4_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """The columns, the rebuilt index and the triggers of schema 5 go in one transaction:
    a step that dies after all of them (a crash, a full disk) leaves none of them, and
    the next open migrates and lists as schema 4 did."""
    from datetime import date

    db_path = _install_fixture(4, data_dir)
    real = schema.MIGRATIONS[5]

    def dies_at_the_end(conn: sqlite3.Connection) -> None:
        real(conn)
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 5, dies_at_the_end)
    with pytest.raises(RuntimeError):
        ProfileStore.open(data_dir)
    assert _user_version(db_path) == 4
    assert "touched_at" not in _columns(db_path, "profiles")
    conn = sqlite3.connect(db_path)
    triggers = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'").fetchall()
    conn.close()
    assert triggers == []
    monkeypatch.setitem(schema.MIGRATIONS, 5, real)
    expected = json.loads((FIXTURES / "v4.expected.json").read_text(encoding="utf-8"))
    with ProfileStore.open(data_dir, today=lambda: date(2026, 12, 1)) as store:
        assert [s.id for s in summaries(store)] == [
            s["id"] for s in expected["listed"]["2026-12-01"]
        ]
    assert _user_version(db_path) == 5


def test_a_migration_step_takes_a_backup_first_and_runs_in_one_transaction(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """Simulates a next version on the v1 fixture: copy first; a failing step leaves the
    version before it intact."""
    db_path = _install_fixture(1, data_dir)
    current = schema.SCHEMA_VERSION
    nxt = current + 1

    def broken_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE profiles ADD COLUMN colour TEXT")
        raise RuntimeError("step failed half-way")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)
    monkeypatch.setitem(schema.MIGRATIONS, nxt, broken_step)
    with pytest.raises(RuntimeError):
        ProfileStore.open(data_dir)
    assert _user_version(db_path) == current
    assert "colour" not in _columns(db_path, "profiles")  # rolled back with its transaction
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 1

    def working_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE profiles ADD COLUMN colour TEXT")

    monkeypatch.setitem(schema.MIGRATIONS, nxt, working_step)
    with ProfileStore.open(data_dir) as store:
        assert store.get_profile("노을 Health <AI> 🌅").assessments
    assert _user_version(db_path) == nxt
