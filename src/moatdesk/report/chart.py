"""The meta-moat x time-horizon chart, one Drawing for the PDF and the screen.

Rows are the nine moats grouped by the horizon on which they matter; columns are
now, 6, 12, 24, 36 and 60 months.  Each cell is shaded by strength (a lightness
ramp) and carries the number; cells below the holds threshold are hatched and a
marker stands where the moat stops holding, so the chart reads in greyscale too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from moatdesk.domain.content import load_taxonomy
from moatdesk.domain.results import DECAY_MONTHS, MoatOutlook, Roadmap
from moatdesk.domain.taxonomy import Horizon
from moatdesk.domain.textrules import Lang
from moatdesk.report import palette
from moatdesk.report.fonts import register_fonts
from moatdesk.report.strings import chart_outcome, format_month, format_score, t
from moatdesk.report.text import fit_one_line

HEADER_H = 20.0
GROUP_H = 17.0
LEGEND_H = 34.0
FONT_SIZE = 8.0


def _hatch(x: float, y: float, w: float, h: float, step: float = 4.0) -> Path:
    """Diagonal lines clipped to the box: the greyscale sign of "does not hold".

    One path of separate strokes, not a Line per stroke: the chart has hundreds of them,
    and every shape costs the PDF renderer a state change (docs/benchmarks.md).
    """
    path = Path(strokeColor=palette.HATCH, strokeWidth=0.5, fillColor=None)
    offset = -h
    while offset < w:
        x0, y0 = x + max(offset, 0.0), y + max(-offset, 0.0)
        run = min(w - max(offset, 0.0), h - max(-offset, 0.0))
        if run > 0:
            path.moveTo(x0, y0)
            path.lineTo(x0 + run, y0 + run)
        offset += step
    return path


def _stop_marker(x: float, y: float, h: float) -> Group:
    """A bold vertical bar with a downward triangle on top, at the month a moat fails."""
    group = Group()
    # A white casing keeps the bar distinct from dark cells, in greyscale too.
    group.add(Line(x, y, x, y + h, strokeColor=palette.WHITE, strokeWidth=4.0))
    group.add(Line(x, y, x, y + h, strokeColor=palette.WARN, strokeWidth=2.2))
    tri = Polygon(
        [x - 3.5, y + h, x + 3.5, y + h, x, y + h - 5],
        fillColor=palette.WARN,
        strokeColor=None,
    )
    group.add(tri)
    return group


def _first_weak_column(outlook: MoatOutlook, threshold: float) -> int | None:
    for index, point in enumerate(outlook.points):
        if point.strength < threshold:
            return index
    return None


class MoatHorizonChart(Drawing):
    """The chart as a reportlab Drawing; renders to PDF, SVG or PNG alike."""

    def __init__(self, roadmap: Roadmap, lang: Lang, width: float, height: float) -> None:
        groups = [h for h in Horizon if any(o.horizon is h for o in roadmap.outlooks)]
        rows = len(roadmap.outlooks)
        fixed = HEADER_H + LEGEND_H + GROUP_H * len(groups)
        row_h = min((height - fixed) / max(rows, 1), 26.0)
        height = fixed + row_h * rows  # no empty band when the rows are capped
        super().__init__(width, height)
        fonts = register_fonts()
        self._regular, self._bold = fonts.regular, fonts.bold
        self._lang = lang
        # Paper behind everything: the chart stays legible on a dark app theme too.
        self.add(Rect(0, 0, width, height, fillColor=palette.WHITE, strokeColor=None))
        taxonomy = load_taxonomy()
        threshold = roadmap.holds_threshold

        label_w = max(0.3 * width, 110.0)
        holds_w = max(0.12 * width, 52.0)
        col_w = (width - label_w - holds_w) / len(DECAY_MONTHS)

        top = height - HEADER_H
        for index, month in enumerate(DECAY_MONTHS):
            cx = label_w + col_w * (index + 0.5)
            self._text(cx, top + 6, format_month(month, lang), anchor="middle", bold=True)
        self._text(width - 2, top + 6, t("holds_until", lang), anchor="end", bold=True)

        y = top
        for horizon in groups:
            y -= GROUP_H
            self.add(Rect(0, y, width, GROUP_H, fillColor=palette.PAPER_TINT, strokeColor=None))
            label = taxonomy.label(horizon).get(lang)
            self._text(4, y + 5, fit_one_line(label, width - 8, self._bold, FONT_SIZE), bold=True)
            for outlook in (o for o in roadmap.outlooks if o.horizon is horizon):
                y -= row_h
                self._row(
                    outlook,
                    taxonomy.label(outlook.moat).get(lang),
                    threshold,
                    y,
                    row_h,
                    label_w,
                    col_w,
                )
        self.add(Line(0, y, width, y, strokeColor=palette.RULE, strokeWidth=0.5))
        self._legend(threshold, y - 12, width)

    def draw(self) -> None:
        """Draw onto the PDF page: the chart's few kinds of shape straight onto the canvas.

        reportlab's generic renderer (renderPDF) saves and restores the canvas state and
        diffs the inherited attributes around every one of the chart's ~200 shapes, more
        than half of the chart's cost; these shapes inherit nothing (every colour and
        width is set on the shape), so each needs only its own calls.  The pages are
        the same to the pixel (checked against renderPDF when this was written); the
        Drawing itself stays the chart's one description (SVG, tests).
        """
        canvas = self.canv
        canvas.saveState()
        _draw_shapes(canvas, self.contents)
        canvas.restoreState()

    def _text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        anchor: str = "start",
        bold: bool = False,
        colour=palette.INK,
        size: float = FONT_SIZE,
    ) -> None:
        self.add(
            String(
                x,
                y,
                text,
                fontName=self._bold if bold else self._regular,
                fontSize=size,
                fillColor=colour,
                textAnchor=anchor,
            )
        )

    def _row(
        self,
        outlook: MoatOutlook,
        label: str,
        threshold: float,
        y: float,
        row_h: float,
        label_w: float,
        col_w: float,
    ) -> None:
        text_y = y + row_h / 2 - FONT_SIZE / 3
        if not outlook.assessed:
            self._not_assessed_row(outlook, label, y, row_h, label_w, col_w, text_y)
            return
        self._text(4, text_y, fit_one_line(label, label_w - 8, self._regular, FONT_SIZE))
        for index, point in enumerate(outlook.points):
            x = label_w + col_w * index
            self.add(
                Rect(
                    x + 1,
                    y + 1,
                    col_w - 2,
                    row_h - 2,
                    strokeColor=None,
                    fillColor=palette.strength_colour(point.strength),
                )
            )
            if point.strength < threshold:
                self.add(_hatch(x + 1, y + 1, col_w - 2, row_h - 2))
            # A halo in the cell's own colour keeps the number legible over the hatching.
            number = format_score(point.strength)
            if point.strength < threshold:
                half = stringWidth(number, self._bold, FONT_SIZE) / 2 + 2
                self.add(
                    Rect(
                        x + col_w / 2 - half,
                        text_y - 2,
                        2 * half,
                        FONT_SIZE + 2,
                        fillColor=palette.strength_colour(point.strength),
                        strokeColor=None,
                    )
                )
            self._text(
                x + col_w / 2,
                text_y,
                number,
                anchor="middle",
                bold=True,
                colour=palette.text_on(point.strength)
                if point.strength >= threshold
                else palette.INK,
            )
        weak = _first_weak_column(outlook, threshold)
        if weak is not None:
            self.add(_stop_marker(label_w + col_w * weak, y + 1, row_h - 2))
        text, warns = chart_outcome(outlook, self._lang)
        colour = palette.WARN if warns else palette.INK
        self._text(self.width - 2, text_y, text, anchor="end", bold=True, colour=colour)

    def _not_assessed_row(
        self,
        outlook: MoatOutlook,
        label: str,
        y: float,
        row_h: float,
        label_w: float,
        col_w: float,
        text_y: float,
    ) -> None:
        """Its own look: an empty dashed band, no strength (it would be a guess), no marker."""
        fitted = fit_one_line(label, label_w - 8, self._regular, FONT_SIZE)
        self._text(4, text_y, fitted, colour=palette.MUTED)
        band = Rect(
            label_w + 1,
            y + 1,
            col_w * len(outlook.points) - 2,
            row_h - 2,
            fillColor=palette.WHITE,
            strokeColor=palette.HATCH,
            strokeWidth=0.6,
            strokeDashArray=[2, 2],
        )
        self.add(band)
        middle = label_w + col_w * len(outlook.points) / 2
        hint = t("chart_not_assessed", self._lang)
        self._text(middle, text_y, hint, anchor="middle", colour=palette.MUTED)
        text, _warns = chart_outcome(outlook, self._lang)
        self._text(self.width - 2, text_y, text, anchor="end", bold=True, colour=palette.MUTED)

    def _legend(self, threshold: float, y: float, width: float) -> None:
        lang = self._lang
        x = 4.0
        self._text(x, y, t("legend_strength", lang), colour=palette.MUTED)
        x += stringWidth(t("legend_strength", lang), self._regular, FONT_SIZE) + 6
        for value in (0, 20, 40, 60, 80, 100):
            self.add(
                Rect(
                    x,
                    y - 4,
                    24,
                    13,
                    fillColor=palette.strength_colour(value),
                    strokeColor=palette.RULE,
                    strokeWidth=0.3,
                )
            )
            self._text(
                x + 12, y, str(value), anchor="middle", size=7, colour=palette.text_on(value)
            )
            x += 25
        items = [
            ("hatch", t("legend_below", lang, threshold=format_score(threshold))),
            ("marker", t("legend_stops", lang)),
        ]
        x += 12
        for kind, text in items:
            needed = 22 + stringWidth(text, self._regular, FONT_SIZE) + 14
            if x + needed > width:  # wrap the legend onto a second line
                x, y = (
                    4.0 + stringWidth(t("legend_strength", lang), self._regular, FONT_SIZE) + 6,
                    y - 16,
                )
            if kind == "hatch":
                self.add(
                    Rect(
                        x,
                        y - 4,
                        18,
                        13,
                        fillColor=palette.strength_colour(10),
                        strokeColor=palette.RULE,
                        strokeWidth=0.3,
                    )
                )
                self.add(_hatch(x, y - 4, 18, 13))
            else:
                self.add(_stop_marker(x + 9, y - 4, 11))
            self._text(x + 22, y, text, colour=palette.MUTED)
            x += needed


def _stroke(canvas, shape) -> bool:
    if shape.strokeColor is None or not shape.strokeWidth:
        return False
    canvas.setStrokeColor(shape.strokeColor)
    canvas.setLineWidth(shape.strokeWidth)
    canvas.setDash(shape.strokeDashArray or [])
    return True


def _fill(canvas, shape) -> bool:
    if shape.fillColor is None:
        return False
    canvas.setFillColor(shape.fillColor)
    return True


def _draw_shapes(canvas, shapes) -> None:
    """The chart's shapes (rectangles, strings, lines, hatch paths, marker triangles, and
    groups of them without transforms) onto a PDF canvas."""
    for shape in shapes:
        if isinstance(shape, Group):
            if tuple(shape.transform) != (1, 0, 0, 1, 0, 0):
                raise TypeError("the chart draws no transformed group")
            _draw_shapes(canvas, shape.contents)
        elif isinstance(shape, String):
            canvas.setFont(shape.fontName, shape.fontSize)
            canvas.setFillColor(shape.fillColor)
            draw = {
                "start": canvas.drawString,
                "middle": canvas.drawCentredString,
                "end": canvas.drawRightString,
            }[shape.textAnchor]
            draw(shape.x, shape.y, shape.text)
        elif isinstance(shape, Rect):
            fill, stroke = _fill(canvas, shape), _stroke(canvas, shape)
            canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=stroke, fill=fill)
        elif isinstance(shape, Line):
            if _stroke(canvas, shape):
                canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
        elif isinstance(shape, Path | Polygon):
            fill, stroke = _fill(canvas, shape), _stroke(canvas, shape)
            points = shape.points
            path = canvas.beginPath()
            if isinstance(shape, Polygon):
                path.moveTo(points[0], points[1])
                for i in range(2, len(points), 2):
                    path.lineTo(points[i], points[i + 1])
                path.close()
            else:
                at = 0
                for op in shape.operators:
                    if op == 0:  # moveTo
                        path.moveTo(points[at], points[at + 1])
                    elif op == 1:  # lineTo
                        path.lineTo(points[at], points[at + 1])
                    else:
                        raise TypeError("the chart's paths are straight strokes")
                    at += 2
            canvas.drawPath(path, stroke=stroke, fill=fill)
        else:
            raise TypeError(f"the chart draws no {type(shape).__name__}")


_UNCHECKED = threading.Lock()


@contextmanager
def _unchecked_shapes() -> Iterator[None]:
    """reportlab's checking of every attribute set on a shape, off while the chart is
    built: a development aid that costs a third of building it.  The lock keeps two
    threads (a preview and an export) from restoring each other's setting."""
    with _UNCHECKED:
        saved = rl_config.shapeChecking
        rl_config.shapeChecking = 0
        try:
            yield
        finally:
            rl_config.shapeChecking = saved


def moat_horizon_drawing(
    roadmap: Roadmap, lang: Lang, width: float, height: float, *, checked: bool = False
) -> Drawing:
    """The chart at the given size in points.  ``checked``: with reportlab's attribute
    checks on (tests/report/test_chart.py builds every example's chart so)."""
    if checked:
        return MoatHorizonChart(roadmap, lang, width, height)
    with _unchecked_shapes():
        return MoatHorizonChart(roadmap, lang, width, height)
