"""The countdown on the main window: each moat's stop quarter over the reviews.

One row per meta-moat, one column per review the domain shows (``domain.history``:
the final ones, then the latest); a cell is that review's stop quarter ("2027-Q3"),
"Holds past 2031-Q4", "Does not hold now" or "Not assessed", with ▲ when it moved later
than the review before projected (the founder outran the decay) and ▼ when earlier; its
tooltip says by how much (``report.strings.shift_words``, as the results screen).
The entries come from ``domain.history.countdown_from``; nothing is computed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from moatdesk.ui.i18n import fill, ui_lang
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label

if TYPE_CHECKING:
    from moatdesk.domain.history import CountdownEntry

translate = QCoreApplication.translate
EARLIER_COLOUR = QColor("#B5452B")  # the charts' "stops holding" accent
LATER, EARLIER = "▲", "▼"


class CountdownView(Retranslating, QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[CountdownEntry, ...] = ()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # By pixel: scrolled by whole reviews, a partly shown one could be cut at its left.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.retranslate()

    def set_countdown(self, entries: tuple[CountdownEntry, ...]) -> None:
        self.entries = entries
        self._fill()

    def cell_text(self, moat_row: int, column: int) -> str:
        item = self.item(moat_row, column)
        return item.text() if item is not None else ""

    def _fill(self) -> None:
        from moatdesk.report.strings import shift_words  # the one table of these words
        from moatdesk.ui.text import stop_text

        entries = self.entries
        self.clear()
        moats = [p.moat for p in entries[0].points] if entries else []
        self.setRowCount(len(moats))
        self.setColumnCount(len(entries))
        self.setVerticalHeaderLabels([label(m) for m in moats])
        draft = translate("Countdown", "%1 (draft)")
        self.setHorizontalHeaderLabels(
            [e.quarter if e.final else fill(draft, e.quarter) for e in entries]
        )
        texts: set[str] = set()  # measured once each below (text metrics are slow)
        metrics = self.fontMetrics()
        for column, entry in enumerate(entries):
            shifts = {s.moat: s for s in entry.shifts}
            for row, point in enumerate(entry.points):
                text = stop_text(point.status, point.stop_quarter, entry.horizon_end)
                item = QTableWidgetItem(text)
                shift = shifts.get(point.moat)
                if column and shift is not None and shift.direction in ("later", "earlier"):
                    later = shift.direction == "later"
                    item.setText(f"{text} {LATER if later else EARLIER}")
                    item.setToolTip(shift_words(shift, entries[column - 1].quarter, ui_lang()))
                    if not later:
                        item.setForeground(EARLIER_COLOUR)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
                texts.add(item.text())
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header = self.horizontalHeader()
        for column in range(len(entries)):
            title = self.horizontalHeaderItem(column)
            heading = metrics.horizontalAdvance(title.text() if title else "")
            header.resizeSection(column, max(widest, heading) + 16)
        self._show_latest()
        rows = len(moats) * self.verticalHeader().defaultSectionSize()
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the scroll range follows the new width
        self._show_latest()

    def _show_latest(self) -> None:
        """The latest review in view: the right end, or no scrolling when all fit.
        Set from the scroll range of the current width, so a table filled while hidden
        and narrow (the detail pane is built before it is laid out) is not left
        scrolled by its first layout once it is wide."""
        bar = self.horizontalScrollBar()
        bar.setValue(bar.maximum())

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Countdown", "When each moat stops holding, per review"))
        if self.entries:
            self._fill()
