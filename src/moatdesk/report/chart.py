"""The meta-moat x time-horizon chart: one description, drawn onto the PDF page and
readable as a reportlab Drawing (SVG, PNG, tests).

Rows are the nine moats grouped by the horizon on which they matter; columns are
now, 6, 12, 24, 36 and 60 months.  Each cell is shaded by strength (a lightness
ramp) and carries the number; cells below the holds threshold are hatched and a
marker stands where the moat stops holding, so the chart reads in greyscale too.

The chart is laid out once as a list of plain shapes (``Text``, ``Box``, ``Rule``,
``Hatch``, ``Marker``).  In the PDF, ``MoatHorizonChart`` paints them straight onto
the canvas; ``drawing()`` turns the same list into reportlab shapes for SVG and tests.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

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
HATCH_STEP = 4.0
HATCH_WIDTH = 0.5


class Text(NamedTuple):
    x: float
    y: float
    text: str
    font: str
    size: float
    colour: Color
    anchor: str  # "start", "middle" or "end", as reportlab's String


class Box(NamedTuple):
    x: float
    y: float
    w: float
    h: float
    fill: Color | None
    stroke: Color | None = None
    stroke_width: float = 1.0
    dash: tuple[float, ...] | None = None


class Rule(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float
    colour: Color
    width: float


class Hatch(NamedTuple):
    """Diagonal lines clipped to the box: the greyscale sign of "does not hold"."""

    x: float
    y: float
    w: float
    h: float


class Marker(NamedTuple):
    """A bold vertical bar with a downward triangle on top, at the month a moat fails."""

    x: float
    y: float
    h: float


Shape = Text | Box | Rule | Hatch | Marker


def hatch_strokes(w: float, h: float) -> list[tuple[float, float, float]]:
    """(x0, y0, run) of each stroke from (x0, y0) to (x0 + run, y0 + run), relative to
    the box's corner: diagonal lines ``HATCH_STEP`` apart, clipped to ``w`` x ``h``."""
    strokes = []
    offset = -h
    while offset < w:
        x0, y0 = max(offset, 0.0), max(-offset, 0.0)
        run = min(w - x0, h - y0)
        if run > 0:
            strokes.append((x0, y0, run))
        offset += HATCH_STEP
    return strokes


def _first_weak_column(outlook: MoatOutlook, threshold: float) -> int | None:
    for index, point in enumerate(outlook.points):
        if point.strength < threshold:
            return index
    return None


class _Layout:
    """Lays the chart out as a list of shapes, bottom layer first."""

    def __init__(self, roadmap: Roadmap, lang: Lang, width: float, height: float) -> None:
        groups = [h for h in Horizon if any(o.horizon is h for o in roadmap.outlooks)]
        rows = len(roadmap.outlooks)
        fixed = HEADER_H + LEGEND_H + GROUP_H * len(groups)
        row_h = min((height - fixed) / max(rows, 1), 26.0)
        height = fixed + row_h * rows  # no empty band when the rows are capped
        self.width, self.height = width, height
        fonts = register_fonts()
        self._regular, self._bold = fonts.regular, fonts.bold
        self._lang = lang
        self.shapes: list[Shape] = []
        add = self.shapes.append
        # Paper behind everything: the chart stays legible on a dark app theme too.
        add(Box(0, 0, width, height, palette.WHITE))
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
            add(Box(0, y, width, GROUP_H, palette.PAPER_TINT))
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
        add(Rule(0, y, width, y, palette.RULE, 0.5))
        self._legend(threshold, y - 12, width)

    def _text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        anchor: str = "start",
        bold: bool = False,
        colour: Color = palette.INK,
        size: float = FONT_SIZE,
    ) -> None:
        font = self._bold if bold else self._regular
        self.shapes.append(Text(x, y, text, font, size, colour, anchor))

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
        add = self.shapes.append
        self._text(4, text_y, fit_one_line(label, label_w - 8, self._regular, FONT_SIZE))
        for index, point in enumerate(outlook.points):
            x = label_w + col_w * index
            shade = palette.strength_colour(point.strength)
            add(Box(x + 1, y + 1, col_w - 2, row_h - 2, shade))
            number = format_score(point.strength)
            weak = point.strength < threshold
            if weak:
                add(Hatch(x + 1, y + 1, col_w - 2, row_h - 2))
                # A halo in the cell's own colour keeps the number legible over the hatching.
                half = stringWidth(number, self._bold, FONT_SIZE) / 2 + 2
                add(Box(x + col_w / 2 - half, text_y - 2, 2 * half, FONT_SIZE + 2, shade))
            colour = palette.INK if weak else palette.text_on(point.strength)
            self._text(x + col_w / 2, text_y, number, anchor="middle", bold=True, colour=colour)
        weak_column = _first_weak_column(outlook, threshold)
        if weak_column is not None:
            add(Marker(label_w + col_w * weak_column, y + 1, row_h - 2))
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
        band_w = col_w * len(outlook.points) - 2
        self.shapes.append(
            Box(label_w + 1, y + 1, band_w, row_h - 2, palette.WHITE, palette.HATCH, 0.6, (2, 2))
        )
        middle = label_w + col_w * len(outlook.points) / 2
        hint = t("chart_not_assessed", self._lang)
        self._text(middle, text_y, hint, anchor="middle", colour=palette.MUTED)
        text, _warns = chart_outcome(outlook, self._lang)
        self._text(self.width - 2, text_y, text, anchor="end", bold=True, colour=palette.MUTED)

    def _legend(self, threshold: float, y: float, width: float) -> None:
        lang = self._lang
        add = self.shapes.append
        x = 4.0
        self._text(x, y, t("legend_strength", lang), colour=palette.MUTED)
        x += stringWidth(t("legend_strength", lang), self._regular, FONT_SIZE) + 6
        for value in (0, 20, 40, 60, 80, 100):
            add(Box(x, y - 4, 24, 13, palette.strength_colour(value), palette.RULE, 0.3))
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
                add(Box(x, y - 4, 18, 13, palette.strength_colour(10), palette.RULE, 0.3))
                add(Hatch(x, y - 4, 18, 13))
            else:
                add(Marker(x + 9, y - 4, 11))
            self._text(x + 22, y, text, colour=palette.MUTED)
            x += needed


