"""The cover (company, quarter, date, language, summary) and the chart page."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from moatdesk.domain.results import Roadmap
from moatdesk.domain.taxonomy import FlagKind, Horizon, Moat
from moatdesk.report.chart import moat_horizon_drawing
from moatdesk.report.context import RenderContext, grid_table
from moatdesk.report.document import FRAME_W
from moatdesk.report.strings import format_date, format_score

LONG_NAME = 48  # characters; a longer company name gets a smaller title


def holding_moats(roadmap: Roadmap) -> list[Moat]:
    return [s.moat for s in roadmap.scores if s.score >= roadmap.holds_threshold]


def summary_sentences(ctx: RenderContext) -> list[str]:
    """One paragraph: the moats that hold, the soonest decay, the top risk."""
    roadmap = ctx.data.roadmap
    holding = holding_moats(roadmap)
    if not any(a.value is not None for a in ctx.data.assessment.answers.values()):
        return [ctx.t("summary_unanswered", quarter=ctx.data.quarter)]
    lines = [
        ctx.t("summary_holding", count=len(holding), moats=", ".join(ctx.label(m) for m in holding))
        if holding
        else ctx.t("summary_none_holding")
    ]
    decaying = [
        o for o in roadmap.outlooks if o.moat in holding and o.holds_until_month is not None
    ]
    if decaying:
        soonest = min(decaying, key=lambda o: o.holds_until_month or 0)
        month = soonest.holds_until_month or 0
        when = ctx.t("when_now") if month == 0 else ctx.t("when_month", n=month)
        lines.append(ctx.t("summary_soonest", moat=ctx.label(soonest.moat), when=when))
    elif holding:  # when nothing holds, nothing can decay either
        lines.append(ctx.t("summary_no_decay"))
    risks = [f for f in roadmap.flags if f.kind is FlagKind.RISK]
    if risks:  # flags come risks first, by severity
        top = risks[0]
        lines.append(
            ctx.t(
                "summary_top_risk", risk=top.title.get(ctx.lang), severity=ctx.label(top.severity)
            )
        )
    else:
        lines.append(ctx.t("summary_no_risk"))
    return lines


def cover(ctx: RenderContext) -> list[Flowable]:
    data = ctx.data
    basics = data.assessment.basics  # that quarter's stage, team, runway: history stays
    name = data.profile.basics.name  # the name is the profile's (today's)
    assessment = data.assessment
    status = ctx.label(assessment.status)
    if assessment.amended:
        status += f" ({ctx.t('amended')})"
    team_key = "people_one" if basics.team_size == 1 else "people"
    runway_key = "months_one" if basics.runway_months == 1 else "months_n"
    facts = [
        ("cover_quarter", data.quarter),
        ("cover_date", format_date(data.made_on, ctx.lang)),
        ("cover_language", ctx.t("language_name")),
        ("cover_sector", ctx.label(basics.sector)),
        ("cover_stage", ctx.label(basics.stage)),
        ("cover_stack", ctx.label(basics.stack_position)),
        ("cover_team", ctx.t(team_key, n=f"{basics.team_size:,}")),
        ("cover_runway", ctx.t(runway_key, n=basics.runway_months)),
        ("cover_status", status),
        ("cover_bank", assessment.bank_version),
    ]
    rows = [[ctx.para(ctx.t(key), "CellMuted"), ctx.para(value, "Cell")] for key, value in facts]
    return [
        NextPageTemplate("body"),
        Spacer(1, 30),
        ctx.para(f"MoatDesk · {ctx.t('doc_kind')}", "Kicker"),
        ctx.markup(
            ctx.user(name, "company name"),
            "Title" if len(name) <= LONG_NAME else "TitleLong",
        ),
        ctx.para(f"{ctx.t('doc_kind')} · {data.quarter}", "Subtitle"),
        grid_table(rows, [FRAME_W * 0.32, FRAME_W * 0.68], header=False),
        Spacer(1, 22),
        ctx.heading(ctx.t("summary_heading")),
        ctx.para(" ".join(summary_sentences(ctx)), "Summary"),
        *first_steps(ctx),
    ]


FIRST_STEPS = 3


def first_steps(ctx: RenderContext) -> list[Flowable]:
    """The most urgent actions, so the cover alone says what to do next."""
    actions = ctx.data.roadmap.actions[:FIRST_STEPS]
    flowables: list[Flowable] = [ctx.para(ctx.t("first_steps"), "H2")]
    if not actions:
        return [*flowables, ctx.para(ctx.t("first_steps_none"), "Meta")]
    rows = [
        [
            ctx.para(f"{number}.", "Cell"),
            ctx.para(action.title.get(ctx.lang), "CellStrong"),
            ctx.para(f"{ctx.label(action.moat)} · {ctx.label(action.bucket)}", "CellMuted"),
        ]
        for number, action in enumerate(actions, start=1)
    ]
    return [*flowables, grid_table(rows, [FRAME_W * w for w in (0.05, 0.6, 0.35)], header=False)]


def chart_section(ctx: RenderContext) -> list[Flowable]:
    roadmap = ctx.data.roadmap
    threshold = format_score(roadmap.holds_threshold)
    return [
        PageBreak(),
        ctx.heading(ctx.t("sec_chart")),
        ctx.para(ctx.t("chart_intro", threshold=threshold), "Meta"),
        Spacer(1, 8),
        moat_horizon_drawing(roadmap, ctx.lang, FRAME_W, 360),
        Spacer(1, 18),
        *horizon_key(ctx),
    ]


def horizon_key(ctx: RenderContext) -> list[Flowable]:
    """What each horizon means, under the chart: the essay's updated framework in brief."""
    rows = [
        [
            ctx.para(ctx.label(h), "Cell"),
            ctx.para(ctx.taxonomy.description(h).get(ctx.lang), "Cell"),
        ]
        for h in Horizon
    ]
    return [grid_table(rows, [FRAME_W * 0.28, FRAME_W * 0.72], header=False)]
