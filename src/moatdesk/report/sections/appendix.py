"""The appendix: every question with its answer, confidence and notes; the methodology;
the essay reference; what this document is (its metadata)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table

from moatdesk import __version__
from moatdesk.domain.models import Answer
from moatdesk.domain.questions import Question
from moatdesk.domain.taxonomy import WIZARD_SECTIONS
from moatdesk.report.context import PAGE_REST, RenderContext, grid_table, kept_together
from moatdesk.report.data import Length
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_date, format_score


def question_block(
    ctx: RenderContext,
    number: str,
    question_id: str,
    question: Question | None,
    answer: Answer | None,
) -> list[Flowable]:
    text = question.text.get(ctx.lang) if question else question_id
    value = answer.value if answer else None
    facts_markup = ctx.t_markup("appendix_answer", answer=ctx.answer_markup(question_id, value))
    if answer is not None and answer.confidence is not None:
        facts_markup += "  ·  " + ctx.app(ctx.label(answer.confidence))
    head = [
        ctx.markup(f"<b>{ctx.app(f'{number}  {text}')}</b>", "H3"),
        ctx.markup(facts_markup, "Body"),
    ]
    flowables: list[Flowable] = kept_together(head)
    if answer is not None and answer.note:
        label = ctx.app(ctx.t("appendix_note"))
        note = ctx.user(answer.note, f"note on {question_id}")
        flowables.append(ctx.markup(f"<b>{label}:</b> {note}", "Note"))
    return flowables


def appendix(ctx: RenderContext) -> list[Flowable]:
    answers = ctx.data.assessment.answers
    bank = ctx.data.bank
    flowables: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("sec_appendix"))]
    for s_index, section in enumerate(WIZARD_SECTIONS, start=1):
        questions = bank.in_section(section)
        if not questions:
            continue
        flowables.append(ctx.heading(ctx.label(section), level=1))
        for q_index, question in enumerate(questions, start=1):
            flowables += question_block(
                ctx, f"{s_index}.{q_index}", question.id, question, answers.get(question.id)
            )
    # Answers to questions a newer bank no longer asks are still the founder's words.
    known = bank.by_id()
    for index, (qid, answer) in enumerate(
        ((q, a) for q, a in answers.items() if q not in known), start=1
    ):
        flowables += question_block(ctx, f"+{index}", qid, None, answer)
    return [*flowables, CondPageBreak(PAGE_REST), *methodology(ctx), *about(ctx)]


def methodology(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    threshold = format_score(data.roadmap.holds_threshold)
    sections = "; ".join(ctx.label(s) for s in WIZARD_SECTIONS)
    return [
        ctx.heading(ctx.t("sec_method")),
        ctx.para(ctx.t("method_scores")),
        ctx.para(ctx.t("method_decay", threshold=threshold)),
        ctx.para(ctx.t("method_actions")),
        ctx.para(
            ctx.t("method_bank", answered=data.assessment.bank_version, current=data.bank.version)
        ),
        ctx.heading(ctx.t("sec_essay")),
        ctx.para(ctx.t("essay_citation", sections=sections)),
        ctx.para(ctx.t("essay_disclaimer"), "Meta"),
    ]


def view_name(ctx: RenderContext) -> str:
    brief = ctx.data.length is Length.BRIEF
    if ctx.data.withheld is not None:
        return ctx.t("view_investor_brief" if brief else "view_investor_full")
    return ctx.t("view_brief" if brief else "view_full")


def about_table(ctx: RenderContext) -> Table:
    """The document's metadata: what it is, when and how it was made."""
    data = ctx.data
    status = ctx.label(data.assessment.status)
    if data.assessment.amended:
        status += f" ({ctx.t('amended')})"
    facts = [
        ("about_view", view_name(ctx)),
        ("about_made", format_date(data.made_on, ctx.lang)),
        ("about_language", ctx.t("language_name")),
        ("about_status", status),
        ("about_bank", data.assessment.bank_version),
        ("about_app", __version__),
    ]
    rows = [[ctx.para(ctx.t(key), "CellMuted"), ctx.para(value, "Cell")] for key, value in facts]
    return grid_table(rows, [FRAME_W * 0.3, FRAME_W * 0.7], header=False)


def about(ctx: RenderContext) -> list[Flowable]:
    return kept_together([ctx.heading(ctx.t("sec_about")), about_table(ctx)])
