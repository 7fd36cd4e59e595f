"""What the profiles list shows, read from its view's model as a founder would see it."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt

from moatdesk.ui.workers import CollectorPause


def listed(panel) -> list[str]:
    """The company names in the list, top to bottom (the search applied)."""
    model = panel.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(panel, row: int, column: int) -> str:
    return panel.view.model().index(row, column).data()


def heading(panel, column: int) -> str:
    """The column's title as the header shows it; a screen reader reads the view's model,
    which must say the same."""
    shown = panel.view.horizontalHeader().model().headerData(column, Qt.Orientation.Horizontal)
    assert panel.view.model().headerData(column, Qt.Orientation.Horizontal) == shown
    return shown


def python_calls(action: Callable[[], object]) -> int:
    """Python functions entered while ``action`` runs (Qt calling the model included).

    Earlier tests' garbage is collected first and the collector waits meanwhile: a pass
    during the count would run other objects' finalizers and weakref callbacks (a
    reportlab font's per-document state, say) and count them as the action's."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    CollectorPause.enter()  # collects first
    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
        CollectorPause.leave(collect_after=False)
    return calls
