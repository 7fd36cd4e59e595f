"""The roadmap's sections, in reading order; each returns a list of flowables."""

from __future__ import annotations

from reportlab.platypus import Flowable

from moatdesk.report.context import RenderContext
from moatdesk.report.sections.appendix import appendix
from moatdesk.report.sections.attacks import attacks_section
from moatdesk.report.sections.cover import chart_section, cover
from moatdesk.report.sections.flags import flags_section
from moatdesk.report.sections.moats import moats_section
from moatdesk.report.sections.plan import roadmap_section
from moatdesk.report.sections.scenarios import scenarios_section
from moatdesk.report.sections.trend import trend_section


def story(ctx: RenderContext) -> list[Flowable]:
    parts = [
        cover,
        chart_section,
        moats_section,
        flags_section,
        attacks_section,
        roadmap_section,
        trend_section,
        scenarios_section,  # only when the founder picked scenarios for this PDF
        appendix,
    ]
    flowables: list[Flowable] = []
    for part in parts:
        flowables += part(ctx)
    return flowables
