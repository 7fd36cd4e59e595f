"""User text -> safe Paragraph markup, with per-character font fallback.

Everything a founder typed is data.  reportlab's Paragraph parses markup, so every user
string is escaped with the standard library's XML escape (never reportlab's
``escapeOnce``, which would turn a literal ``&amp;`` into ``&``); newlines become
``<br/>``.  Characters NanumGothic lacks are drawn in DejaVuSans; characters no bundled
font covers are drawn as a visible U+FFFD and reported as a ``MissingGlyph`` naming
the field, never left as silent empty boxes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import escape as _escape_html

from bidi import get_display

from moatdesk.report.fonts import FontSet


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as xml.sax.saxutils.escape does (whose import
    pulls in urllib.request, http.client and ssl: ~8 MiB of a process, issue 16)."""
    return _escape_html(text, quote=False)


REPLACEMENT = "\ufffd"  # drawn in the fallback font, which covers it


@dataclass(frozen=True)
class MissingGlyph:
    """Characters of one field that no bundled font can draw."""

    field: str
    characters: str


@dataclass
class GlyphLog:
    """Collects missing glyphs per field while a document is built."""

    by_field: dict[str, list[str]] = field(default_factory=dict)

    def add(self, field_name: str, char: str) -> None:
        chars = self.by_field.setdefault(field_name, [])
        if char not in chars:
            chars.append(char)

    def result(self) -> list[MissingGlyph]:
        return [MissingGlyph(name, "".join(chars)) for name, chars in self.by_field.items()]


def clean(text: str) -> str:
    """Normalise line ends and drop control characters, which have no glyph to show."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isprintable():  # the common case, checked in C: no control character at all
        return text
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) != "Cc")


def _invisible(char: str) -> bool:
    # Joiners, variation selectors and skin-tone modifiers only shape a neighbour.
    return unicodedata.category(char) in ("Cf", "Mn", "Me") or 0x1F3FB <= ord(char) <= 0x1F3FF


def visual_order(text: str) -> str:
    """``text`` in the order it is seen in: right-to-left runs (Hebrew, Arabic...) turned
    around by the Unicode Bidirectional Algorithm (python-bidi), in a left-to-right page.

    reportlab draws characters left to right; without this, שלום would read מולש on the
    page (and PDF readers, which reorder right-to-left text, would extract it reversed).
    The algorithm, unlike reversing runs of letters by hand (what this did until issue 11),
    keeps numbers, punctuation and brackets inside such a run where they were typed
    ("עמוד 12 מתוך 30"). Known limits: the order is computed before reportlab wraps the
    lines, so a run that wraps keeps its order per line only; Arabic letters are not
    shaped (joined). Both need reportlab's own bidi (rlbidi, not on PyPI) and uharfbuzz:
    docs/architecture.md.
    """
    if not _BIDI.search(text):  # nothing right-to-left, no bidi control: already in order
        return text
    return get_display(text, base_dir="L")


# Characters that can change the order: the right-to-left blocks (Hebrew, Arabic, Syriac,
# Thaana, NKo, Samaritan, Mandaic, their presentation forms; the historic RTL scripts
# and Adlam of the supplementary planes) and the explicit bidi marks and controls.
_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def user_markup(text: str, field_name: str, fonts: FontSet, log: GlyphLog) -> str:
    """Paragraph markup that prints ``text`` exactly as typed."""
    text = visual_order(clean(text))
    if fonts.primary_chars.issuperset(text.replace("\n", "").replace(" ", "")):
        return escape(text).replace("\n", "<br/>")  # the common case: one font draws it all
    out: list[str] = []
    run: list[str] = []  # consecutive characters for the fallback font

    def flush() -> None:
        if run:
            out.append(f'<font name="{fonts.fallback}">{escape("".join(run))}</font>')
            run.clear()

    for char in text:
        if char == "\n":
            flush()
            out.append("<br/>")
        elif char in fonts.primary_chars or char == " ":
            flush()
            out.append(escape(char))
        elif char in fonts.fallback_chars:
            run.append(char)
        else:
            log.add(field_name, char)
            if not _invisible(char):
                run.append(REPLACEMENT)
    flush()
    return "".join(out)


def fit_one_line(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` points on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(clean(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
