"""The roadmap's sections, in reading order, and which document each belongs to.

``SECTIONS`` is the one list: a section is a function from the render context to its
flowables, and the lengths it appears in.  Page 1 (the brief) comes first in both; the
brief alone adds its short second page; the full roadmap adds the detail.  A new section
(a scenarios page, attacks over time) is one more entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak

from moatdesk.report.context import RenderContext
from moatdesk.report.data import Length
from moatdesk.report.sections.appendix import appendix
from moatdesk.report.sections.attacks import attacks_section
from moatdesk.report.sections.brief import brief_page, brief_rest
from moatdesk.report.sections.flags import flags_section
from moatdesk.report.sections.moats import moats_section
from moatdesk.report.sections.plan import roadmap_section
from moatdesk.report.sections.scenarios import scenarios_section
from moatdesk.report.sections.trend import trend_section

BOTH = frozenset(Length)
FULL = frozenset({Length.FULL})
BRIEF = frozenset({Length.BRIEF})


@dataclass(frozen=True)
class Section:
    key: str
    build: Callable[[RenderContext], list[Flowable]]
    lengths: frozenset[Length]


def _detail_starts(ctx: RenderContext) -> list[Flowable]:
    return [PageBreak()]  # the brief keeps page 1 to itself


SECTIONS: tuple[Section, ...] = (
    Section("brief", brief_page, BOTH),
    Section("brief_rest", brief_rest, BRIEF),
    Section("detail", _detail_starts, FULL),
    Section("moats", moats_section, FULL),
    Section("flags", flags_section, FULL),
    Section("attacks", attacks_section, FULL),
    Section("roadmap", roadmap_section, FULL),
    Section("trend", trend_section, FULL),
    Section("scenarios", scenarios_section, FULL),  # only when scenarios were picked
    Section("appendix", appendix, FULL),
)


def story(ctx: RenderContext) -> list[Flowable]:
    flowables: list[Flowable] = []
    for section in SECTIONS:
        if ctx.data.length in section.lengths:
            flowables += section.build(ctx)
    return flowables
