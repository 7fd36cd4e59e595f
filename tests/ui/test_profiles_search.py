"""The search box asks the store which profiles match (SQL over an index) and reads no
row of the list to filter it; it matches names as they look, ``%`` and ``_`` literally."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from listing import listed, python_calls
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
    assert panel.view.model().rowCount() == 10
    panel.set_profiles(rows, notify=False)  # a refresh (autosave) asks again: renames
    assert asked == ["company 002", "company 002"] and panel.view.model().rowCount() == 10
    panel.search.clear()
    assert panel.view.model().rowCount() == 1_000 and len(asked) == 2  # blank: no query


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


def _keystroke_calls(qtbot, rows: int) -> tuple[int, int]:
    """(typing a search that keeps ten rows, clearing it) with ``rows`` profiles listed."""
    from moatdesk.ui.profiles_panel import ProfilesPanel

    panel = ProfilesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    listed = _summaries(rows)
    panel.set_profiles(listed, notify=False)
    panel.select(listed[205].id)
    QApplication.processEvents()
    kept = {r.id for r in listed[200:210]}
    panel.matching = lambda _text: kept
    panel.search.setText("company 002")  # once first: Qt and PySide set up lazily
    panel.search.clear()
    typing = python_calls(lambda: panel.search.setText("company 0020"))
    assert panel.view.model().rowCount() == 10 and panel.current_id() == listed[205].id
    clearing = python_calls(panel.search.clear)
    assert panel.view.model().rowCount() == rows and panel.current_id() == listed[205].id
    return typing, clearing


def test_a_keystroke_runs_no_python_per_listed_row(qtbot, switcher):
    """Filtering and clearing cost the same Python with 300 or 3,000 profiles listed: no
    call per row (a QSortFilterProxyModel calls filterAcceptsRow once a row), and the
    current profile stays current."""
    small, large = _keystroke_calls(qtbot, 300), _keystroke_calls(qtbot, 3_000)
    assert large[0] <= small[0] + 10, (small, large)
    assert large[1] <= small[1] + 10, (small, large)


def _listed_panel(qtbot, count: int, width: int, select: int | None = None):
    """A shown ProfilesPanel listing ``count`` profiles (row ``select`` current), its
    rows, and the list of the profile ids it tells as current from then on."""
    from moatdesk.ui.profiles_panel import ProfilesPanel

    panel = ProfilesPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 500)
    panel.show()
    rows = _summaries(count)
    panel.set_profiles(rows, notify=False)
    if select is not None:
        panel.select(rows[select].id)
    changes: list[str | None] = []
    panel.current_changed.connect(changes.append)
    return panel, rows, changes


def test_searching_keeps_the_current_profile_and_the_keys_move_among_the_rows_shown(
    qtbot, switcher
):
    """The current profile stays current while it matches; hidden, the row above it
    becomes current (as the list did with Qt's filter), one current_changed a change;
    arrows and Ctrl+Home/End move among the rows shown; clearing keeps the current one."""
    from PySide6.QtCore import Qt

    panel, rows, changes = _listed_panel(qtbot, 100, 700, select=25)
    keep = {"a": rows[20:30], "b": rows[20:23], "c": rows[60:62]}
    panel.matching = lambda text: {r.id for r in keep[text[-1]]}
    panel.search.setText("a")
    assert listed(panel) == [r.name for r in rows[20:30]]
    assert panel.current_id() == rows[25].id and changes == []
    panel.search.setText("ab")  # 25 is hidden: 22, the row above it, is current
    assert panel.current_id() == rows[22].id and changes == [rows[22].id]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.current_id() == rows[21].id
    qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_id() == rows[22].id
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_id() == rows[20].id
    panel.search.setText("abc")  # nothing shown before 20: the first row after it
    assert panel.current_id() == rows[60].id
    panel.search.clear()
    assert len(listed(panel)) == 100 and panel.current_id() == rows[60].id
    assert changes == [rows[22].id, rows[21].id, rows[22].id, rows[20].id, rows[60].id]
    assert panel.view.selectionModel().selectedRows() == [panel.view.model().index(60, 0)]


def test_home_and_end_go_to_the_first_and_last_profile_keeping_the_names_in_view(qtbot):
    """A list narrower than its columns: End and Ctrl+End go to the last profile, Home to
    the first, with the company names still in view (a table's own End moves to its
    last column and scrolls them away); moving along a row changes no profile."""
    from PySide6.QtCore import Qt

    from windows import activate

    panel, rows, changes = _listed_panel(qtbot, 50, 260)
    activate(qtbot, panel)
    panel.view.setFocus()
    names_scrolled = panel.view.horizontalScrollBar().value
    assert panel.view.horizontalScrollBar().maximum() > 0  # narrower than its columns
    qtbot.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.current_id() == rows[-1].id and names_scrolled() == 0
    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    assert panel.current_id() == rows[0].id
    qtbot.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_id() == rows[-1].id and names_scrolled() == 0
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.view.currentIndex().column() == 0 and names_scrolled() == 0
    assert changes == [rows[-1].id, rows[0].id, rows[-1].id]
    assert panel.view.selectionModel().selectedRows() == [panel.model.index(49, 0)]
    # Just too narrow for all four: the names' column keeps the narrowest one's width
    # (Qt's stretch would leave it what the others leave: 46 px here, before).
    panel.resize(400, 400)
    qtbot.waitUntil(lambda: 300 < panel.view.viewport().width() < 400)
    widths = [panel.view.columnWidth(column) for column in range(4)]
    assert widths[0] >= min(widths[1:]) > 0
