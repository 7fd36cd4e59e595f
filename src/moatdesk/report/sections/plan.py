"""The full roadmap: every action by horizon bucket, each tied to its moat and that moat's
stop quarter.  The do-first actions are marked, their why-now is on page 1."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from moatdesk.domain.results import Action
from moatdesk.domain.taxonomy import Bucket
from moatdesk.report import palette
from moatdesk.report.clock import MoatClock, do_first, moat_clocks
from moatdesk.report.context import PAGE_REST, RenderContext, kept_together
from moatdesk.report.sections.moats import stop_phrase


def action_block(
    ctx: RenderContext, number: int, action: Action, clock: MoatClock, first: bool
) -> list[Flowable]:
    parts = [ctx.t("action_for", moat=ctx.label(action.moat)), stop_phrase(ctx, clock)]
    parts.append(ctx.label(action.essay_section))
    title = ctx.app(f"{number}. {action.title.get(ctx.lang)}")
    if first:
        title += (
            f'  <font color="{palette.ACCENT.hexval()}">{ctx.app(ctx.t("action_do_first"))}</font>'
        )
    if action.deferred_by == "proof_first":
        parts.append(ctx.t("action_waits_for_proof"))
    block: list[Flowable] = [
        ctx.markup(f"<b>{title}</b>", "H3"),
        ctx.para(action.detail.get(ctx.lang), "Body"),
    ]
    for index, quote in enumerate(action.quotes):  # the founder's own words, verbatim
        said = ctx.user(quote, f"quote in {action.id} ({index + 1})")
        block.append(ctx.markup(f"{ctx.app(ctx.t('action_in_our_words'))} “{said}”", "Note"))
    block.append(ctx.para("  ·  ".join(parts), "Meta"))
    return kept_together(block)


def roadmap_section(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    actions = data.roadmap.actions
    clocks = moat_clocks(data.roadmap)
    first = {a.id for a in do_first(data.roadmap)}
    flowables: list[Flowable] = [CondPageBreak(PAGE_REST), ctx.heading(ctx.t("sec_roadmap"))]
    number = 0
    for bucket in Bucket:
        in_bucket = [a for a in actions if a.bucket is bucket]
        if not in_bucket:
            continue  # an empty bucket is not worth a heading and a sentence
        flowables.append(ctx.heading(ctx.label(bucket), level=1))
        for action in in_bucket:
            number += 1
            flowables += action_block(ctx, number, action, clocks[action.moat], action.id in first)
    if not number:
        flowables.append(ctx.para(ctx.t("roadmap_none"), "Meta"))
    return flowables
