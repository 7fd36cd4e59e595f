"""SIGKILL at random points: the database stays intact and every save that returned is there.

A tiny child process saves in a loop and appends the sequence number of each
save to a side file (fsynced) only after the save returned.  After each kill the
parent checks ``PRAGMA integrity_check`` and every acknowledged save, verbatim.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from moatdesk.files import TEMP_PREFIX
from moatdesk.storage.exchange import read_exchange

pytestmark = pytest.mark.slow

SAVER = r"""
import os, sys
from moatdesk.domain.models import Answer
from moatdesk.domain.quarters import format_quarter
from moatdesk.storage.store import ProfileStore

data_dir, profile_id, acks, seq = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = ProfileStore.open(data_dir)
ack = os.open(acks, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
print("ready", flush=True)
while True:
    note = f"save {seq} 한글 😀 " + "n" * (seq % 300)
    store.save_draft(profile_id, format_quarter(2000 + seq // 4, seq % 4 + 1),
                     {"seq": Answer(value=seq, note=note)})           # a new row
    store.save_draft(profile_id, "1999-Q1", {"latest": Answer(value=seq, note=note)})  # an update
    os.write(ack, f"{seq}\n".encode())
    os.fsync(ack)
    seq += 1
"""

EXPORTER = r"""
import sys
from moatdesk.storage.store import ProfileStore

store = ProfileStore.open(sys.argv[1])
print("ready", flush=True)
while True:
    store.export_json(sys.argv[2], sys.argv[3])
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)


def _kill_at_random(child: subprocess.Popen[str], rng: random.Random) -> None:
    assert child.stdout is not None
    if rng.random() < 0.15:  # sometimes while it is still opening the store
        time.sleep(rng.uniform(0.0, 0.15))
    else:
        child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.06))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()


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
        rows = dict(conn.execute("SELECT quarter, answers_json FROM assessments"))
    finally:
        conn.close()
    for seq in acked:
        quarter = f"{2000 + seq // 4:04d}-Q{seq % 4 + 1}"
        assert quarter in rows, f"acknowledged save {seq} is missing"
        assert json.loads(rows[quarter]) == {
            "seq": {"value": seq, "note": _note(seq), "confidence": None}
        }
    if acked:
        latest = json.loads(rows["1999-Q1"])["latest"]
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
    for _ in range(200):
        acked = _acked(acks)
        start = acked[-1] + 2 if acked else 0  # +2: skip a save that may be in flight
        _kill_at_random(_spawn(SAVER, str(data_dir), profile_id, str(acks), str(start)), rng)
        _check(data_dir / "moatdesk.sqlite3", _acked(acks))
    assert len(_acked(acks)) > 1000, "the kills must land among the saves"


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
    for _ in range(100):
        _kill_at_random(_spawn(EXPORTER, str(data_dir), profile_id, str(target)), rng)
        if target.exists():
            assert read_exchange(target).profile.id == profile_id
    assert target.exists()
    with ProfileStore.open(data_dir) as store:
        store.export_json(profile_id, target)
    assert [p.name for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)] == []
