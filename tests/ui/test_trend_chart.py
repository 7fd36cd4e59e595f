"""The trend chart stays legible: distinct series, a legend that leaves the plot its
width, axis labels that never overlap at 50 quarters, bounded work at 10,000 (issue 17)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from moatdesk.ui.trend_chart import TrendChart, series_style

pytestmark = [pytest.mark.gui]

NAMES = [
    "First to market", "Early deployment and PMF", "Shipping velocity",
    "Capital, compute and talent", "Differentiated technical edge",
    "Go-to-market and partnerships", "Long-standing brand",
    "Data-driven performance advantage", "Product depth and switching costs",
]  # fmt: skip


def chart_with(qtbot, quarters: int) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    labels = [f"{2000 + n // 4}-Q{n % 4 + 1}" for n in range(quarters)]
    chart.set_data(
        labels,
        [(name, [(n * 7 + i) % 100 for i in range(quarters)]) for n, name in enumerate(NAMES)],
    )
    chart.resize(620, 340)
    return chart


def test_the_nine_series_differ_in_colour_and_the_horizons_in_line_style():
    styles = [series_style(n) for n in range(9)]
    colours = [c for c, _s, _m in styles]
    for a in range(9):
        for b in range(a + 1, 9):
            ca, cb = colours[a], colours[b]
            distance = sum(
                abs(x - y) for x, y in zip(ca.getRgb()[:3], cb.getRgb()[:3], strict=True)
            )
            assert distance >= 80, f"series {a} and {b} look alike"
    assert len({(s, m) for _c, s, m in styles}) == 3  # one per horizon


def test_the_legend_leaves_the_plot_most_of_the_width(qtbot):
    chart = chart_with(qtbot, 8)
    layout = chart.layout_for(chart.width(), chart.height())
    assert layout.plot.width() >= 0.8 * chart.width()
    assert all(box.bottom() <= chart.height() + 0.5 for box in layout.legend)
    assert all(not box.intersects(layout.plot) for box in layout.legend)


def test_fifty_quarters_get_labels_that_do_not_overlap(qtbot):
    chart = chart_with(qtbot, 50)
    layout = chart.layout_for(chart.width(), chart.height())
    width = chart.fontMetrics().horizontalAdvance("2012-Q2")
    xs = [chart._x(layout.plot, i) for i in layout.labelled]
    assert layout.labelled[-1] == 49 and len(layout.labelled) >= 3
    assert all(b - a >= width for a, b in pairwise(xs))
    chart.grab()


@pytest.mark.parametrize("quarters", [2, 8, 20, 21, 50])
@pytest.mark.parametrize("width", [300, 460, 710])
def test_the_quarter_labels_as_drawn_stay_apart_and_whole(qtbot, quarters: int, width: int):
    """Where the labels are drawn: the end ones move inside the widget, so one beside
    them could touch them (20 quarters in the detail pane: "2026-Q22026-Q4")."""
    chart = chart_with(qtbot, quarters)
    chart.resize(width, 340)
    layout = chart.layout_for(chart.width(), chart.height())
    text_w = max(chart.fontMetrics().horizontalAdvance(q) for q in chart.quarters)
    assert layout.labelled[-1] == quarters - 1  # the latest quarter is always named
    assert len(layout.label_boxes) == len(layout.labelled) >= min(quarters, 2)
    for box in layout.label_boxes:
        assert box.width() >= text_w and box.left() >= 0 and box.right() <= width
    assert all(b.left() - a.right() >= 4 for a, b in pairwise(layout.label_boxes))


def test_ten_thousand_quarters_paint_a_bounded_number_of_points(qtbot):
    chart = chart_with(qtbot, 10_000)
    layout = chart.layout_for(chart.width(), chart.height())
    assert len(layout.drawn) <= chart.width() and layout.drawn[-1] == 9_999
    assert len(layout.labelled) <= chart.width() // 40
    assert chart.accessibleDescription().count("Q") <= 9 * 12
    chart.grab()
