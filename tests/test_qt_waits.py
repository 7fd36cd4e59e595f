"""qtbot's waits default to a limit a loaded CI machine cannot reach by accident."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from qt_waits import PATIENT_TIMEOUT_MS, WAITS, exit_if_stuck, thread_is_quitting


class _Sender(QObject):
    fired = Signal()


def test_every_wait_without_a_timeout_is_patient(qtbot) -> None:
    for name in WAITS:
        wait = getattr(QtBot, name)
        timeout = inspect.signature(wait, follow_wrapped=False).parameters["timeout"]
        assert timeout.default == PATIENT_TIMEOUT_MS, name
    sender = _Sender()
    with qtbot.waitSignal(sender.fired) as blocker:
        sender.fired.emit()
    assert blocker.timeout == PATIENT_TIMEOUT_MS


def test_a_wait_that_names_its_timeout_keeps_it(qtbot) -> None:
    with pytest.raises(WaitTimeout):
        qtbot.waitUntil(lambda: False, timeout=50)
    sender = _Sender()
    with qtbot.waitSignal(sender.fired, timeout=70) as blocker:
        sender.fired.emit()
    assert blocker.timeout == 70


def test_a_guard_against_a_stuck_app_is_gone_once_its_block_ends(qtbot) -> None:
    with exit_if_stuck(1):
        pass  # the test's own loop would run here, and end before the guard
    qtbot.wait(30)  # the guard's time has passed
    assert not thread_is_quitting()  # each later qtbot wait still runs its loop
