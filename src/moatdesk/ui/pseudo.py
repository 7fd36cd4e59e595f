"""Pseudo-translation mode: every UI string comes out twice as long, in brackets.

Start MoatDesk with ``MOATDESK_PSEUDO=1`` to see which labels, buttons and columns
clip when a translation is longer than the English (Korean and German often are).
The brackets show where a string was cut; accented letters show a string that did
not go through Qt's translator at all (it stays plain ASCII).  Placeholders (%1, %n,
{name}), ``&`` mnemonics, rich-text tags and line breaks are kept as they are, so the
app behaves exactly as in a real language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from PySide6.QtCore import QTranslator

PSEUDO_VAR = "MOATDESK_PSEUDO"

# Pieces that must survive unchanged: Qt placeholders (%1, %L1, %n), Python-style
# {name} fields, HTML tags and entities; then the literal "&&" and a mnemonic "&x".
_MARKUP = r"%L?\d+|%n|\{[A-Za-z_]\w*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;"
_KEEP = re.compile(_MARKUP + r"|&&|&[^\s&]")
_ACCENTED = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz",
    "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž",
)
# Qt asks its translator for a few strings that are settings, not text.
_NOT_TEXT_CONTEXTS = frozenset({"QShortcut", "QKeySequence"})
_NOT_TEXT_SOURCES = frozenset({"QT_LAYOUT_DIRECTION"})


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_VAR, "").strip() not in ("", "0")


def pseudo_text(text: str) -> str:
    """``text`` doubled in length (per line), accented, between ⟦ ⟧ markers."""
    if not text:
        return text
    return "⟦" + "\n".join(_pseudo_line(line) for line in text.split("\n")) + "⟧"


def _pseudo_line(line: str) -> str:
    # The visible letters once more, without placeholders, markup or any "&"
    # (a second "&" would add a second mnemonic).
    plain = re.sub(_MARKUP, "", line).replace("&", "")
    if not plain.strip():
        return line
    accented = "".join(
        piece if _KEEP.fullmatch(piece) else piece.translate(_ACCENTED)
        for piece in _split_keeping(line)
    )
    return f"{accented} ~{plain}~"


def _split_keeping(line: str) -> list[str]:
    """``line`` cut into alternating plain text and kept pieces, in order."""
    pieces: list[str] = []
    last = 0
    for match in _KEEP.finditer(line):
        pieces.extend((line[last : match.start()], match.group()))
        last = match.end()
    pieces.append(line[last:])
    return [piece for piece in pieces if piece]


class PseudoTranslator(QTranslator):
    """Answers every lookup: the real translation (if any ``bases`` has one) made pseudo.

    With no bases it pseudo-translates the English source; with the Korean
    translators as bases it shows Korean at double length.
    """

    def __init__(self, bases: Sequence[QTranslator] = (), parent=None) -> None:
        super().__init__(parent)
        self._bases = list(bases)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = ""
        for base in self._bases:
            found = base.translate(context, source, disambiguation, n) or ""
            if found:
                break
        if context in _NOT_TEXT_CONTEXTS or source in _NOT_TEXT_SOURCES:
            return found or source
        return pseudo_text(found or source)
