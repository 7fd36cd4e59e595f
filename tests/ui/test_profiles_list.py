"""The profiles list costs the same with 10 or 1,000 profiles: a refresh asks for the
changed row and the rows on screen, never every row (issue 16; counted, not timed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from listing import listed, python_calls
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.storage.records import ProfileSummary
from moatdesk.ui.profiles_model import EDITED, ProfilesModel
from moatdesk.ui.profiles_panel import ProfilesPanel
from windows import activate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROWS = 1_000


def summaries(count: int) -> list[ProfileSummary]:
    return [
        ProfileSummary(
            id=f"p{n:05d}",
            name=f"Company {n:05d}",
            latest_quarter="2026-Q3",
            latest_status=AssessmentStatus.FINAL,
            review_due=n % 3 == 0,
            has_draft=n % 5 == 0,
            updated_at=datetime(2026, 10, 1, 12, 0, tzinfo=UTC),
        )
        for n in range(count)
    ]


class Counting(ProfilesModel):
    """The real model, counting which rows the views ask about."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: list[int] = []
        self.child_checks = 0  # rowCount of a row: a view walking the rows to lay them out

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        if parent.isValid():
            self.child_checks += 1
        return super().rowCount(parent)

    def data(self, index, role=0):
        self.asked.append(index.row())
        return super().data(index, role)


@pytest.fixture
def panel(qtbot, switcher, monkeypatch):
    import moatdesk.ui.profiles_panel as panel_module

    monkeypatch.setattr(panel_module, "ProfilesModel", Counting)
    widget = ProfilesPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def refresh_and_paint(qtbot, panel, rows: list[ProfileSummary]) -> list[int]:
    panel.model.asked.clear()
    panel.model.child_checks = 0
    panel.set_profiles(rows, notify=False)
    panel.view.viewport().repaint()  # what is on screen is asked for now, not later
    QApplication.processEvents()  # and any layout the view put off
    assert panel.model.child_checks < len(rows), "the view walked every row"
    return list(panel.model.asked)


@pytest.mark.parametrize("selected", [0, 500, 900])
def test_a_refresh_of_1000_profiles_never_walks_every_row(qtbot, panel, selected):
    rows = summaries(ROWS)
    panel.set_profiles(rows)
    assert panel.select(rows[selected].id)
    on_screen = panel.view.viewport().height() // panel.view.sizeHintForRow(0) + 2

    # An autosave: one profile's "last edited" and draft mark change.
    changed = list(rows)
    changed[selected + 1] = rows[selected + 1]._replace(
        has_draft=True, updated_at=datetime(2026, 11, 2, tzinfo=UTC)
    )
    asked = refresh_and_paint(qtbot, panel, changed)
    assert asked, "the changed row was not repainted"
    assert len(set(asked)) <= on_screen + 1, "a refresh read rows that are not shown"
    assert panel.current_id() == rows[selected].id

    # A profile added (the rows shift): still only what is on screen.
    grown = sorted([*rows, summaries(ROWS + 1)[-1]], key=lambda s: s.name)
    asked = refresh_and_paint(qtbot, panel, grown)
    assert len(set(asked)) <= 2 * on_screen, "a reset read rows that are not shown"
    assert panel.current_id() == rows[selected].id


def test_only_the_changed_row_is_announced(qtbot, panel):
    rows = summaries(50)
    panel.set_profiles(rows)
    announced: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda a, b, _r=(): announced.append((a.row(), b.row())))
    resets: list[bool] = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    changed = list(rows)
    changed[7] = rows[7]._replace(latest_quarter="2026-Q4", review_due=False)
    panel.set_profiles(changed, notify=False)
    assert announced == [(7, 7)] and not resets
    assert panel.view.model().index(7, 1).data() == "2026-Q4"


def test_search_keeps_the_model_and_filters_by_name(qtbot, panel):
    panel.set_profiles(summaries(30))
    qtbot.keyClicks(panel.search, "company 0002")
    assert listed(panel) == [f"Company {n:05d}" for n in range(20, 30)]
    assert panel.model.total() == 30  # the search hides rows, it forgets none


