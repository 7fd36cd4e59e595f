"""The meta-moat x time-horizon chart on screen, painted with QPainter.

The same reading as the PDF's chart (``moatdesk.report.chart``, a reportlab Drawing):
the nine moats grouped by horizon, one column per projected month, each cell's
strength as a number and a shade, cells below the holds threshold hatched (a Qt hatch
brush), a marker where the moat stops holding and, on the right, until when it holds.
Both read the same Roadmap and the PDF's own words (``report.strings``, no reportlab);
tests/ui/test_moat_chart.py checks they show the same moats, stops and hatched cells.
Shades come from the palette (its highlight colour), so the chart follows the theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from moatdesk.domain.labels import label_text
from moatdesk.report.strings import chart_outcome, format_month, format_score, t

if TYPE_CHECKING:
    from moatdesk.domain.results import Roadmap
    from moatdesk.domain.taxonomy import Horizon, Moat
    from moatdesk.domain.textrules import Lang

STOP_COLOUR = QColor("#B5452B")  # the PDF's "stops holding" accent (report.palette.WARN)
ROW_H, HEADER_H, GROUP_H, PAD = 24.0, 22.0, 20.0, 4.0


@dataclass(frozen=True)
class ChartCell:
    month: int
    strength: float
    holds: bool  # at or above the holds threshold; hatched when False


@dataclass(frozen=True)
class ChartRow:
    moat: Moat
    label: str
    cells: tuple[ChartCell, ...]
    stop_column: int | None  # the first cell that does not hold: the marker's place
    outcome: str  # the right-hand column: until when it holds
    outcome_warns: bool  # drawn in the stop colour
    assessed: bool = True  # False: an empty dashed band, no strengths, no marker (as the PDF)


@dataclass(frozen=True)
class ChartGroup:
    horizon: Horizon
    label: str
    rows: tuple[ChartRow, ...]


def chart_groups(roadmap: Roadmap, lang: Lang) -> tuple[ChartGroup, ...]:
    """What the chart shows, grouped by horizon in the roadmap's order."""
    threshold = roadmap.holds_threshold
    horizons: list[Horizon] = []
    for outlook in roadmap.outlooks:
        if outlook.horizon not in horizons:
            horizons.append(outlook.horizon)
    groups = []
    for horizon in horizons:
        rows = []
        for outlook in (o for o in roadmap.outlooks if o.horizon is horizon):
            # A not-assessed moat's strengths would be a guess: no hatching, no marker.
            cells = tuple(
                ChartCell(p.month, p.strength, p.strength >= threshold or not outlook.assessed)
                for p in outlook.points
            )
            stop = next((i for i, cell in enumerate(cells) if not cell.holds), None)
            outcome, warns = chart_outcome(outlook, lang)  # the PDF's column, word for word
            label = label_text(outlook.moat, lang)
            rows.append(
                ChartRow(outlook.moat, label, cells, stop, outcome, warns, outlook.assessed)
            )
        groups.append(ChartGroup(horizon, label_text(horizon, lang), tuple(rows)))
    return tuple(groups)


class MoatChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: tuple[ChartGroup, ...] = ()
        self.months: tuple[int, ...] = ()
        self._lang: Lang = "en"
        self._threshold = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_roadmap(self, roadmap: Roadmap, lang: Lang) -> None:
        self.groups = chart_groups(roadmap, lang)
        self._lang, self._threshold = lang, roadmap.holds_threshold
        first = next((g.rows[0] for g in self.groups if g.rows), None)
        self.months = tuple(c.month for c in first.cells) if first else ()
        self.setAccessibleDescription(
            "; ".join(f"{row.label}: {row.outcome}" for g in self.groups for row in g.rows)
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ChartRow]:
        return [row for group in self.groups for row in group.rows]

    def _legend_h(self) -> float:
        return self.fontMetrics().height() + 2 * PAD

    def sizeHint(self) -> QSize:
        rows = len(self.rows())
        height = HEADER_H + GROUP_H * len(self.groups) + ROW_H * rows + self._legend_h() + PAD
        return QSize(720, int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    # -- painting -------------------------------------------------------------------------
    def _shade(self, strength: float) -> QColor:
        """From the base colour (0) to the palette's highlight (100)."""
        low, high = self.palette().base().color(), self.palette().highlight().color()
        share = min(max(strength / 100.0, 0.0), 1.0)
        return QColor.fromRgbF(
            low.redF() + (high.redF() - low.redF()) * share,
            low.greenF() + (high.greenF() - low.greenF()) * share,
            low.blueF() + (high.blueF() - low.blueF()) * share,
        )

    def _ink_on(self, strength: float) -> QColor:
        palette = self.palette()
        return palette.highlightedText().color() if strength >= 50 else palette.text().color()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.groups:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = float(self.width())
        label_w = max(0.28 * width, 120.0)
        text = self.palette().text().color()
        bold = painter.font()
        bold.setBold(True)
        regular = painter.font()
        heading = QFontMetricsF(bold).horizontalAdvance(t("holds_until", self._lang))
        outcome_w = max(0.13 * width, heading + 3 * PAD)  # the bold heading fits whole
        col_w = (width - label_w - outcome_w) / max(len(self.months), 1)

        painter.setFont(bold)
        painter.setPen(text)
        centre = Qt.AlignmentFlag.AlignCenter
        for index, month in enumerate(self.months):
            box = QRectF(label_w + col_w * index, 0, col_w, HEADER_H)
            painter.drawText(box, centre, format_month(month, self._lang))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(width - outcome_w, 0, outcome_w - PAD, HEADER_H),
            right,
            t("holds_until", self._lang),
        )

        y = HEADER_H
        tint = self.palette().alternateBase()
        for group in self.groups:
            painter.fillRect(QRectF(0, y, width, GROUP_H), tint)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(QRectF(PAD, y, width - 2 * PAD, GROUP_H), left, group.label)
            y += GROUP_H
            for row in group.rows:
                self._paint_row(painter, row, y, label_w, col_w, outcome_w, regular, bold)
                y += ROW_H
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(0, y), QPointF(width, y))
        self._paint_legend(painter, y + PAD, regular)
        painter.end()

    def _paint_row(
        self,
        painter: QPainter,
        row: ChartRow,
        y: float,
        label_w: float,
        col_w: float,
        outcome_w: float,
        regular,
        bold,
    ) -> None:
        text = self.palette().text().color()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(regular)
        painter.setPen(text)
        label = self.fontMetrics().elidedText(
            row.label, Qt.TextElideMode.ElideRight, int(label_w - 2 * PAD)
        )
        if not row.assessed:
            self._paint_not_assessed(painter, row, y, label, label_w, outcome_w)
            return
        painter.drawText(QRectF(PAD, y, label_w - 2 * PAD, ROW_H), left, label)
        painter.setFont(bold)
        for index, cell in enumerate(row.cells):
            box = QRectF(label_w + col_w * index + 1, y + 1, col_w - 2, ROW_H - 2)
            painter.fillRect(box, self._shade(cell.strength))
            if not cell.holds:
                painter.fillRect(
                    box, QBrush(self.palette().mid().color(), Qt.BrushStyle.BDiagPattern)
                )
            number = format_score(cell.strength)
            if not cell.holds:  # a halo keeps the number legible over the hatching
                half = painter.fontMetrics().horizontalAdvance(number) / 2 + 3
                halo = QRectF(box.center().x() - half, box.top() + 3, 2 * half, box.height() - 6)
                painter.fillRect(halo, self._shade(cell.strength))
            painter.setPen(self._ink_on(cell.strength) if cell.holds else text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number)
        if row.stop_column is not None:
            x = label_w + col_w * row.stop_column
            painter.setPen(QPen(self.palette().base().color(), 4))
            painter.drawLine(QPointF(x, y + 1), QPointF(x, y + ROW_H - 1))
            painter.setPen(QPen(STOP_COLOUR, 2.2))
            painter.drawLine(QPointF(x, y + 1), QPointF(x, y + ROW_H - 1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STOP_COLOUR)
            painter.drawPolygon(
                QPolygonF([QPointF(x - 3.5, y + 1), QPointF(x + 3.5, y + 1), QPointF(x, y + 6)])
            )
        painter.setPen(STOP_COLOUR if row.outcome_warns else text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(self.width() - outcome_w, y, outcome_w - PAD, ROW_H), right, row.outcome
        )

    def _paint_not_assessed(
        self,
        painter: QPainter,
        row: ChartRow,
        y: float,
        label: str,
        label_w: float,
        outcome_w: float,
    ) -> None:
        """The PDF's look for a moat with too few answers: muted label, an empty dashed
        band with "answer its questions", no strengths and no marker."""
        muted = self.palette().placeholderText().color()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(muted)
        painter.drawText(QRectF(PAD, y, label_w - 2 * PAD, ROW_H), left, label)
        band = QRectF(label_w + 1, y + 1, self.width() - label_w - outcome_w - 2, ROW_H - 2)
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(band)
        hint = self.fontMetrics().elidedText(
            t("chart_not_assessed", self._lang), Qt.TextElideMode.ElideRight, int(band.width())
        )
        painter.setPen(muted)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, hint)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRectF(self.width() - outcome_w, y, outcome_w - PAD, ROW_H), right, row.outcome
        )

    def _paint_legend(self, painter: QPainter, y: float, regular) -> None:
        painter.setFont(regular)
        metrics = painter.fontMetrics()
        muted = self.palette().placeholderText().color()
        h = float(metrics.height())
        x = PAD
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        items = (
            ("hatch", t("legend_below", self._lang, threshold=format_score(self._threshold))),
            ("marker", t("legend_stops", self._lang)),
        )
        for kind, words in items:
            swatch = QRectF(x, y + 2, 18, h - 4)
            if kind == "hatch":
                painter.fillRect(swatch, self._shade(10))
                painter.fillRect(
                    swatch, QBrush(self.palette().mid().color(), Qt.BrushStyle.BDiagPattern)
                )
            else:
                painter.setPen(QPen(STOP_COLOUR, 2.2))
                painter.drawLine(QPointF(x + 9, y + 2), QPointF(x + 9, y + h - 2))
            painter.setPen(muted)
            advance = metrics.horizontalAdvance(words)
            painter.drawText(QRectF(x + 24, y, advance + 2, h), left, words)
            x += 24 + advance + 18
