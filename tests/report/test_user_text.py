"""Whatever a founder typed comes out of the PDF exactly as typed, and never as markup."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moatdesk.report.fonts import register_fonts
from moatdesk.report.pdf import render_pdf
from moatdesk.report.text import visual_order

TRICKY = [
    'Acme <Inc> & "Co"',
    '<img src="/etc/passwd"/>',
    "<font size=40>big</font>",
    "R&amp;D stays &amp; and &lt; stays &lt;",
    "<b>not bold</b> <br/> <para> ]]> &#169;",
]


@pytest.mark.parametrize("typed", TRICKY)
def test_markup_like_text_prints_as_text_in_every_field(
    report_data_factory, profile_factory, read_pdf, typed: str
) -> None:
    profile = profile_factory(name=typed, text=f"answer {typed}", note=f"note {typed}")
    pdf, result = render_pdf(report_data_factory(profile))
    view = read_pdf(pdf)
    for expected in (typed, f"answer {typed}", f"note {typed}"):
        assert view.contains(expected)
    assert result.missing_glyphs == []


def test_literal_entity_is_not_unescaped(report_data_factory, profile_factory, read_pdf) -> None:
    pdf, _ = render_pdf(report_data_factory(profile_factory(note="Tom &amp; Jerry")))
    text = read_pdf(pdf).text
    assert "Tom &amp; Jerry" in text
    assert "Tom & Jerry" not in text


def test_markup_never_changes_formatting(report_data_factory, profile_factory, read_pdf) -> None:
    """A typed <font size=40> leaves every line at the body's size: same line count."""
    plain, _ = render_pdf(report_data_factory(profile_factory(note="plain words here")))
    tagged, _ = render_pdf(report_data_factory(profile_factory(note="<font size=40>x</font>")))
    assert read_pdf(plain).text.count("\n") == read_pdf(tagged).text.count("\n")


def test_uncovered_characters_are_reported_by_field_not_drawn_as_boxes(
    report_data_factory, profile_factory, read_pdf
) -> None:
    profile = profile_factory(name="Thumbs 👍 Inc", text="ok", note="we ship 🦄🦄 fast")
    pdf, result = render_pdf(report_data_factory(profile))
    fields = {m.field: m.characters for m in result.missing_glyphs}
    assert fields["company name"] == "👍"
    notes = [name for name in fields if name.startswith("note on ")]
    assert notes and all(fields[name] == "🦄" for name in notes)
    text = read_pdf(pdf).text
    assert "Thumbs \ufffd Inc" in text  # a visible replacement, never an empty box
    assert "👍" not in text


def test_symbols_missing_from_nanum_fall_back_to_dejavu(
    report_data_factory, profile_factory, read_pdf
) -> None:
    fonts = register_fonts()
    typed = "Ωμέγα → ∑ ≠ ★ ☺ 😀 Привет"
    assert any(c not in fonts.primary_chars for c in typed if c != " ")
    pdf, result = render_pdf(report_data_factory(profile_factory(note=typed)))
    assert result.missing_glyphs == []
    assert read_pdf(pdf).contains(typed)


def _bidi_text(pdf: bytes, folder: Path) -> str:
    """The PDF's text as a bidi-aware reader gets it: poppler puts right-to-left runs back
    into the order they were typed in (pypdf returns the drawing order)."""
    target = folder / "report.pdf"
    target.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_long_notes_rtl_and_unbroken_strings_flow_across_pages(
    report_data_factory, profile_factory, read_pdf, tmp_path
) -> None:
    long_note = ("A 10,000-character note. " * 400)[:10_000]
    unbroken = "x" * 3_000
    profile = profile_factory(text=f"שלום עולם مرحبا {unbroken}", note=long_note)
    pdf, result = render_pdf(report_data_factory(profile, lang="ko"))
    assert result.pages > 40
    view = read_pdf(pdf)
    assert view.contains(long_note)
    assert view.contains(unbroken)
    assert "שלום עולם مرحبا" in _bidi_text(pdf, tmp_path)  # beside the unbroken run


def _drawable() -> st.SearchStrategy[str]:
    """Characters the bundled fonts draw and that read back one for one: letters, digits,
    punctuation and symbols of every script except right-to-left ones (extraction
    reorders those) and combining marks (extraction may re-compose them)."""
    fonts = register_fonts()
    return st.characters(
        categories=("Lu", "Ll", "Lo", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "Sc", "So", "Zs"),
    ).filter(lambda c: fonts.covers(c) and not ("\u0590" <= c <= "\u08ff"))


FIELDS = {
    "name": st.text(_drawable(), min_size=1, max_size=60).filter(str.strip),
    "answer": st.text(_drawable(), min_size=1, max_size=300).filter(str.strip),
    "note": st.text(_drawable(), min_size=1, max_size=600).filter(str.strip),
    "lang": st.sampled_from(["en", "ko"]),
}
SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


def _reads_back(report_data_factory, profile_factory, read_pdf, name, answer, note, lang):
    profile = profile_factory(name=name, text=answer, note=note)
    pdf, result = render_pdf(report_data_factory(profile, lang=lang))
    view = read_pdf(pdf)
    assert result.missing_glyphs == []
    for typed in (name, answer, note):
        assert view.contains(typed)


@settings(max_examples=12, **SETTINGS)
@given(**FIELDS)
def test_any_text_in_any_field_reads_back_from_the_pdf(
    report_data_factory, profile_factory, read_pdf, name: str, answer: str, note: str, lang: str
) -> None:
    _reads_back(report_data_factory, profile_factory, read_pdf, name, answer, note, lang)


@pytest.mark.slow
@settings(max_examples=150, **SETTINGS)
@given(**FIELDS)
def test_any_text_reads_back_thoroughly(
    report_data_factory, profile_factory, read_pdf, name: str, answer: str, note: str, lang: str
) -> None:
    _reads_back(report_data_factory, profile_factory, read_pdf, name, answer, note, lang)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_right_to_left_words_read_in_their_own_order(
    report_data_factory, profile_factory, tmp_path
) -> None:
    """Drawn right to left, so a bidi-aware reader (poppler) gets the typed order back."""
    typed = "שלום עולם and مرحبا بالعالم"
    pdf, _ = render_pdf(report_data_factory(profile_factory(note=typed)))
    text = _bidi_text(pdf, tmp_path)
    assert "שלום עולם" in text and "مرحبا بالعالم" in text


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        # Read right to left, the page shows "page 12 of 30": the numbers keep their place
        # (reversing each run of letters on its own drew "30 of 12 page").
        ("עמוד 12 מתוך 30", "30 ךותמ 12 דומע"),
        ("שלום, עולם", "םלוע ,םולש"),  # the comma stays after the first word
        ("Acme (שלום) Inc", "Acme (םולש) Inc"),  # brackets beside left-to-right words stay
        ("ARR 3.5M", "ARR 3.5M"),
    ],
)
def test_right_to_left_text_is_drawn_in_the_bidi_algorithms_visual_order(
    typed: str, seen: str
) -> None:
    """reportlab draws left to right, so the PDF gets the order the page must show."""
    assert visual_order(typed) == seen
