"""The output of `moatdesk show` and `moatdesk compare`: JSON (docs/cli-json.md) and text.

Both read the domain's results only: every figure, status, shift and trend is computed
in moatdesk.domain (the same values the screen and the PDF show).  Text output is
in the global --lang (cli/roadmap_words.py holds its words); the founder's own text
(quotes) is printed verbatim.
"""

from __future__ import annotations

from typing import Any

from moatdesk.cli.roadmap_words import w
from moatdesk.domain.answers import display_value
from moatdesk.domain.content import load_bank, load_taxonomy
from moatdesk.domain.flags import load_flag_rules
from moatdesk.domain.models import AnswerValue, Assessment
from moatdesk.domain.results import (
    Action,
    Comparison,
    Flag,
    MoatDelta,
    MoatOutlook,
    MoatScore,
    Roadmap,
    StopShift,
)
from moatdesk.domain.taxonomy import Bucket
from moatdesk.domain.textrules import Lang
from moatdesk.report.strings import hold_counts_words, outlook_words, shift_words

JSON_VERSION = 1  # of the show/compare JSON; bump when a field changes meaning


# ----------------------------------------------------------------- JSON
def shift_json(shift: StopShift | None, delta: MoatDelta | None) -> dict[str, Any] | None:
    if shift is None or delta is None:
        return None
    return {
        "stop_before": shift.before,
        "stop_after": shift.after,
        "status_before": shift.before_status,
        "status_after": shift.after_status,
        "quarters_moved": shift.quarters_moved,
        "direction": shift.direction,
        "score_before": delta.before,
        "score_after": delta.after,
        "score_moved": delta.moved,
        "trend": delta.trend,
    }


def moat_json(
    score: MoatScore, outlook: MoatOutlook, comparison: Comparison | None
) -> dict[str, Any]:
    shift = delta = None
    if comparison is not None:
        shift = next(s for s in comparison.stop_shifts if s.moat is score.moat)
        delta = next(d for d in comparison.moat_deltas if d.moat is score.moat)
    return {
        "moat": score.moat.value,
        "horizon": outlook.horizon.value,
        "assessed": score.assessed,
        "score": score.score if score.assessed else None,
        "coverage": score.coverage,
        "unanswered": list(score.unanswered),
        "status": outlook.status,
        "stop_quarter": outlook.stop_quarter,
        "holds_until_month": outlook.holds_until_month if outlook.assessed else None,
        "accelerated_by": list(outlook.accelerated_by),
        "slowed_by": list(outlook.slowed_by),
        "growing": outlook.growing,
        "since_previous": shift_json(shift, delta),
    }


def flag_json(flag: Flag) -> dict[str, Any]:
    return {
        "id": flag.id,
        "kind": flag.kind.value,
        "severity": flag.severity.value,
        "title": flag.title.model_dump(),
        "essay_section": flag.essay_section.value,
        "affects": [m.value for m in flag.affects],
        "triggered_by": list(flag.triggered_by),
        "triggered_by_basics": list(flag.triggered_by_basics),
    }


def action_json(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "title": action.title.model_dump(),
        "detail": action.detail.model_dump(),
        "moat": action.moat.value,
        "bucket": action.bucket.value,
        "do_first": action.do_first,
        "stop_quarter": action.stop_quarter,
        "moat_status": action.moat_status,
        "because_of": list(action.because_of),
        "deferred_by": action.deferred_by,
        "essay_section": action.essay_section.value,
        "quotes": [
            {"question": q, "text": t}
            for q, t in zip(action.quoted_questions, action.quotes, strict=True)
        ],
    }


def show_json(
    name: str, assessment: Assessment, roadmap: Roadmap, comparison: Comparison | None
) -> dict[str, Any]:
    summary = roadmap.summary
    return {
        "format_version": JSON_VERSION,
        "profile": name,
        "quarter": roadmap.quarter,
        "status": assessment.status.value,
        "backfilled": assessment.backfilled,
        "bank_version": roadmap.bank_version,
        "holds_threshold": roadmap.holds_threshold,
        "horizon_end": roadmap.outlooks[0].horizon_end,
        "previous_quarter": comparison.from_quarter if comparison is not None else None,
        "summary": {
            "moats": summary.total,
            "holding": summary.holding,
            "not_holding": summary.not_holding,
            "not_assessed": summary.not_assessed,
        },
        "unanswered": list(roadmap.unanswered),
        "moats": [
            moat_json(s, o, comparison)
            for s, o in zip(roadmap.scores, roadmap.outlooks, strict=True)
        ],
        "flags": [flag_json(f) for f in roadmap.flags],
        "actions": [action_json(a) for a in roadmap.actions],
    }


