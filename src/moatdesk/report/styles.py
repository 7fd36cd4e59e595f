"""One named stylesheet per language: every Paragraph style of the PDF.

Korean breaks lines at the spaces between words (어절), as Korean typesetting does,
rather than reportlab's CJK mode that breaks anywhere inside a word (and costs twice
the time); every style splits over-long words, so an unbroken 10,000-character string
still flows instead of overflowing, in either language.
"""

from __future__ import annotations

import functools

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from moatdesk.domain.textrules import Lang
from moatdesk.report import palette
from moatdesk.report.fonts import register_fonts


@functools.cache
def stylesheet(lang: Lang) -> StyleSheet1:
    fonts = register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=fonts.regular,
        fontSize=9.5,
        leading=14,
        textColor=palette.INK,
        alignment=TA_LEFT,
        spaceAfter=4,
        splitLongWords=1,
    )
    sheet.add(base)

    def add(name: str, **kw: object) -> None:
        sheet.add(ParagraphStyle(name, parent=sheet[kw.pop("parent", "Body")], **kw))

    add("Small", fontSize=8, leading=11, textColor=palette.MUTED)
    add("Label", fontSize=8, leading=11, textColor=palette.MUTED, spaceAfter=0)
    add("Cell", fontSize=8.5, leading=11.5, spaceAfter=0)
    add("CellMuted", parent="Cell", textColor=palette.MUTED)
    add("CellStrong", parent="Cell", fontName=fonts.bold)
    add("CellRight", parent="Cell", alignment=TA_RIGHT)
    add("CellRightSmall", parent="CellRight", fontSize=7.5, textColor=palette.MUTED)
    add("CellQuarter", parent="CellRight", fontSize=7.5)  # a stop quarter in a narrow column
    add("Kicker", fontName=fonts.bold, fontSize=9, leading=12, textColor=palette.ACCENT)
    add("Title", fontName=fonts.bold, fontSize=26, leading=32, spaceBefore=6, spaceAfter=6)
    add("TitleLong", parent="Title", fontSize=17, leading=22)
    add("BriefTitle", parent="Title", fontSize=22, leading=27, spaceBefore=2, spaceAfter=2)
    add("Subtitle", fontSize=13, leading=18, textColor=palette.MUTED, spaceAfter=18)
    add("BriefSub", parent="Subtitle", fontSize=11.5, leading=15, spaceAfter=2)
    add("Tight", fontSize=9, leading=12.5, spaceAfter=1)
    add(
        "Withheld",
        fontSize=8.5,
        leading=12,
        textColor=palette.ACCENT,
        backColor=palette.PAPER_TINT,
        borderPadding=(3, 4, 3, 4),
        spaceBefore=4,
        spaceAfter=6,
    )
    add("Heading", fontName=fonts.bold, keepWithNext=1)
    add(
        "H1",
        parent="Heading",
        fontSize=16,
        leading=21,
        spaceBefore=16,
        spaceAfter=8,
        textColor=palette.ACCENT,
    )
    add("BriefH", parent="H1", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
    add("H2", parent="Heading", fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=4)
    add("H3", parent="Heading", fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2)
    add("Label3", parent="H3", keepWithNext=0)
    add("Summary", fontSize=10.5, leading=16, spaceAfter=6)
    add("Note", fontSize=8.5, leading=12, leftIndent=10, textColor=palette.INK)
    add("Meta", fontSize=8.5, leading=12, textColor=palette.MUTED, spaceAfter=2)
    add("Header", fontSize=7.5, leading=9, textColor=palette.MUTED, spaceAfter=0)
    add("HeaderRight", parent="Header", alignment=TA_RIGHT)
    return sheet
