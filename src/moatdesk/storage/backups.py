"""Rolling database backups (sqlite's backup API) and restoring one.

A daily copy is taken at most once a day when the store opens; the newest 7
daily copies are kept plus the newest copy of each of the 4 weeks before them.
A copy is also taken before any migration (never pruned).  Restoring never
deletes anything: the file it replaces is kept beside it with a ``.replaced-`` suffix.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.files import clean_stale_temps, discard, fsync_dir, temp_path_in
from moatdesk.storage.connection import (
    DB_FILENAME,
    check_every_page,
    inspect_readonly,
    os_error,
    sqlite_errors,
)
from moatdesk.storage.errors import (
    DiskWriteError,
    NewerSchemaError,
    NoBackupError,
    StoreError,
)
from moatdesk.storage.records import BackupInfo, RestoreResult

BACKUP_DIRNAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_DAILY = re.compile(r"^moatdesk-daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_PRE_MIGRATION = re.compile(r"^moatdesk-pre-v\d+-[0-9TZ]+\.sqlite3$")


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIRNAME


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database at `target`, written atomically."""
    tmp = temp_path_in(target.parent)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite_errors(tmp):
            dest = sqlite3.connect(tmp)
            try:
                conn.backup(dest)
            finally:
                dest.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise os_error(exc, target) from None
    finally:
        discard(tmp)
    return target


def daily_backup_path(data_dir: Path, today: date) -> Path:
    return backup_dir(data_dir) / f"moatdesk-daily-{today.isoformat()}.sqlite3"


def daily_backup_if_due(conn: sqlite3.Connection, data_dir: Path, today: date) -> Path | None:
    """Take today's copy unless it exists; then prune old daily copies.

    Every page is checked first (``check_every_page``, CorruptDatabaseError): a damaged
    file must never be copied over the days a good backup is kept for, and this once a
    day is where the full check runs (opening only looks at the header and the roots)."""
    target = daily_backup_path(data_dir, today)
    if target.exists():
        return None
    check_every_page(conn, data_dir / DB_FILENAME)
    clean_stale_temps(target.parent)  # a copy interrupted by a crash
    copy_database(conn, target)
    prune(data_dir)
    return target


