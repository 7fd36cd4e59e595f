"""Telling from a file's header whether opening it reads the whole file (a migration, a
file marked damaged), and doing that part on its own, so that the app can run it on a
worker thread and then open cheaply on the GUI thread (ui/opening_dialog.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from moatdesk.storage import schema
from moatdesk.storage.backups import list_backups_in
from moatdesk.storage.connection import DB_FILENAME, damage_mark
from moatdesk.storage.errors import CorruptDatabaseError, NewerSchemaError
from moatdesk.storage.opening import SlowOpen, prepare_file, slow_open
from moatdesk.storage.store import ProfileStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


@pytest.fixture
def no_sqlite(monkeypatch) -> None:
    """slow_open must answer from the bytes alone: any connection fails the test."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("slow_open connected to the database")

    monkeypatch.setattr(sqlite3, "connect", refuse)


def _old_file(data_dir: Path, version: int) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / DB_FILENAME
    shutil.copyfile(FIXTURES / f"v{version}.sqlite3", target)
    return target


def _current_file(data_dir: Path, make_basics) -> Path:
    with ProfileStore.open(data_dir) as store:
        store.create_profile(make_basics("Current Co"))
    return data_dir / DB_FILENAME


def _user_version(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_every_older_schema_is_a_slow_migration(data_dir: Path, version: int, request) -> None:
    _old_file(data_dir, version)
    request.getfixturevalue("no_sqlite")
    assert slow_open(data_dir) is SlowOpen.MIGRATION
    damage_mark(data_dir / DB_FILENAME).write_bytes(b"")
    assert slow_open(data_dir) is SlowOpen.MIGRATION  # the migration's full read covers it


def test_a_current_file_is_cheap_unless_marked_damaged(data_dir: Path, make_basics, request):
    db_path = _current_file(data_dir, make_basics)
    request.getfixturevalue("no_sqlite")
    assert slow_open(data_dir) is None
    damage_mark(db_path).write_bytes(b"")
    assert slow_open(data_dir) is SlowOpen.CHECK


def test_files_the_open_refuses_or_creates_at_once_are_not_slow(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db_path = data_dir / DB_FILENAME
    assert slow_open(data_dir) is None  # no file: a new store
    db_path.write_bytes(b"")
    assert slow_open(data_dir) is None
    db_path.write_bytes(b"not a database at all" * 10)
    assert slow_open(data_dir) is None  # refused by its header
    db_path.write_bytes(b"SQLite format 3\x00")  # cut short inside the header
    assert slow_open(data_dir) is None
    db_path.unlink()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    assert slow_open(data_dir) is None  # newer: refused after its first look


def test_prepare_file_migrates_with_a_copy_and_leaves_a_cheap_open(
    data_dir: Path, traced: list[str]
) -> None:
    db_path = _old_file(data_dir, 4)
    prepare_file(data_dir)
    assert not db_path.with_name(DB_FILENAME + "-wal").exists()  # its connection is closed
    assert _user_version(db_path) == schema.SCHEMA_VERSION
    assert [b.kind for b in list_backups_in(data_dir)] == ["pre-migration"]
    assert slow_open(data_dir) is None
    traced.clear()
    ProfileStore.open(data_dir, daily_backup=False).close()
    assert traced and not [s for s in traced if "quick_check" in s]
    assert not [s for s in traced if s.startswith(("ALTER", "CREATE"))]


def test_prepare_file_checks_a_marked_file_and_clears_the_mark_when_healthy(
    data_dir: Path, make_basics
) -> None:
    db_path = _current_file(data_dir, make_basics)
    damage_mark(db_path).write_bytes(b"")
    prepare_file(data_dir)
    assert not damage_mark(db_path).exists()
    assert slow_open(data_dir) is None


def test_prepare_file_raises_what_the_open_would(data_dir: Path) -> None:
    db_path = _old_file(data_dir, 4)
    data = bytearray(db_path.read_bytes())
    data[-4096:-4088] = b"\xa5" * 8  # the last page's header
    db_path.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        prepare_file(data_dir)
    assert db_path.read_bytes() == before and list_backups_in(data_dir) == []
    db_path.unlink()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    damage_mark(db_path).write_bytes(b"")
    with pytest.raises(NewerSchemaError, match="schema 999"):
        prepare_file(data_dir)
