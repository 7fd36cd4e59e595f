"""The cyclic collector stays paused while any worker runs, start-up's pause included.

A collection in a worker thread can free a cycle holding the GUI thread's Qt objects
and crash there (ui/workers.py); start-up pauses the collector too, and the end of
that pause must not turn it back on under a worker already running (the daily
backup, a recovery check).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from moatdesk.ui.workers import CollectorPause


@pytest.fixture(autouse=True)
def collector_running_freely() -> Iterator[None]:
    found = CollectorPause.running, gc.isenabled()
    CollectorPause.running = 0
    gc.enable()
    yield
    CollectorPause.running = found[0]
    (gc.enable if found[1] else gc.disable)()


def test_the_end_of_start_up_leaves_a_running_worker_s_pause_alone() -> None:
    end_startup_pause = CollectorPause.hold()
    assert not gc.isenabled()
    CollectorPause.enter()  # a worker starts before the body's frame
    end_startup_pause()
    assert not gc.isenabled()  # the worker still runs
    end_startup_pause()  # run_gui ends the pause again on its way out: no effect
    assert not gc.isenabled()
    CollectorPause.leave()
    assert gc.isenabled()


def test_a_worker_ending_during_start_up_keeps_start_up_s_pause() -> None:
    end_startup_pause = CollectorPause.hold()
    CollectorPause.enter()
    CollectorPause.leave()
    assert not gc.isenabled()
    end_startup_pause()
    assert gc.isenabled()


def test_start_up_s_pause_collects_nothing_around_it() -> None:
    before = gc.get_stats()[2]["collections"]
    CollectorPause.hold()()
    assert gc.get_stats()[2]["collections"] == before
    CollectorPause.enter()
    CollectorPause.leave()  # a worker's pause collects before and after
    assert gc.get_stats()[2]["collections"] == before + 2
