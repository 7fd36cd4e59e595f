"""The clock of every start-up row: the moment a window has flushed a frame.

Used by the floors (floor_window.py) and, in place of the app's own copy of it, by the
probe (first_frame.py).  Kept apart from first_frame.py, which imports no PySide: the
probe starts the app before anything of PySide is loaded, in a founder's order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from first_frame import report_line


class QuitAfterFrame(QObject):
    """The clock of every row: prints ``report_line`` and quits once the watched window
    has flushed a frame to the screen.

    A window just shown is painted and flushed while Qt handles its first Expose; an
    UpdateRequest that comes before it (the floors get one right after show()) paints
    nothing, Qt waits for the exposure, so it does not stop the clock.  A window already
    on screen is painted and flushed while it handles its next UpdateRequest.  Either
    way the report is printed from inside that event, before anything queued after it.
    """

    def __init__(self, widget: QWidget) -> None:
        window = widget.window()
        handle = window.windowHandle()  # made by show()
        assert handle is not None, "watch a window after showing it"
        super().__init__(window)
        self._window, self._handle = window, handle
        window.installEventFilter(self)
        handle.installEventFilter(self)
        window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.UpdateRequest:
            if not self._handle.isExposed():
                return False  # nothing to paint into yet
            QWidget.event(self._window, event)  # paint and flush
        elif watched is self._handle and kind == QEvent.Type.Expose:
            self._handle.event(event)  # QWidgetWindow paints and flushes
            if not self._handle.isExposed():
                return True
        else:
            return False
        self._window.removeEventFilter(self)
        self._handle.removeEventFilter(self)
        print(report_line(), flush=True)
        QApplication.exit(0)
        return True
