"""The search box asks the store which profiles match (SQL over an index) and reads no
row of the list to filter it; it matches names as they look, ``%`` and ``_`` literally."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from listing import listed
from moatdesk.storage.records import ProfileSummary
from moatdesk.ui.profiles_model import ProfilesModel

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _summaries(count: int) -> list[ProfileSummary]:
    when = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
    return [
        ProfileSummary(f"p{n:05d}", f"Company {n:05d}", "2026-Q3", None, True, False, when)
        for n in range(count)
    ]


class Counting(ProfilesModel):
    """The real model, counting the rows asked about."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: list[int] = []

    def data(self, index, role=0):
        self.asked.append(index.row())
        return super().data(index, role)


def test_filtering_reads_no_row_of_the_list(qtbot, monkeypatch, switcher):
    import moatdesk.ui.profiles_panel as panel_module

    monkeypatch.setattr(panel_module, "ProfilesModel", Counting)
    panel = panel_module.ProfilesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    rows = _summaries(1_000)
    panel.set_profiles(rows, notify=False)
    QApplication.processEvents()
    asked: list[str] = []
    panel.matching = lambda text: asked.append(text) or {r.id for r in rows[200:210]}
    panel.model.asked.clear()
    panel.search.setText("company 002")  # filtering happens now; painting comes later
    assert len(set(panel.model.asked)) <= 3  # the current row; Qt's filter read all 1,000
    assert asked == ["company 002"]  # one query a keystroke
    assert panel.proxy.rowCount() == 10
    panel.set_profiles(rows, notify=False)  # a refresh (autosave) asks again: renames
    assert asked == ["company 002", "company 002"] and panel.proxy.rowCount() == 10
    panel.search.clear()
    assert panel.proxy.rowCount() == 1_000 and len(asked) == 2  # blank: no query


def test_the_window_searches_through_the_store(qtbot, make_window, store, basics_named):
    for name in (
        "100% Margin",
        "100x_Growth",
        unicodedata.normalize("NFD", "노을 바이오"),
        "École AI",
    ):
        store.create_profile(basics_named(name))
    window = make_window()
    asked: list[str] = []
    search = window.panel.matching
    assert search is not None
    window.panel.matching = lambda text: asked.append(text) or search(text)
    for typed, found in (
        ("%", ["100% Margin"]),
        ("_", ["100x_Growth"]),
        ("노을", [unicodedata.normalize("NFD", "노을 바이오")]),
        ("ÉCOLE", ["École AI"]),
    ):
        window.panel.search.setText(typed)  # as an input method commits it (keyClicks: ASCII)
        assert listed(window.panel) == found
    assert asked[-1] == "ÉCOLE"
    window.panel.search.clear()
    assert len(listed(window.panel)) == 4
