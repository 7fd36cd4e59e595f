"""The report costs the memory a document needs (issue 16): DejaVuSans is registered only
for characters NanumGothic lacks, the font files are read glyph by glyph rather than
held, coverage is a handful of ranges that answer like the sets they replaced, and the
wording the screens share escapes markup without loading urllib, http and ssl."""

from __future__ import annotations

import subprocess
import sys

from moatdesk.domain.example import load_example_profile
from moatdesk.report import fonts as report_fonts
from moatdesk.report.fonts import BOLD, FALLBACK, REGULAR, Coverage, register_fonts
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes

# A fresh process: reportlab's font registry and register_fonts() are per process.
_CHILD = """
from moatdesk.domain.example import load_example_profile
from moatdesk.report import fonts
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes
profile = load_example_profile()
quarter = profile.assessments[-1].quarter
build_pdf_bytes(ReportRequest(profile, quarter, "en", brief=True))
print(",".join(fonts.registered()))
pdf, result = build_pdf_bytes(ReportRequest(profile, quarter, "en"))
print(",".join(fonts.registered()))
print("minus" if any("\\u2212" in page for page in result.page_text) else "no minus")
"""


def test_an_english_brief_registers_only_nanumgothic_and_a_minus_sign_adds_dejavu() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True
    ).stdout.split()
    # The brief's characters are all NanumGothic's: the fallback font is never read.
    assert out[0] == f"{REGULAR},{BOLD}"
    # The full roadmap prints negative points with U+2212, which NanumGothic lacks.
    assert out[1:] == [f"{REGULAR},{BOLD},{FALLBACK}", "minus"]


def test_subsetting_reads_the_glyphs_a_document_uses_not_the_font_files() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    files = [pdfmetrics.getFont(name).face._ttf_data for name in (REGULAR, BOLD)]
    assert all(isinstance(f, report_fonts._FontFile) for f in files)  # no copy in memory
    before = [f.bytes_read for f in files]
    profile = load_example_profile()
    pdf, _ = build_pdf_bytes(
        ReportRequest(profile, profile.assessments[-1].quarter, "ko", brief=True)
    )
    read = sum(f.bytes_read for f in files) - sum(before)
    # ~300 distinct Hangul and Latin glyphs of two 4.6 MB files: about 160 KB (the
    # whole glyph table was copied per subset before: 4.4 MB each time).
    assert 0 < read < sum(len(f) for f in files) // 10
    assert len(pdf) < read + 200_000  # and the subsets it embeds are about that size


def test_coverage_answers_like_a_set_of_characters() -> None:
    points = [0x20, 0x41, 0x42, 0x43, 0x2D, 0x5D, 0x5C, 0x5E, 0xAC00, 0xAC01, 0x1F600]
    cover = Coverage(points)
    chars = {chr(p) for p in points}
    for probe in ["A", "C", "D", "-", "]", "\\", "^", "가", "각", "갂", "😀", "\n", "."]:
        assert (probe in cover) == (probe in chars), probe
    assert cover.issuperset("ABC가각-]^\\😀")
    assert cover.issuperset("")
    assert not cover.issuperset("ABD")
    assert not cover.issuperset("A\n")
    assert "AB" not in cover  # one character at a time, like the set
    assert len(cover) == len(chars)
    assert len(cover.ranges) == 6  # A-C, \\-^ and 가-각 are one range each


def test_the_primary_coverage_is_what_both_nanumgothic_faces_draw() -> None:
    from reportlab.pdfbase import pdfmetrics

    fonts = register_fonts()
    regular, bold = (pdfmetrics.getFont(n).face.charToGlyph for n in (REGULAR, BOLD))
    expected = {chr(cp) for cp in regular.keys() & bold.keys() if cp > 0x1F}
    assert len(fonts.primary_chars) == len(expected)
    assert all(char in fonts.primary_chars for char in expected)
    assert "\u2212" not in fonts.primary_chars and "\u2212" in fonts.fallback_chars


def test_the_shared_wording_and_markup_load_no_network_modules() -> None:
    code = (
        "import sys; import moatdesk.report.strings, moatdesk.report.text; "
        "print(sorted({'ssl', 'http.client', 'urllib.request'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    from moatdesk.report.strings import escape

    assert escape("R&D <b>\"bold\"</b> 'q'") == "R&amp;D &lt;b&gt;\"bold\"&lt;/b&gt; 'q'"


def test_the_compact_reading_gives_reportlab_s_own_maps_for_every_bundled_font() -> None:
    """``_read_char_info`` replaces reportlab's cmap/hmtx/loca parse: same maps, same
    widths, same attributes, for each bundled font (its output is what gets embedded)."""
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (REGULAR, BOLD, FALLBACK):
        ours = report_fonts._parse(name, report_fonts._font_source(name))
        theirs = TTFont(name, str(report_fonts._resource(name)), shapable=False)
        assert set(vars(ours)) == set(vars(theirs))  # reportlab's TTFont.__init__ unchanged
        assert set(vars(ours.face)) == set(vars(theirs.face))
        a, b = ours.face, theirs.face
        assert a.charToGlyph == b.charToGlyph and len(a.charToGlyph) > 5000
        assert a.charWidths == b.charWidths and a.defaultWidth == b.defaultWidth
        assert list(a.glyphPos) == b.glyphPos
        assert list(a.hmetrics) == [(int(w), int(s)) for w, s in b.hmetrics]  # int(): as read
        skip = {"charToGlyph", "charWidths", "glyphPos", "hmetrics", "glyphToChar", "_pdfScale"}
        skip |= {"_ttf_data", "filename", "_pos"}
        assert {k: v for k, v in vars(a).items() if k not in skip} == {
            k: v for k, v in vars(b).items() if k not in skip
        }
