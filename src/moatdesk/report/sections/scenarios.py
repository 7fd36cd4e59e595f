"""The optional scenarios page: each picked what-if beside the review, and the review's
highest-leverage answers (the natural start of next quarter's plan)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from moatdesk.domain.actions import load_action_library
from moatdesk.domain.flags import load_flag_rules
from moatdesk.domain.leverage import LeverageOption
from moatdesk.domain.scenarios import AppliedChange
from moatdesk.domain.whatif import MoatEffect
from moatdesk.report import palette
from moatdesk.report.context import PAGE_REST, RenderContext, grid_table, kept_together
from moatdesk.report.document import FRAME_W
from moatdesk.report.scenario_data import ScenarioPage
from moatdesk.report.strings import earliest_words, moved_words, outlook_words


def _change(ctx: RenderContext, change: AppliedChange) -> str:
    if change.question is not None:
        what = ctx.app(ctx.question_text(change.question))
        before = ctx.answer_markup(change.question, change.before)
        after = ctx.answer_markup(change.question, change.after)
    else:
        what = ctx.app(ctx.t(f"wi_basic_{change.basic}"))
        before, after = (
            ctx.app(_basic_value(ctx, change.basic, v)) for v in (change.before, change.after)
        )
    line = f"• {what}: {before} → <b>{after}</b>"
    if change.why is not None:
        line += f"<br/>&nbsp;&nbsp;&nbsp;{ctx.app(change.why.get(ctx.lang))}"
    return line


def _basic_value(ctx: RenderContext, basic: str | None, value: object) -> str:
    from moatdesk.domain.taxonomy import Sector, StackPosition, Stage

    enums = {"stage": Stage, "stack_position": StackPosition, "sector": Sector}
    if basic in enums and isinstance(value, str):
        return ctx.label(enums[basic](value))
    return "" if value is None else str(value)


def _table(ctx: RenderContext, moats: tuple[MoatEffect, ...]) -> Flowable:
    header = [
        ctx.t("wi_col_moat"),
        ctx.t("wi_col_score"),
        ctx.t("wi_col_stops_now"),
        ctx.t("wi_col_stops_if"),
        ctx.t("wi_col_moved"),
    ]
    rows = [[ctx.para(h, "Meta") for h in header]]
    for m in moats:
        colour = palette.GOOD if (m.quarters_moved or 0) > 0 else palette.SEVERITY_COLOURS["high"]
        moved_text = ctx.app(moved_words(m.quarters_moved, ctx.lang, m.open_ended))
        if m.quarters_moved:
            moved_text = f'<font color="{colour.hexval()}">{moved_text}</font>'
        rows.append(
            [
                ctx.para(ctx.label(m.moat), "Body"),
                ctx.para(f"{m.score_before:.0f} → {m.score_after:.0f}", "Body"),
                ctx.para(
                    outlook_words(m.status_before, m.stop_before, m.horizon_end, ctx.lang, "cell"),
                    "Body",
                ),
                ctx.para(
                    outlook_words(m.status_after, m.stop_after, m.horizon_end, ctx.lang, "cell"),
                    "Body",
                ),
                ctx.markup(moved_text, "Body"),
            ]
        )
    widths = [0.31, 0.12, 0.17, 0.17, 0.23]
    return grid_table(rows, [w * FRAME_W for w in widths])


def _what_else(ctx: RenderContext, page: ScenarioPage) -> list[str]:
    flags = {f.id: f for f in load_flag_rules().flags}
    actions = {a.id: a for a in load_action_library().actions}
    lines = []
    for change in page.effect.flag_changes:
        rule = flags.get(change.id)
        title = rule.title.get(ctx.lang) if rule else change.id
        if change.before is None and change.after is not None:
            lines.append(ctx.t("wi_flag_raised", flag=title, severity=ctx.label(change.after)))
        elif change.after is None:
            lines.append(ctx.t("wi_flag_cleared", flag=title))
        else:
            assert change.before is not None
            lines.append(
                ctx.t(
                    "wi_flag_severity",
                    flag=title,
                    before=ctx.label(change.before),
                    after=ctx.label(change.after),
                )
            )
    for key, ids in (
        ("wi_do_first_new", page.effect.do_first_added),
        ("wi_do_first_gone", page.effect.do_first_removed),
    ):
        for action_id in ids:
            action = actions.get(action_id)
            lines.append(ctx.t(key, action=action.title.get(ctx.lang) if action else action_id))
    return lines


def scenario_block(ctx: RenderContext, page: ScenarioPage) -> list[Flowable]:
    title = ctx.user(page.title, "scenario name") if page.users_name else ctx.app(page.title)
    effect = page.effect
    block: list[Flowable] = [ctx.markup(f"<b>{title}</b>", "H2")]
    if page.summary:
        block.append(ctx.para(page.summary, "Body"))
    block.append(
        ctx.para(
            ctx.t(
                "wi_earliest",
                before=earliest_words(effect.earliest_before, ctx.lang),
                after=earliest_words(effect.earliest_after, ctx.lang),
                moved=moved_words(effect.earliest_moved, ctx.lang),
            ),
            "H3",
        )
    )
    changes = [_change(ctx, c) for c in effect.changes]
    block.append(
        ctx.markup("<br/>".join(changes), "Meta")
        if changes
        else ctx.para(ctx.t("wi_no_changes"), "Meta")
    )
    block.append(Spacer(1, 2 * mm))
    flowables = [*kept_together(block), _table(ctx, effect.moats)]
    flowables += [ctx.para(line, "Meta") for line in _what_else(ctx, page)]
    return [*flowables, Spacer(1, 5 * mm)]


def leverage_block(ctx: RenderContext) -> list[Flowable]:
    leverage = ctx.data.leverage
    if leverage is None:
        return []
    top = leverage.top()
    flowables: list[Flowable] = [
        CondPageBreak(60 * mm),
        ctx.heading(ctx.t("wi_leverage"), level=1),
        ctx.para(
            ctx.t(
                "wi_leverage_intro",
                count=leverage.evaluated,
                earliest=earliest_words(leverage.earliest, ctx.lang),
            )
            if top
            else ctx.t("wi_leverage_none"),
            "Body",
        ),
    ]
    for rank, option in enumerate(top, start=1):
        flowables.append(ctx.markup(_option(ctx, rank, option), "Body"))
    return flowables


def _option(ctx: RenderContext, rank: int, option: LeverageOption) -> str:
    before = ctx.answer_markup(option.question, option.before)
    after = ctx.answer_markup(option.question, option.after)
    effect = ctx.app(
        ctx.t(
            "wi_leverage_effect",
            earliest=moved_words(option.earliest_moved, ctx.lang),
            total=moved_words(option.total_moved, ctx.lang),
        )
    )
    return (
        f"<b>{rank}. {ctx.app(ctx.question_text(option.question))}</b><br/>"
        f"{before} → <b>{after}</b>: {effect}"
    )


def scenarios_section(ctx: RenderContext) -> list[Flowable]:
    """Nothing unless the founder picked scenarios for this PDF."""
    if not ctx.data.scenarios:
        return []
    flowables: list[Flowable] = [
        PageBreak(),
        ctx.heading(ctx.t("sec_scenarios")),
        ctx.para(ctx.t("wi_intro", quarter=ctx.data.quarter), "Meta"),
    ]
    for page in ctx.data.scenarios:
        flowables += [CondPageBreak(PAGE_REST), *scenario_block(ctx, page)]
    return flowables + leverage_block(ctx)
