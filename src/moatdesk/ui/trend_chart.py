"""A line chart of each moat's strength (0-100) across a profile's quarters.

Painted with QPainter; text and grid in the palette's colours, so it follows light and
dark themes.  The nine series differ in hue (the Okabe-Ito colour-blind-safe set) and,
by horizon, in line style and marker (short: solid, circles; medium: dashed, squares;
long: dotted, diamonds).  The legend sits under the plot in as many columns as fit;
quarter labels are thinned so they never overlap; with more quarters than pixels the
lines are drawn through an even sample of them, so 10,000 quarters paint like 500.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

# One colour per meta-moat in Moat order (Okabe & Ito 2008, plus a grey and a purple).
SERIES_COLOURS = (
    "#E69F00", "#56B4E9", "#CC79A7",  # short horizon: orange, sky blue, reddish purple
    "#0072B2", "#D55E00", "#009E73",  # medium: blue, vermillion, bluish green
    "#7F7F7F", "#6A3D9A", "#8C510A",  # long: grey, purple, brown
)  # fmt: skip
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
MARKERS = ("circle", "square", "diamond")  # by horizon, with LINE_STYLES
DESCRIBED_QUARTERS = 12  # the accessible description reads the latest ones


def series_style(number: int) -> tuple[QColor, Qt.PenStyle, str]:
    """Colour, line style and marker of the ``number``-th series (Moat order)."""
    horizon = min(number // 3, 2)
    return (
        QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]),
        LINE_STYLES[horizon],
        MARKERS[horizon],
    )


@dataclass(frozen=True)
class TrendLayout:
    plot: QRectF
    legend: tuple[QRectF, ...]  # one box per series
    labels: tuple[tuple[int, QRectF], ...]  # (quarter index, where its axis label goes)
    drawn: tuple[int, ...]  # quarter indices the lines go through

    @property
    def labelled(self) -> tuple[int, ...]:
        return tuple(index for index, _box in self.labels)

    @property
    def label_boxes(self) -> tuple[QRectF, ...]:
        return tuple(box for _index, box in self.labels)


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quarters: list[str] = []
        self.series: list[tuple[str, list[float]]] = []  # (moat label, score per quarter)
        self.empty_text = ""  # no quarters
        self.pending_text = ""  # quarters whose scores are still being worked out
        self._pending = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(260)

    def set_data(
        self, quarters: list[str], series: list[tuple[str, list[float]]], pending: bool = False
    ) -> None:
        self.quarters, self.series, self._pending = quarters, series, pending
        recent = slice(-DESCRIBED_QUARTERS, None)
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: "
                + ", ".join(
                    f"{q} {v:.0f}" for q, v in zip(quarters[recent], values[recent], strict=True)
                )
                for name, values in series
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def layout_for(self, width: float, height: float) -> TrendLayout:
        """Where everything goes at this size (paintEvent draws exactly this)."""
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        swatch = 30  # the line sample before each legend entry
        widest = max((metrics.horizontalAdvance(name) for name, _ in self.series), default=0)
        entry_w = min(widest + swatch + 16, max(width - 8, 1))
        columns = max(1, int((width - 8) // entry_w))
        rows = math.ceil(len(self.series) / columns)
        legend_h = rows * line
        left = metrics.horizontalAdvance("100") + 10
        plot = QRectF(left, 8, max(width - left - 12, 1), max(height - legend_h - line - 24, 1))
        legend = tuple(
            QRectF(
                4 + (n % columns) * entry_w,
                height - legend_h + (n // columns) * line,
                entry_w,
                line,
            )
            for n in range(len(self.series))
        )
        count = len(self.quarters)
        label_w = metrics.horizontalAdvance(self.quarters[-1]) + 8 if count else 0
        step = max(1, math.ceil(count * (label_w + 4) / plot.width())) if count else 1
        labels: list[tuple[int, QRectF]] = []
        for index in range(count - 1, -1, -step):  # the latest always labelled
            # Kept whole inside the widget: the end labels move in, and one that would
            # then touch its neighbour is left out.
            x = min(max(self._x(plot, index), label_w / 2 + 2), width - label_w / 2 - 2)
            box = QRectF(x - label_w / 2, plot.bottom() + 4, label_w, metrics.height())
            if not labels or box.right() + 4 <= labels[-1][1].left():
                labels.append((index, box))
        labels.reverse()
        most = max(2, int(plot.width() // 2))  # one point per two pixels is all that shows
        if count <= most:
            drawn = tuple(range(count))
        else:
            drawn = tuple(sorted({round(i * (count - 1) / (most - 1)) for i in range(most)}))
        return TrendLayout(plot, legend, tuple(labels), drawn)

    def _x(self, plot: QRectF, index: int) -> float:
        count = len(self.quarters)
        return plot.center().x() if count == 1 else plot.left() + plot.width() * index / (count - 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        if not self.quarters:
            painter.setPen(text_colour)
            words = self.pending_text if self._pending else self.empty_text
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, words)
            return
        layout = self.layout_for(self.width(), self.height())
        plot = layout.plot
        metrics = self.fontMetrics()
        grid = QColor(text_colour)
        grid.setAlpha(50)
        for value in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * value / 100
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        painter.setPen(text_colour)
        for index, box in layout.labels:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.quarters[index])

        markers = len(layout.drawn) <= 40  # markers only while they stay apart
        for number, (name, values) in enumerate(self.series):
            colour, style, marker = series_style(number)
            points = [
                QPointF(self._x(plot, i), plot.bottom() - plot.height() * values[i] / 100)
                for i in layout.drawn
            ]
            painter.setPen(QPen(colour, 2, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(points))
            if markers:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(colour)
                for point in points:
                    _marker(painter, marker, point, 3.5)
            box = layout.legend[number]
            mid = box.center().y()
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(box.left(), mid), QPointF(box.left() + 22, mid))
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            _marker(painter, marker, QPointF(box.left() + 11, mid), 3.5)
            painter.setPen(text_colour)
            text_box = QRectF(box.left() + 30, box.top(), box.width() - 30, box.height())
            painter.drawText(
                text_box,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(text_box.width())),
            )
        painter.end()


def _marker(painter: QPainter, shape: str, at: QPointF, r: float) -> None:
    if shape == "square":
        painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - r - 1),
                    QPointF(at.x() + r + 1, at.y()),
                    QPointF(at.x(), at.y() + r + 1),
                    QPointF(at.x() - r - 1, at.y()),
                ]
            )
        )
    else:
        painter.drawEllipse(at, r, r)
