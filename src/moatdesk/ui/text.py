"""Content text in the language the UI currently speaks.

Content (questions, taxonomy labels, flags, actions) carries its own English and
Korean; Qt's translator handles only the app's chrome.  These helpers pick the side
of a LocalizedText that matches ``ui_lang()``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from moatdesk.domain.labels import description_text, label_text
from moatdesk.ui.i18n import ui_lang

if TYPE_CHECKING:
    from moatdesk.domain.text import LocalizedText


def lt(text: LocalizedText) -> str:
    return text.get(ui_lang())


def label(member: StrEnum) -> str:
    """The taxonomy label of any enum member (moat, horizon, sector, ...)."""
    return label_text(member, ui_lang())


def description(member: StrEnum) -> str:
    return description_text(member, ui_lang())


def stop_text(status: str, stop: str | None, horizon_end: str) -> str:
    """A stop-quarter cell ("2027-Q3", "Holds past 2031-Q4"): ``report.strings``' words.
    Here, not in the what-if panel, so the countdown reads it without importing the
    panel (~2 MiB of modules when a profile is first shown, issue 16)."""
    from moatdesk.report.strings import capitalized, outlook_words

    return capitalized(outlook_words(status, stop, horizon_end, ui_lang(), "cell"))
