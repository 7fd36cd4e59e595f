"""One process owns a data folder; a dead owner's lock is recovered and reported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from moatdesk.storage.instance_lock import LOCK_FILENAME, InstanceLock

HOLD = """
import sys, time
from moatdesk.storage.instance_lock import InstanceLock
result = InstanceLock(sys.argv[1]).acquire()
print(result.acquired, flush=True)
time.sleep(60)
"""


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "True"
    return child


def _stop(child: subprocess.Popen[str]) -> None:
    child.kill()
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


def test_second_owner_is_told_who_holds_the_lock(data_dir: Path):
    child = _holder(data_dir)
    try:
        result = InstanceLock(data_dir).acquire()
        assert (result.acquired, result.holder_pid) == (False, child.pid)
    finally:
        _stop(child)


def test_a_killed_owner_leaves_a_stale_lock_that_is_recovered_and_reported(data_dir: Path):
    child = _holder(data_dir)
    os.kill(child.pid, signal.SIGKILL)
    _stop(child)
    assert (data_dir / LOCK_FILENAME).read_text().strip() == str(child.pid)
    lock = InstanceLock(data_dir)
    result = lock.acquire()
    assert result.acquired and result.recovered_stale and result.holder_pid == os.getpid()
    lock.release()


def test_release_lets_the_next_owner_in_without_a_stale_report(data_dir: Path):
    first = InstanceLock(data_dir)
    assert first.acquire().acquired
    assert not InstanceLock(data_dir).acquire().acquired  # same process, second window
    first.release()
    assert not (data_dir / LOCK_FILENAME).exists()
    with InstanceLock(data_dir) as result:
        assert result.acquired and not result.recovered_stale


def test_a_lock_file_naming_a_dead_pid_is_stale(data_dir: Path):
    data_dir.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (data_dir / LOCK_FILENAME).write_text(f"{gone.pid}\n")
    with InstanceLock(data_dir) as result:
        assert result.acquired and result.recovered_stale
