"""Moat by moat: what each horizon means, each moat's score and stop quarter, the answers
behind it (with their essay sections), and what speeds or slows its decay.

The strengths month by month are the page-1 picture's; they are not printed again here.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from moatdesk.domain.decay import mechanism_label
from moatdesk.domain.results import MoatOutlook, MoatScore
from moatdesk.domain.taxonomy import Horizon
from moatdesk.report.clock import MoatClock, moat_clocks
from moatdesk.report.context import RenderContext, grid_table
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_points, format_score, outlook_words


def stop_phrase(ctx: RenderContext, clock: MoatClock) -> str:
    """A moat on the clock in words: the same phrase wherever the PDF (and the screen,
    and the CLI) says it, ``report.strings.outlook_words``."""
    return outlook_words(clock.status, clock.stop_quarter, clock.horizon_end, ctx.lang)


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
    lines: list[Flowable] = []
    flag_titles = {f.id: f.title.get(ctx.lang) for f in ctx.data.roadmap.flags}
    if outlook.accelerated_by:
        items = ", ".join(flag_titles.get(i, i) for i in outlook.accelerated_by)
        lines.append(ctx.para(ctx.t("moat_accelerated", items=items), "Meta"))
    if outlook.slowed_by:
        items = ", ".join(mechanism_label(i).get(ctx.lang) for i in outlook.slowed_by)
        lines.append(ctx.para(ctx.t("moat_slowed", items=items), "Meta"))
    return lines


def moat_block(
    ctx: RenderContext, score: MoatScore, outlook: MoatOutlook, clock: MoatClock
) -> list[Flowable]:
    meta = "  ·  ".join(
        [
            ctx.t("moat_score", score=format_score(score.score)),
            ctx.t("moat_coverage", percent=round(score.coverage * 100)),
            stop_phrase(ctx, clock),
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
            flowables.append(ctx.para(ctx.tn("moat_more_answers", more), "Meta"))
    else:
        flowables.append(ctx.para(ctx.t("moat_no_answers"), "Meta"))
    return [*flowables, *_outlook_lines(ctx, outlook)]


def horizon_key(ctx: RenderContext) -> list[Flowable]:
    """What each horizon means: the essay's updated framework in brief."""
    rows = [
        [
            ctx.para(ctx.label(h), "CellStrong"),
            ctx.para(ctx.taxonomy.description(h).get(ctx.lang), "Cell"),
        ]
        for h in Horizon
    ]
    return [grid_table(rows, [FRAME_W * 0.28, FRAME_W * 0.72], header=False)]


def moats_section(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    roadmap = data.roadmap
    outlooks = {o.moat: o for o in roadmap.outlooks}
    clocks = moat_clocks(roadmap)
    threshold = format_score(roadmap.holds_threshold)
    flowables: list[Flowable] = [
        ctx.heading(ctx.t("sec_moats")),
        ctx.para(ctx.t("chart_intro", threshold=threshold), "Meta"),
        *horizon_key(ctx),
    ]
    for horizon in Horizon:
        for score in roadmap.scores:
            outlook = outlooks[score.moat]
            if outlook.horizon is horizon:
                flowables += moat_block(ctx, score, outlook, clocks[score.moat])
    return flowables
