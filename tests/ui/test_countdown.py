"""The main window's history shows the countdown: each moat's stop quarter per review,
how it moved since the review before, and "7 of 9 hold, 1 not assessed" per quarter."""

from __future__ import annotations

import pytest

from moatdesk.domain.history import countdown
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.report.strings import shift_words
from moatdesk.ui.profile_detail import MOATS_COLUMN
from moatdesk.ui.whatif_panel import stop_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_the_countdown_shows_the_domains_stop_quarters_and_shifts(qtbot, founder, make_window):
    window = make_window()
    founder.click(window.empty.example_button)
    detail = window.detail
    view = detail.countdown
    # Shown once the roadmaps are in and the list page is on screen: with every roadmap
    # already cached (earlier tests), ready() holds before the page is switched to.
    qtbot.waitUntil(lambda: detail.ready() and view.isVisible())
    profile = window.controller.selected_profile()
    expected = countdown(profile, profile.assessments[-1].quarter)
    assert view.columnCount() == len(expected) >= 2 and view.rowCount() == 9
    assert [view.horizontalHeaderItem(c).text()[:7] for c in range(len(expected))] == [
        e.quarter for e in expected
    ]
    moved = 0
    for column, entry in enumerate(expected):
        shifts = {s.moat: s for s in entry.shifts}
        for row, point in enumerate(entry.points):
            shown = view.cell_text(row, column)
            assert shown.startswith(stop_text(point.status, point.stop_quarter, entry.horizon_end))
            direction = shifts[point.moat].direction if point.moat in shifts else None
            assert shown.endswith("▲") == (direction == "later")
            assert shown.endswith("▼") == (direction == "earlier")
            if direction in ("later", "earlier"):
                moved += 1
                tip = view.item(row, column).toolTip()
                shift = shifts[point.moat]
                assert tip == shift_words(shift, expected[column - 1].quarter, "en")
    assert moved > 0, "the example's reviews move some stop quarter"


def test_each_quarter_says_how_many_moats_hold(qtbot, founder, make_window):
    window = make_window()
    founder.click(window.empty.example_button)
    qtbot.waitUntil(window.detail.ready)
    profile = window.controller.selected_profile()
    history = window.detail.history
    for row, assessment in enumerate(profile.assessments):
        summary = build_roadmap(assessment.basics, assessment).summary
        text = history.topLevelItem(row).text(MOATS_COLUMN)
        assert text.startswith(f"{summary.holding} of {summary.total} hold")
        assert ("not assessed" in text) == (summary.not_assessed > 0)


def test_a_moat_without_answers_reads_not_assessed(qtbot, make_window, store, basics_named):
    profile = store.create_profile(basics_named("Sparse Co"))
    store.start_review(profile.id, "2026-Q4")
    store.finalise(profile.id, "2026-Q4")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    history = window.detail.history
    assert history.topLevelItem(0).text(MOATS_COLUMN) == "0 of 9 hold, 9 not assessed"
    view = window.detail.countdown
    assert {view.cell_text(row, 0) for row in range(9)} == {"Not assessed"}


def _no_review_cut(view) -> bool:
    """Every review in view is shown whole: one starts at the view's left edge and the
    latest ends at its right edge (a scrolled table showed "…7-Q3 ▲" at its left)."""
    starts = {view.columnViewportPosition(c) for c in range(view.columnCount())}
    last = view.columnCount() - 1
    right = view.columnViewportPosition(last) + view.columnWidth(last)
    return 0 in starts and right == view.viewport().width()


def _every_review_whole_or_out_of_view(view) -> bool:
    width = view.viewport().width()
    for column in range(view.columnCount()):
        left = view.columnViewportPosition(column)
        right = left + view.columnWidth(column)
        if left < width and right > 0 and (left < 0 or right > width):
            return False
    return True


def _scrolled_no_further_than_needed(view) -> bool:
    header = view.horizontalHeader()
    return header.offset() <= max(0, header.length() - view.viewport().width())


def test_the_main_window_shows_the_latest_review_in_full(qtbot, founder, make_window):
    """The pane is built before it is laid out: its first, narrow layout must not leave
    the countdown scrolled past the reviews (it showed a sliver of the latest one)."""
    window = make_window()
    window.resize(800, 760)  # the offscreen screen's width, as the app fits its window
    founder.click(window.empty.example_button)
    qtbot.waitUntil(window.detail.ready)
    view = window.detail.countdown
    qtbot.waitUntil(view.isVisible)
    latest = view.visualRect(view.model().index(0, view.columnCount() - 1))
    assert latest.right() < view.viewport().width()  # its end in view, however narrow
    assert _scrolled_no_further_than_needed(view)
    assert _no_review_cut(view)
    # The detail pane, not the list, gets most of a narrow window (the list took half).
    assert window.detail.width() > 1.5 * window.panel.width()


@pytest.mark.parametrize("width", [420, 900])
def test_the_countdown_keeps_the_latest_review_in_view_as_it_is_resized(qtbot, width):
    from moatdesk.domain.example import load_example_profile
    from moatdesk.ui.countdown_view import CountdownView

    profile = load_example_profile()
    view = CountdownView()
    qtbot.addWidget(view)
    view.resize(900 if width < 900 else 220, 300)  # filled at the other width, hidden
    view.set_countdown(countdown(profile, profile.assessments[-1].quarter))
    view.show()
    qtbot.waitExposed(view)
    view.resize(width, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 400 or view.viewport().width() > 500)
    latest = view.visualRect(view.model().index(0, view.columnCount() - 1))
    assert view.viewport().rect().contains(latest)
    assert _scrolled_no_further_than_needed(view)
    assert _no_review_cut(view)
    if width == 900:  # room for every review: none is cut
        assert view.horizontalScrollBar().value() == 0


def test_the_arrow_keys_step_through_whole_reviews(qtbot, founder, make_window):
    """From the latest review, Left shows the earlier ones whole, one at a time, and
    Right comes back: the narrow pane scrolls by reviews as the current cell moves."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window()
    window.resize(800, 760)
    founder.click(window.empty.example_button)
    qtbot.waitUntil(window.detail.ready)
    view = window.detail.countdown
    qtbot.waitUntil(lambda: view.isVisible() and _no_review_cut(view))
    latest = view.columnCount() - 1
    view.setFocus()
    view.setCurrentCell(0, latest)
    for key, column in ((Qt.Key.Key_Left, latest - 1), (Qt.Key.Key_Left, 0), (Qt.Key.Key_Right, 1)):
        QTest.keyClick(view, key)
        assert view.currentColumn() == column
        shown = view.visualRect(view.currentIndex())
        assert view.viewport().rect().contains(shown)  # the review whole
        assert _every_review_whole_or_out_of_view(view)  # and no neighbour cut beside it
