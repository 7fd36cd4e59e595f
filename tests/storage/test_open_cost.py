"""Opening reads a constant amount of the file whatever its size, and the whole-file check
(PRAGMA quick_check) runs where it costs no frame: before the daily backup, on a worker.

Work is counted (the SQL statements an open runs, traced), never timed.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.domain.models import Answer
from moatdesk.storage import opening
from moatdesk.storage.backups import backup_dir
from moatdesk.storage.connection import DB_FILENAME, damage_mark
from moatdesk.storage.errors import CorruptDatabaseError
from moatdesk.storage.store import ProfileStore, restore_latest_backup

DAY = date(2026, 12, 2)


def _fill(data_dir: Path, make_basics, profiles: int) -> None:
    notes = {f"speed.q{i}": Answer(value=i % 5 + 1, note="근거 evidence " * 40) for i in range(20)}
    with ProfileStore.open(data_dir, today=lambda: DAY) as store:
        for n in range(profiles):
            profile = store.create_profile(make_basics(f"Company {n}"))
            store.save_draft(profile.id, "2026-Q4", notes)


def _statements_of_open(data_dir: Path, traced: list[str]) -> list[str]:
    traced.clear()
    ProfileStore.open(data_dir, daily_backup=False, today=lambda: DAY).close()  # as the app opens
    return list(traced)


def test_opening_runs_no_whole_file_check_and_the_same_statements_at_any_size(
    tmp_path: Path, make_basics, traced
):
    small, large = tmp_path / "small", tmp_path / "large"
    _fill(small, make_basics, 1)
    _fill(large, make_basics, 150)
    assert (large / DB_FILENAME).stat().st_size > 40 * (small / DB_FILENAME).stat().st_size
    at_small = _statements_of_open(small, traced)
    at_large = _statements_of_open(large, traced)
    assert not [s for s in at_large if "quick_check" in s or "integrity_check" in s]
    assert any("INDEXED BY" in s for s in at_large)  # the roots were looked at
    assert [_shape(s) for s in at_large] == [_shape(s) for s in at_small]
    conn = sqlite3.connect(large / DB_FILENAME)
    try:  # and none walks a whole table or index (but for one row; the schema is small)
        for statement in at_large:
            if statement.startswith("SELECT") and not statement.endswith("LIMIT 1"):
                plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}")]
                walks = [s for s in plan if s.startswith("SCAN") and "sqlite_schema" not in s]
                assert not walks, statement
    finally:
        conn.close()


def _shape(statement: str) -> str:
    """The statement without its literals (a purge cut-off carries the time of day)."""
    return re.sub(r"'[^']*'", "?", statement)


def test_the_daily_backup_reads_every_page_first(data_dir: Path, make_basics, traced):
    _fill(data_dir, make_basics, 2)
    with ProfileStore.open(data_dir, daily_backup=False, today=lambda: date(2026, 12, 3)) as store:
        traced.clear()
        assert store.take_daily_backup() is not None
        assert [s for s in traced if "quick_check" in s]
        traced.clear()
        assert store.take_daily_backup() is None  # once a day: no copy, no check
        assert not [s for s in traced if "quick_check" in s]


def _damage_deep_in_the_file(db_path: Path) -> None:
    """Scribble over the header of the last leaf page of the assessments table: no root,
    nothing the open's first look or the profiles list reads (covering indexes)."""
    conn = sqlite3.connect(db_path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        [(page,)] = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'assessments' AND pagetype = 'leaf' "
            "ORDER BY path DESC LIMIT 1"
        ).fetchall()
    finally:
        conn.close()
    data = bytearray(db_path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + 8] = b"\xa5" * 8
    db_path.write_bytes(bytes(data))


def test_damage_deep_in_the_file_is_found_by_the_check_not_copied_and_refused_next_time(
    data_dir: Path, make_basics
):
    _fill(data_dir, make_basics, 60)
    ProfileStore.open(data_dir, today=lambda: date(2026, 12, 3)).close()  # backs up the 60
    db_path = data_dir / DB_FILENAME
    _damage_deep_in_the_file(db_path)
    backups_before = sorted(p.name for p in backup_dir(data_dir).iterdir())
    later = date(2026, 12, 5)
    with ProfileStore.open(data_dir, daily_backup=False, today=lambda: later) as store:
        assert len(summaries(store)) == 60  # the first frame's work still works
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            store.check_integrity()
        with pytest.raises(CorruptDatabaseError, match="is damaged"):
            store.take_daily_backup()
        assert damage_mark(db_path).exists()
        profile = store.create_profile(make_basics("Saved after the check"))  # work goes on
    assert sorted(p.name for p in backup_dir(data_dir).iterdir()) == backups_before
    with pytest.raises(CorruptDatabaseError, match="is damaged"):  # marked: read in full
        ProfileStore.open(data_dir, daily_backup=False, today=lambda: later)
    restore_latest_backup(data_dir)
    with ProfileStore.open(data_dir, daily_backup=False, today=lambda: later) as store:
        assert len(summaries(store)) == 60
        assert profile.id not in {s.id for s in summaries(store)}  # saved after the backup
    assert not damage_mark(db_path).exists()  # the restored file was read in full, healthy


def test_a_command_that_writes_and_a_due_backup_check_the_whole_file(data_dir: Path, make_basics):
    _fill(data_dir, make_basics, 60)
    _damage_deep_in_the_file(data_dir / DB_FILENAME)
    ProfileStore.open(data_dir, daily_backup=False, today=lambda: DAY).close()  # cheap: opens
    ProfileStore.open(data_dir, today=lambda: DAY).close()  # today's backup exists: no check
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        ProfileStore.open(data_dir, full_check=True, today=lambda: DAY)
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        ProfileStore.open(data_dir, today=lambda: date(2026, 12, 9))  # a backup due: checked
    assert not damage_mark(data_dir / DB_FILENAME).exists()  # the open said so itself


def test_a_damaged_root_is_refused_by_the_first_look(data_dir: Path, make_basics, monkeypatch):
    """The root page of the list index, refused read-only: never opened for writing."""
    _fill(data_dir, make_basics, 5)
    db_path = data_dir / DB_FILENAME
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [(root,)] = conn.execute(
        "SELECT rootpage FROM sqlite_schema WHERE name = 'profiles_list'"
    ).fetchall()
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * page_size] = 0xA5  # not a b-tree page type
    db_path.write_bytes(bytes(data))
    writable: list[Path] = []
    monkeypatch.setattr(opening, "connect", lambda path, *_: writable.append(path))
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        ProfileStore.open(data_dir, daily_backup=False, today=lambda: DAY)
    assert writable == []


def test_a_file_cut_short_is_refused_by_its_length(data_dir: Path, make_basics):
    _fill(data_dir, make_basics, 40)
    db_path = data_dir / DB_FILENAME
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) - 4096])  # only the last page is missing
    with pytest.raises(CorruptDatabaseError, match="truncated"):
        ProfileStore.open(data_dir, daily_backup=False, today=lambda: DAY)
