"""The PDF's meta-moat x horizon chart, read as SVG text (the screen paints its own with
QPainter: tests/ui/test_moat_chart.py holds the two together)."""

from __future__ import annotations

import re

import pytest

from moatdesk.domain.content import load_taxonomy
from moatdesk.domain.results import DECAY_MONTHS
from moatdesk.domain.taxonomy import Horizon, Moat
from moatdesk.report.chart import moat_horizon_drawing


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
