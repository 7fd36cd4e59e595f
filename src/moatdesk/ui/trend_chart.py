"""A line chart of each moat's strength (0-100) across a profile's quarters.

Painted with QPainter in the palette's colours, so it follows light and dark themes.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Nine distinguishable hues, one per meta-moat in Moat order.
SERIES_COLOURS = (
    "#e6550d", "#fd8d3c", "#fdae6b",  # short-horizon moats: warm
    "#3182bd", "#6baed6", "#17becf",  # medium: blue
    "#31a354", "#74c476", "#8c6d31",  # long: green / earth
)  # fmt: skip


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarters: list[str] = []
        self.series: list[tuple[str, list[float]]] = []  # (moat label, score per quarter)
        self.empty_text = ""  # no quarters
        self.pending_text = ""  # quarters whose scores are still being worked out
        self._pending = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def set_data(
        self, quarters: list[str], series: list[tuple[str, list[float]]], pending: bool = False
    ) -> None:
        self.quarters, self.series, self._pending = quarters, series, pending
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: "
                + ", ".join(f"{q} {v:.0f}" for q, v in zip(quarters, values, strict=True))
                for name, values in series
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        if not self.quarters:
            painter.setPen(text_colour)
            words = self.pending_text if self._pending else self.empty_text
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)
            return
        metrics = self.fontMetrics()
        legend_width = min(max(metrics.horizontalAdvance(n) for n, _ in self.series) + 28, 260)
        plot = QRectF(
            metrics.horizontalAdvance("100") + 10,
            8,
            self.width() - legend_width - metrics.horizontalAdvance("100") - 24,
            self.height() - metrics.height() - 20,
        )
        grid = QColor(text_colour)
        grid.setAlpha(50)
        painter.setPen(QPen(grid, 1))
        for value in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * value / 100
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
            painter.setPen(QPen(grid, 1))

        count = len(self.quarters)

        def x_at(index: int) -> float:
            return (
                plot.center().x()
                if count == 1
                else plot.left() + plot.width() * index / (count - 1)
            )

        painter.setPen(text_colour)
        for index, quarter in enumerate(self.quarters):
            box = QRectF(x_at(index) - 40, plot.bottom() + 4, 80, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, quarter)

        for number, (name, values) in enumerate(self.series):
            colour = QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])
            painter.setPen(QPen(colour, 2))
            points = [
                QPointF(x_at(i), plot.bottom() - plot.height() * v / 100)
                for i, v in enumerate(values)
            ]
            for a, b in pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 3, 3)
            y = 8 + number * (metrics.height() + 4)
            left = self.width() - legend_width
            painter.fillRect(QRectF(left, y + 3, 14, metrics.height() - 6), colour)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + 20, y, legend_width - 20, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, legend_width - 20),
            )
        painter.end()