# ----------------------------------------------------------------- onto the PDF page
def _set_stroke(canvas: Canvas, colour: Color, width: float, dash: Sequence[float] | None) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.setDash(list(dash or []))


def _hatch_form(canvas: Canvas, w: float, h: float) -> str:
    """The hatching of a ``w`` x ``h`` box as a form XObject, defined once per document:
    the chart's weak cells all have one size, so each costs the page one ``Do``."""
    name = f"moatdesk_hatch_{w:.4f}x{h:.4f}".replace(".", "_")
    if not canvas.hasForm(name):
        pad = HATCH_WIDTH  # the strokes' width reaches a little past the box
        canvas.beginForm(name, -pad, -pad, w + pad, h + pad)
        _set_stroke(canvas, palette.HATCH, HATCH_WIDTH, None)
        path = canvas.beginPath()
        for x0, y0, run in hatch_strokes(w, h):
            path.moveTo(x0, y0)
            path.lineTo(x0 + run, y0 + run)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.endForm()
    return name


def _paint_marker(canvas: Canvas, marker: Marker) -> None:
    x, y, h = marker
    # A white casing keeps the bar distinct from dark cells, in greyscale too.
    for colour, width in ((palette.WHITE, 4.0), (palette.WARN, 2.2)):
        _set_stroke(canvas, colour, width, None)
        canvas.line(x, y, x, y + h)
    canvas.setFillColor(palette.WARN)
    path = canvas.beginPath()
    path.moveTo(x - 3.5, y + h)
    path.lineTo(x + 3.5, y + h)
    path.lineTo(x, y + h - 5)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _paint_texts(canvas: Canvas, texts: Iterable[Text]) -> None:
    """Each label in a text object of its own, as ``drawString`` would write it (so a
    PDF's text reads label by label, as it always has: the benchmark's floor is built
    from that text), without ``drawString``'s canvas state calls around each one."""
    for item in texts:
        x = item.x
        if item.anchor != "start":
            width = stringWidth(item.text, item.font, item.size)
            x -= width / 2 if item.anchor == "middle" else width
        text_object = canvas.beginText(x, item.y)
        text_object.setFont(item.font, item.size)
        text_object.setFillColor(item.colour)
        text_object.textLine(item.text)
        canvas.drawText(text_object)


def paint(canvas: Canvas, shapes: Sequence[Shape]) -> None:
    """The shapes onto a PDF canvas, the labels last.

    No label lies under another shape (the numbers sit on their cells' halos, the
    markers stand on the cells' left edges), so drawing every label at the end shows
    the same page.
    """
    canvas.saveState()
    for shape in shapes:
        if isinstance(shape, Box):
            fill = shape.fill is not None
            if fill:
                canvas.setFillColor(shape.fill)
            stroke = shape.stroke is not None and bool(shape.stroke_width)
            if stroke:
                _set_stroke(canvas, shape.stroke, shape.stroke_width, shape.dash)
            canvas.rect(shape.x, shape.y, shape.w, shape.h, stroke=stroke, fill=fill)
        elif isinstance(shape, Hatch):
            form = _hatch_form(canvas, shape.w, shape.h)
            canvas.saveState()
            canvas.translate(shape.x, shape.y)
            canvas.doForm(form)
            canvas.restoreState()
        elif isinstance(shape, Marker):
            _paint_marker(canvas, shape)
        elif isinstance(shape, Rule):
            _set_stroke(canvas, shape.colour, shape.width, None)
            canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
    _paint_texts(canvas, (s for s in shapes if isinstance(s, Text)))
    canvas.restoreState()


