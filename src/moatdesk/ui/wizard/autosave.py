"""Debounced autosave: many edits in a burst become one save, ~500 ms after the last."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

AUTOSAVE_DELAY_MS = 500


class Autosaver(QObject):
    """Says when to save (``save_due``, connected to the wizard's save): a signal, not a
    stored callable, so the wizard and its autosaver form no reference cycle and a
    closed wizard is freed at once, not at the collector's next full pass (~2 MiB a
    wizard of 8 pages; tests/ui/test_closed_windows.py)."""

    save_due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_due)

    def schedule(self) -> None:
        self._timer.start()  # restarts: the save waits for a pause in typing

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now if a save is waiting (closing, finishing, jumping away)."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_due.emit()  # delivered at once: a direct connection

    def cancel(self) -> None:
        """Drop a waiting save (the draft is being discarded)."""
        self._timer.stop()
