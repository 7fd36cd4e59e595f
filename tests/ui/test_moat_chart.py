"""The on-screen moat x horizon chart (QPainter) shows what the PDF's chart shows.

The PDF's chart as a reportlab Drawing (the shapes its page paints, as
tests/report/test_chart.py checks); reading its shapes back (row labels, hatched cells,
stop markers, the "holds until" column) must give the same moats, stops and hold /
not-hold cells as the widget, for every bundled example quarter, in both languages.
The widget needs neither reportlab nor QtSvg.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from reportlab.graphics.shapes import Group, Path, Polygon, String

from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.labels import label_text
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.report import palette
from moatdesk.report.chart import FONT_SIZE, moat_horizon_drawing
from moatdesk.report.strings import t
from moatdesk.ui.moat_chart import MoatChart

pytestmark = [pytest.mark.gui]

WIDTH, HEIGHT = 640.0, 360.0


def _walk(node, found):
    for child in getattr(node, "contents", ()):
        found.append(child)
        if isinstance(child, Group):
            _walk(child, found)
    return found


def what_the_pdf_chart_shows(roadmap, lang):
    """(label, hatched columns, marker column, holds-until text) per row, top to bottom."""
    drawing = moat_horizon_drawing(roadmap, lang, WIDTH, HEIGHT)
    shapes = _walk(drawing, [])
    strings = [s for s in shapes if isinstance(s, String)]
    months = len(roadmap.outlooks[0].points)
    label_w = max(0.3 * WIDTH, 110.0)
    holds_w = max(0.12 * WIDTH, 52.0)
    col_w = (WIDTH - label_w - holds_w) / months

    def column(x: float) -> int:
        return round((x - label_w) / col_w)

    # Rows: a label at x=4 whose line also carries an end-anchored outcome (groups do not).
    outcomes = {round(s.y, 2): s.text for s in strings if s.textAnchor == "end"}
    rows = [s for s in strings if s.x == 4 and round(s.y, 2) in outcomes]
    row_h = min((drawing.height - 34 - 20 - 17 * len({o.horizon for o in roadmap.outlooks}))
                / len(roadmap.outlooks), 26.0)  # fmt: skip

    def row_of(y: float) -> int:  # the row whose band [text_y - row_h/2 .. ] holds y
        for number, label in enumerate(rows):
            bottom = label.y + FONT_SIZE / 3 - row_h / 2
            if bottom - 0.01 <= y <= bottom + row_h:
                return number
        return -1

    hatched: dict[int, set[int]] = {n: set() for n in range(len(rows))}
    markers: dict[int, int] = {}
    for shape in shapes:
        if isinstance(shape, Path) and shape.strokeColor == palette.HATCH:  # a cell's hatching
            x, y = min(shape.points[0::2]), min(shape.points[1::2])
            if x >= label_w - 1 and row_of(y) >= 0:
                hatched[row_of(y)].add(column(x - 1))
        if isinstance(shape, Polygon) and shape.fillColor == palette.WARN:
            x, y = shape.points[4], shape.points[5]  # the triangle's tip
            if row_of(y) >= 0:
                markers[row_of(y)] = column(x)
    return [
        (label.text, hatched[n], markers.get(n), outcomes[round(label.y, 2)])
        for n, label in enumerate(rows)
    ]


def what_the_widget_shows(chart: MoatChart):
    return [
        (
            row.label,
            {i for i, cell in enumerate(row.cells) if not cell.holds},
            row.stop_column,
            row.outcome,
        )
        for row in chart.rows()
    ]


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("example", example_names())
def test_screen_and_pdf_charts_show_the_same_moats_stops_and_cells(qtbot, example, lang):
    profile = load_example_profile(example)
    chart = MoatChart()
    qtbot.addWidget(chart)
    for assessment in profile.assessments:
        roadmap = build_roadmap(profile.basics, assessment)
        chart.set_roadmap(roadmap, lang)
        shown = what_the_widget_shows(chart)
        assert len(shown) == len(roadmap.outlooks) == 9
        assert shown == what_the_pdf_chart_shows(roadmap, lang)
        assert any(hatched for _label, hatched, _stop, _out in shown) or all(
            o.holds_until_month is None for o in roadmap.outlooks
        )


def test_the_chart_paints_without_reportlab_or_qtsvg(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from moatdesk.domain.example import load_example_profile\n"
        "from moatdesk.domain.roadmap import build_roadmap\n"
        "from moatdesk.ui.moat_chart import MoatChart\n"
        "p = load_example_profile()\n"
        "c = MoatChart(); c.set_roadmap(build_roadmap(p.basics, p.assessments[-1]), 'ko')\n"
        "c.resize(c.sizeHint()); c.grab()\n"
        "print(sorted(m for m in ('reportlab', 'PySide6.QtSvg') if m in sys.modules))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        check=True,
    )
    assert run.stdout.strip() == "[]"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_not_assessed_moat_has_its_own_look_on_screen_as_in_the_pdf(qtbot, lang):
    """Too few answers: no hatched cells, no stop marker, 'not assessed' on the right —
    the PDF's dashed empty band, never a weak or dead moat."""
    profile = load_example_profile()
    latest = profile.assessments[-1]
    some = dict(list(latest.answers.items())[:12])  # one or two sections answered
    partial = latest.model_copy(update={"answers": some})
    roadmap = build_roadmap(latest.basics, partial)
    missing = [o for o in roadmap.outlooks if not o.assessed]
    assert missing and len(missing) < 9
    chart = MoatChart()
    qtbot.addWidget(chart)
    chart.set_roadmap(roadmap, lang)
    shown = what_the_widget_shows(chart)
    assert shown == what_the_pdf_chart_shows(roadmap, lang)
    unassessed = {label_text(o.moat, lang) for o in missing}
    for row in chart.rows():
        if row.label in unassessed:
            assert not row.assessed and row.stop_column is None
            assert all(cell.holds for cell in row.cells)
            assert row.outcome == t("not_assessed", lang)
    chart.resize(chart.sizeHint())
    assert not chart.grab().isNull()
