"""Switching profiles reuses each review's roadmap and never waits for twenty of them.

Counted, not timed (issue 16): the roadmap cache says how many roadmaps were built.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from moatdesk.domain.models import Answer
from moatdesk.ui.roadmap_cache import ROADMAPS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

QUARTERS = [f"{2022 + n // 4}-Q{n % 4 + 1}" for n in range(20)]


def with_quarters(store, basics, name: str, quarters: list[str], level: int) -> str:
    profile = store.create_profile(basics(name))
    for quarter in quarters:
        store.start_review(profile.id, quarter)
        answers = {"speed.steamroll_exposure": Answer(value=level), "data.loop": Answer(value=3)}
        store.save_draft(profile.id, quarter, answers)
        store.finalise(profile.id, quarter)
    return profile.id


def test_a_switch_paints_first_and_each_review_is_scored_once(
    qtbot, make_window, store, basics_named
):
    many = with_quarters(store, basics_named, "Twenty Quarters", QUARTERS, level=2)
    few = with_quarters(store, basics_named, "Two Quarters", QUARTERS[:2], level=4)
    window = make_window()
    detail = window.detail
    window.panel.select(few)
    qtbot.waitUntil(detail.ready)

    before = ROADMAPS.computed
    window.panel.select(many)
    # The switch shows the profile at once; its twenty roadmaps come after the frame.
    assert detail.title.text() == "Twenty Quarters"
    assert detail.history.topLevelItemCount() == 20
    assert ROADMAPS.computed - before <= 2
    assert not detail.ready() and detail.trend.quarters == []
    qtbot.waitUntil(detail.ready)
    assert ROADMAPS.computed - before == 20
    assert detail.trend.quarters == QUARTERS

    # Back and forth: nothing is scored again, and no countdown is worked out again.
    before, countdowns = ROADMAPS.computed, ROADMAPS.countdowns_computed
    window.panel.select(few)
    window.panel.select(many)
    assert detail.ready() and detail.trend.quarters == QUARTERS
    assert ROADMAPS.computed == before
    assert ROADMAPS.countdowns_computed == countdowns
    assert len(detail.countdown.entries) == 20


def test_an_edited_answer_rescores_that_review_only(qtbot, make_window, store, basics_named):
    quarters = QUARTERS[:6]
    pid = with_quarters(store, basics_named, "Edited Co", quarters, level=3)
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    scores_before = dict(window.detail.trend.series)
    store.reopen(pid, quarters[-1])
    store.save_draft(pid, quarters[-1], {"speed.steamroll_exposure": Answer(value=5)})
    before = ROADMAPS.computed
    window.controller.reload(select=pid)
    qtbot.waitUntil(window.detail.ready)
    assert ROADMAPS.computed - before == 1
    assert dict(window.detail.trend.series) != scores_before  # the new answer shows


def test_a_profile_left_before_its_roadmaps_are_done_is_not_finished(
    qtbot, make_window, store, basics_named
):
    many = with_quarters(store, basics_named, "Left Behind", QUARTERS, level=1)
    other = with_quarters(store, basics_named, "Arrived", QUARTERS[:1], level=5)
    window = make_window()
    window.panel.select(other)
    qtbot.waitUntil(window.detail.ready)
    before = ROADMAPS.computed
    window.panel.select(many)
    window.panel.select(other)  # before its first paint
    qtbot.waitUntil(window.detail.ready)
    for _ in range(3):  # paints and turns of the event loop, where dropped work would run
        window.repaint()
        QApplication.processEvents()
    assert ROADMAPS.computed - before <= 2
    assert window.detail.title.text() == "Arrived"
