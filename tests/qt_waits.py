"""pytest-qt's waits, with a limit a busy CI machine cannot hit by accident.

qtbot's waits (waitUntil, waitSignal, ...) give up after 5 s unless told otherwise. A
worker thread (a PDF export, a backup, a migration) on a loaded 2-core machine can take
longer than that and fail a test that is right. A wait ends as soon as its condition
holds, so a longer limit costs nothing when the test passes; it only lets a broken test
take longer to fail. A test that expects a wait to time out passes its own timeout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
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
