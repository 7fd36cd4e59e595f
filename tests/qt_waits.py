"""pytest-qt's waits, with a limit a busy CI machine cannot hit by accident.

qtbot's waits (waitUntil, waitSignal, ...) give up after 5 s unless told otherwise. A
worker thread (a PDF export, a backup, a migration) on a loaded 2-core machine can take
longer than that and fail a test that is right. A wait ends as soon as its condition
holds, so a longer limit costs nothing when the test passes; it only lets a broken test
take longer to fail. A test that expects a wait to time out passes its own timeout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

PATIENT_TIMEOUT_MS = 60_000
WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitActive", "waitExposed")


def _patient(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def patient_wait(
        self: Any, *args: Any, timeout: int = PATIENT_TIMEOUT_MS, **kwargs: Any
    ) -> Any:
        return wait(self, *args, timeout=timeout, **kwargs)

    patient_wait.patient = True  # type: ignore[attr-defined]
    return patient_wait


def install() -> None:
    """Give every qtbot wait that names no timeout PATIENT_TIMEOUT_MS (once)."""
    from pytestqt.qtbot import QtBot

    for name in WAITS:
        wait = getattr(QtBot, name)
        if not getattr(wait, "patient", False):
            setattr(QtBot, name, _patient(wait))


@contextmanager
def exit_if_stuck(
    timeout_ms: int, before_exit: Callable[[], object] | None = None
) -> Iterator[None]:
    """Around a test that runs the app's own event loop (``run_gui``): end that loop
    with exit code 2 if the test never does, so a broken test fails instead of hanging.

    The guard is a timer object stopped on the way out, never a bare
    ``QTimer.singleShot``: one of those outlives the test, and when it fires during a
    later test ``QApplication.exit`` with no loop running marks the thread as quitting,
    so every later ``QEventLoop.exec`` -- each qtbot wait -- returns at once and those
    tests time out far from the cause (CI, 2026-12: tests of the wizard, a minute after
    test_startup_migration).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def give_up() -> None:
        if before_exit is not None:
            before_exit()
        QApplication.exit(2)

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(timeout_ms)
    try:
        yield
    finally:
        guard.stop()


def thread_is_quitting() -> bool:
    """True when ``QApplication.exit`` was called with no loop of the app's running:
    every ``QEventLoop.exec`` then returns -1 at once, until the next ``QApplication.exec``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop, loop.quit)
    return loop.exec() == -1