# ----------------------------------------------------------------- as a reportlab Drawing
def _hatch_path(hatch: Hatch) -> Path:
    """One path of separate strokes, not a Line per stroke."""
    path = Path(strokeColor=palette.HATCH, strokeWidth=HATCH_WIDTH, fillColor=None)
    for x0, y0, run in hatch_strokes(hatch.w, hatch.h):
        x0, y0 = hatch.x + x0, hatch.y + y0
        path.moveTo(x0, y0)
        path.lineTo(x0 + run, y0 + run)
    return path


def _marker_group(marker: Marker) -> Group:
    x, y, h = marker
    group = Group()
    group.add(Line(x, y, x, y + h, strokeColor=palette.WHITE, strokeWidth=4.0))
    group.add(Line(x, y, x, y + h, strokeColor=palette.WARN, strokeWidth=2.2))
    triangle = [x - 3.5, y + h, x + 3.5, y + h, x, y + h - 5]
    group.add(Polygon(triangle, fillColor=palette.WARN, strokeColor=None))
    return group


def _reportlab_shape(shape: Shape):
    if isinstance(shape, Text):
        return String(
            shape.x,
            shape.y,
            shape.text,
            fontName=shape.font,
            fontSize=shape.size,
            fillColor=shape.colour,
            textAnchor=shape.anchor,
        )
    if isinstance(shape, Box):
        return Rect(
            shape.x,
            shape.y,
            shape.w,
            shape.h,
            fillColor=shape.fill,
            strokeColor=shape.stroke,
            strokeWidth=shape.stroke_width,
            strokeDashArray=list(shape.dash) if shape.dash else None,
        )
    if isinstance(shape, Rule):
        return Line(
            shape.x1,
            shape.y1,
            shape.x2,
            shape.y2,
            strokeColor=shape.colour,
            strokeWidth=shape.width,
        )
    if isinstance(shape, Hatch):
        return _hatch_path(shape)
    return _marker_group(shape)


_UNCHECKED = threading.Lock()


@contextmanager
def _unchecked_shapes() -> Iterator[None]:
    """reportlab's checking of every attribute set on a shape, off while a Drawing is
    built: a development aid that costs a third of building it.  The lock keeps two
    threads from restoring each other's setting."""
    with _UNCHECKED:
        saved = rl_config.shapeChecking
        rl_config.shapeChecking = 0
        try:
            yield
        finally:
            rl_config.shapeChecking = saved


class MoatHorizonChart(Flowable):
    """The chart on a PDF page: its shapes painted straight onto the canvas.

    reportlab's Drawing renderer would save, diff and restore the canvas state around
    each of the chart's ~200 shapes, and a Drawing sets every attribute through a
    checked ``__setattr__``; here each shape costs only its own drawing calls and the
    hatching of the (equal-sized) weak cells
    is one form XObject (docs/benchmarks.md "PDF export").
    """

    def __init__(self, roadmap: Roadmap, lang: Lang, width: float, height: float) -> None:
        super().__init__()
        layout = _Layout(roadmap, lang, width, height)
        self.width, self.height = layout.width, layout.height
        self.shapes: tuple[Shape, ...] = tuple(layout.shapes)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        paint(self.canv, self.shapes)

    def texts(self) -> list[str]:
        """Every label, in drawing order (what the export preview lists)."""
        return [s.text for s in self.shapes if isinstance(s, Text)]

    def drawing(self, *, checked: bool = False) -> Drawing:
        """The same shapes as a reportlab Drawing (SVG, PNG, tests).  ``checked``: with
        reportlab's attribute checks on (tests/report/test_chart.py builds every
        example's chart so)."""
        if checked:
            return self._drawing()
        with _unchecked_shapes():
            return self._drawing()

    def _drawing(self) -> Drawing:
        drawing = Drawing(self.width, self.height)
        for shape in self.shapes:
            drawing.add(_reportlab_shape(shape))
        return drawing


def moat_horizon_chart(roadmap: Roadmap, lang: Lang, width: float, height: float) -> Flowable:
    """The chart for a PDF page, at the given size in points (its height may shrink)."""
    return MoatHorizonChart(roadmap, lang, width, height)


def moat_horizon_drawing(
    roadmap: Roadmap, lang: Lang, width: float, height: float, *, checked: bool = False
) -> Drawing:
    """The chart as a reportlab Drawing at the given size in points."""
    return MoatHorizonChart(roadmap, lang, width, height).drawing(checked=checked)
