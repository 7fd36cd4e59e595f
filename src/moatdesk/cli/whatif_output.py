"""The `what-if` command's output: JSON (documented in docs/scenarios.md) and text.

Both read the domain's results only; every figure is computed in moatdesk.domain.
"""

from __future__ import annotations

from typing import Any

from moatdesk.domain.answers import display_value
from moatdesk.domain.content import load_bank, load_taxonomy
from moatdesk.domain.leverage import Leverage, LeverageOption
from moatdesk.domain.models import AnswerValue
from moatdesk.domain.scenarios import AppliedChange, Scenario, load_scenarios
from moatdesk.domain.textrules import Lang
from moatdesk.domain.whatif import WhatIf
from moatdesk.report.strings import earliest_words, moved_words, outlook_words

JSON_VERSION = 1  # of the what-if JSON; bump when a field changes meaning


# ----------------------------------------------------------------- JSON
def _change_json(change: AppliedChange) -> dict[str, Any]:
    return {
        "question": change.question,
        "basic": change.basic,
        "before": change.before,
        "after": change.after,
        "why": change.why.model_dump() if change.why else None,
    }


def _option_json(option: LeverageOption) -> dict[str, Any]:
    return {
        "question": option.question,
        "before": option.before,
        "after": option.after,
        "earliest_after": option.earliest_after,
        "earliest_moved": option.earliest_moved,
        "total_moved": option.total_moved,
        "moats": [{"moat": m.moat.value, "quarters": m.quarters} for m in option.moats],
    }


def scenario_json(scenario: Scenario) -> dict[str, Any]:
    return {
        "id": scenario.id,
        "essay_section": scenario.essay_section.value,
        "title": scenario.title.model_dump(),
        "summary": scenario.summary.model_dump(),
    }


def what_if_json(
    name: str, scenario: Scenario, effect: WhatIf, leverage: Leverage
) -> dict[str, Any]:
    return {
        "format_version": JSON_VERSION,
        "profile": name,
        "quarter": effect.quarter,
        "scenario": scenario_json(scenario),
        "changes": [_change_json(c) for c in effect.changes],
        "skipped": [
            {"question": s.question, "basic": s.basic, "reason": s.reason} for s in effect.skipped
        ],
        "earliest_stop": {
            "before": effect.earliest_before,
            "after": effect.earliest_after,
            "quarters_moved": effect.earliest_moved,
        },
        "moats": [
            {
                "moat": m.moat.value,
                "score_before": m.score_before,
                "score_after": m.score_after,
                "status_before": m.status_before,
                "status_after": m.status_after,
                "stop_before": m.stop_before,
                "stop_after": m.stop_after,
                "horizon_end": m.horizon_end,
                "quarters_moved": m.quarters_moved,
                "open_ended": m.open_ended,
            }
            for m in effect.moats
        ],
        "flag_changes": [
            {
                "id": f.id,
                "before": f.before.value if f.before else None,
                "after": f.after.value if f.after else None,
            }
            for f in effect.flag_changes
        ],
        "do_first_added": list(effect.do_first_added),
        "do_first_removed": list(effect.do_first_removed),
        "leverage": {
            "earliest_stop": leverage.earliest,
            "evaluated": leverage.evaluated,
            "top": [_option_json(o) for o in leverage.top()],
        },
    }


def scenario_list_json() -> list[dict[str, Any]]:
    return [scenario_json(s) for s in load_scenarios().scenarios]


# ----------------------------------------------------------------- text
def _value(question_id: str | None, value: AnswerValue | None, lang: Lang) -> str:
    if question_id is None:
        return "-" if value is None else str(value)
    question = load_bank().by_id().get(question_id)
    return str(value) if question is None else display_value(question, value, lang)


def _question_text(question_id: str, lang: Lang) -> str:
    question = load_bank().by_id().get(question_id)
    return question_id if question is None else question.text.get(lang)


