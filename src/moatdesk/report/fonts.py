"""The bundled fonts, registered with reportlab once per process.

NanumGothic (regular and bold) draws Latin and Hangul; DejaVuSans is the fallback for
symbols, Greek, Cyrillic, Hebrew, Arabic and the like.  Each font's character map is
kept so that ``text.py`` can tell, character by character, which font covers what.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from importlib import resources

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"
FALLBACK = "DejaVuSans"

_FILES = {
    REGULAR: "NanumGothic.ttf",
    BOLD: "NanumGothicBold.ttf",
    FALLBACK: "DejaVuSans.ttf",
}


class FontLoadError(MoatDeskError):
    """A bundled font is missing or unreadable: the installation is damaged."""


@dataclass(frozen=True)
class FontSet:
    """The registered font names and which characters each one covers."""

    regular: str
    bold: str
    fallback: str
    primary_chars: frozenset[str]  # covered by both NanumGothic faces
    fallback_chars: frozenset[str]  # covered by DejaVuSans

    def covers(self, char: str) -> bool:
        return char in self.primary_chars or char in self.fallback_chars


def _load(name: str):  # -> TTFont; reportlab imported lazily
    from reportlab.pdfbase.ttfonts import TTFont

    resource = resources.files("moatdesk.resources").joinpath("fonts", _FILES[name])
    try:
        data = resource.read_bytes()
        return TTFont(name, io.BytesIO(data))
    except Exception as exc:  # reportlab raises assorted types for a bad font file
        raise FontLoadError(
            QT_TRANSLATE_NOOP(
                "Errors", "cannot load the bundled font {font} ({detail}); reinstall MoatDesk"
            ),
            font=_FILES[name],
            detail=exc,
        ) from exc


_WIDE_ENTRY = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _utf16_entry(match: re.Match[str]) -> str:
    code = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"<{match.group(1)}> <{code}>"


def _fix_wide_to_unicode() -> None:
    """Make copy-paste and text extraction of emoji (beyond U+FFFF) work.

    reportlab 5.1 writes such code points into the ToUnicode CMap as five hex digits;
    the PDF format wants UTF-16 (a surrogate pair), so readers decoded 😀 as U+1F60.
    """
    from reportlab.pdfbase import ttfonts

    # An internal of reportlab (held below 5.2 in pyproject.toml). Should a later release
    # rename it, PDFs still build; only emoji copy-paste is off again, which
    # test_symbols_missing_from_nanum_fall_back_to_dejavu (its 😀) then reports.
    original = getattr(ttfonts, "makeToUnicodeCMap", None)
    if original is None or getattr(original, "moatdesk_fixed", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        return _WIDE_ENTRY.sub(_utf16_entry, original(fontname, subset))

    make_cmap.moatdesk_fixed = True  # type: ignore[attr-defined]  # marks our wrapper
    ttfonts.makeToUnicodeCMap = make_cmap


@functools.cache
def register_fonts() -> FontSet:
    """Register the bundled fonts with reportlab (first call only) and return them."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    _fix_wide_to_unicode()
    fonts = {name: _load(name) for name in _FILES}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    # <b> inside a Paragraph maps to the bold face; there is no italic face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK)

    def chars(name: str) -> frozenset[str]:
        return frozenset(chr(cp) for cp in fonts[name].face.charToGlyph if cp > 0x1F)

    return FontSet(
        regular=REGULAR,
        bold=BOLD,
        fallback=FALLBACK,
        primary_chars=chars(REGULAR) & chars(BOLD),
        fallback_chars=chars(FALLBACK),
    )
