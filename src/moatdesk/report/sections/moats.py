"""Moat by moat: the score, the answers behind it (with their essay sections), the outlook."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from moatdesk.domain.decay import mechanism_label
from moatdesk.domain.results import MoatOutlook, MoatScore
from moatdesk.domain.taxonomy import Horizon
from moatdesk.report.context import RenderContext, grid_table, kept_together
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_month, format_points, format_score


def holds_phrase(ctx: RenderContext, outlook: MoatOutlook) -> str:
    month = outlook.holds_until_month
    if month is None:
        return ctx.t("moat_holds_past")
    if month == 0:
        return ctx.t("moat_not_holding")
    return ctx.t("moat_holds_until", n=month)


MAX_WHY_ROWS = 10  # the largest effects; the appendix has every answer


def _why_table(ctx: RenderContext, score: MoatScore) -> Flowable:
    answers = ctx.data.assessment.answers
    widths = [FRAME_W * w for w in (0.46, 0.22, 0.1, 0.22)]
    rows = [
        [
            ctx.para(ctx.t(k), "CellMuted")
            for k in ("col_question", "col_answer", "col_points", "col_essay")
        ]
    ]
    for contribution in score.contributions[:MAX_WHY_ROWS]:
        qid = contribution.question_id
        answer = answers.get(qid)
        rows.append(
            [
                ctx.para(ctx.question_text(qid), "Cell"),
                ctx.markup(ctx.answer_markup(qid, answer.value if answer else None), "Cell"),
                ctx.para(format_points(contribution.points), "CellRight"),
                ctx.para(ctx.label(contribution.essay_section), "CellMuted"),
            ]
        )
    return grid_table(rows, widths)


def _outlook_lines(ctx: RenderContext, outlook: MoatOutlook) -> list[Flowable]:
    path = "  →  ".join(
        f"{format_month(p.month, ctx.lang)} {format_score(p.strength)}" for p in outlook.points
    )
    lines = [ctx.para(f"{path}  ·  {holds_phrase(ctx, outlook)}", "Body")]
    flag_titles = {f.id: f.title.get(ctx.lang) for f in ctx.data.roadmap.flags}
    if outlook.accelerated_by:
        items = ", ".join(flag_titles.get(i, i) for i in outlook.accelerated_by)
        lines.append(ctx.para(ctx.t("moat_accelerated", items=items), "Meta"))
    if outlook.slowed_by:
        items = ", ".join(mechanism_label(i).get(ctx.lang) for i in outlook.slowed_by)
        lines.append(ctx.para(ctx.t("moat_slowed", items=items), "Meta"))
    return lines


def moat_block(ctx: RenderContext, score: MoatScore, outlook: MoatOutlook) -> list[Flowable]:
    meta = "  ·  ".join(
        [
            ctx.t("moat_score", score=format_score(score.score)),
            ctx.t("moat_coverage", percent=round(score.coverage * 100)),
            holds_phrase(ctx, outlook),
        ]
    )
    flowables: list[Flowable] = [
        CondPageBreak(200),  # a moat's heading never sits alone at the foot of a page
        ctx.heading(ctx.label(score.moat), level=1),
        ctx.para(ctx.taxonomy.description(score.moat).get(ctx.lang), "Meta"),
        ctx.para(meta, "Kicker"),
        ctx.para(ctx.t("moat_why"), "Label3"),  # the table may split; it must not jump
    ]
    if score.contributions:
        flowables.append(_why_table(ctx, score))
        more = len(score.contributions) - MAX_WHY_ROWS
        if more > 0:
            flowables.append(ctx.para(ctx.t("moat_more_answers", count=more), "Meta"))
    else:
        flowables.append(ctx.para(ctx.t("moat_no_answers"), "Meta"))
    outlook_part = [ctx.para(ctx.t("moat_outlook"), "H3"), *_outlook_lines(ctx, outlook)]
    return [*flowables, *kept_together(outlook_part)]


def moats_section(ctx: RenderContext) -> list[Flowable]:
    roadmap = ctx.data.roadmap
    outlooks = {o.moat: o for o in roadmap.outlooks}
    flowables: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("sec_moats"))]
    for horizon in Horizon:
        for score in roadmap.scores:
            outlook = outlooks[score.moat]
            if outlook.horizon is horizon:
                flowables += moat_block(ctx, score, outlook)
    return flowables
