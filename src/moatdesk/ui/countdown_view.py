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
from PySide6.QtGui import QColor
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
        self._least_width = 0  # a review's column: its widest text and a margin
        self._fitted_to = -1  # the viewport width the columns were fitted to
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
        for column in range(len(entries)):
            title = self.horizontalHeaderItem(column)
            widest = max(widest, metrics.horizontalAdvance(title.text() if title else ""))
        self._least_width = widest + 16
        self._fit_columns()
        self._show_latest()
        rows = len(moats) * self.verticalHeader().defaultSectionSize()
        bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + bar)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        # Qt lays out the headers and the viewport here, after a resize of the table and
        # when the moats' header changes width: the reviews are fitted to the new width.
        if self.viewport().width() != self._fitted_to:
            self._fit_columns()
            self._show_latest()

    def _fit_columns(self) -> None:
        """Reviews as wide as the view holds a whole number of them, at least
        ``_least_width`` each: scrolled to the latest, the first one in view starts at
        the view's left edge instead of being cut there ("…7-Q3 ▲"), and reviews that
        all fit fill the view."""
        columns = self.columnCount()
        viewport = self.viewport().width()
        if not columns or viewport <= 0:
            return
        shown = max(1, min(columns, viewport // max(1, self._least_width)))
        self._fitted_to = viewport
        width, spare = divmod(viewport, shown)
        width = max(width, self._least_width)  # narrower than one review: scroll by pixel
        header = self.horizontalHeader()
        for column in range(columns):
            # The spare pixels go to the last reviews, so those shown fill the view exactly.
            header.resizeSection(column, width + (column >= columns - spare))
        super().updateGeometries()  # the scroll range of these widths, for _show_latest

    def _show_latest(self) -> None:
        """The latest review in view: the right end, or no scrolling when all fit.
        Worked out from the columns and the current width, so a table filled while
        hidden and narrow (the detail pane is built before it is laid out) is not left
        scrolled by its first layout once it is wide; during Qt's own layout the scroll
        bar's range is not updated yet (it is set to the same end right after)."""
        end = max(0, self.horizontalHeader().length() - self.viewport().width())
        bar = self.horizontalScrollBar()
        bar.setMaximum(max(bar.maximum(), end))
        bar.setValue(end)

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Countdown", "When each moat stops holding, per review"))
        if self.entries:
            self._fill()