def pre_migration_backup(conn: sqlite3.Connection, data_dir: Path, from_version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return copy_database(
        conn, backup_dir(data_dir) / f"moatdesk-pre-v{from_version}-{stamp}.sqlite3"
    )


def backups_to_keep(days: list[date]) -> set[date]:
    """The newest KEEP_DAILY days, plus the newest day of each of the KEEP_WEEKLY weeks before."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:KEEP_DAILY])
    weeks_seen: list[tuple[int, int]] = []
    for day in newest_first[KEEP_DAILY:]:
        week = day.isocalendar()[:2]
        if week in weeks_seen or any(k.isocalendar()[:2] == week for k in keep):
            continue
        if len(weeks_seen) == KEEP_WEEKLY:
            break
        weeks_seen.append(week)
        keep.add(day)
    return keep


def prune(data_dir: Path) -> list[Path]:
    """Delete daily copies outside the retention policy; returns what was deleted."""
    daily = _daily_backups(data_dir)
    keep = backups_to_keep(list(daily))
    removed = []
    for day, path in daily.items():
        if day not in keep:
            discard(path)
            removed.append(path)
    return removed


def _daily_backups(data_dir: Path) -> dict[date, Path]:
    found = {}
    folder = backup_dir(data_dir)
    if folder.is_dir():
        for path in folder.iterdir():
            match = _DAILY.match(path.name)
            if match:
                found[date.fromisoformat(match.group(1))] = path
    return found


def list_backups_in(data_dir: Path) -> list[BackupInfo]:
    """All backups, newest first."""
    folder = backup_dir(data_dir)
    infos = []
    if folder.is_dir():
        for path in folder.iterdir():
            kind = "daily" if _DAILY.match(path.name) else None
            kind = kind or ("pre-migration" if _PRE_MIGRATION.match(path.name) else None)
            if kind:
                stat = path.stat()
                created = datetime.fromtimestamp(stat.st_mtime, UTC)
                infos.append(BackupInfo(path, created, stat.st_size, kind))
    return sorted(infos, key=lambda b: b.created_at, reverse=True)


def restore_backup_into(data_dir: Path, backup_path: Path) -> RestoreResult:
    """Make `backup_path` the database; the current one is kept aside (``set_aside``), not
    deleted, with every save it holds.  The caller must own the data folder (the GUI's
    instance lock, or a CLI command that took it): nobody else may have it open."""
    from moatdesk.storage.schema import SCHEMA_VERSION

    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise NoBackupError(
            QT_TRANSLATE_NOOP("Errors", "there is no backup file at {path}"), path=backup_path
        )
    try:
        version = inspect_readonly(backup_path, full=True)
    except (StoreError, DiskWriteError, OSError):
        # A backup the disk cannot read back (an I/O error, a file we may not open) is as
        # unusable as a damaged one: the caller may try an older copy.  DiskWriteError is
        # no StoreError, so without it here such a backup stopped restore_latest_backup.
        raise NoBackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} cannot be restored: it is not an intact MoatDesk database"
            ),
            path=backup_path,
        ) from None
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the backup {path} was made by a newer MoatDesk (schema {version}); "
                "update MoatDesk to restore it.",
            ),
            path=backup_path,
            version=version,
        )
    db_path = data_dir / DB_FILENAME
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    tmp = temp_path_in(data_dir)
    try:
        tmp.write_bytes(backup_path.read_bytes())
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        aside = _set_aside(db_path, stamp)
        os.replace(tmp, db_path)
        fsync_dir(data_dir)
    except OSError as exc:
        raise os_error(exc, db_path) from None
    finally:
        discard(tmp)
    return RestoreResult(backup_path, aside)


def _set_aside(db_path: Path, stamp: str) -> Path | None:
    """Move the current database out of the way as ONE openable file with every committed
    save, including those still in its -wal after a crash: a copy made with sqlite's
    backup API (which reads through the -wal), checked, then the old files removed.

    A database too damaged to copy is renamed instead, its -wal beside it under the name
    sqlite pairs with it (``X.replaced-<stamp>`` and ``X.replaced-<stamp>-wal``), so
    opening the set-aside file still finds its commits.  The -wal always goes before the
    restored file takes its place: a stale -wal must never be replayed onto a backup.
    """
    if not db_path.exists():
        return None
    aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
    companions = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]
    if _copy_consistent(db_path, aside):
        for path in companions:
            path.unlink(missing_ok=True)
        db_path.unlink()
    else:
        for path in companions:
            if path.exists():
                path.replace(aside.with_name(aside.name + path.name[len(db_path.name) :]))
        db_path.replace(aside)
    fsync_dir(db_path.parent)
    return aside


def _copy_consistent(db_path: Path, target: Path) -> bool:
    """Copy the database with every commit (backup API) to `target`; False if it cannot be
    read as a healthy database."""
    tmp = temp_path_in(target.parent)
    try:
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
                healthy = dest.execute("PRAGMA quick_check").fetchone() == ("ok",)
            finally:
                dest.close()
        finally:
            source.close()
        if not healthy:
            return False
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        return True
    except sqlite3.Error:
        return False
    finally:
        discard(tmp)


def restore_latest_backup(data_dir: Path) -> RestoreResult:
    """Restore the newest backup that is healthy; for a store that cannot be opened."""
    problems = []
    for info in list_backups_in(data_dir):
        try:
            return restore_backup_into(data_dir, info.path)
        except (NewerSchemaError, NoBackupError) as exc:
            problems.append(str(exc))
        except StoreError as exc:  # a damaged backup: try the next older one
            problems.append(str(exc))
    if problems:
        raise NoBackupError(
            QT_TRANSLATE_NOOP("Errors", "there is no usable backup in {folder} ({count} unusable)"),
            folder=backup_dir(data_dir),
            count=len(problems),
        )
    raise NoBackupError(
        QT_TRANSLATE_NOOP("Errors", "there is no usable backup in {folder}"),
        folder=backup_dir(data_dir),
    )
