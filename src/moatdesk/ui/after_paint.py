"""Run work right after a window's first frame instead of before it.

Start-up shows the window first and loads what only fills it in (pydantic, the
selected profile's scores, the wizard's later pages) once it has painted; the
start-up benchmark uses the same hook to stop its clock (moatdesk.ui.app).

The hook fires on the window's next UpdateRequest, which Qt posts right after show()
and which may come before the window system has exposed the window: deferred work then
runs while the window is being mapped, and the first frame the founder sees already
holds it.  Waiting for the Expose instead (as the start-up clock does) was measured
(issue 16, 5 interleaved runs): the empty frame came ~20 ms sooner, the welcome page,
the list and the wizard's first page 10-40 ms later (one paint more each).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatcher(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window  # the timer's context: the callback dies with the window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:  # the backing store is being flushed
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._window, self._callback)  # after this paint is done
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, right after ``widget``'s window next paints.

    Never called if the window is destroyed first (the timer is tied to it).
    """
    window = widget.window()
    window.installEventFilter(_PaintWatcher(window, callback))
    window.update()
