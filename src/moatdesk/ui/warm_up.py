"""What the views a founder opens first load, loaded while the app is idle.

The results view and the what-if panel stay out of start-up (docs/benchmarks.md,
"Start-up"): they import their modules, and read their content files, when first
opened.  The what-if panel's are ~30 ms (its widgets' PySide classes, the scenario
models, the presets' TOML), which took its first opening past the 50 ms an interaction
may take (40-70 ms, ~20 ms after).  A while after the list's first frame, when the
event loop has nothing else to do, they are loaded here instead: one step a turn,
dependencies first, so that a click meeting the warm-up waits for one step (~10 ms at
most), not for all of them.  A step that fails is left to the view, which says why
when the founder opens it.

Last, what start-up and the warm-up made (the modules, the content, the window) is
collected once and frozen (``gc.freeze``): those ~55,000 objects live as long as the
app, and a full collection that scanned them all took ~9-13 ms of whichever click it
fell in; later collections scan only what came after.  Not while a dialog or the
wizard is open: a closed window's reference cycles would stay frozen, never collected.
"""

from __future__ import annotations

import gc
import importlib
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moatdesk.domain.errors import MoatDeskError

# "module" is imported, "module:function" called too (a cached load).  Dependencies
# before the modules that import them: each step then does its own part.
WARM_STEPS = (
    "moatdesk.domain.scenarios",
    "moatdesk.domain.scenarios:load_scenarios",
    "moatdesk.domain.leverage",
    "moatdesk.report.scenario_data",
    "moatdesk.ui.whatif_panel",
    "moatdesk.domain.attacks",
    "moatdesk.domain.attacks:load_attacks",
    "moatdesk.ui.results_view",
    "moatdesk.ui.dialogs",
)
# After the first frames' own deferred work (the detail pane, the rest of a long list,
# the daily backup's start) and a founder's first look at the window.
START_AFTER_MS = 1_500


class WarmUp(QObject):
    """Takes ``steps`` one per event-loop turn, from ``start_after_ms`` after ``start``.

    Parented to the window: it stops when the window goes."""

    def __init__(self, parent: QObject, steps: tuple[str, ...] = WARM_STEPS) -> None:
        super().__init__(parent)
        self._pending = list(steps)
        self._frozen = False

    @property
    def done(self) -> bool:
        """Every step taken and the survivors frozen."""
        return self._frozen

    def start(self, start_after_ms: int | None = None) -> None:
        later = START_AFTER_MS if start_after_ms is None else start_after_ms
        QTimer.singleShot(later, self, self._next)

    def _next(self) -> None:
        while self._pending and self._pending[0] in sys.modules:  # opened meanwhile
            self._pending.pop(0)
        if not self._pending:
            if _another_window_open(self.parent()):  # its cycles would never be collected
                QTimer.singleShot(START_AFTER_MS, self, self._next)
                return
            gc.collect()  # on this (the GUI) thread: no garbage is frozen
            gc.freeze()
            self._frozen = True
            return
        module, _, function = self._pending.pop(0).partition(":")
        try:
            loaded = importlib.import_module(module)
            if function:
                getattr(loaded, function)()
        except MoatDeskError:  # a damaged content file: said when its view opens
            pass
        QTimer.singleShot(0, self, self._next)


def _another_window_open(parent: QObject | None) -> bool:
    """Whether a window of ``parent``'s main window (a dialog, the wizard) is on screen."""
    main = parent.window() if isinstance(parent, QWidget) else None
    if main is None:
        return False
    for window in QApplication.topLevelWidgets():
        if window is main or not window.isVisible():
            continue
        owner = window.parentWidget()
        while owner is not None and owner is not main:
            owner = owner.parentWidget()
        if owner is main:
            return True
    return False
