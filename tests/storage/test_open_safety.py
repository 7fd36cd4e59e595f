"""Opening a damaged, newer or busy database: a clear message, the file left byte-identical."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.storage.backups import list_backups_in
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.errors import (
    CorruptDatabaseError,
    DiskWriteError,
    NewerSchemaError,
    NoBackupError,
    StoreError,
    StoreLockedError,
)
from moatdesk.storage.schema import SCHEMA_VERSION
from moatdesk.storage.store import ProfileStore, restore_latest_backup


def _filled_store(data_dir: Path, make_basics, answers, count: int = 30) -> list[str]:
    """A store big enough to span many pages, closed, with today's backup taken."""
    with ProfileStore.open(data_dir) as store:
        ids = []
        for i in range(count):
            profile = store.create_profile(make_basics(f"Company {i}"))
            store.save_draft(profile.id, "2026-Q4", answers)
            ids.append(profile.id)
    return ids


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _open_fails(data_dir: Path, error: type[Exception]) -> str:
    before = _snapshot(data_dir)
    with pytest.raises(error) as caught:
        ProfileStore.open(data_dir)
    assert _snapshot(data_dir) == before, "the folder must be left byte-identical"
    assert str(data_dir / DB_FILENAME) in str(caught.value)
    return str(caught.value)


@pytest.fixture
def backed_up(data_dir: Path, make_basics, answers) -> Path:
    """A store whose daily backup holds one profile; the live file then holds more."""
    with ProfileStore.open(data_dir) as store:
        store.create_profile(make_basics("In the backup"))
    for old in (data_dir / "backups").iterdir():
        old.unlink()  # so that the next open backs up "In the backup"
    with ProfileStore.open(data_dir) as store:
        for i in range(30):
            profile = store.create_profile(make_basics(f"Company {i}"))
            store.save_draft(profile.id, "2026-Q4", answers)
    return data_dir / DB_FILENAME


def _restores(data_dir: Path) -> None:
    used = restore_latest_backup(data_dir).backup
    assert used.parent == data_dir / "backups"
    with ProfileStore.open(data_dir) as store:
        assert [s.name for s in summaries(store)] == ["In the backup"]
    assert [p for p in data_dir.iterdir() if ".replaced-" in p.name], "damaged file kept aside"


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path, make_basics, answers):
    _filled_store(data_dir, make_basics, answers, count=2)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    message = _open_fails(data_dir, NewerSchemaError)
    assert message == (
        f"{data_dir / DB_FILENAME} was written by a newer MoatDesk (schema 99; this one "
        f"knows up to {SCHEMA_VERSION}). It was left untouched; update MoatDesk to open it."
    )


def test_a_folder_where_the_database_should_be_is_named_and_left_alone(data_dir: Path):
    (data_dir / DB_FILENAME).mkdir(parents=True)
    (data_dir / DB_FILENAME / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        ProfileStore.open(data_dir)
    assert str(caught.value) == (
        f"{data_dir / DB_FILENAME} is a folder where MoatDesk's database should be; it was "
        "left as it is. Move it away, or choose another data folder with --data-dir."
    )
    assert (data_dir / DB_FILENAME / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_garbage_is_refused_and_left_untouched(backed_up: Path):
    backed_up.write_bytes(b"this is not a database \x00\xff" * 500)
    assert "not a MoatDesk database" in _open_fails(backed_up.parent, CorruptDatabaseError)
    _restores(backed_up.parent)


def test_a_truncated_database_is_refused_and_left_untouched(backed_up: Path):
    data = backed_up.read_bytes()
    assert len(data) > 8 * 4096
    backed_up.write_bytes(data[: len(data) // 2])
    _open_fails(backed_up.parent, CorruptDatabaseError)
    _restores(backed_up.parent)


def test_zero_bytes_when_backups_exist_is_refused(backed_up: Path):
    backed_up.write_bytes(b"")
    assert _open_fails(backed_up.parent, CorruptDatabaseError) == (
        f"{backed_up} is empty (0 bytes) although backups exist; it was left as it is. "
        "Restore a backup to continue."
    )
    _restores(backed_up.parent)


def test_a_corrupt_page_is_refused_and_left_untouched(backed_up: Path):
    data = bytearray(backed_up.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):  # scribble over every b-tree page header
        data[start : start + 12] = b"\xa5" * 12
    backed_up.write_bytes(bytes(data))
    _open_fails(backed_up.parent, CorruptDatabaseError)
    _restores(backed_up.parent)


def test_restore_without_backups_says_so(data_dir: Path):
    data_dir.mkdir()
    with pytest.raises(NoBackupError, match="no usable backup"):
        restore_latest_backup(data_dir)


def test_restore_skips_a_damaged_newest_backup(backed_up: Path):
    backups = list_backups_in(backed_up.parent)
    assert len(backups) == 1
    older = backups[0].path.with_name("moatdesk-daily-2000-01-03.sqlite3")
    older.write_bytes(backups[0].path.read_bytes())
    os.utime(older, (1, 1))
    backups[0].path.write_bytes(b"garbage")
    backed_up.write_bytes(b"garbage too")
    assert restore_latest_backup(backed_up.parent).backup == older
    with ProfileStore.open(backed_up.parent) as store:
        assert [s.name for s in summaries(store)] == ["In the backup"]


def test_restore_skips_a_newest_backup_the_disk_cannot_read(backed_up: Path, monkeypatch):
    """A read error is a DiskWriteError, no StoreError: it must not end the search early."""
    backups = list_backups_in(backed_up.parent)
    older = backups[0].path.with_name("moatdesk-daily-2000-01-03.sqlite3")
    older.write_bytes(backups[0].path.read_bytes())
    os.utime(older, (1, 1))
    unreadable = backups[0].path.name
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if unreadable in str(target):
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    backed_up.write_bytes(b"garbage")
    assert restore_latest_backup(backed_up.parent).backup == older
    monkeypatch.undo()
    with ProfileStore.open(backed_up.parent) as store:
        assert [s.name for s in summaries(store)] == ["In the backup"]


def test_a_write_while_another_process_writes_waits_then_reports_the_lock(
    data_dir: Path, make_basics
):
    with ProfileStore.open(data_dir):
        pass
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # as the GUI does mid-save
    try:
        with ProfileStore.open(data_dir, busy_timeout_s=0.3) as store:
            started = time.monotonic()
            with pytest.raises(StoreLockedError, match="another MoatDesk"):
                store.create_profile(make_basics("Blocked"))
            assert time.monotonic() - started >= 0.25
            assert summaries(store) == []  # reading still works meanwhile
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_reported(data_dir: Path):
    data_dir.mkdir()
    data_dir.chmod(0o500)
    try:
        with pytest.raises(DiskWriteError, match="read-only"):
            ProfileStore.open(data_dir)
    finally:
        data_dir.chmod(0o700)


def test_a_full_disk_during_a_save_is_reported_and_the_draft_is_unchanged(
    data_dir: Path, make_basics, answers
):
    from moatdesk.domain.models import Answer

    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(make_basics("Acme"))
        store.save_draft(profile.id, "2026-Q4", answers)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
        huge = {"q": Answer(note="x" * 20_000)} | {
            f"n{i}": Answer(note="y" * 5000) for i in range(50)
        }
        with pytest.raises(DiskWriteError, match="disk is full"):
            store.save_draft(profile.id, "2026-Q4", huge)
        assert store.get_assessment(profile.id, "2026-Q4").answers == answers
        store._conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        assert store.save_draft(profile.id, "2026-Q4", huge).answers == huge  # usable again
