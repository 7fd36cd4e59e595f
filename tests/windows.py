"""Window activation and closing for keyboard tests (shortcuts and Escape act in the active
window; a closed dialog is deleted)."""

from __future__ import annotations

import shiboken6


def activate(qtbot, window) -> None:
    """Make ``window`` the active window, as a founder's click on it would. The request
    is repeated while waiting: once, on a busy machine, a single request was lost and the
    test waited out its five seconds (tests/ui/test_wizard_flow.py), which says nothing
    about the keys the test is there for."""

    def active() -> bool:
        if window.isActiveWindow():
            return True
        window.activateWindow()
        return False

    window.activateWindow()
    qtbot.waitUntil(active)


def closed(widget) -> bool:
    """Hidden, or already deleted: the app deletes a dialog once it closes."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
