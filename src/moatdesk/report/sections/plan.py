"""The roadmap: actions by horizon bucket, each tied to its moat and that moat's decay month."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from moatdesk.domain.results import Action
from moatdesk.domain.taxonomy import Bucket
from moatdesk.report.context import PAGE_REST, RenderContext, kept_together


def action_block(ctx: RenderContext, number: int, action: Action) -> list[Flowable]:
    if action.before_month is None:
        when = ctx.t("action_no_decay")
    elif action.before_month == 0:
        when = ctx.t("action_now")
    else:
        when = ctx.t("action_before", n=action.before_month)
    meta = "  ·  ".join(
        [ctx.t("action_for", moat=ctx.label(action.moat)), when, ctx.label(action.essay_section)]
    )
    return kept_together(
        [
            ctx.markup(f"<b>{ctx.app(f'{number}. {action.title.get(ctx.lang)}')}</b>", "H3"),
            ctx.para(action.detail.get(ctx.lang), "Body"),
            ctx.para(meta, "Meta"),
        ]
    )


def roadmap_section(ctx: RenderContext) -> list[Flowable]:
    actions = ctx.data.roadmap.actions
    flowables: list[Flowable] = [CondPageBreak(PAGE_REST), ctx.heading(ctx.t("sec_roadmap"))]
    number = 0
    for bucket in Bucket:
        flowables.append(ctx.heading(ctx.label(bucket), level=1))
        in_bucket = [a for a in actions if a.bucket is bucket]
        if not in_bucket:
            flowables.append(ctx.para(ctx.t("roadmap_none"), "Meta"))
        for action in in_bucket:
            number += 1
            flowables += action_block(ctx, number, action)
    return flowables
