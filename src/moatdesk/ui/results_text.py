"""The words of the results screen: what the domain computed, said in the UI's language.

Every figure here is read from the engine's results (``moatdesk.domain.results``):
stop quarters, statuses, stop shifts, the hold summary, the do-first actions and why
now.  Nothing is computed again; these functions only choose the sentence.  A stop
quarter and its shift are said in the one table the PDF and the CLI read too
(``report.strings``).  Text the founder typed (quotes) is escaped wherever it goes
into rich text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from moatdesk.domain.taxonomy import Bucket
from moatdesk.report.strings import (
    capitalized,
    hold_counts_words,
    outlook_words,
    shift_words,
    why_now_words,
)
from moatdesk.ui.i18n import ui_lang
from moatdesk.ui.text import label, lt

if TYPE_CHECKING:
    from moatdesk.domain.results import Action, HoldSummary, MoatOutlook, Roadmap, StopShift

translate = QCoreApplication.translate


def hold_summary(summary: HoldSummary) -> str:
    """ "7 of 9 moats hold now, 1 not assessed" (``report.strings.hold_counts_words``)."""
    return hold_counts_words(summary, ui_lang())


def outlook_text(outlook: MoatOutlook) -> str:
    """When the moat stops holding, as a calendar quarter (months as a second figure):
    the words of ``report.strings.outlook_words``, as the PDF and the CLI say them."""
    return capitalized(
        outlook_words(
            outlook.status,
            outlook.stop_quarter,
            outlook.horizon_end,
            ui_lang(),
            month=outlook.holds_until_month,
        )
    )


def shift_text(shift: StopShift, from_quarter: str) -> str:
    """How the stop quarter moved since the previous final review (``shift_words``)."""
    return shift_words(shift, from_quarter, ui_lang())


def flag_titles(roadmap: Roadmap, flag_ids: Iterable[str]) -> list[str]:
    titles = {flag.id: lt(flag.title) for flag in roadmap.flags}
    return [titles[i] for i in flag_ids if i in titles]


def mechanism_titles(mechanism_ids: Iterable[str]) -> list[str]:
    from moatdesk.domain.decay import mechanism_label

    names = []
    for mechanism in mechanism_ids:
        try:
            names.append(lt(mechanism_label(mechanism)))
        except KeyError:  # a mechanism a newer model named: show its id, never crash
            names.append(mechanism)
    return names


def why_now(action: Action, roadmap: Roadmap) -> str:
    """ "Why now: ...": the moat, its stop quarter and the flags that make this action due,
    in the PDF's words (``report.strings.why_now_words``)."""
    return why_now_words(action, roadmap, label(action.moat), ui_lang())


def action_entry(action: Action, roadmap: Roadmap) -> str:
    """Rich text for one action: title, why now, what to do, and the founder's own words."""
    parts = [
        f"<p><b>{html.escape(lt(action.title))}</b><br/>",
        f"<i>{html.escape(why_now(action, roadmap))}</i><br/>",
        html.escape(lt(action.detail)),
    ]
    if action.deferred_by == "proof_first":
        parts.append(
            "<br/><i>"
            + html.escape(
                translate(
                    "Results",
                    "Waits until early deployment and PMF hold: short-term proof comes"
                    " first (essay, section 7).",
                )
            )
            + "</i>"
        )
    for quote in action.quotes:
        parts.append(
            "<br/>"
            + html.escape(translate("Results", "You wrote:"))
            + " “"
            + html.escape(quote).replace("\n", "<br/>")
            + "”"
        )
    parts.append("</p>")
    return "".join(parts)


def do_first_html(roadmap: Roadmap) -> str:
    actions = roadmap.do_first
    if not actions:
        return html.escape(translate("Results", "Nothing is urgent this quarter."))
    return "".join(action_entry(a, roadmap) for a in actions)


def later_html(roadmap: Roadmap) -> str:
    """Every other action, under its bucket's heading, in the domain's order."""
    later = [a for a in roadmap.actions if not a.do_first]
    if not later:
        return html.escape(translate("Results", "No other actions."))
    parts = []
    for bucket in Bucket:
        in_bucket = [a for a in later if a.bucket is bucket]
        if in_bucket:
            parts.append(f"<h4>{html.escape(label(bucket))}</h4>")
            parts.extend(action_entry(a, roadmap) for a in in_bucket)
    return "".join(parts)
