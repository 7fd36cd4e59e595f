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
        assert store.list_profiles() == []
    assert _user_version(data_dir / DB_FILENAME) == schema.SCHEMA_VERSION
    other = data_dir.parent / "other"
    other.mkdir()
    (other / DB_FILENAME).write_bytes(b"")
    with ProfileStore.open(other) as store:
        assert store.list_profiles() == []
    assert _user_version(other / DB_FILENAME) == schema.SCHEMA_VERSION


def test_v1_fixture_opens_with_all_its_data(data_dir: Path):
    """The newest committed fixture reads back exactly what was written by its version."""
    _install_fixture(1, data_dir)
    expected = json.loads((FIXTURES / "v1.expected.json").read_text(encoding="utf-8"))
    with ProfileStore.open(data_dir) as store:
        live = [json.loads(store.get_profile(p["id"]).model_dump_json()) for p in expected["live"]]
        trash = [t.id for t in store.list_trash()]
    assert live == expected["live"]
    assert trash == expected["trash"]


def test_a_migration_step_takes_a_backup_first_and_runs_in_one_transaction(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    """Simulates a v2 on the v1 fixture: copy first; a failing step leaves v1 intact."""
    db_path = _install_fixture(1, data_dir)

    def broken_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE profiles ADD COLUMN colour TEXT")
        raise RuntimeError("step failed half-way")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 2, broken_v2)
    with pytest.raises(RuntimeError):
        ProfileStore.open(data_dir)
    assert _user_version(db_path) == 1
    conn = sqlite3.connect(db_path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(profiles)")]
    conn.close()
    assert "colour" not in columns  # rolled back with its transaction
    [backup] = [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
    assert _user_version(backup.path) == 1

    def working_v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE profiles ADD COLUMN colour TEXT")

    monkeypatch.setitem(schema.MIGRATIONS, 2, working_v2)
    with ProfileStore.open(data_dir) as store:
        assert store.get_profile("노을 Health <AI> 🌅").assessments
    assert _user_version(db_path) == 2


def test_migrate_from_v1_is_a_no_op_while_v1_is_current(data_dir: Path):
    """Placeholder for the v1 -> v2 step: until then opening v1 must not migrate or copy."""
    _install_fixture(1, data_dir)
    with ProfileStore.open(data_dir):
        pass
    assert not [b for b in list_backups_in(data_dir) if b.kind == "pre-migration"]
