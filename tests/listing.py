"""What the profiles list shows, read from its view's model as a founder would see it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def listed(panel) -> list[str]:
    """The company names in the list, top to bottom (the search applied)."""
    model = panel.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cell(panel, row: int, column: int) -> str:
    return panel.view.model().index(row, column).data()


def heading(panel, column: int) -> str:
    return panel.view.model().headerData(column, Qt.Orientation.Horizontal)
