"""Issue 10 item 8: reading works on a full disk, and a failed open leaves no new files.

With RLIMIT_FSIZE = 0 (SIGXFSZ ignored) every write that would grow a file fails, as on
a full disk.  Before, `moatdesk list` failed with "the disk reported an I/O error while
writing" and left a 3-byte -shm and a 0-byte -wal (a 0-byte database in a fresh folder).
The first two tests run the command in a child; the rest limit this process for a few
calls (`full_disk`), so the storage code they reach counts for mutation testing, which
does not see a child's calls (docs/testing.md).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from factories import basics, summaries
from moatdesk.domain.models import Answer
from moatdesk.files import DiskWriteError
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.opening import prepare_file, remove_new_store_files
from moatdesk.storage.store import ProfileStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")


def _disk_full() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _moatdesk(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MOATDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "moatdesk", *argv],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=_disk_full,
        timeout=120,
    )


def _listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def test_list_and_export_read_a_store_on_a_full_disk(data_dir: Path):
    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(basics(name="Full Disk Co"))
        store.save_draft(profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=2)})
    for name in list(os.listdir(data_dir / "backups")):
        os.remove(data_dir / "backups" / name)  # so today's backup is due, and fails
    before = _listing(data_dir)
    listed = _moatdesk(data_dir, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Full Disk Co" in listed.stdout
    assert "today's backup could not be taken" in listed.stderr  # said, not fatal
    assert _listing(data_dir) == before  # no -wal, no -shm, no half backup left


def test_a_failed_open_in_a_fresh_folder_leaves_no_files(tmp_path: Path):
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    listed = _moatdesk(fresh, "list")
    assert "Traceback" not in listed.stderr
    if listed.returncode == 0:
        assert "No profiles yet" in listed.stdout
    assert _listing(fresh) == {}


@contextmanager
def full_disk() -> Iterator[None]:
    """This process cannot grow a file until the block ends (nothing may print inside:
    pytest's capture files cannot grow either)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def _store_with_one_profile(data_dir: Path, name: str = "Full Disk Co") -> str:
    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(basics(name=name))
        store.save_draft(profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=2)})
    return profile.id


def test_a_full_disk_opens_the_profiles_read_only_and_refuses_writes_clearly(data_dir: Path):
    profile_id = _store_with_one_profile(data_dir)
    before = _listing(data_dir)
    with full_disk():
        with ProfileStore.open(data_dir, reading=True) as store:
            names = [s.name for s in summaries(store)]
            answers = store.get_assessment(profile_id, "2026-Q3").answers
            problem = store.backup_problem
            with pytest.raises(DiskWriteError) as write:
                store.create_profile(basics(name="Another"))
        with pytest.raises(DiskWriteError) as writing_open:  # a command that writes
            ProfileStore.open(data_dir)
    assert names == ["Full Disk Co"]
    assert answers["speed.steamroll_exposure"].value == 2
    assert isinstance(problem, DiskWriteError) and "while writing" in str(problem)
    assert "Nothing was changed" in str(write.value)
    assert str(data_dir / DB_FILENAME) in str(writing_open.value)
    assert _listing(data_dir) == before  # no -wal, no -shm, no half backup


def test_a_full_disk_and_a_fresh_folder_show_no_profiles_and_leave_no_files(tmp_path: Path):
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    with full_disk():
        with ProfileStore.open(fresh, reading=True) as store:
            listed = summaries(store)
        with pytest.raises(DiskWriteError):
            ProfileStore.open(fresh)
        with pytest.raises(DiskWriteError):
            prepare_file(fresh)  # the app's open, on its worker thread
    assert listed == []
    assert _listing(fresh) == {}  # no open left a 0-byte database behind


def test_after_a_crash_a_full_disk_refuses_the_read_and_loses_nothing(data_dir: Path):
    """A crash leaves the last writes in the -wal.  Reading them needs the -shm to grow,
    which the full disk refuses: the open says so (it cannot show the file without those
    writes) and the -wal is kept, so once there is room both profiles are there."""
    _store_with_one_profile(data_dir, "Before The Crash")
    child = os.fork()
    if child == 0:  # a process that writes and dies without closing the store
        store = ProfileStore.open(data_dir)
        store.create_profile(basics(name="After The Crash"))
        os._exit(0)
    os.waitpid(child, 0)
    wal = data_dir / (DB_FILENAME + "-wal")
    pending = wal.stat().st_size
    assert pending > 0
    with full_disk(), pytest.raises(DiskWriteError) as refused:
        ProfileStore.open(data_dir, reading=True)
    assert "while writing" in str(refused.value)
    assert wal.stat().st_size == pending
    with ProfileStore.open(data_dir) as store:
        names = sorted(s.name for s in summaries(store))
    assert names == ["After The Crash", "Before The Crash"]


def test_a_failed_open_removes_only_the_empty_files_it_made(tmp_path: Path):
    made = {"": b"", "-wal": b"", "-shm": b"\0" * 3}
    for suffix, content in made.items():
        (tmp_path / (DB_FILENAME + suffix)).write_bytes(content)
    remove_new_store_files(tmp_path, before=set())
    assert _listing(tmp_path) == {}

    in_use = {"": b"SQLite format 3\0", "-wal": b"", "-shm": b"\0" * 32 * 1024}
    for suffix, content in in_use.items():
        (tmp_path / (DB_FILENAME + suffix)).write_bytes(content)
    remove_new_store_files(tmp_path, before={DB_FILENAME + "-wal"})  # it was there before
    assert _listing(tmp_path) == {
        DB_FILENAME: 16,  # holds data
        DB_FILENAME + "-wal": 0,  # existed before the open
        DB_FILENAME + "-shm": 32 * 1024,  # a live connection's
    }