def test_a_new_deleted_or_renamed_profile_moves_rows_without_a_reset(qtbot, panel):
    rows = summaries(40)
    panel.set_profiles(rows)
    events: list[tuple[str, int, int]] = []
    model = panel.model
    model.rowsInserted.connect(lambda _p, a, b: events.append(("in", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: events.append(("out", a, b)))
    model.modelReset.connect(lambda: events.append(("reset", 0, 0)))
    added = rows[0]._replace(id="new", name="Company 00010a")
    panel.set_profiles([*rows[:11], added, *rows[11:]], notify=False)
    assert events == [("in", 11, 11)]
    events.clear()
    panel.set_profiles(rows, notify=False)  # deleted again
    assert events == [("out", 11, 11)]
    events.clear()
    renamed = rows[3]._replace(name="Company 00030z")  # moves from 3 to 30
    panel.set_profiles([*rows[:3], *rows[4:31], renamed, *rows[31:]], notify=False)
    assert ("reset", 0, 0) not in events and events[0][0] == "out"
    assert listed(panel)[30] == "Company 00030z" and len(listed(panel)) == 40


def test_the_list_is_driven_from_the_keyboard(
    qtbot, make_window, store, basics_named, shown_dialog
):
    """Tab from the search box into the list, arrows move, Enter opens the results."""
    from PySide6.QtCore import Qt

    from moatdesk.ui.dialogs import ResultsDialog

    for name in ("Alpha Keys", "Beta Keys"):
        profile = store.create_profile(basics_named(name))
        store.start_review(profile.id, "2026-Q4")
        store.finalise(profile.id, "2026-Q4")
    window = make_window()
    activate(qtbot, window)  # shortcuts act in the active window
    window.panel.search.setFocus()
    qtbot.keyClick(window.panel.search, Qt.Key.Key_Tab)
    assert window.panel.view.hasFocus()
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Down)
    assert window.detail.title.text() == "Beta Keys"
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Return)
    dialog = shown_dialog(window, ResultsDialog)
    assert "Beta Keys" in dialog.view.summary.text()


def _refresh_calls(qtbot, count: int) -> int:
    """Python calls of a refresh from the store's rows (one row changed), repainted."""
    widget = ProfilesPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    rows = [s.as_row() for s in summaries(count)]
    widget.set_rows(rows, notify=False)
    widget.select(rows[count // 2][0])
    QApplication.processEvents()
    at = count // 2 + 1

    def refresh(edited: str) -> None:  # an autosave: that row's "last edited" changes
        changed = list(rows)
        changed[at] = (*rows[at][:6], edited)
        widget.set_rows(changed, notify=False)
        widget.view.viewport().repaint()
        QApplication.processEvents()

    refresh("2026-11-02T00:00:00.000000+00:00")  # once first: Qt and PySide set up lazily
    before = widget.view.model().index(at, EDITED).data()
    calls = python_calls(lambda: refresh("2026-11-03T00:00:00.000000+00:00"))
    assert widget.current_id() == rows[count // 2][0]
    assert widget.view.model().index(at, EDITED).data() != before
    return calls


def test_a_refresh_from_the_stores_rows_runs_no_python_per_profile(qtbot, switcher):
    """The model keeps the store's tuples (ProfileStore.list_profile_rows): a refresh of
    3,000 profiles calls as much Python as one of 300 (the rows on screen), none a row."""
    small, large = _refresh_calls(qtbot, 300), _refresh_calls(qtbot, 3_000)
    assert large <= small + 10, (small, large)


def test_the_model_roles_are_qts():
    """ProfilesModel compares roles as plain ints (no Qt namespace on the list's first
    frame: tests/ui/test_startup_path.py); they are Qt's own values."""
    from PySide6.QtCore import Qt

    import moatdesk.ui.profiles_model as model_module

    roles = Qt.ItemDataRole
    qt = [roles.DisplayRole, roles.ToolTipRole, roles.FontRole, roles.ForegroundRole]
    ours = [model_module.DISPLAY_ROLE, model_module.TOOLTIP_ROLE, model_module.FONT_ROLE]
    ours += [model_module.FOREGROUND_ROLE]
    assert [r.value for r in qt] == ours
    assert roles.UserRole.value == model_module.ID_ROLE


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_names_keep_the_lists_width_and_the_edit_time_is_its_tooltip(qtbot, switcher, lang):
    """At the list's width beside the detail pane (main_window.LIST_WIDTH), the example
    companies' names show whole: the "last edited" column shows the day alone (a date
    and time left the names ~70 px, "Meridian …"), the time is the cell's tooltip."""
    from moatdesk.ui.main_window import LIST_WIDTH
    from moatdesk.ui.profiles_model import COMPANY, TOOLTIP_ROLE, format_day, format_when

    switcher.apply(lang)
    names = ["Lidar Again", "Meridian Clinical AI", "Promptly Notes"]  # the examples
    widget = ProfilesPanel()
    qtbot.addWidget(widget)
    widget.resize(LIST_WIDTH, 500)
    widget.show()
    qtbot.waitExposed(widget)
    edited = datetime(2026, 9, 25, 16, 0, tzinfo=UTC)
    widget.set_profiles(
        [
            ProfileSummary(f"p{n}", name, "2026-Q3", AssessmentStatus.FINAL, True, True, edited)
            for n, name in enumerate(names)
        ],
        notify=False,
    )
    QApplication.processEvents()
    room = widget.view.columnWidth(COMPANY)
    widest = max(widget.view.fontMetrics().horizontalAdvance(name) for name in names)
    assert room >= widest + 8, (room, widest)  # the cell's margins
    assert not widget.view.horizontalScrollBar().isVisible()
    cell = widget.model.index(0, EDITED)
    assert cell.data() == format_day(edited)  # "9/25/26", "26. 9. 25."
    assert cell.data(TOOLTIP_ROLE) == format_when(edited)  # with the time
    assert format_when(edited) != format_day(edited)
