"""Which language the UI speaks, and switching it live.

Qt's default QLocale is the single source of truth for the current language:
``ui_lang()`` reads it, so content text (LocalizedText) and Qt's own translations
always agree.  Switching installs a new QTranslator; Qt then sends a LanguageChange
event to every widget, whose ``changeEvent`` re-translates it.
"""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from moatdesk.domain.errors import ERRORS_CONTEXT, MoatDeskError
from moatdesk.domain.textrules import Lang
from moatdesk.ui.look import ensure_hangul_font
from moatdesk.ui.pseudo import PseudoTranslator, pseudo_enabled

LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "ko": "한국어"}


def ui_lang() -> Lang:
    """The language currently shown; decides which side of LocalizedText is used."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


def system_lang() -> Lang:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def choose_lang(cli_lang: str | None, saved_lang: str | None) -> Lang:
    """--lang wins, then the saved setting, then the system locale."""
    for candidate in (cli_lang, saved_lang):
        if candidate in LANGUAGE_NAMES:  # the same languages as domain.textrules.LANGS (tested)
            return candidate
    return system_lang()


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, ... replaced in one pass, like Qt's QString::arg.

    One pass matters: a value a founder typed ("Acme %2") stays verbatim instead of
    having the next placeholder substituted inside it.
    """
    return re.sub(
        r"%(\d+)",
        lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values) else m[0],
        template,
    )


def error_text(exc: BaseException) -> str:
    """The cause of ``exc`` as a founder should read it: in the UI's language.

    A MoatDeskError's English template is translated first and filled afterwards, so
    a value a founder typed ("Acme {x}", "Acme %1") comes back verbatim.  Anything
    else (or a translation whose placeholders do not fit) shows its own text.
    """
    if not isinstance(exc, MoatDeskError):
        return str(exc)
    return exc.render(QCoreApplication.translate(ERRORS_CONTEXT, exc.template))


def verbatim(text: str) -> str:
    """``text`` for a Qt widget in auto text mode (QMessageBox): shown as typed, never as markup.

    Qt takes anything that looks like a tag ("Acme <b>") for rich text; such text is
    escaped into rich text that shows the same characters.
    """
    # Here, not at the top: the first use of Qt's namespace builds its ~90 enums
    # (~20 ms), which the main window's first frame does not need (docs/benchmarks.md).
    from PySide6.QtGui import Qt

    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def load_translator(lang: Lang) -> QTranslator | None:
    """The compiled translation for ``lang``, or None.

    English has one too: it holds only the plural forms ("1 person", "2 people").
    """
    resource = files("moatdesk.translations") / f"moatdesk_{lang}.qm"
    if not resource.is_file():
        return None
    translator = QTranslator()
    data = resource.read_bytes()
    if not translator.load(data):
        return None
    translator.setProperty("moatdesk_lang", lang)
    # QTranslator keeps a pointer into the buffer, not a copy: keep the bytes alive.
    translator._moatdesk_data = data  # type: ignore[attr-defined]  # our own attribute
    return translator


def load_qt_translator(lang: Lang) -> QTranslator | None:
    """Qt's own strings in ``lang`` (wizard and message-box buttons, context menus)."""
    if lang == "en":
        return None
    from PySide6.QtCore import QLibraryInfo  # Korean only: its class is not made otherwise

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(_QT_LANGUAGE[lang], _QT_COUNTRY[lang])
    return translator if translator.load(locale, "qtbase", "_", folder) else None


class LanguageSwitcher:
    """Owns the installed translators so a switch replaces them instead of stacking."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.lang: Lang = "en"

    def apply(self, lang: Lang, translator: QTranslator | None = None) -> None:
        """Switch to ``lang``; tests may pass their own translator."""
        for old in self._translators:
            QCoreApplication.removeTranslator(old)
        app_translator = translator if translator is not None else load_translator(lang)
        # Installed last = asked first: the app's strings, then Qt's own.
        found = [t for t in (load_qt_translator(lang), app_translator) if t is not None]
        self._translators = [PseudoTranslator(found[::-1])] if pseudo_enabled() else found
        QLocale.setDefault(QLocale(_QT_LANGUAGE[lang], _QT_COUNTRY[lang]))
        self.lang = lang
        for installed in self._translators:
            QCoreApplication.installTranslator(installed)
        app = QCoreApplication.instance()
        if app is not None:
            ensure_hangul_font()  # either language may show Hangul (a company's name)
            # The locale changed even when no translator did (English has none).
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


_QT_LANGUAGE = {"en": QLocale.Language.English, "ko": QLocale.Language.Korean}
_QT_COUNTRY = {"en": QLocale.Country.UnitedStates, "ko": QLocale.Country.SouthKorea}
