"""The page frame of the roadmap: header, footer, "page X of Y", outline, metadata.

``NumberedCanvas`` defers every ``showPage`` until the end so that the total page count
is known when the footers are written (the pretix/reportlab recipe).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from moatdesk.report import palette
from moatdesk.report.context import RenderContext
from moatdesk.report.strings import format_date, t
from moatdesk.report.text import fit_one_line

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X

LANG_TAGS = {"en": "en", "ko": "ko-KR"}


def numbered_canvas(page_label: Callable[[int, int], str], font: str) -> type[Canvas]:
    """A Canvas class that writes ``page_label(page, total)`` in every footer."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 7.5)
                self.setFillColor(palette.MUTED)
                self.drawRightString(
                    PAGE_W - MARGIN_X, MARGIN_BOTTOM - 10 * mm, page_label(self._pageNumber, total)
                )
                Canvas.showPage(self)
            # Each page's state is written: let go of them. Emptied, not replaced: every
            # state (a copy of the canvas's attributes) holds this very list, a cycle
            # only the collector would find.
            self._pages.clear()
            Canvas.save(self)

    return NumberedCanvas


def flowable_text(flowable: object) -> list[str]:
    """The plain text a laid-out flowable shows: paragraphs, table cells, chart labels."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.platypus import Table

    from moatdesk.report.chart import MoatHorizonChart

    if isinstance(flowable, MoatHorizonChart):
        labels = flowable.texts()
        return [" ".join(labels)] if labels else []
    if isinstance(flowable, Paragraph):
        text = flowable.getPlainText()
        return [text] if text.strip() else []
    if isinstance(flowable, Table):
        lines = []
        for row in flowable._cellvalues:
            cells = []
            for cell in row:
                for item in cell if isinstance(cell, list | tuple) else [cell]:
                    cells += flowable_text(item) if not isinstance(item, str) else [item]
            if cells:
                lines.append("  ·  ".join(c for c in cells if c.strip()))
        return lines
    if isinstance(flowable, Group):  # a Drawing is a Group of shapes
        out: list[str] = []
        for shape in flowable.contents:
            if isinstance(shape, String):
                out.append(shape.text)
            elif isinstance(shape, Group):
                out += flowable_text(shape)
        return [" ".join(out)] if out and isinstance(flowable, Flowable) else out
    return []


def page_text(laid_out: tuple[tuple[int, Flowable], ...]) -> tuple[str, ...]:
    """The text each page shows, in layout order: what the app previews."""
    pages: dict[int, list[str]] = {}
    for page, flowable in laid_out:
        lines = flowable_text(flowable)
        if lines:
            pages.setdefault(page, []).extend(lines)
    last = max(pages, default=0)
    return tuple("\n".join(pages.get(n, [])) for n in range(1, last + 1))


class RoadmapDocument(BaseDocTemplate):
    """A4 pages with a running header and footer; headings become outline entries."""

    def __init__(self, target, ctx: RenderContext, **meta: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            lang=LANG_TAGS[ctx.lang],
            creator="MoatDesk",
            initialFontName=ctx.fonts.regular,  # no unused Helvetica in the file
            **meta,
        )
        self.ctx = ctx
        self._laid_out: list[tuple[int, Flowable]] = []  # (page, flowable) as placed
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._footer),
                PageTemplate("body", [frame], onPage=self._decorate),
            ]
        )

    def canvas_class(self) -> type[Canvas]:
        # The class (a reference cycle, like every class) keeps only the language, not
        # the context and its report data.
        lang = self.ctx.lang

        def label(page: int, total: int) -> str:
            return t("page_x_of_y", lang, page=page, total=total)

        return numbered_canvas(label, self.ctx.fonts.regular)

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        ctx = self.ctx
        canvas.saveState()
        canvas.setStrokeColor(palette.RULE)
        canvas.setLineWidth(0.5)
        y = MARGIN_BOTTOM - 6 * mm
        canvas.line(MARGIN_X, y, PAGE_W - MARGIN_X, y)
        made = ctx.t("footer_made", date=format_date(ctx.data.made_on, ctx.lang))
        tail = f" · {ctx.data.quarter} · {made}"
        # The page number takes the right quarter of the line.
        room = FRAME_W * 0.75 - stringWidth(tail, ctx.fonts.regular, 7.5)
        company = fit_one_line(ctx.data.profile.basics.name, room, ctx.fonts.regular, 7.5)
        footer = Paragraph(ctx.user(company, "company name") + ctx.app(tail), ctx.styles["Header"])
        footer.wrapOn(canvas, FRAME_W * 0.75, 20)
        footer.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM - 10 * mm)
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        ctx = self.ctx
        self._footer(canvas, doc)
        canvas.saveState()
        styles = ctx.styles
        right = f"{ctx.t('doc_kind')} · {ctx.data.quarter}"
        right_w = FRAME_W * 0.4
        company_w = FRAME_W - right_w - 6
        company = fit_one_line(ctx.data.profile.basics.name, company_w, ctx.fonts.bold, 7.5)
        y = PAGE_H - MARGIN_TOP + 8 * mm
        left = Paragraph(f"<b>{ctx.user(company, 'company name')}</b>", styles["Header"])
        left.wrapOn(canvas, company_w, 20)
        left.drawOn(canvas, MARGIN_X, y)
        right_p = Paragraph(ctx.app(right), styles["HeaderRight"])
        right_p.wrapOn(canvas, right_w, 20)
        right_p.drawOn(canvas, PAGE_W - MARGIN_X - right_w, y)
        canvas.setStrokeColor(palette.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2 * mm, PAGE_W - MARGIN_X, y - 2 * mm)
        canvas.restoreState()

    def beforeDocument(self) -> None:
        self.canv.showOutline()  # viewers open with the bookmarks pane showing

    def laid_out(self) -> tuple[tuple[int, Flowable], ...]:
        """Each flowable (or part of one) with the page it was placed on, in layout order:
        ``page_text`` reads them when a preview asks, not on every export."""
        return tuple(self._laid_out)

    def release(self) -> None:
        """Let go of the flowables, the render context and the canvas once built.

        A document is a reference cycle (its page templates call its bound methods), so
        whatever it still holds is freed only by the garbage collector: about 1,500
        objects a brief (paragraphs, fragments, table cells, the chart's shapes, the
        report data), whose collection cost up to a quarter of the brief's floor
        (docs/benchmarks.md "PDF export").  Released, they go with the last reference.
        """
        self._laid_out = []
        self.ctx = None  # type: ignore[assignment]
        # The written PDF's objects (every page's content stream, the outline, the
        # fonts' subsets: ~1 MiB a full roadmap) are reportlab's PDFDocument's; its
        # text objects keep it, each one a cycle of its own (a bound method among its
        # attributes). Emptied, it goes now; its shell waits for the collector.
        vars(self.canv._doc).clear()
        del self.canv

    def afterFlowable(self, flowable: Flowable) -> None:
        self._laid_out.append((self.page, flowable))
        title = getattr(flowable, "outline_title", None)
        if title is None:
            return
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=flowable.outline_level, closed=False)
