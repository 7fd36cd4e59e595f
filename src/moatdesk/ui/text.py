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
