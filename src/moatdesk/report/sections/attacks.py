"""Who can attack the company, and what holds them off (essay section 7's attacks over time).

It shows ``moatdesk.domain.attacks.read_attacks``'s readings, which read the roadmap the
document is built from; nothing is scored here. Quiet attacks (no answer exposes the
company to them) are listed in one line at the end, so the section stays short.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from moatdesk.domain.attacks import AttackReading, AttackStatus, load_attacks, read_attacks
from moatdesk.report import palette
from moatdesk.report.context import PAGE_REST, RenderContext, kept_together

_STATUS_COLOUR = {
    AttackStatus.OPEN: palette.WARN,
    AttackStatus.HELD_OFF: palette.GOOD,
    AttackStatus.QUIET: palette.MUTED,
}


def attack_block(ctx: RenderContext, reading: AttackReading) -> list[Flowable]:
    texts = load_attacks().text
    attack, status = reading.attack, reading.status
    colour = _STATUS_COLOUR[status].hexval()
    title = (
        f"<b>{ctx.app(attack.title.get(ctx.lang))}</b>  "
        f'<font color="{colour}">{ctx.app(texts.status(status).get(ctx.lang))}</font>'
    )
    flag_titles = {f.id: f.title.get(ctx.lang) for f in ctx.data.roadmap.flags}
    exposing = [ctx.answer_given(qid) for qid in reading.exposing_answers]
    exposing += [ctx.app(flag_titles[f]) for f in reading.exposing_flags]
    defences = ", ".join(
        f"{ctx.app(ctx.label(moat))} ({ctx.app(texts.state(state).get(ctx.lang))})"
        for moat, state in reading.defences
    )
    block = [
        ctx.markup(title, "H3"),
        ctx.para(attack.description.get(ctx.lang), "Body"),
    ]
    if exposing:
        block.append(
            ctx.markup(
                f"<b>{ctx.app(texts.exposed_by.get(ctx.lang))}:</b>"
                + "".join(f"<br/>· {item}" for item in exposing),
                "Meta",
            )
        )
    block.append(
        ctx.markup(f"<b>{ctx.app(texts.held_off_by.get(ctx.lang))}:</b> {defences}", "Meta")
    )
    block.append(ctx.para(" · ".join(ctx.label(s) for s in attack.essay_sections), "Meta"))
    return [*kept_together(block), Spacer(1, 4)]


def attacks_section(ctx: RenderContext) -> list[Flowable]:
    texts = load_attacks().text
    flowables: list[Flowable] = [
        CondPageBreak(PAGE_REST),
        ctx.heading(texts.heading.get(ctx.lang)),
    ]
    answers = ctx.data.assessment.answers
    if not answers:
        return [*flowables, ctx.para(texts.none.get(ctx.lang), "Meta")]
    flowables.append(ctx.para(texts.intro.get(ctx.lang), "Body"))
    readings = read_attacks(ctx.data.roadmap, answers, bank=ctx.data.bank)
    quiet = [r for r in readings if r.status is AttackStatus.QUIET]
    for reading in readings:
        if reading.status is not AttackStatus.QUIET:
            flowables += attack_block(ctx, reading)
    if quiet:
        names = ", ".join(ctx.app(r.attack.title.get(ctx.lang)) for r in quiet)
        status = ctx.app(texts.status_quiet.get(ctx.lang))
        flowables.append(ctx.markup(f"<b>{status}:</b> {names}", "Meta"))
    return flowables
