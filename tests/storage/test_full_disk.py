"""Issue 10 item 8: reading works on a full disk, and a failed open leaves no new files.

A child process runs with RLIMIT_FSIZE = 0 (SIGXFSZ ignored): every write that would grow
a file fails, as on a full disk.  Before, `moatdesk list` failed with "the disk reported an
I/O error while writing" and left a 3-byte -shm and a 0-byte -wal (a 0-byte database in
a fresh folder).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factories import basics
from moatdesk.domain.models import Answer
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
