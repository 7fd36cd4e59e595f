"""Debounced autosave: many edits in a burst become one save, ~500 ms after the last."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_DELAY_MS = 500


class Autosaver(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._save)

    def schedule(self) -> None:
        self._timer.start()  # restarts: the save waits for a pause in typing

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now if a save is waiting (closing, finishing, jumping away)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()

    def cancel(self) -> None:
        """Drop a waiting save (the draft is being discarded)."""
        self._timer.stop()