def compare_json(name: str, comparison: Comparison) -> dict[str, Any]:
    return {
        "format_version": JSON_VERSION,
        "profile": name,
        "from_quarter": comparison.from_quarter,
        "to_quarter": comparison.to_quarter,
        "bank_versions": list(comparison.bank_versions),
        "moats": [
            {"moat": d.moat.value, **(shift_json(s, d) or {})}
            for d, s in zip(comparison.moat_deltas, comparison.stop_shifts, strict=True)
        ],
        "answer_changes": [
            {"question": c.question_id, "before": c.before, "after": c.after}
            for c in comparison.answer_changes
        ],
        "basics_changes": [
            {"basic": c.basic, "before": c.before, "after": c.after}
            for c in comparison.basics_changes
        ],
        "flags_appeared": list(comparison.flags_appeared),
        "flags_cleared": list(comparison.flags_cleared),
    }


# ----------------------------------------------------------------- text
def stop_text(outlook: MoatOutlook, lang: Lang) -> str:
    """The STOPS HOLDING cell: "2027-Q3 (month 9)", "holds past 2031-Q4", ... (the
    screen's and the PDF's words, ``report.strings.outlook_words``)."""
    return outlook_words(
        outlook.status,
        outlook.stop_quarter,
        outlook.horizon_end,
        lang,
        "cell",
        month=outlook.holds_until_month,
    )


def _table(rows: list[list[str]]) -> list[str]:
    from moatdesk.cli.profile_commands import _table as table

    return table(rows).splitlines()


def _reasons(action: Action, flags: dict[str, Flag], lang: Lang) -> str:
    """Why an action is there, in words: a raised flag's title, decay or open questions."""
    words = {"decay": w("because_decay", lang), "coverage": w("because_coverage", lang)}
    return ", ".join(
        flags[r].title.get(lang) if r in flags else words.get(r, r) for r in action.because_of
    )


def _action_lines(action: Action, flags: dict[str, Flag], lang: Lang, number: str) -> list[str]:
    taxonomy = load_taxonomy()
    why = [taxonomy.label(action.moat).get(lang)]
    if action.stop_quarter is not None and action.moat_status == "stops":
        why.append(w("why_stops", lang, quarter=action.stop_quarter))
    elif action.moat_status == "not_holding":
        why.append(outlook_words("not_holding", None, "", lang))
    elif action.moat_status == "holds_past":
        why.append(w("why_holds_past", lang))
    why.append(w("because", lang, reasons=_reasons(action, flags, lang)))
    if action.deferred_by == "proof_first":
        why.append(w("waits_for_proof", lang))
    lines = [f"  {number} {action.title.get(lang)}", f"     [{' · '.join(why)}]"]
    lines += [f"     “{terminal_safe(quote)}”" for quote in action.quotes]
    return lines


def terminal_safe(text: str) -> str:
    """The founder's text as typed, except control characters that would drive the
    terminal (shown escaped, e.g. ``\\x1b``); line breaks stay, indented."""
    import unicodedata

    shown = "".join(
        ch
        if ch == "\n" or unicodedata.category(ch) != "Cc"
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )
    return shown.replace("\n", "\n       ")


