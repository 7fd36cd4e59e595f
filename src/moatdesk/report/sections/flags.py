"""Risks and opportunities: severity, what each means, the answers behind it."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from moatdesk.domain.results import Flag
from moatdesk.domain.taxonomy import FlagKind
from moatdesk.report import palette
from moatdesk.report.context import PAGE_REST, RenderContext, kept_together


def flag_block(ctx: RenderContext, flag: Flag) -> list[Flowable]:
    title = f"<b>{ctx.app(flag.title.get(ctx.lang))}</b>"
    if flag.kind is FlagKind.RISK:  # how grave a risk is helps; an opportunity's does not
        colour = palette.SEVERITY_COLOURS[flag.severity.value]
        severity = ctx.label(flag.severity)
        severity = ctx.app(severity.upper() if ctx.lang == "en" else severity)
        title = f'<font color="{colour.hexval()}"><b>{severity}</b></font>  {title}'

    because = [ctx.answer_given(qid) for qid in flag.triggered_by]
    block = [
        ctx.markup(title, "H3"),
        ctx.para(flag.explanation.get(ctx.lang), "Body"),
        ctx.para(
            ctx.t("flag_affects", moats=", ".join(ctx.label(m) for m in flag.affects))
            + "  ·  "
            + ctx.label(flag.essay_section),
            "Meta",
        ),
    ]
    if because:
        block.append(
            ctx.markup(
                ctx.t_markup("flag_because", answers="<br/>" + "<br/>".join(because)), "Meta"
            )
        )
    return [*kept_together(block), Spacer(1, 4)]


def flags_section(ctx: RenderContext) -> list[Flowable]:
    flags = ctx.data.roadmap.flags
    flowables: list[Flowable] = [CondPageBreak(PAGE_REST), ctx.heading(ctx.t("sec_flags"))]
    if not flags:
        flowables.append(ctx.para(ctx.t("flags_none"), "Meta"))
    for kind in FlagKind:
        of_kind = [f for f in flags if f.kind is kind]
        if not of_kind:
            continue
        flowables.append(ctx.heading(ctx.label(kind), level=1))
        for flag in of_kind:
            flowables += flag_block(ctx, flag)
    return flowables
