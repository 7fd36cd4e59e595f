"""The trend across reviews: each moat's stop quarter and strength per final review, and
what changed since the last one.  As many reviews as fit legibly (``TREND_QUARTERS``);
the earlier ones are counted and named, never silently dropped."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from moatdesk.domain.results import Comparison
from moatdesk.domain.taxonomy import Moat
from moatdesk.report.clock import MoatClock, moat_clocks
from moatdesk.report.context import PAGE_REST, RenderContext, grid_table, kept_together
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_points, format_score

LABEL_W = FRAME_W * 0.24
DELTA_W = 30.0


def column_width(columns: int) -> float:
    return (FRAME_W - LABEL_W - DELTA_W) / max(columns, 1)


def _stop_cell(ctx: RenderContext, clock: MoatClock) -> str:
    if clock.status == "not_assessed":
        return "—"
    if clock.status == "not_holding":
        return ctx.t("trend_now")
    if clock.status == "stops":
        return clock.stop_quarter or ""
    return f"{clock.horizon_end}+"  # holds past the projection (the note under the table)


def _header(ctx: RenderContext, last: str) -> list[Flowable]:
    row = [ctx.para(ctx.t("trend_moat"), "CellMuted")]
    row += [ctx.para(quarter, "CellRightSmall") for quarter, _ in ctx.data.history]
    row.append(ctx.para(last, "CellRightSmall"))
    return row


def _tables(ctx: RenderContext) -> list[Flowable]:
    history = ctx.data.history
    clocks = [moat_clocks(roadmap) for _, roadmap in history]
    widths = [LABEL_W] + [column_width(len(history))] * len(history) + [DELTA_W]
    stops = [_header(ctx, "")]
    scores = [_header(ctx, "Δ")]
    for moat in Moat:
        label = ctx.para(ctx.label(moat), "Cell")
        stops.append(
            [label]
            + [ctx.para(_stop_cell(ctx, c[moat]), "CellQuarter") for c in clocks]
            + [ctx.para("", "Cell")]
        )
        values = [c[moat].score for c in clocks]
        scores.append(
            [ctx.para(ctx.label(moat), "Cell")]
            + [ctx.para(format_score(v), "CellRight") for v in values]
            + [ctx.para(format_points(values[-1] - values[-2]), "CellRight")]
        )
    note = ctx.para(
        ctx.t("trend_past_note", quarter=clocks[-1][Moat.FIRST_TO_MARKET].horizon_end), "Meta"
    )
    return [
        *kept_together([ctx.para(ctx.t("trend_stops"), "H3"), grid_table(stops, widths), note]),
        *kept_together([ctx.para(ctx.t("trend_scores"), "H3"), grid_table(scores, widths)]),
    ]


def _changes(ctx: RenderContext, comparison: Comparison) -> list[Flowable]:
    flowables: list[Flowable] = [
        ctx.heading(ctx.t("changed_since", quarter=comparison.from_quarter), level=1)
    ]
    if comparison.bank_versions_differ:
        before, after = comparison.bank_versions
        flowables.append(ctx.para(ctx.t("changed_bank", before=before, after=after), "Meta"))
    titles = {f.id: f.title.get(ctx.lang) for _, r in ctx.data.history for f in r.flags}
    for key, ids in (
        ("changed_flags_new", comparison.flags_appeared),
        ("changed_flags_gone", comparison.flags_cleared),
    ):
        if ids:
            items = ", ".join(titles.get(i, i) for i in ids)
            flowables.append(ctx.para(ctx.t(key, items=items), "Body"))
    if not comparison.answer_changes:
        flowables.append(ctx.para(ctx.t("changed_nothing"), "Meta"))
        return kept_together(flowables)
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
    flowables += [ctx.para(ctx.t("changed_answers"), "H3"), grid_table(rows, widths)]
    # One block: the heading and the new flags never wait at a page's foot for the table.
    return kept_together(flowables)


def trend_section(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    if len(data.history) < 2:
        return []  # a first review says so on page 1, in one line
    flowables: list[Flowable] = [CondPageBreak(PAGE_REST), ctx.heading(ctx.t("sec_trend"))]
    if data.left_out:
        flowables.append(
            ctx.para(
                ctx.tn(
                    "trend_left_out",
                    len(data.left_out),
                    first=data.left_out[0],
                    last=data.left_out[-1],
                ),
                "Meta",
            )
        )
    flowables += _tables(ctx)
    if data.comparison is not None:
        flowables += _changes(ctx, data.comparison)
    return flowables
