"""Page 1, the brief a founder hands over: readable in a minute by a co-founder or investor.

Company and quarter with that quarter's basics; the meta-moat x horizon picture with
each moat's stop quarter; how the stop quarters moved since the previous review; the
do-first actions with why now; the gravest raised risks.  No metadata here: that is in
the appendix (or, in the brief alone, at the foot of its second page).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, Spacer

from moatdesk.domain.decay import horizon_end
from moatdesk.domain.quarters import quarter_index
from moatdesk.domain.results import Action, Flag, StopShift
from moatdesk.domain.taxonomy import Bucket, FlagKind, Severity
from moatdesk.report import palette
from moatdesk.report.chart import moat_horizon_chart
from moatdesk.report.clock import do_first, moat_clocks, stop_shifts
from moatdesk.report.context import RenderContext, grid_table, kept_together
from moatdesk.report.data import Length
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import (
    capitalized,
    hold_counts_words,
    join_list,
    moved_words,
    outlook_words,
    why_now_words,
)

LONG_NAME = 40  # characters; a longer company name gets a smaller title
GRAVEST = 3  # risks named on page 1
CHART_H = 232  # points: the picture leaves room for the rest of the brief on page 1


def document_kind(ctx: RenderContext) -> str:
    parts = ["MoatDesk", ctx.t("doc_kind")]
    if ctx.data.length is Length.BRIEF:
        parts.append(ctx.t("kind_brief"))
    if ctx.data.withheld is not None:
        parts.append(ctx.t("kind_investor"))
    return " · ".join(parts)


def basics_line(ctx: RenderContext) -> str:
    basics = ctx.data.basics
    return " · ".join(
        [
            ctx.label(basics.sector),
            ctx.label(basics.stage),
            ctx.label(basics.stack_position),
            ctx.tn("people", basics.team_size),
            ctx.tn("runway", basics.runway_months),
        ]
    )


def withheld_line(ctx: RenderContext) -> str | None:
    from moatdesk.report.redact import describe_withheld

    withheld = ctx.data.withheld
    return None if withheld is None else describe_withheld(withheld, ctx.lang)


def headline(ctx: RenderContext) -> str:
    """One sentence: how many moats hold, how many are not assessed, which stops first."""
    data = ctx.data
    if not any(a.value is not None for a in data.assessment.answers.values()):
        return ctx.t("brief_unanswered", quarter=data.quarter)
    summary = data.roadmap.summary
    text = capitalized(hold_counts_words(summary, ctx.lang)) + "."
    stopping = [o for o in data.roadmap.outlooks if o.status == "stops" and o.stop_quarter]
    if stopping:
        first = min(stopping, key=lambda o: quarter_index(o.stop_quarter or data.quarter))
        text += " " + ctx.t(
            "brief_first_stop", moat=ctx.label(first.moat), quarter=first.stop_quarter
        )
    return text


def brief_head(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    assessment = data.assessment
    status = ctx.label(assessment.status)
    if assessment.amended:
        status += f" ({ctx.t('amended')})"
    name = data.company
    flowables: list[Flowable] = [
        NextPageTemplate("body"),
        ctx.para(document_kind(ctx), "Kicker"),
        ctx.markup(
            ctx.user(name, "company name"), "BriefTitle" if len(name) <= LONG_NAME else "TitleLong"
        ),
        ctx.para(ctx.t("brief_quarter", quarter=data.quarter, status=status), "BriefSub"),
        ctx.para(basics_line(ctx), "Meta"),
    ]
    withheld = withheld_line(ctx)
    if withheld:
        flowables.append(ctx.para(withheld, "Withheld"))
    flowables.append(ctx.para(headline(ctx), "Summary"))
    return flowables


def brief_picture(ctx: RenderContext) -> list[Flowable]:
    return [
        ctx.heading(ctx.t("brief_picture"), style="BriefH"),
        moat_horizon_chart(ctx.data.roadmap, ctx.lang, FRAME_W, CHART_H),
    ]


def _shift_text(ctx: RenderContext, shift: StopShift) -> str:
    """'Shipping velocity 2026-Q3 → 2026-Q4 (1 quarter later)' as safe markup: the
    compact outlook and the move in the words of ``report.strings`` (the screen's too).
    Each side says "past ..." with its own review's horizon, as that review's chart did."""
    after_horizon = ctx.data.roadmap.outlooks[0].horizon_end
    comparison = ctx.data.comparison
    before_horizon = horizon_end(comparison.from_quarter) if comparison else after_horizon
    before, after = (
        outlook_words(status, stop, horizon, ctx.lang, "compact")
        for status, stop, horizon in (
            (shift.before_status, shift.before, before_horizon),
            (shift.after_status, shift.after, after_horizon),
        )
    )
    moved = shift.quarters_moved if shift.direction in ("later", "earlier") else None
    change = moved_words(moved, ctx.lang)
    text = f"<b>{ctx.app(ctx.label(shift.moat))}</b> {ctx.app(f'{before} → {after}')}"
    return text + (f" ({ctx.app(change)})" if change else "")


SHIFT_GROUPS = (
    ("later", "shifts_outran", palette.GOOD),
    ("earlier", "shifts_lost", palette.WARN),
    ("not_comparable", "shifts_other", palette.MUTED),
)


def brief_shifts(ctx: RenderContext) -> list[Flowable]:
    """How each moat's stop quarter moved since the previous review, later ones first."""
    data = ctx.data
    if data.previous is None:
        return [ctx.markup(f"<b>{ctx.app(ctx.t('first_review'))}</b>", "Meta")]
    heading = ctx.heading(ctx.t("shifts_heading", quarter=data.previous.quarter), style="BriefH")
    shifts = stop_shifts(data)
    moved = [s for s in shifts if s.direction != "same"]
    if not moved:
        return [heading, ctx.para(ctx.t("shifts_none", quarter=data.previous.quarter), "Body")]
    flowables: list[Flowable] = [heading]
    for direction, key, colour in SHIFT_GROUPS:
        group = sorted(
            (s for s in moved if s.direction == direction),
            key=lambda s: -abs(s.quarters_moved or 0),
        )
        if group:
            label = f'<font color="{colour.hexval()}"><b>{ctx.app(ctx.t(key))}:</b></font>'
            items = "; ".join(_shift_text(ctx, s) for s in group)
            flowables.append(ctx.markup(f"{label} {items}", "Tight"))
    unchanged = len(shifts) - len(moved)
    if unchanged:
        flowables.append(ctx.para(ctx.tn("shifts_unchanged", unchanged), "Meta"))
    return kept_together(flowables)


def why_now(ctx: RenderContext, action: Action) -> str:
    """The moat and its stop quarter, then each raised risk the action answers (the
    results screen's words: ``report.strings.why_now_words``)."""
    return why_now_words(action, ctx.data.roadmap, ctx.label(action.moat), ctx.lang)


def brief_do_first(ctx: RenderContext) -> list[Flowable]:
    actions = do_first(ctx.data.roadmap)
    heading = ctx.heading(ctx.t("do_first"), style="BriefH")
    if not actions:
        key = "do_first_none" if ctx.data.length is Length.FULL else "do_first_none_brief"
        return [heading, ctx.para(ctx.t(key), "Body")]
    rows = [
        [
            ctx.para(f"{number}.", "CellStrong"),
            [
                ctx.para(action.title.get(ctx.lang), "CellStrong"),
                ctx.para(why_now(ctx, action), "CellMuted"),
            ],
        ]
        for number, action in enumerate(actions, start=1)
    ]
    return [heading, grid_table(rows, [FRAME_W * 0.05, FRAME_W * 0.95], header=False)]


def gravest_risks(flags: tuple[Flag, ...]) -> tuple[list[Flag], int]:
    """The risks page 1 names (the most severe first, low ones only when nothing worse
    is raised) and how many other risks the detail holds."""
    risks = [f for f in flags if f.kind is FlagKind.RISK]
    order = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    risks.sort(key=lambda f: order[f.severity])
    named = risks[:GRAVEST]
    return named, len(risks) - len(named)


def brief_risks(ctx: RenderContext) -> list[Flowable]:
    named, more = gravest_risks(ctx.data.roadmap.flags)
    heading = ctx.heading(ctx.t("risks_heading"), style="BriefH")
    if not named:
        return [heading, ctx.para(ctx.t("risks_none"), "Body")]
    # A severity word helps only where the named risks differ in severity.
    tag = len({f.severity for f in named}) > 1
    lines: list[Flowable] = [heading]
    for flag in named:
        text = ctx.t(
            "risk_affects",
            risk=flag.title.get(ctx.lang),
            moats=join_list([ctx.label(m) for m in flag.affects], ctx.lang),
        )
        markup = ctx.app(text)
        if tag:
            markup = f"<b>{ctx.app(ctx.label(flag.severity))}</b>  {markup}"
        lines.append(ctx.markup(f"•  {markup}", "Body"))
    if more and ctx.data.length is Length.FULL:
        lines.append(ctx.para(ctx.tn("risks_more", more), "Meta"))
    return kept_together(lines)


def brief_page(ctx: RenderContext) -> list[Flowable]:
    return [
        *brief_head(ctx),
        *brief_picture(ctx),
        *brief_shifts(ctx),
        *brief_do_first(ctx),
        *brief_risks(ctx),
    ]


REST_PER_BUCKET = 4  # action titles per later bucket in the brief alone


def brief_rest(ctx: RenderContext) -> list[Flowable]:
    """The brief alone, second page: the later buckets by title, what is not assessed, and
    what this document is (the metadata the full roadmap keeps in its appendix)."""
    from moatdesk.report.sections.appendix import about

    data = ctx.data
    first = {a.id for a in do_first(data.roadmap)}
    clocks = moat_clocks(data.roadmap)
    flowables: list[Flowable] = [Spacer(1, 6), ctx.heading(ctx.t("brief_rest"), style="BriefH")]
    later = [a for a in data.roadmap.actions if a.id not in first]
    if not later:
        flowables.append(ctx.para(ctx.t("brief_rest_none"), "Body"))
    for bucket in Bucket:
        in_bucket = [a for a in later if a.bucket is bucket]
        if not in_bucket:
            continue
        lines = [ctx.para(ctx.label(bucket), "H3")]
        for action in in_bucket[:REST_PER_BUCKET]:
            moat = ctx.label(action.moat)
            lines.append(ctx.para(f"•  {action.title.get(ctx.lang)} — {moat}", "Tight"))
        extra = len(in_bucket) - REST_PER_BUCKET
        if extra > 0:
            lines.append(ctx.para(ctx.tn("brief_rest_more", extra), "Meta"))
        flowables += kept_together(lines)
    missing = [c for c in clocks.values() if not c.assessed]
    if missing:
        lines = [ctx.para(ctx.t("brief_not_assessed_heading"), "H3")]
        lines.append(
            ctx.para(", ".join(ctx.label(c.moat) for c in missing), "Body"),
        )
        flowables += kept_together(lines)
    flowables.append(ctx.para(ctx.t("brief_full"), "Meta"))
    return [*flowables, *about(ctx), ctx.para(ctx.t("essay_disclaimer"), "Meta")]