def show_text(
    name: str,
    assessment: Assessment,
    roadmap: Roadmap,
    comparison: Comparison | None,
    lang: Lang,
) -> str:
    taxonomy = load_taxonomy()
    summary = roadmap.summary
    since = comparison.from_quarter if comparison is not None else None
    status = w(f"status_{assessment.status.value}", lang)
    head = w("head", lang, name=name, quarter=roadmap.quarter, status=status)
    if since:
        head += w("head_since", lang, quarter=since)
    counts = hold_counts_words(summary, lang)
    projected = w("projected_to", lang, quarter=roadmap.outlooks[0].horizon_end)
    lines = [head, f"{counts}; {projected}", ""]
    header = [w(k, lang) for k in ("col_moat", "col_score", "col_coverage", "col_stops")]
    if since is not None:
        header.append(w("col_since", lang, quarter=since))
    rows = [header]
    for index, (score, outlook) in enumerate(zip(roadmap.scores, roadmap.outlooks, strict=True)):
        row = [
            taxonomy.label(score.moat).get(lang),
            f"{score.score:.0f}" if score.assessed else "-",
            f"{score.coverage:.0%}",
            stop_text(outlook, lang),
        ]
        if comparison is not None and since is not None:
            row.append(shift_words(comparison.stop_shifts[index], since, lang))
        rows.append(row)
    lines += _table(rows)
    for kind, heading in (("risk", "risks"), ("opportunity", "opportunities")):
        raised = [f for f in roadmap.flags if f.kind.value == kind]
        if raised:
            lines += ["", f"{w(heading, lang)}:"]
            lines += [
                f"  - {f.title.get(lang)} ({w('severity_' + f.severity.value, lang)})"
                for f in raised
            ]
    flags = {f.id: f for f in roadmap.flags}
    first = [a for a in roadmap.actions if a.do_first]
    lines += ["", f"{w('do_first', lang)}:"]
    for rank, action in enumerate(first, start=1):
        lines += _action_lines(action, flags, lang, f"{rank}.")
    if not first:
        lines.append(f"  {w('nothing_due', lang)}")
    for bucket in Bucket:
        later = [a for a in roadmap.actions if not a.do_first and a.bucket is bucket]
        if later:
            lines += ["", f"{taxonomy.label(bucket).get(lang)}:"]
            for action in later:
                lines += _action_lines(action, flags, lang, "-")
    if roadmap.unanswered:
        questions = load_bank().by_id()
        lines += ["", f"{w('unanswered', lang, n=len(roadmap.unanswered))}:"]
        lines += [
            f"  - {questions[q].text.get(lang) if q in questions else q}"
            for q in roadmap.unanswered
        ]
    return "\n".join(lines)


def _answer(question_id: str, value: AnswerValue | None, lang: Lang) -> str:
    question = load_bank().by_id().get(question_id)
    if question is None:
        return "-" if value is None else str(value)
    return display_value(question, value, lang)


def _status_stop(status: str, stop: str | None, quarter: str, lang: Lang) -> str:
    """A compare cell: the review of ``quarter``'s outlook in the chart's compact words."""
    from moatdesk.domain.decay import horizon_end

    return outlook_words(status, stop, horizon_end(quarter), lang, "compact")


def compare_text(name: str, comparison: Comparison, lang: Lang) -> str:
    taxonomy = load_taxonomy()
    before, after = comparison.from_quarter, comparison.to_quarter
    lines = [f"{name} — {before} -> {after}"]
    if comparison.bank_versions_differ:
        lines.append(w("bank_changed", lang))
    lines.append("")
    header = [w("col_moat", lang), w("col_score", lang), w("col_trend", lang)]
    header += [w("col_stop_at", lang, quarter=q) for q in (before, after)]
    rows = [[*header, w("col_shift", lang)]]
    for delta, shift in zip(comparison.moat_deltas, comparison.stop_shifts, strict=True):
        rows.append(
            [
                taxonomy.label(delta.moat).get(lang),
                f"{delta.before:.0f} -> {delta.after:.0f}",
                w(f"trend_{delta.trend}", lang),
                _status_stop(shift.before_status, shift.before, before, lang),
                _status_stop(shift.after_status, shift.after, after, lang),
                shift_words(shift, before, lang),
            ]
        )
    lines += _table(rows)
    if comparison.basics_changes:
        lines += ["", f"{w('basics_changed', lang)}:"]
        lines += [f"  - {c.basic}: {c.before} -> {c.after}" for c in comparison.basics_changes]
    flag_titles = {rule.id: rule.title for rule in load_flag_rules().flags}
    for heading, ids in (
        ("flags_raised", comparison.flags_appeared),
        ("flags_cleared", comparison.flags_cleared),
    ):
        if ids:
            titles = ", ".join(flag_titles[i].get(lang) if i in flag_titles else i for i in ids)
            lines += ["", f"{w(heading, lang)}: {titles}"]
    lines += ["", f"{w('answers_changed', lang, n=len(comparison.answer_changes))}:"]
    questions = load_bank().by_id()
    for change in comparison.answer_changes:
        question = questions.get(change.question_id)
        asked = question.text.get(lang) if question is not None else change.question_id
        lines.append(
            f"  - {asked}: {_answer(change.question_id, change.before, lang)} -> "
            f"{_answer(change.question_id, change.after, lang)}"
        )
    return "\n".join(lines)
