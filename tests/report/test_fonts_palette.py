"""Fonts load once per process; the strength ramp still reads in greyscale."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from moatdesk.domain.example import load_example_profile
from moatdesk.report import fonts as report_fonts
from moatdesk.report.palette import strength_colour
from moatdesk.report.pdf import ReportRequest, export_roadmap_pdf


def test_fonts_are_read_once_across_exports(tmp_path: Path, monkeypatch) -> None:
    profile = load_example_profile()
    requests = [
        ReportRequest(profile, profile.assessments[-1].quarter, lang) for lang in ("en", "ko")
    ]
    for request in requests:  # whatever ran before, the fonts these need are now loaded
        export_roadmap_pdf(request, tmp_path / f"{request.lang}.pdf")
    loads: list[str] = []
    original = report_fonts._load
    monkeypatch.setattr(
        report_fonts, "_load", lambda name, *a, **k: loads.append(name) or original(name, *a, **k)
    )
    for request in requests:
        export_roadmap_pdf(request, tmp_path / f"{request.lang}-again.pdf")
    assert loads == []


def test_example_needs_no_glyph_the_fonts_lack_in_either_language(tmp_path: Path) -> None:
    profile = load_example_profile()
    for lang in ("en", "ko"):
        request = ReportRequest(profile, profile.assessments[-1].quarter, lang)
        assert export_roadmap_pdf(request, tmp_path / f"{lang}.pdf").missing_glyphs == []


def _grey(strength: float) -> float:
    colour = strength_colour(strength)
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue


def test_stronger_is_always_darker_in_greyscale() -> None:
    greys = [_grey(s) for s in range(0, 101, 5)]
    assert all(a > b for a, b in pairwise(greys))
    assert greys[0] - greys[-1] > 0.6  # weak and strong are far apart on paper too
