"""What every section needs while it builds its flowables, and the small shared blocks.

A section never formats user text itself: it asks ``ctx.user()`` (escaped, font
fallback, missing glyphs logged against the field) and ``ctx.label()`` for taxonomy
labels, so the rules live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from moatdesk.domain.answers import display_value
from moatdesk.domain.content import Taxonomy, load_taxonomy
from moatdesk.domain.models import AnswerValue
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.domain.textrules import Lang
from moatdesk.report import palette
from moatdesk.report.data import ReportData
from moatdesk.report.fonts import FontSet, register_fonts
from moatdesk.report.strings import t, t_markup, tn
from moatdesk.report.styles import stylesheet
from moatdesk.report.text import GlyphLog, user_markup

PAGE_REST = 220  # points left on a page below which a new section starts on the next one
APP_TEXT = "MoatDesk text"  # the field a missing glyph in content is reported against


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width.

    A table wraps every cell to measure its row, then again to draw it, and a frame wraps
    a flowable before placing it: the same lines broken two or three times at the same
    width (the largest single cost of a roadmap's tables).  The lines depend only on the
    text, the style and the width, so a repeat at the same width reuses them, unless a
    split dropped or replaced them (``split`` deletes ``blPara`` or sets its own).
    """

    _memo: tuple[float, object, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == availWidth and memo[1] is getattr(self, "blPara", None):
            self.width, self.height, self._width_max = availWidth, memo[2], memo[3]
            return availWidth, memo[2]
        size = super().wrap(availWidth, availHeight)
        blPara = getattr(self, "blPara", None)
        if blPara is not None and availWidth >= 1e-8:
            self._memo = (availWidth, blPara, self.height, getattr(self, "_width_max", 0))
        return size


class Heading(Para):
    """A section heading that also becomes a bookmark in the PDF's outline."""

    def __init__(self, text: str, markup: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(markup, style)
        self.outline_title = " ".join(text.split())
        self.outline_level = level


@dataclass
class RenderContext:
    data: ReportData
    glyphs: GlyphLog = field(default_factory=GlyphLog)
    fonts: FontSet = field(default_factory=register_fonts)
    taxonomy: Taxonomy = field(default_factory=load_taxonomy)

    @property
    def lang(self) -> Lang:
        return self.data.lang

    @property
    def styles(self) -> StyleSheet1:
        return stylesheet(self.lang)

    @cached_property
    def questions(self) -> dict[str, Question]:
        return self.data.bank.by_id()

    def t(self, key: str, /, **values: object) -> str:
        return t(key, self.lang, **values)

    def tn(self, key: str, n: int, /, **values: object) -> str:
        return tn(key, self.lang, n, **values)

    def t_markup(self, key: str, /, **markup: str) -> str:
        return t_markup(key, self.lang, **markup)

    def label(self, member: StrEnum) -> str:
        return self.taxonomy.label(member).get(self.lang)

    def user(self, text: str, field_name: str) -> str:
        """Markup for a founder's text, reported against ``field_name`` if a glyph lacks."""
        return user_markup(text, field_name, self.fonts, self.glyphs)

    def app(self, text: str) -> str:
        """Markup for the app's own text (content, labels): the same escaping and fallback."""
        return user_markup(text, APP_TEXT, self.fonts, self.glyphs)

    def para(self, text: str, style: str = "Body") -> Paragraph:
        """A Paragraph of the app's own text (content, labels), with font fallback too."""
        return Para(self.app(text), self.styles[style])

    def markup(self, markup: str, style: str = "Body") -> Paragraph:
        """A Paragraph of markup already made safe by ``user()``/``app()``."""
        return Para(markup, self.styles[style])

    def heading(self, text: str, level: int = 0, style: str | None = None) -> Heading:
        style = style or ("H1" if level == 0 else "H2")
        return Heading(text, self.app(text), self.styles[style], level)

    def question_text(self, question_id: str) -> str:
        question = self.questions.get(question_id)
        return question.text.get(self.lang) if question else question_id

    def answer_markup(self, question_id: str, value: AnswerValue | None) -> str:
        """An answer as safe markup; free text is the founder's and printed verbatim."""
        withheld = self.data.withheld
        if withheld is not None and question_id in withheld.questions:
            return f"<i>{self.app(self.t('withheld'))}</i>"
        question = self.questions.get(question_id)
        if question is not None and (value is None or question.kind is not QuestionKind.TEXT):
            return self.app(display_value(question, value, self.lang))
        if value is None:  # a question a newer bank dropped
            return self.app(self.t("unanswered"))
        return self.user(str(value), f"answer to {question_id}")

    def answer_given(self, question_id: str) -> str:
        """ "Question — <i>the answer given</i>" as safe markup: an answer behind a raised
        flag or an attack, in this quarter's review (the flag and attack pages share it)."""
        answer = self.data.assessment.answers.get(question_id)
        value = self.answer_markup(question_id, answer.value if answer else None)
        return f"{self.app(self.question_text(question_id))} — <i>{value}</i>"


def kept_together(flowables: list[Flowable]) -> list[Flowable]:
    """Mark a block to stay on one page, the way a heading stays with what follows.

    Not reportlab's KeepTogether: a heading's keepWithNext cannot reach into that
    container, so a heading before one was left alone at the foot of a page.
    """
    for flowable in flowables[:-1]:
        flowable.keepWithNext = 1
    return flowables


def grid_table(rows: list[list[Flowable]], widths: list[float], header: bool = True) -> Table:
    """A quiet table: hairline rules between rows, a tinted header, no boxes."""
    # splitInRow: a row taller than a page (a 10,000-character answer) still flows.
    table = Table(
        rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
    )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, palette.RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), palette.PAPER_TINT))
    table.setStyle(TableStyle(commands))
    return table
