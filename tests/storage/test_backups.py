"""Rolling backups: at most one a day, 7 daily + 4 weekly kept, restorable from the store."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.storage.backups import backups_to_keep, restore_backup_into, restore_latest_backup
from moatdesk.storage.errors import DiskWriteError, NewerSchemaError, NoBackupError
from moatdesk.storage.schema import SCHEMA_VERSION
from moatdesk.storage.store import ProfileStore


def test_one_backup_a_day_however_often_the_store_opens(data_dir: Path):
    for _ in range(3):
        with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 27)) as store:
            pass
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 28)) as store:
        names = sorted(b.path.name for b in store.list_backups())
    assert names == ["moatdesk-daily-2026-11-27.sqlite3", "moatdesk-daily-2026-11-28.sqlite3"]


def test_retention_keeps_seven_days_and_the_newest_of_four_earlier_weeks():
    today = date(2026, 11, 27)  # a Friday
    days = [today - timedelta(days=n) for n in range(60)]
    kept = backups_to_keep(days)
    daily = {today - timedelta(days=n) for n in range(7)}
    assert daily <= kept
    weekly = sorted(kept - daily, reverse=True)
    assert len(weekly) == 4
    weeks = [d.isocalendar()[:2] for d in weekly]
    assert len(set(weeks)) == 4
    # Each weekly copy is the newest day of its week among the older copies.
    for day in weekly:
        assert not any(
            d > day and d.isocalendar()[:2] == day.isocalendar()[:2] for d in set(days) - daily
        )


def test_opening_daily_for_weeks_prunes_to_the_retention(data_dir: Path):
    start = date(2026, 9, 1)
    for n in range(60):
        with ProfileStore.open(data_dir, today=lambda n=n: start + timedelta(days=n)):
            pass
    with ProfileStore.open(data_dir, today=lambda: start + timedelta(days=59)) as store:
        assert len(store.list_backups()) == 11


def test_restore_backup_from_an_open_store(data_dir: Path, make_basics):
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 26)) as store:
        store.create_profile(make_basics("Kept"))
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 27)) as store:
        store.create_profile(make_basics("Added later"))
        newest = store.list_backups()[0]
        assert newest.path.name == "moatdesk-daily-2026-11-27.sqlite3"
        store.restore_backup(newest.path)
        assert [s.name for s in summaries(store)] == ["Kept"]
        store.create_profile(make_basics("After restore"))  # the store is usable again
    with ProfileStore.open(data_dir) as store:
        assert [s.name for s in summaries(store)] == ["After restore", "Kept"]


def test_a_failed_daily_backup_is_reported_but_does_not_lock_the_founder_out(
    data_dir: Path, make_basics
):
    data_dir.mkdir()
    (data_dir / "backups").write_text("a file where the backups folder should be")
    with ProfileStore.open(data_dir) as store:
        assert isinstance(store.backup_problem, DiskWriteError)
        assert "backups" in str(store.backup_problem)  # names the folder that refused
        assert store.create_profile(make_basics("Still works")).basics.name == "Still works"
    (data_dir / "backups").unlink()
    with ProfileStore.open(data_dir) as store:
        assert store.backup_problem is None
        assert len(store.list_backups()) == 1


def test_the_daily_backup_can_wait_and_run_from_another_thread(data_dir: Path):
    """The app opens without it and takes it on a worker thread after its first frame."""
    import sqlite3
    import threading

    from factories import basics

    day = date(2026, 11, 27)
    with ProfileStore.open(data_dir, today=lambda: day, daily_backup=False) as store:
        store.create_profile(basics(name="Threaded Co"))
        assert store.list_backups() == [] and store.daily_backup_due()
        taken: list[object] = []
        worker = threading.Thread(target=lambda: taken.append(store.take_daily_backup()))
        worker.start()
        store.create_profile(basics(name="Written Meanwhile"))  # WAL: the store keeps writing
        worker.join()
        [path] = taken
        assert isinstance(path, Path) and path.name == "moatdesk-daily-2026-11-27.sqlite3"
        assert not store.daily_backup_due()
        assert store.take_daily_backup() is None  # once a day
    with sqlite3.connect(path) as copy:
        names = {row[0] for row in copy.execute("SELECT name FROM profiles")}
    assert "Threaded Co" in names


def _a_backup(data_dir: Path) -> Path:
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 27)) as store:
        return store.list_backups()[0].path


def test_a_backup_that_is_missing_damaged_or_newer_is_refused_and_says_why(
    data_dir: Path, tmp_path: Path
):
    backup = _a_backup(data_dir)
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(NoBackupError) as raised:
        restore_backup_into(data_dir, missing)
    assert str(raised.value) == f"there is no backup file at {missing}"
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database " * 100)
    with pytest.raises(NoBackupError) as raised:
        restore_backup_into(data_dir, damaged)
    assert str(raised.value) == (
        f"{damaged} cannot be restored: it is not an intact MoatDesk database"
    )
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(backup.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerSchemaError) as raised:
        restore_backup_into(data_dir, newer)
    assert str(raised.value).startswith(
        f"the backup {newer} was made by a newer MoatDesk (schema {SCHEMA_VERSION + 1}); "
    )


def test_with_every_backup_unusable_restoring_the_latest_counts_them(data_dir: Path):
    backup = _a_backup(data_dir)
    backup.write_bytes(b"not a database " * 100)
    with pytest.raises(NoBackupError) as raised:
        restore_latest_backup(data_dir)
    assert str(raised.value) == f"there is no usable backup in {backup.parent} (1 unusable)"
