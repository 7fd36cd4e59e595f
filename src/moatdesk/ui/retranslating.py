"""One rule for every view: re-translate itself when the language switches.

Installing or removing a QTranslator (``i18n.LanguageSwitcher``) sends
``QEvent.LanguageChange`` to every widget; a class that lists ``Retranslating``
before its Qt base gets ``changeEvent`` calling its ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt base comes after us
