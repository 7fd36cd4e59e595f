"""A worker's report reaches the GUI thread once, and lets go of what it held."""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from moatdesk.ui.workers import CollectorPause, start_in_worker

pytestmark = pytest.mark.gui


class Rendered:
    """Stands for a rendered PDF a callback refers to."""


def test_a_finished_worker_lets_go_of_its_callbacks(qtbot) -> None:
    """Qt's connections held the callbacks, so a closed export dialog they referred to,
    with its rendered document, stayed in memory for good (issue 16)."""
    held = Rendered()
    released = weakref.ref(held)
    got: list[object] = []
    start_in_worker(lambda: 42, lambda result, held=held: got.append(result), got.append)
    del held
    qtbot.waitUntil(lambda: got == [42])
    gc.collect()
    assert released() is None


def test_a_report_for_a_deleted_owner_is_dropped(qtbot) -> None:
    """A dialog closed (so deleted) while its preview renders: the late preview is not
    shown into deleted widgets."""
    owner = QLabel()
    got: list[object] = []

    def show(result: object) -> None:
        got.append(result)
        owner.setText(str(result))

    start_in_worker(lambda: "late", show, got.append, owner)
    shiboken6.delete(owner)  # before the report can arrive: it is queued to this thread
    qtbot.waitUntil(lambda: CollectorPause.running == 0)
    assert got == []
