"""The trend across quarters: each moat's strength per quarter and what changed since last."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from moatdesk.domain.results import Comparison
from moatdesk.domain.taxonomy import Moat
from moatdesk.report.context import PAGE_REST, RenderContext, grid_table
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_points, format_score


def _trend_table(ctx: RenderContext) -> Flowable:
    history = ctx.data.history
    label_w = FRAME_W * 0.26
    col_w = (FRAME_W - label_w) / (len(history) + 1)
    header = [ctx.para(ctx.t("trend_moat"), "CellMuted")]
    header += [ctx.para(quarter, "CellRightSmall") for quarter, _ in history]
    header.append(ctx.para("Δ", "CellRightSmall"))
    rows = [header]
    for moat in Moat:
        values = [next(s.score for s in r.scores if s.moat is moat) for _, r in history]
        row = [ctx.para(ctx.label(moat), "Cell")]
        row += [ctx.para(format_score(v), "CellRight") for v in values]
        row.append(ctx.para(format_points(values[-1] - values[-2]), "CellRight"))
        rows.append(row)
    return grid_table(rows, [label_w] + [col_w] * (len(history) + 1))


def _changes(ctx: RenderContext, comparison: Comparison) -> list[Flowable]:
    flowables: list[Flowable] = [
        ctx.heading(ctx.t("changed_since", quarter=comparison.from_quarter), level=1)
    ]
    if comparison.bank_versions_differ:
        before, after = comparison.bank_versions
        flowables.append(ctx.para(ctx.t("changed_bank", before=before, after=after), "Meta"))
    moved = comparison.moved_moats  # the domain decides what "moved" means
    if moved:
        flowables.append(ctx.para(ctx.t("changed_moats"), "H3"))
        text = ", ".join(
            f"{ctx.label(d.moat)} {format_score(d.before)} → {format_score(d.after)} "
            f"({format_points(d.delta)})"
            for d in moved
        )
        flowables.append(ctx.para(text, "Body"))
    titles = {f.id: f.title.get(ctx.lang) for _, r in ctx.data.history for f in r.flags}
    for key, ids in (
        ("changed_flags_new", comparison.flags_appeared),
        ("changed_flags_gone", comparison.flags_cleared),
    ):
        if ids:
            items = ", ".join(titles.get(i, i) for i in ids)
            flowables.append(ctx.para(ctx.t(key, items=items), "Body"))
    flowables.append(ctx.para(ctx.t("changed_answers"), "H3"))
    if not comparison.answer_changes:
        flowables.append(ctx.para(ctx.t("changed_nothing"), "Meta"))
        return flowables
    widths = [FRAME_W * w for w in (0.44, 0.28, 0.28)]
    quarter_from, quarter_to = comparison.from_quarter, comparison.to_quarter
    rows = [
        [
            ctx.para(ctx.t("col_question"), "CellMuted"),
            ctx.para(quarter_from, "CellMuted"),
            ctx.para(quarter_to, "CellMuted"),
        ]
    ]
    for change in comparison.answer_changes:
        qid = change.question_id
        rows.append(
            [
                ctx.para(ctx.question_text(qid), "Cell"),
                ctx.markup(ctx.answer_markup(qid, change.before), "CellMuted"),
                ctx.markup(ctx.answer_markup(qid, change.after), "Cell"),
            ]
        )
    flowables.append(grid_table(rows, widths))
    return flowables


def trend_section(ctx: RenderContext) -> list[Flowable]:
    flowables: list[Flowable] = [CondPageBreak(PAGE_REST), ctx.heading(ctx.t("sec_trend"))]
    if len(ctx.data.history) < 2:
        flowables.append(ctx.para(ctx.t("trend_single"), "Meta"))
        return flowables
    flowables.append(_trend_table(ctx))
    if ctx.data.comparison is not None:
        flowables += _changes(ctx, ctx.data.comparison)
    return flowables