def _table(rows: list[list[str]]) -> list[str]:
    from moatdesk.cli.profile_commands import _table as table

    return table(rows).splitlines()


def what_if_text(
    name: str, scenario: Scenario, effect: WhatIf, leverage: Leverage, lang: Lang
) -> str:
    from moatdesk.domain.actions import load_action_library
    from moatdesk.domain.flags import load_flag_rules

    taxonomy = load_taxonomy()
    lines = [
        f"What if: {scenario.title.get(lang)}",
        f"{scenario.summary.get(lang)}",
        f"Essay: {taxonomy.label(scenario.essay_section).get(lang)}",
        f"{name}, {effect.quarter} review (scratch copy; the saved review is unchanged).",
        "",
        "Changes:",
    ]
    for change in effect.changes:
        what = change.question or f"basic {change.basic}"
        lines.append(
            f"  {what}: {_value(change.question, change.before, lang)} -> "
            f"{_value(change.question, change.after, lang)}"
        )
        if change.why:
            lines.append(f"      {change.why.get(lang)}")
    if not effect.changes:
        lines.append("  none apply to this review")
    if effect.skipped:
        lines.append(f"  ({len(effect.skipped)} change(s) do not apply to this review)")
    lines += [
        "",
        f"Earliest stop: {earliest_words(effect.earliest_before, lang)} -> "
        f"{earliest_words(effect.earliest_after, lang)} "
        f"({moved_words(effect.earliest_moved, lang)})",
        "",
    ]
    rows = [["MOAT", "SCORE", "STOP BEFORE", "STOP AFTER", "MOVED"]]
    for m in effect.moats:
        rows.append(
            [
                taxonomy.label(m.moat).get(lang),
                f"{m.score_before:.0f} -> {m.score_after:.0f}",
                outlook_words(m.status_before, m.stop_before, m.horizon_end, lang, "cell"),
                outlook_words(m.status_after, m.stop_after, m.horizon_end, lang, "cell"),
                moved_words(m.quarters_moved, lang, m.open_ended) or "-",
            ]
        )
    lines += _table(rows)
    flag_titles = {f.id: f.title.get(lang) for f in load_flag_rules().flags}
    for flag in effect.flag_changes:
        raised = flag.before.value if flag.before else "not raised"
        now = flag.after.value if flag.after else "cleared"
        lines.append(f"Flag {flag_titles.get(flag.id, flag.id)}: {raised} -> {now}")
    action_titles = {a.id: a.title.get(lang) for a in load_action_library().actions}
    dropped = effect.do_first_removed
    for label, ids in (("Do first, new", effect.do_first_added), ("Do first, no longer", dropped)):
        for action_id in ids:
            lines.append(f"{label}: {action_titles.get(action_id, action_id)}")
    tried = leverage.evaluated
    lines += ["", f"Highest-leverage answers of this review (one step each, {tried} tried):"]
    for rank, option in enumerate(leverage.top(), start=1):
        lines.append(f"  {rank}. {_question_text(option.question, lang)}")
        lines.append(
            f"     {_value(option.question, option.before, lang)} -> "
            f"{_value(option.question, option.after, lang)}: earliest stop "
            f"{earliest_words(leverage.earliest, lang)} -> "
            f"{earliest_words(option.earliest_after, lang)} "
            f"({moved_words(option.earliest_moved, lang)}), "
            f"all moats {moved_words(option.total_moved, lang)}"
        )
    if not leverage.top():
        lines.append("  no one-step change moves any stop quarter")
    return "\n".join(lines)


def scenario_list_text(lang: Lang) -> str:
    taxonomy = load_taxonomy()
    rows = [["ID", "SCENARIO", "ESSAY"]]
    for s in load_scenarios().scenarios:
        rows.append([s.id, s.title.get(lang), taxonomy.label(s.essay_section).get(lang)])
    return "\n".join(_table(rows))
