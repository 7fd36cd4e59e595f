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
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Profile
from moatdesk.domain.textrules import Lang
from moatdesk.report.errors import ReportError
from moatdesk.report.text import MissingGlyph

if TYPE_CHECKING:
    from moatdesk.report.data import ReportData
    from moatdesk.report.scenario_data import PickedScenario

__all__ = [
    "MissingGlyph",
    "ReportRequest",
    "ReportResult",
    "build_pdf_bytes",
    "export_roadmap_pdf",
]


@dataclass(frozen=True)
class ReportRequest:
    profile: Profile
    quarter: str
    lang: Lang = "en"
    made_on: date | None = None  # the date printed on the report; today by default
    scenarios: tuple[PickedScenario, ...] = ()  # what-ifs for the optional scenarios page


@dataclass(frozen=True)
class ReportResult:
    path: Path | None  # None until written to a file
    pages: int
    missing_glyphs: list[MissingGlyph] = field(default_factory=list)


def build_pdf_bytes(request: ReportRequest) -> tuple[bytes, ReportResult]:
    """Compute the roadmap and its history, and render the PDF in memory."""
    from moatdesk.report.data import build_report_data
    from moatdesk.report.scenario_data import with_scenarios

    data = build_report_data(request.profile, request.quarter, request.lang, request.made_on)
    data = with_scenarios(data, request.scenarios)  # the optional scenarios page
    return render_pdf(data)


def render_pdf(data: ReportData) -> tuple[bytes, ReportResult]:
    """Render already computed report data to PDF bytes."""
    from reportlab.platypus.doctemplate import LayoutError

    from moatdesk.report.context import RenderContext
    from moatdesk.report.document import RoadmapDocument
    from moatdesk.report.sections import story

    ctx = RenderContext(data)
    company = " ".join(data.profile.basics.name.split())
    buffer = io.BytesIO()
    doc = RoadmapDocument(
        buffer,
        ctx,
        title=ctx.t("doc_title", company=company, quarter=data.quarter),
        author=company,
        subject=ctx.t("doc_subject", quarter=data.quarter),
        keywords=f"MoatDesk, meta-moats, {data.quarter}",
    )
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
    return buffer.getvalue(), ReportResult(None, doc.page, ctx.glyphs.result())


def export_roadmap_pdf(request: ReportRequest, target: Path) -> ReportResult:
    """Write the roadmap PDF to ``target`` atomically and say what was written."""
    from moatdesk.files import write_atomic

    pdf, result = build_pdf_bytes(request)
    path = write_atomic(Path(target), pdf)
    return ReportResult(path, result.pages, result.missing_glyphs)
