"""Export a profile's roadmap for one quarter as a PDF: the public entry point.

The data is computed first (``data.py``), then rendered to bytes in memory, then
written atomically (temp file in the target folder, fsync, rename), so a failed
export never leaves half a file behind.  Used by the CLI and, off its GUI thread,
by the app.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Profile
from moatdesk.domain.textrules import Lang
from moatdesk.report.errors import ReportError
from moatdesk.report.text import MissingGlyph

if TYPE_CHECKING:
    from collections.abc import Mapping

    from moatdesk.domain.results import Roadmap
    from moatdesk.report.data import Length, ReportData, Withheld
    from moatdesk.report.scenario_data import PickedScenario

__all__ = [
    "MissingGlyph",
    "ReportRequest",
    "ReportResult",
    "build_pdf_bytes",
    "export_roadmap_pdf",
    "write_pdf",
]


@dataclass(frozen=True)
class ReportRequest:
    profile: Profile
    quarter: str
    lang: Lang = "en"
    made_on: date | None = None  # the date printed on the report; today by default
    scenarios: tuple[PickedScenario, ...] = ()  # what-ifs for the optional scenarios page
    brief: bool = False  # the brief alone (at most two pages), not the full roadmap
    investor: bool = False  # withhold notes, free-text and private answers
    # Roadmaps already computed for this profile's reviews, by quarter (the app passes
    # those its views built, so an export scores only what nothing has shown yet).
    known: Mapping[str, Roadmap] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class ReportResult:
    path: Path | None  # None until written to a file
    pages: int
    missing_glyphs: list[MissingGlyph] = field(default_factory=list)
    withheld: Withheld | None = None  # what an investor view left out; None otherwise
    meta: dict[str, str] = field(default_factory=dict)  # title, author, subject, keywords
    # The flowables as laid out, with their pages: read only when ``page_text`` is asked.
    laid_out: tuple[tuple[int, object], ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def page_text(self) -> tuple[str, ...]:
        """What each page shows, laid out (the app's text preview): read on demand."""
        from moatdesk.report.document import page_text

        return page_text(self.laid_out)


def report_length(brief: bool) -> Length:
    from moatdesk.report.data import Length

    return Length.BRIEF if brief else Length.FULL


def build_pdf_bytes(request: ReportRequest) -> tuple[bytes, ReportResult]:
    """Compute the roadmap and its history, redact an investor view, render in memory."""
    from moatdesk.report.data import build_report_data
    from moatdesk.report.redact import redact_for_investor
    from moatdesk.report.scenario_data import with_scenarios

    data = build_report_data(
        request.profile,
        request.quarter,
        request.lang,
        request.made_on,
        report_length(request.brief),
        request.known,
    )
    data = with_scenarios(data, request.scenarios)  # the optional scenarios page
    if request.investor:
        data = redact_for_investor(data)  # before rendering: the layout never sees more
    return render_pdf(data)


def render_pdf(data: ReportData) -> tuple[bytes, ReportResult]:
    """Render already computed report data to PDF bytes."""
    from reportlab.platypus.doctemplate import LayoutError

    from moatdesk.report.context import RenderContext
    from moatdesk.report.document import RoadmapDocument
    from moatdesk.report.sections import story

    ctx = RenderContext(data)
    company = " ".join(data.company.split())
    buffer = io.BytesIO()
    meta = {
        "title": ctx.t("doc_title", company=company, quarter=data.quarter),
        "author": company,
        "subject": ctx.t("doc_subject", quarter=data.quarter),
        "keywords": f"MoatDesk, meta-moats, {data.quarter}",
    }
    doc = RoadmapDocument(buffer, ctx, **meta)
    try:
        doc.build(story(ctx), canvasmaker=doc.canvas_class())
    except LayoutError as exc:  # a flowable no page can hold: a bug, said plainly
        raise ReportError(
            QT_TRANSLATE_NOOP(
                "Errors", "the roadmap for {quarter} could not be laid out on A4 pages ({detail})"
            ),
            quarter=data.quarter,
            detail=exc,
        ) from exc
    result = ReportResult(
        None,
        doc.page,
        ctx.glyphs.result(),
        withheld=data.withheld,
        laid_out=doc.laid_out(),
        meta=meta,
    )
    doc.release()
    return buffer.getvalue(), result


def write_pdf(pdf: bytes, result: ReportResult, target: Path) -> ReportResult:
    """Write already rendered bytes (those a preview showed) to ``target`` atomically."""
    from dataclasses import replace

    from moatdesk.files import write_atomic

    return replace(result, path=write_atomic(Path(target), pdf))


def export_roadmap_pdf(request: ReportRequest, target: Path) -> ReportResult:
    """Write the roadmap PDF to ``target`` atomically and say what was written."""
    pdf, result = build_pdf_bytes(request)
    return write_pdf(pdf, result, target)
