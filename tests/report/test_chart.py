"""The PDF's meta-moat x horizon chart, read as SVG text of its Drawing (the screen paints
its own with QPainter: tests/ui/test_moat_chart.py holds the two together), and read back
from a PDF page, where it is painted straight onto the canvas: the same labels in the
same order, the same cells hatched."""

from __future__ import annotations

import re

import pytest

from moatdesk.domain.content import load_taxonomy
from moatdesk.domain.results import DECAY_MONTHS
from moatdesk.domain.taxonomy import Horizon, Moat
from moatdesk.report import palette
from moatdesk.report.chart import moat_horizon_chart, moat_horizon_drawing


def chart_svg(roadmap, lang, width: float, height: float) -> bytes:
    """The chart's Drawing as SVG: its strings and shapes as text to search."""
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(moat_horizon_drawing(roadmap, lang, width, height)).encode()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_svg_has_a_row_per_moat_grouped_by_horizon(roadmap, lang) -> None:
    svg = chart_svg(roadmap, lang, 640, 360).decode("utf-8")
    taxonomy = load_taxonomy()
    positions = [svg.index(taxonomy.label(h).get(lang)) for h in Horizon]
    assert positions == sorted(positions)
    for moat in Moat:
        assert taxonomy.label(moat).get(lang) in svg


def test_every_strength_is_printed_as_a_number(roadmap) -> None:
    svg = chart_svg(roadmap, "en", 640, 360).decode("utf-8")
    numbers = re.findall(r">(\d+)</text>", svg)
    for outlook in roadmap.outlooks:
        for point in outlook.points:
            assert f"{point.strength:.0f}" in numbers
    assert len(roadmap.outlooks[0].points) == len(DECAY_MONTHS)


def test_the_month_each_moat_stops_holding_is_marked(roadmap) -> None:
    drawing = moat_horizon_drawing(roadmap, "en", 480, 340)
    svg = chart_svg(roadmap, "en", 480, 340).decode("utf-8")
    decaying = [o for o in roadmap.outlooks if o.holds_until_month is not None]
    assert decaying and len(decaying) < 9
    # One triangle marker per moat that stops holding, plus the one in the legend.
    assert svg.count("<polygon") == len(decaying) + 1
    horizon_end = roadmap.outlooks[0].horizon_end
    assert f"past {horizon_end}" in svg  # the moat that holds past the projection
    for outlook in decaying:  # each stop as a calendar quarter (or "not now")
        assert (outlook.stop_quarter if outlook.status == "stops" else "not now") in svg
    assert drawing.width == 480 and drawing.height <= 340


def test_chart_fits_its_box(roadmap) -> None:
    drawing = moat_horizon_drawing(roadmap, "ko", 400, 300)
    x0, y0, x1, y1 = drawing.getBounds()
    assert x0 >= -1 and x1 <= 401 and y0 >= -1 and y1 <= drawing.height + 1


def test_a_moat_not_assessed_has_its_own_look_never_a_score(roadmap) -> None:
    """Too few answers: no strength (it would be a guess near 50), no hatching, no stop
    marker; the row says "not assessed" instead."""
    moat = roadmap.outlooks[0].moat
    outlooks = tuple(
        o.model_copy(update={"assessed": False, "status": "not_assessed", "stop_quarter": None})
        if o.moat is moat
        else o
        for o in roadmap.outlooks
    )
    scores = tuple(
        s.model_copy(update={"assessed": False}) if s.moat is moat else s for s in roadmap.scores
    )
    blind = roadmap.model_copy(update={"outlooks": outlooks, "scores": scores})
    before = chart_svg(roadmap, "en", 640, 360).decode("utf-8")
    after = chart_svg(blind, "en", 640, 360).decode("utf-8")
    assert "not assessed" in after and "not assessed" not in before
    assert "answer its questions" in after
    numbers = len(re.findall(r">(\d+)</text>", before)) - len(re.findall(r">(\d+)</text>", after))
    assert numbers == len(DECAY_MONTHS)  # that row's six strengths are gone
    assert after.count("<polygon") == before.count("<polygon") - 1  # and its marker


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_example_chart_passes_reportlabs_attribute_checks(lang) -> None:
    """The PDF builds the chart with reportlab's shape checking off (for speed): here
    every bundled example's chart is built with it on, so a wrong attribute still fails."""
    from reportlab import rl_config

    from moatdesk.domain.example import example_names, load_example_profile
    from moatdesk.domain.roadmap import build_roadmap

    assert rl_config.shapeChecking
    for name in example_names():
        profile = load_example_profile(name)
        for review in profile.assessments:
            roadmap = build_roadmap(review.basics, review)
            checked = moat_horizon_drawing(roadmap, lang, 480, 300, checked=True)
            fast = moat_horizon_drawing(roadmap, lang, 480, 300)
            assert rl_config.shapeChecking  # restored after the fast build
            assert len(checked.contents) == len(fast.contents)


def chart_page(chart, x: float = 50, y: float = 400):
    """The chart drawn at (x, y) on a PDF page of its own, read back with pypdf."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    chart.drawOn(canvas, x, y)
    canvas.save()
    return PdfReader(buffer).pages[0]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_pdf_page_shows_the_labels_of_the_drawing_in_its_order(roadmap, lang) -> None:
    from reportlab.graphics.shapes import String

    chart = moat_horizon_chart(roadmap, lang, 480, 300)
    strings = [s.text for s in chart.drawing().contents if isinstance(s, String)]
    pieces: list[str] = []
    chart_page(chart).extract_text(visitor_text=lambda text, *_: pieces.append(text))
    drawn = "".join(p for p in pieces if p.strip())
    assert "".join(drawn.split()) == "".join("".join(strings).split())
    # Label by label, one line each, as drawString writes them: what copying from a
    # viewer and the benchmark's floor (a Paragraph per extracted line) read.
    lines = [line for line in chart_page(chart).extract_text().splitlines() if line.strip()]
    assert lines == strings
    assert chart.texts() == strings  # what the export preview lists


def test_the_pdf_page_hatches_the_cells_the_drawing_hatches(roadmap) -> None:
    """Each weak cell (and the legend's sample) is hatched on the page where the Drawing
    has a hatching path: one use of the page's hatch form per cell, at the cell's corner
    (in the chart's own coordinates: drawOn moves the origin first)."""
    from reportlab.graphics.shapes import Path

    chart = moat_horizon_chart(roadmap, "en", 480, 300)
    hatched = {
        (round(min(s.points[0::2]), 1), round(min(s.points[1::2]), 1))
        for s in chart.drawing().contents
        if isinstance(s, Path) and s.strokeColor == palette.HATCH
    }
    content = chart_page(chart).get_contents().get_data().decode("latin-1")
    placed = {
        (round(float(x), 1), round(float(y), 1))
        for x, y in re.findall(r"1 0 0 1 ([-\d.]+) ([-\d.]+) cm\s*/FormXob\.\S+ Do", content)
    }
    weak = sum(p.strength < roadmap.holds_threshold for o in roadmap.outlooks for p in o.points)
    assert len(hatched) == weak + 1  # the weak cells and the legend's sample
    assert placed == hatched
