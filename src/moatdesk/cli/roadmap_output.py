"""The output of `moatdesk show` and `moatdesk compare`: JSON (docs/cli-json.md) and text.

Both read the domain's results only: every figure, status, shift and trend is computed
in moatdesk.domain (the same values the screen and the PDF show).  Text output is
English with the content (moat names, flag and action titles) in the global --lang;
the founder's own text (quotes) is printed verbatim.
"""

from __future__ import annotations

from typing import Any

from moatdesk.domain.answers import display_value
from moatdesk.domain.content import load_bank, load_taxonomy
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
def stop_text(outlook: MoatOutlook) -> str:
    if outlook.status == "not_assessed":
        return "not assessed"
    if outlook.status == "holds_past":
        return f"holds past {outlook.horizon_end}"
    if outlook.status == "not_holding":
        return "not holding now"
    return f"{outlook.stop_quarter} (month {outlook.holds_until_month})"


def shift_text(shift: StopShift, since: str) -> str:
    if shift.direction == "not_comparable":
        return "-"
    if shift.quarters_moved is None:
        if shift.direction == "same":
            return "held past the horizon both times"
        if shift.direction == "later":
            return "now holds past the horizon"
        return f"now stops {shift.after}, held past before"
    n = shift.quarters_moved
    if n == 0:
        return f"same as projected in {since}"
    unit = "quarter" if abs(n) == 1 else "quarters"
    way = "later" if n > 0 else "earlier"
    return f"{abs(n)} {unit} {way} than projected in {since}"


def _table(rows: list[list[str]]) -> list[str]:
    from moatdesk.cli.profile_commands import _table as table

    return table(rows).splitlines()


def _action_lines(action: Action, lang: Lang, number: str) -> list[str]:
    taxonomy = load_taxonomy()
    why = [taxonomy.label(action.moat).get(lang)]
    if action.stop_quarter is not None and action.moat_status == "stops":
        why.append(f"stops {action.stop_quarter}")
    elif action.moat_status == "not_holding":
        why.append("not holding now")
    elif action.moat_status == "holds_past":
        why.append("holds past the horizon")
    why.append("because: " + ", ".join(action.because_of))
    if action.deferred_by == "proof_first":
        why.append("waits for early deployment and PMF")
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
    head = f"{name} — review {roadmap.quarter} ({assessment.status.value})"
    if since:
        head += f", compared with {since}"
    counts = f"{summary.holding} of {summary.total} moats hold now"
    if summary.not_assessed:
        counts += f", {summary.not_assessed} not assessed"
    lines = [head, f"{counts}; projected to {roadmap.outlooks[0].horizon_end}", ""]
    header = ["MOAT", "SCORE", "COVERAGE", "STOPS HOLDING"]
    if comparison is not None:
        header.append(f"SINCE {since}")
    rows = [header]
    for index, (score, outlook) in enumerate(zip(roadmap.scores, roadmap.outlooks, strict=True)):
        row = [
            taxonomy.label(score.moat).get(lang),
            f"{score.score:.0f}" if score.assessed else "-",
            f"{score.coverage:.0%}",
            stop_text(outlook),
        ]
        if comparison is not None and since is not None:
            row.append(shift_text(comparison.stop_shifts[index], since))
        rows.append(row)
    lines += _table(rows)
    for kind, heading in (("risk", "Risks"), ("opportunity", "Opportunities")):
        raised = [f for f in roadmap.flags if f.kind.value == kind]
        if raised:
            lines += ["", f"{heading}:"]
            lines += [f"  - {f.title.get(lang)} ({f.severity.value})" for f in raised]
    first = [a for a in roadmap.actions if a.do_first]
    lines += ["", "Do first (next quarter):"]
    for rank, action in enumerate(first, start=1):
        lines += _action_lines(action, lang, f"{rank}.")
    if not first:
        lines.append("  nothing is due yet")
    for bucket in Bucket:
        later = [a for a in roadmap.actions if not a.do_first and a.bucket is bucket]
        if later:
            lines += ["", f"{taxonomy.label(bucket).get(lang)}:"]
            for action in later:
                lines += _action_lines(action, lang, "-")
    if roadmap.unanswered:
        questions = load_bank().by_id()
        lines += ["", f"Unanswered ({len(roadmap.unanswered)}):"]
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


def _status_stop(status: str, stop: str | None) -> str:
    words = {"not_assessed": "not assessed", "not_holding": "not holding", "holds_past": "past"}
    return words.get(status) or stop or "-"


def compare_text(name: str, comparison: Comparison, lang: Lang) -> str:
    taxonomy = load_taxonomy()
    before, after = comparison.from_quarter, comparison.to_quarter
    lines = [f"{name} — {before} -> {after}"]
    if comparison.bank_versions_differ:
        lines.append("(the question bank changed between these reviews)")
    lines.append("")
    rows = [["MOAT", "SCORE", "TREND", f"STOP {before}", f"STOP {after}", "SHIFT"]]
    for delta, shift in zip(comparison.moat_deltas, comparison.stop_shifts, strict=True):
        rows.append(
            [
                taxonomy.label(delta.moat).get(lang),
                f"{delta.before:.0f} -> {delta.after:.0f}",
                delta.trend,
                _status_stop(shift.before_status, shift.before),
                _status_stop(shift.after_status, shift.after),
                shift_text(shift, before),
            ]
        )
    lines += _table(rows)
    if comparison.basics_changes:
        lines += ["", "Basics that changed:"]
        lines += [f"  - {c.basic}: {c.before} -> {c.after}" for c in comparison.basics_changes]
    for heading, ids in (
        ("Flags raised", comparison.flags_appeared),
        ("Flags cleared", comparison.flags_cleared),
    ):
        if ids:
            lines += ["", f"{heading}: {', '.join(ids)}"]
    lines += ["", f"Answers that changed ({len(comparison.answer_changes)}):"]
    for change in comparison.answer_changes:
        lines.append(
            f"  - {change.question_id}: {_answer(change.question_id, change.before, lang)} -> "
            f"{_answer(change.question_id, change.after, lang)}"
        )
    return "\n".join(lines)
