"""The bundled fonts, registered with reportlab once per process, each when first needed.

NanumGothic (regular and bold) draws Latin and Hangul; DejaVuSans is the fallback for
symbols, Greek, Cyrillic, Hebrew, Arabic and the like, registered only when a document
holds a character NanumGothic lacks (``FontSet.fallback_chars`` is first asked).  Which
characters each font covers is kept as code-point ranges, so that ``text.py`` can tell,
character by character, which font draws what.

Memory (issue 16): a registered font is what reportlab's parser keeps, trimmed to what
subsetting and measuring read.  The font file is parsed from a memory map and then read
where subsetting asks (the tables it copies, the glyphs a document uses), not kept in
memory (9.6 MiB for the three); the glyph offsets and metrics are arrays,
not lists of Python ints and tuples; the two NanumGothic faces share one character map
(the files map every character to the same glyph); the glyph-to-characters map, used
only by text shaping (off: no uharfbuzz), is dropped.  ~28 MiB before, ~6 now.
"""

from __future__ import annotations

import functools
import io
import mmap
import os
import re
import struct
import sys
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

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


class Coverage:
    """The characters a font covers, as code-point ranges (a regex character class).

    ``char in coverage`` and ``coverage.issuperset(text)`` read like the frozenset they
    replace (2.7 MiB of one-character strings for the three fonts; this is a few KiB).
    """

    def __init__(self, code_points: Iterable[int]) -> None:
        ranges: list[list[int]] = []
        for cp in sorted(set(code_points)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
        self.ranges = tuple((start, end) for start, end in ranges)
        body = "".join(
            _escape(start) if start == end else f"{_escape(start)}-{_escape(end)}"
            for start, end in self.ranges
        )
        self._all = re.compile(f"[{body}]*" if body else "", re.DOTALL).fullmatch

    def __contains__(self, char: object) -> bool:
        return isinstance(char, str) and len(char) == 1 and self._all(char) is not None

    def issuperset(self, text: Iterable[str]) -> bool:
        """Whether every character of ``text`` is covered."""
        if not isinstance(text, str):
            text = "".join(text)
        return self._all(text) is not None

    def __len__(self) -> int:
        return sum(end - start + 1 for start, end in self.ranges)


def _escape(cp: int) -> str:
    return f"\\U{cp:08x}"


class _LazyCoverage:
    """A ``Coverage`` whose font is registered the first time it is asked about."""

    def __init__(self, load: Callable[[], Coverage]) -> None:
        self._load = load
        self._coverage: Coverage | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._coverage is not None

    def _get(self) -> Coverage:
        if self._coverage is None:
            with self._lock:  # two exports in two workers: register it once
                if self._coverage is None:
                    self._coverage = self._load()
        return self._coverage

    def __contains__(self, char: object) -> bool:
        return char in self._get()

    def issuperset(self, text: Iterable[str]) -> bool:
        return self._get().issuperset(text)

    def __len__(self) -> int:
        return len(self._get())


@dataclass(frozen=True)
class FontSet:
    """The registered font names and which characters each one covers."""

    regular: str
    bold: str
    fallback: str
    primary_chars: Coverage  # covered by both NanumGothic faces
    fallback_chars: Coverage | _LazyCoverage = field(compare=False)  # by DejaVuSans

    def covers(self, char: str) -> bool:
        return char in self.primary_chars or char in self.fallback_chars


class _Pairs(Sequence[tuple[int, int]]):
    """reportlab's ``hmetrics`` (advance width, left side bearing per glyph) in one array
    instead of a list of tuples; subsetting indexes it and takes ``int()`` of both (the
    parser leaves a scaled float as the advance of glyphs past ``numberOfHMetrics``)."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        self._flat = array("i")
        for advance, bearing in pairs:
            self._flat.append(int(advance))
            self._flat.append(int(bearing))

    def __len__(self) -> int:
        return len(self._flat) // 2

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._flat[2 * index], self._flat[2 * index + 1]


class _FontFile:
    """A font file read where reportlab asks (``data[a:b]``), not held in memory.

    Takes the place of the face's copy of the file once it is parsed; subsetting then
    reads the few tables it copies and the glyphs a document uses.  A lock keeps the
    seek and the read together (exports may run in two workers)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._size = os.fstat(self._file.fileno()).st_size
        self._lock = threading.Lock()
        self.bytes_read = 0  # since the parse: what subsetting has read

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, stop, step = key.indices(self._size)
            if step != 1:
                raise ValueError("font data is read in runs")
            with self._lock:
                self._file.seek(start)
                data = self._file.read(max(0, stop - start))
                self.bytes_read += len(data)
                return data
        if key < 0:
            key += self._size
        if not 0 <= key < self._size:
            raise IndexError(key)
        return self[key : key + 1][0]


class _Window:
    """One table of a font file, sliced relative to its start (``glyf`` for subsetting:
    reportlab would copy the whole table, 4.4 MiB for NanumGothic, per subset)."""

    def __init__(self, data: Any, offset: int, length: int) -> None:
        self._data, self._offset, self._length = data, offset, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        start, stop, step = key.indices(self._length)
        if step != 1:
            raise ValueError("font data is read in runs")
        return bytes(self._data[self._offset + start : self._offset + max(start, stop)])


def _glyf_as_window(face: Any) -> None:
    """Subsetting's ``get_table('glyf')`` gives a ``_Window``; other tables as before."""
    plain = face.get_table

    def get_table(tag: str) -> Any:
        if tag != "glyf":
            return plain(tag)
        offset, length = face.get_table_pos(tag)
        return _Window(face._ttf_data, offset, length)

    face.get_table = get_table


class _Mapped:
    """A file-like object whose ``read()`` is the whole font file, memory-mapped: the
    parser reads its tables from the map, which is unmapped once it has."""

    def __init__(self, data: mmap.mmap) -> None:
        self.data = data

    def read(self) -> mmap.mmap:
        return self.data


def _resource(name: str) -> Any:
    return resources.files("moatdesk.resources").joinpath("fonts", _FILES[name])


def _font_source(name: str) -> Any:
    """The font file for reportlab's parser: mapped if it is a file, else its bytes."""
    resource = _resource(name)
    if isinstance(resource, Path):
        with resource.open("rb") as fh:
            return _Mapped(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    return io.BytesIO(resource.read_bytes())  # inside an archive: a copy, as before


class _Unsupported(Exception):
    """A character map format ``_read_char_info`` does not read: reportlab's parser does."""


def _ushorts(data: Any, offset: int, count: int, code: str = "H") -> array:
    values = array(code, bytes(data[offset : offset + 2 * count]))
    if sys.byteorder == "little":
        values.byteswap()  # TrueType is big-endian
    return values


def _read_char_info(face: Any) -> None:
    """What reportlab 5.1's parser reads when ``charInfo`` is on (its cmap, hmtx and loca
    part of ``TTFontFile.extractInfo``), the same maps to the same values, read a table at
    a time into arrays instead of per-glyph lists, tuples and a glyph-to-characters map:
    that part cost ~10 MiB of resident memory for the two NanumGothic faces, mostly
    garbage left behind.  Formats 4 and 12 (the bundled fonts'); others: ``_Unsupported``.
    tests/report/test_report_memory.py compares every map with reportlab's own parse."""
    from reportlab.pdfbase.ttfonts import TTFError

    data = face._ttf_data
    head = face.get_table_pos("head")[0]
    index_to_loc, glyph_format = struct.unpack_from(">HH", data, head + 50)
    if glyph_format != 0:
        raise TTFError(f"Unknown glyph data format ({glyph_format})")
    (hmetrics_count,) = struct.unpack_from(">H", data, face.get_table_pos("hhea")[0] + 34)
    glyphs = face.numGlyphs

    cmap = face.get_table_pos("cmap")[0]
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0  # the subtable reportlab picks: the last that qualifies
    for n in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * n)
        if platform == 3 or (platform == 1 and encoding == 1):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
        elif platform == 0 and encoding != 5:
            chosen, kind = offset, 1
    if chosen is None:
        raise TTFError("could not find a suitable cmap encoding")
    start_of = cmap + chosen
    (fmt,) = struct.unpack_from(">H", data, start_of)
    char_to_glyph: dict[int, int] = {}
    remapped: dict[int, list[int]] = {}  # characters two segments map: every glyph seen

    def put(char: int, glyph: int) -> None:
        if char in char_to_glyph:
            remapped.setdefault(char, [char_to_glyph[char]]).append(glyph)
        char_to_glyph[char] = glyph

    if fmt == 4:
        (length,) = struct.unpack_from(">H", data, start_of + 2)
        limit = start_of + length
        segments = struct.unpack_from(">H", data, start_of + 6)[0] // 2
        ends = _ushorts(data, start_of + 14, segments)
        starts = _ushorts(data, start_of + 16 + 2 * segments, segments)
        deltas = _ushorts(data, start_of + 16 + 4 * segments, segments, "h")
        range_at = start_of + 16 + 6 * segments
        ranges = _ushorts(data, range_at, segments)
        for n in range(segments):
            first, delta, offset = starts[n], deltas[n], ranges[n]
            for char in range(first, ends[n] + 1):
                if offset == 0:
                    glyph = (char + delta) & 0xFFFF
                else:
                    at = range_at + 2 * n + (char - first) * 2 + offset
                    glyph = 0 if at >= limit else struct.unpack_from(">H", data, at)[0]
                    if glyph != 0:
                        glyph = (glyph + delta) & 0xFFFF
                put(char, glyph)
    elif fmt == 12:
        (groups,) = struct.unpack_from(">L", data, start_of + 12)
        for n in range(groups):
            first, last, glyph = struct.unpack_from(">LLL", data, start_of + 16 + 12 * n)
            for char in range(first, last + 1):
                put(char, char + glyph - first)
    else:
        raise _Unsupported(fmt)

    # hmtx: (advance, left side bearing) for the first hmetrics_count glyphs, then bearings.
    hmtx = face.get_table_pos("hmtx")[0]
    pairs = _ushorts(data, hmtx, 2 * hmetrics_count)
    advances = pairs[0::2]
    bearings = pairs[1::2]
    bearings.extend(_ushorts(data, hmtx + 4 * hmetrics_count, glyphs - hmetrics_count))
    scale = face._pdfScale
    last = scale(advances[-1])
    widths: dict[int, float] = {}  # one float per distinct advance

    def width(glyph: int) -> float:
        advance = advances[glyph] if glyph < hmetrics_count else None
        if advance is None:
            return last
        return widths.setdefault(advance, scale(advance))

    face.defaultWidth = width(0)
    char_widths: dict[int, float] = {}
    for char, glyph in char_to_glyph.items():
        if char in remapped:  # reportlab's last write wins: the highest glyph it had
            seen = [g for g in remapped[char] if g < glyphs]
            if not seen:
                continue
            glyph = max(seen)
        elif glyph >= glyphs:
            continue
        char_widths[char] = width(glyph)
    # subsetting reads int(advance); past hmetrics_count reportlab keeps the scaled last
    trailing = int(last)
    face.hmetrics = _Pairs(
        (advances[g] if g < hmetrics_count else trailing, bearings[g]) for g in range(glyphs)
    )

    if "loca" not in face.table:
        raise TTFError("missing location table")
    loca = face.get_table_pos("loca")[0]
    if index_to_loc == 0:
        face.glyphPos = array("I", (p << 1 for p in _ushorts(data, loca, glyphs + 1)))
    elif index_to_loc == 1:
        face.glyphPos = array("I", struct.unpack_from(f">{glyphs + 1}L", data, loca))
    else:
        raise TTFError(f"Unknown location table format ({index_to_loc})")
    if 0x20 in char_to_glyph:
        char_to_glyph[0xA0] = char_to_glyph[0x20]
        char_widths[0xA0] = char_widths[0x20]
    elif 0xA0 in char_to_glyph:
        char_to_glyph[0x20] = char_to_glyph[0xA0]
        char_widths[0x20] = char_widths[0xA0]
    face.charToGlyph = char_to_glyph
    face.charWidths = char_widths
    face.glyphToChar = {}  # only text shaping reads it, and shaping is off


def _parse(name: str, source: Any):  # -> TTFont, its face read by _read_char_info
    """``TTFont(name, source, shapable=False)`` with the face parsed without its character
    information by reportlab, which ``_read_char_info`` then reads compactly.  The lines
    below are reportlab 5.1's ``TTFont.__init__`` (pinned below 5.2 in pyproject.toml;
    test_report_memory checks the attributes against a TTFont built by reportlab)."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, TTFontFile

    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    TTFontFile.__init__(face, source, charInfo=0)
    try:
        _read_char_info(face)
    except _Unsupported:
        face.extractInfo(1)  # reportlab's own reading, lists and all
        face.glyphPos = array("I", face.glyphPos)
        face.hmetrics = _Pairs(face.hmetrics)
        face.glyphToChar = {}
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False
    return font


def _compact(face: Any, share: Any = None) -> None:
    """The two NanumGothic faces map every character to the same glyph: one map."""
    if share is not None and face.charToGlyph == share.charToGlyph:
        face.charToGlyph = share.charToGlyph


def _load(name: str, share: Any = None):  # -> TTFont; reportlab imported lazily
    source = None
    try:
        source = _font_source(name)
        font = _parse(name, source)
        if isinstance(source, _Mapped):
            font.face._ttf_data = _FontFile(_resource(name))
            _glyf_as_window(font.face)
    except Exception as exc:  # reportlab raises assorted types for a bad font file
        raise FontLoadError(
            QT_TRANSLATE_NOOP(
                "Errors", "cannot load the bundled font {font} ({detail}); reinstall MoatDesk"
            ),
            font=_FILES[name],
            detail=exc,
        ) from exc
    finally:
        if isinstance(source, _Mapped):
            source.data.close()
    _compact(font.face, share)
    return font


def _covered(font: Any) -> set[int]:
    return {cp for cp in font.face.charToGlyph if cp > 0x1F}


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


def registered() -> list[str]:
    """The bundled fonts registered with reportlab so far, in ``_FILES`` order."""
    from reportlab.pdfbase import pdfmetrics

    names = set(pdfmetrics.getRegisteredFontNames())
    return [name for name in _FILES if name in names]


def _register_fallback() -> Coverage:
    """Register DejaVuSans (a character NanumGothic lacks was met) and return its cover."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font = _load(FALLBACK)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return Coverage(_covered(font))


@functools.cache
def register_fonts() -> FontSet:
    """Register NanumGothic's two faces with reportlab (first call only) and return the
    font set; DejaVuSans follows the first time ``fallback_chars`` is asked about."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    _fix_wide_to_unicode()
    regular = _load(REGULAR)
    bold = _load(BOLD, share=regular.face)
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    # <b> inside a Paragraph maps to the bold face; there is no italic face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return FontSet(
        regular=REGULAR,
        bold=BOLD,
        fallback=FALLBACK,
        primary_chars=Coverage(_covered(regular) & _covered(bold)),
        fallback_chars=_LazyCoverage(_register_fallback),
    )
