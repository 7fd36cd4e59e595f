#!/usr/bin/env python3
"""How long the GUI thread is blocked while the app opens a schema-4 store that migrates.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_migration_open.py PROFILES [RUNS]

The store is bench_store's fill (20 quarters a profile) taken back to schema 4 (the
schema-5 columns, index and triggers dropped, VACUUM).  A 10 ms QTimer on the GUI
thread records when it runs; the longest gap between two ticks during
open_store_interactive is the longest frozen stretch.  "before": the slow part on the GUI
thread (slow_open patched to None: what the code did before); "after": as now.  Floor:
the same timer with the GUI thread idle for 2 s (the machine's own noise).
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench_store import _fill
from moatdesk.storage import opening
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.store import ProfileStore
from moatdesk.ui import startup


def make_v4(folder: Path, profiles: int) -> None:
    folder.mkdir(parents=True)
    with ProfileStore.open(folder, daily_backup=False) as store:
        _fill(store, profiles, 20)
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    for name in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER assessments_listed_{name}")
    conn.execute("DROP INDEX profiles_list")
    for column in (
        "latest_quarter",
        "latest_status",
        "has_draft",
        "last_final",
        "prior_final",
        "touched_at",
    ):
        conn.execute(f"ALTER TABLE profiles DROP COLUMN {column}")
    conn.execute(
        "CREATE INDEX profiles_list ON profiles(deleted_at, search_key, name, id, updated_at)"
    )
    conn.execute("PRAGMA user_version = 4")
    conn.execute("VACUUM")
    conn.close()


def longest_gap(call: Callable[[], None]) -> tuple[float, float]:
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    QApplication.processEvents()
    ticks.append(clock.elapsed())
    start = time.perf_counter()
    call()
    total = time.perf_counter() - start
    ticks.append(clock.elapsed())
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks)) / 1000, total


def _open(folder: Path, profiles: int) -> None:
    store = startup.open_store_interactive(folder, daily_backup=False)
    assert store is not None and len(store.list_profile_rows()) == profiles
    store.close()


def idle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(2000, loop.quit)
    loop.exec()


def main() -> None:
    profiles = int(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication([])
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        template = Path(tmp) / "template"
        make_v4(template, profiles)
        size = (template / DB_FILENAME).stat().st_size
        print(f"{profiles} profiles, schema 4, {size / 2**20:.0f} MiB")
        real_slow_open = opening.slow_open
        for run in range(runs):
            for mode in ("before", "after"):
                folder = Path(tmp) / f"{mode}{run}"
                shutil.copytree(template, folder)
                opening.slow_open = (lambda _d: None) if mode == "before" else real_slow_open

                gap, total = longest_gap(lambda folder=folder: _open(folder, profiles))
                print(
                    f"run {run} {mode}: GUI thread blocked at most {gap * 1000:.0f} ms, "
                    f"open took {total:.2f} s"
                )
                shutil.rmtree(folder)
            gap, _ = longest_gap(idle)
            print(f"run {run} floor (idle 2 s): longest gap {gap * 1000:.0f} ms")
    app.quit()


if __name__ == "__main__":
    main()
