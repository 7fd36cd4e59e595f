"""SIGKILL at random points: the database stays intact and every save that returned is there.

A tiny child process saves in a loop and appends the sequence number of each
save to a side file (fsynced) only after the save returned.  After each kill the
parent checks ``PRAGMA integrity_check`` and every acknowledged save, verbatim.

Kills are keyed to the child's progress, never to sleeps, so the tests prove the same
thing on a fast or a loaded machine (issue 10): a saver is killed right after a random
number of acknowledged saves (0 = while it is still opening the store), an exporter at a
random step inside a random export, where it waits to be killed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from moatdesk.files import TEMP_PREFIX
from moatdesk.storage.exchange import read_exchange

pytestmark = pytest.mark.slow

SAVER = r"""
import os, sys
from moatdesk.domain.models import Answer
from moatdesk.domain.quarters import format_quarter
from moatdesk.storage.errors import ProfileNotFoundError
from moatdesk.storage.store import ProfileStore

data_dir, profile_id, acks, seq = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = ProfileStore.open(data_dir)
ack = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
def block_profile(seq):  # a profile keeps at most 40 quarters: 39 saves a profile
    name = f"Crash block {seq // 39}"
    try:
        return store.get_profile(name).id
    except ProfileNotFoundError:
        return store.create_profile(basics.model_copy(update={"name": name})).id

basics = store.get_profile(profile_id).basics
while True:
    note = f"save {seq} 한글 😀 " + "n" * (seq % 300)
    store.save_draft(block_profile(seq), format_quarter(1000 + seq % 39 // 4, seq % 39 % 4 + 1),
                     {"seq": Answer(value=seq, note=note)})           # a new row
    store.save_draft(profile_id, "0999-Q1", {"latest": Answer(value=seq, note=note)})  # an update
    os.write(ack, f"{seq}\n".encode())
    os.fsync(ack)
    print(seq, flush=True)  # progress: the parent kills after a chosen number of these
    seq += 1
"""

# Three steps inside each atomic export; the child stops at step `stop_at` (counted over
# all its exports), says so and waits there to be killed.
EXPORTER = r"""
import os, stat, sys
from moatdesk.storage.store import ProfileStore

stop_at, step = int(sys.argv[4]), 0
real_fsync, real_replace = os.fsync, os.replace

def point(name):
    global step
    step += 1
    if step == stop_at:
        print(name, flush=True)
        sys.stdin.readline()  # never answered: the kill lands here

def fsync(fd):
    real_fsync(fd)
    if stat.S_ISREG(os.fstat(fd).st_mode):  # the temp file, not the folder after the rename
        point("temp file written and synced")

def replace(src, dst):
    if str(src).endswith(".tmp"):
        point("before the rename")
    real_replace(src, dst)
    if str(src).endswith(".tmp"):
        point("after the rename")

os.fsync, os.replace = fsync, replace
store = ProfileStore.open(sys.argv[1])
while True:
    store.export_json(sys.argv[2], sys.argv[3])
"""
EXPORT_STEPS = 3


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _kill_after(child: subprocess.Popen[str], lines: int) -> list[str]:
    """SIGKILL the child as soon as it has printed `lines` progress lines (0: at once,
    while it is still starting); returns what it printed."""
    assert child.stdout is not None and child.stdin is not None
    seen = [child.stdout.readline().strip() for _ in range(lines)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stdin.close()
    assert all(seen), "the child died before the kill"
    return seen


def _acked(acks: Path) -> list[int]:
    if not acks.exists():
        return []
    lines = acks.read_bytes().split(b"\n")[:-1]  # a torn last line was never acknowledged
    return [int(line) for line in lines]


def _note(seq: int) -> str:
    return f"save {seq} 한글 😀 " + "n" * (seq % 300)


def _check(db_path: Path, acked: list[int]) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = {
            (name, quarter): answers
            for name, quarter, answers in conn.execute(
                "SELECT p.name, a.quarter, a.answers_json FROM assessments AS a "
                "JOIN profiles AS p ON p.id = a.profile_id"
            )
        }
    finally:
        conn.close()
    for seq in acked:
        key = (f"Crash block {seq // 39}", f"{1000 + seq % 39 // 4:04d}-Q{seq % 39 % 4 + 1}")
        assert key in rows, f"acknowledged save {seq} is missing"
        assert json.loads(rows[key]) == {
            "seq": {"value": seq, "note": _note(seq), "confidence": None, "private": False}
        }
    if acked:
        latest = json.loads(rows[("Crash Co", "0999-Q1")])["latest"]
        assert latest["value"] >= acked[-1] and latest["note"] == _note(latest["value"])


def _profile(data_dir: Path) -> str:
    from factories import basics as sample_basics
    from moatdesk.storage.store import ProfileStore

    basics = sample_basics(name="Crash Co", sector="other", team_size=2, runway_months=6)
    with ProfileStore.open(data_dir) as store:
        return store.create_profile(basics).id


def test_sigkill_during_saves_never_loses_an_acknowledged_save(data_dir: Path, tmp_path: Path):
    rng = random.Random(20261127)
    profile_id = _profile(data_dir)
    acks = tmp_path / "acks.txt"
    waited_for = 0
    for _ in range(200):
        acked = _acked(acks)
        start = acked[-1] + 2 if acked else 0  # +2: skip a save that may be in flight
        # 15 % while the store is still opening, else after 1-12 acknowledged saves.
        saves = 0 if rng.random() < 0.15 else rng.randint(1, 12)
        child = _spawn(SAVER, str(data_dir), profile_id, str(acks), str(start))
        printed = _kill_after(child, saves)
        assert [int(seq) for seq in printed] == list(range(start, start + saves))
        waited_for += saves
        _check(data_dir / "moatdesk.sqlite3", _acked(acks))
    # Every kill after its chosen number of saves, whatever the machine's speed.
    assert len(_acked(acks)) >= waited_for > 1000


def test_sigkill_during_exports_never_leaves_an_unreadable_file(data_dir: Path, tmp_path: Path):
    from moatdesk.domain.models import Answer
    from moatdesk.storage.store import ProfileStore

    rng = random.Random(7)
    profile_id = _profile(data_dir)
    with ProfileStore.open(data_dir) as store:
        for n in range(20):  # a realistically large profile: 20 quarters x 45 answers
            answers = {f"q{i}": Answer(value=i, note="근거 " * 40) for i in range(45)}
            store.save_draft(profile_id, f"{2020 + n // 4}-Q{n % 4 + 1}", answers)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "crash.json"
    steps_seen: set[str] = set()
    for _ in range(100):
        stop_at = rng.randint(1, 3 * EXPORT_STEPS)  # a step inside one of its first 3 exports
        child = _spawn(EXPORTER, str(data_dir), profile_id, str(target), str(stop_at))
        steps_seen.update(_kill_after(child, 1))
        if target.exists():
            assert read_exchange(target).profile.id == profile_id
    assert len(steps_seen) == EXPORT_STEPS  # killed at every step, not only between exports
    assert target.exists()
    with ProfileStore.open(data_dir) as store:
        store.export_json(profile_id, target)
    assert [p.name for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)] == []
