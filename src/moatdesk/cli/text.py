"""The CLI's own words in the language of ``--lang``.

English is the source text and needs nothing.  Another language reads the app's
compiled Qt translation (the same .qm as the GUI, context ``Cli``), loaded only
when asked for, so a plain ``moatdesk list`` stays Qt-free.  The strings are marked
with ``QT_TRANSLATE_NOOP("Cli", ...)`` where they are used, so lupdate puts them in
translations/moatdesk_ko.ts beside the UI's.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CLI_CONTEXT = "Cli"


@cache
def translator_for(lang: str) -> QTranslator | None:
    """The app's translation for ``lang`` (None for English or when it is missing)."""
    if lang == "en":
        return None
    from moatdesk.ui.i18n import load_translator

    return load_translator(lang)  # type: ignore[arg-type]  # argparse checked the choice


def cli_text(lang: str | None, source: str, context: str = CLI_CONTEXT) -> str:
    """``source`` (an English template marked for lupdate) in ``lang``."""
    translator = translator_for(lang) if lang else None
    translated = translator.translate(context, source) if translator is not None else ""
    return translated or source
