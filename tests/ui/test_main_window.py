"""The profiles window: list, search, delete with undo, trash, rename, results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from factories import reviewed, summaries
from listing import cell, listed
from moatdesk.ui.dialogs import ResultsDialog, TrashDialog
from windows import activate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_empty_state_offers_new_profile_and_the_example(make_window):
    window = make_window()
    assert window.stack.currentWidget() is window.empty
    assert window.empty.new_button.isVisible()
    assert window.empty.example_button.isVisible()
    assert not window.actions_by_name["delete"].isEnabled()


def test_delete_is_undone_from_the_bar_and_with_ctrl_z(
    qtbot, founder, make_window, store, basics_named
):
    store.create_profile(basics_named("Keep Me"))
    window = make_window()
    assert listed(window.panel) == ["Keep Me"]

    window.actions_by_name["delete"].trigger()
    assert window.stack.currentWidget() is window.empty  # gone from the list
    assert window.undo_bar.isVisible()
    assert "Keep Me" in window.undo_bar.message.text()
    founder.click(window.undo_bar.undo_button)
    assert listed(window.panel) == ["Keep Me"]
    assert not window.undo_bar.isVisible()

    window.actions_by_name["delete"].trigger()
    assert summaries(store) == []
    activate(qtbot, window)  # shortcuts act in the active window
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in summaries(store)] == ["Keep Me"]


def test_a_profile_whose_stored_data_is_spoilt_is_said_shown_as_none_and_can_be_deleted(
    qtbot, make_window, store, basics_named, monkeypatch, shown_dialog
):
    """Selecting a profile the store cannot read (its basics spoilt on disk) says why in
    a dialog; the pane does not go on showing the profile selected before, whose
    actions would then act on the spoilt one; Delete still puts it in the trash, and
    Undo or the trash bring it back."""
    from PySide6.QtWidgets import QMessageBox

    good = reviewed(store, basics_named, "Alpha Labs", "2026-Q3")
    spoilt = store.create_profile(basics_named("Bravo AI"))
    store._conn.execute(
        "UPDATE profiles SET basics_json = ? WHERE id = ?", ('{"name": 7}', spoilt.id)
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = make_window()
    window.panel.select(good)
    qtbot.waitUntil(window.detail.ready)
    assert window.detail.countdown.isVisible()
    assert not warned

    window.panel.select(spoilt.id)
    assert len(warned) == 1
    assert f"the stored basics of profile {spoilt.id} are not valid" in warned[0]
    assert window.detail.profile is None  # not Alpha Labs' page any more
    assert window.detail.title.text() == "" and not window.detail.countdown.isVisible()
    actions = window.actions_by_name
    assert not actions["start_review"].isEnabled() and not actions["rename"].isEnabled()
    assert actions["delete"].isEnabled()

    actions["delete"].trigger()
    assert listed(window.panel) == ["Alpha Labs"]
    assert "Bravo AI" in window.undo_bar.message.text()
    assert len(warned) == 1  # Alpha Labs, now current, reads as before
    assert window.detail.profile is not None and window.detail.profile.id == good

    actions["undo"].trigger()  # back from the trash, though it cannot be read
    assert sorted(listed(window.panel)) == ["Alpha Labs", "Bravo AI"]
    assert window.panel.current_id() == spoilt.id and window.detail.profile is None
    assert len(warned) == 2 and "are not valid" in warned[1]  # selected again: said again
    actions["delete"].trigger()
    actions["trash"].trigger()
    trash = shown_dialog(window, TrashDialog)
    trash.restore_button.click()  # and from the trash
    assert sorted(listed(window.panel)) == ["Alpha Labs", "Bravo AI"] and trash.list.count() == 0
    trash.close()


def _busy(store):
    """What the store raises while another process holds its write lock."""
    from moatdesk.storage.errors import StoreLockedError

    def busy(*_args, **_kwargs):
        raise StoreLockedError(
            "{path} is busy: another MoatDesk window or command is writing to it. "
            "Try again in a moment (or close the other window).",
            path=store.db_path,
        )

    return busy


def test_a_busy_store_met_outside_an_action_is_said_as_busy(
    qtbot, make_window, store, basics_named, monkeypatch
):
    """Slots that read the store without being an action (a quarter double-clicked in
    the history, a wizard closing, a what-if's draft started) go through the same guard
    as the actions: the store's reason in a warning, not the unexpected-error hook."""
    from PySide6.QtWidgets import QMessageBox

    reviewed(store, basics_named, "Alpha Labs", "2026-Q3")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(store, "get_assessment", _busy(store))
    window.detail.quarter_activated.emit("2026-Q3")
    assert len(warned) == 1 and "is busy" in warned[0]

    wizard = window.controller.new_profile()
    monkeypatch.setattr(store, "list_profile_rows", _busy(store))
    wizard.reject()  # closed before a profile existed: the whole list is read again
    qtbot.waitUntil(lambda: len(warned) == 2)
    assert "is busy" in warned[1]
    assert listed(window.panel) == ["Alpha Labs"]  # the list as it was


def test_trash_restores_a_deleted_profile(qtbot, make_window, store, basics_named, shown_dialog):
    store.create_profile(basics_named("Old Bet"))
    window = make_window()
    window.actions_by_name["delete"].trigger()
    window.undo_bar.dismiss()
    window.actions_by_name["trash"].trigger()
    trash = shown_dialog(window, TrashDialog)
    assert trash.list.count() == 1 and "Old Bet" in trash.list.item(0).text()
    trash.restore_button.click()
    assert trash.list.count() == 0
    assert listed(window.panel) == ["Old Bet"]


def test_search_filters_the_list(qtbot, make_window, store, basics_named):
    for name in ("Alpha Vision", "Beta Bio", "알파 로보틱스"):
        store.create_profile(basics_named(name))
    window = make_window()
    qtbot.keyClicks(window.panel.search, "alpha")
    assert listed(window.panel) == ["Alpha Vision"]
    window.panel.search.clear()
    assert len(listed(window.panel)) == 3


def test_a_search_matching_none_leaves_no_profile_shown(qtbot, make_window, store, basics_named):
    """With no row left, the pane shows no profile: not the name, nor the countdown, of
    the one selected before the search."""
    reviewed(store, basics_named, "Alpha Vision", "2026-Q3")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    assert window.detail.countdown.isVisible()
    qtbot.keyClicks(window.panel.search, "zzz")
    assert listed(window.panel) == []
    assert window.detail.title.text() == "" and not window.detail.countdown.isVisible()
    assert not window.detail.countdown_label.isVisible()  # nor its title
    assert not window.actions_by_name["start_review"].isEnabled()


def test_rename_and_duplicate_keep_text_verbatim(
    qtbot, make_window, store, basics_named, monkeypatch
):
    store.create_profile(basics_named("Plain"))
    window = make_window()
    new_name = "<b>Bold</b> & Co 🚀"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (new_name, True))
    window.actions_by_name["rename"].trigger()
    assert listed(window.panel) == [new_name]
    assert window.detail.title.text() == new_name
    window.actions_by_name["duplicate"].trigger()
    assert len(summaries(store)) == 2


def test_review_due_badge_and_results_dialog(qtbot, make_window, store, basics_named, shown_dialog):
    profile = store.create_profile(basics_named("Due Co"))
    window = make_window()
    assert cell(window.panel, 0, 2) == "Review due"
    store.start_review(profile.id, "2026-Q4")
    store.finalise(profile.id, "2026-Q4")
    window.controller.reload()
    assert cell(window.panel, 0, 1) == "2026-Q4" and cell(window.panel, 0, 2) != "Review due"
    window.actions_by_name["view_results"].trigger()
    dialog = shown_dialog(window, ResultsDialog)
    assert dialog.view.scores.topLevelItemCount() == 9
    assert len(dialog.view.chart.rows()) == 9


def test_open_the_example_then_export_its_pdf_off_the_gui_thread(
    qtbot, founder, make_window, store, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from moatdesk.ui.pdf_export import PdfExportJob

    window = make_window()
    founder.click(window.empty.example_button)
    [summary] = summaries(store)
    assert listed(window.panel) == [summary.name]
    assert window.actions_by_name["export_pdf"].isEnabled()

    proposals: list[str] = []
    target = tmp_path / "out.pdf"

    def save_dialog(_parent, _title, proposed, _filter):
        proposals.append(proposed)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.actions_by_name["export_pdf"].trigger()
    job = window.findChildren(PdfExportJob)[-1]
    qtbot.waitUntil(lambda: job.dialog.save_button.isEnabled(), timeout=60_000)
    with qtbot.waitSignal(job.finished, timeout=60_000) as outcome:
        founder.click(job.dialog.save_button)
    assert outcome.args[0] is True, outcome.args[1]
    quarter = window.detail.selected_quarter()
    assert proposals[0].endswith(f"{summary.name} MoatDesk roadmap {quarter}.pdf")  # English UI
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert summary.name in text
    job.confirmation.close()


def test_export_then_import_json_through_the_file_dialogs(
    qtbot, make_window, store, basics_named, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    store.create_profile(basics_named("Round <Trip> & Co"))
    window = make_window()
    typed = tmp_path / "profile"  # the founder left the suffix off
    target = tmp_path / "profile.json"
    proposed: list[str] = []

    def save_dialog(_parent, _title, suggestion, _filter):
        proposed.append(suggestion)
        return str(typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.actions_by_name["export_json"].trigger()
    assert target.exists() and not typed.exists()
    assert proposed[0].endswith("Round -Trip- & Co MoatDesk profile.json")

    window.actions_by_name["delete"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["import_json"].trigger()
    assert listed(window.panel) == ["Round <Trip> & Co"]
    assert "Round <Trip> & Co" in window.statusBar().currentMessage()


def test_history_trend_and_comparison_of_two_quarters(qtbot, founder, make_window, store):
    window = make_window()
    founder.click(window.empty.example_button)
    profile = window.controller.selected_profile()
    quarters = [a.quarter for a in profile.assessments]
    assert window.detail.history.topLevelItemCount() == len(quarters) >= 2
    qtbot.waitUntil(window.detail.ready)  # the roadmaps of the quarters, after the frame
    assert window.detail.trend.quarters == quarters
    assert len(window.detail.trend.series) == 9  # one line per meta-moat
    assert quarters[0] in window.detail.trend.accessibleDescription()

    compare = window.detail.compare
    compare.from_combo.setCurrentText(quarters[0])
    compare.to_combo.setCurrentText(quarters[-1])
    founder.click(compare.button)
    expected = store.compare(profile.id, quarters[0], quarters[-1])
    shown = compare.result.text()
    assert "Moats that moved" in shown and "Answers that changed" in shown
    moved = [d for d in expected.moat_deltas if abs(d.delta) >= 0.5]
    assert shown.count("<li>") >= len(moved) + len(expected.answer_changes) > 0

    compare.to_combo.setCurrentText(quarters[0])
    founder.click(compare.button)
    assert "two different quarters" in compare.result.text()


def test_window_size_is_remembered_in_the_data_folder(qtbot, make_window, data_dir):
    window = make_window()
    window.resize(640, 470)  # inside the offscreen screen (800x600), which Qt clamps to
    qtbot.waitUntil(lambda: window.size().width() == 640)
    window.close()
    assert (data_dir / "settings.ini").exists()  # beside the data, not in ~/.config
    again = make_window()
    assert (again.width(), again.height()) == (640, 470)


def test_a_long_list_paints_its_first_rows_then_lists_the_rest_and_reminds(
    qtbot, store, data_dir, switcher, basics_named, monkeypatch
):
    """Start-up lists FIRST_FRAME_ROWS profiles before the list's first frame (10,000
    listed then cost that frame ~24 ms: docs/benchmarks.md "Start-up") and the rest
    right after it, the selection kept; the review reminder then names the latest
    edited due profile of them all, not of the first rows."""
    from datetime import date

    from moatdesk.ui import main_controller
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    monkeypatch.setattr(main_controller, "FIRST_FRAME_ROWS", 3)
    for name in ("Alpha Labs", "Bravo AI", "Charlie Bio", "Delta Health"):
        store.create_profile(basics_named(name))
    reviewed(store, basics_named, "Zulu Robotics", "2026-Q3")  # the last row, due in Q4
    window = MainWindow(None, AppSettings(data_dir), switcher, today=lambda: date(2026, 11, 20))
    qtbot.addWidget(window)
    window.show()
    window.controller.attach_store(store, detail_later=True)
    assert listed(window.panel) == ["Alpha Labs", "Bravo AI", "Charlie Bio"]
    qtbot.waitUntil(lambda: len(listed(window.panel)) == 5)
    assert listed(window.panel)[3:] == ["Delta Health", "Zulu Robotics"]
    qtbot.waitUntil(lambda: window.detail.profile is not None)
    assert window.detail.title.text() == "Alpha Labs"  # the first row, still current
    assert window.reminder_bar.isVisible()
    assert window.reminder_bar.message.text() == "The 2026-Q4 review of “Zulu Robotics” is due."


def test_a_store_busy_when_the_rest_of_a_long_list_is_read_is_said_in_a_dialog(
    qtbot, store, data_dir, switcher, basics_named, monkeypatch
):
    """The rest of start-up's list is read after its first frame, outside any action:
    a store another process keeps busy then is told as a busy store (the guard every
    action has), not as an unexpected error, and the first rows stay listed."""
    from PySide6.QtWidgets import QMessageBox

    from moatdesk.ui import main_controller
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    monkeypatch.setattr(main_controller, "FIRST_FRAME_ROWS", 3)
    for name in ("Alpha Labs", "Bravo AI", "Charlie Bio", "Delta Health"):
        store.create_profile(basics_named(name))
    list_rows, busy = store.list_profile_rows, _busy(store)

    def busy_beyond_the_first(*args, first=None):
        if first is None:
            busy()
        return list_rows(*args, first=first)

    monkeypatch.setattr(store, "list_profile_rows", busy_beyond_the_first)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = MainWindow(None, AppSettings(data_dir), switcher)
    qtbot.addWidget(window)
    window.show()
    window.controller.attach_store(store, detail_later=True)
    qtbot.waitUntil(lambda: bool(warned))
    assert "is busy: another MoatDesk window or command is writing to it" in warned[0]
    assert listed(window.panel) == ["Alpha Labs", "Bravo AI", "Charlie Bio"]
    qtbot.waitUntil(lambda: window.detail.profile is not None)  # the detail still follows


def test_at_start_up_the_list_paints_first_and_the_detail_follows(
    qtbot, store, data_dir, switcher, basics_named
):
    """run_gui shows the window, then attaches the store with detail_later: the
    profile's scores load after the list is on screen, and a wizard opened meanwhile
    paints before them."""
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    store.create_profile(basics_named("Early Bird Labs"))
    window = MainWindow(None, AppSettings(data_dir), switcher)
    qtbot.addWidget(window)
    window.show()
    window.controller.attach_store(store, detail_later=True)
    assert listed(window.panel) == ["Early Bird Labs"]
    assert window.detail.profile is None  # not yet: after the frame
    assert not window.detail.title.isVisible()  # blank, not "no quarters yet"
    assert not window.actions_by_name["delete"].isEnabled()
    qtbot.waitUntil(lambda: window.detail.profile is not None)
    assert window.detail.title.text() == "Early Bird Labs"
    assert window.detail.title.isVisible()
    assert window.actions_by_name["delete"].isEnabled()

    window.detail.show_profile(None)
    window.controller.attach_store(store, detail_later=True)
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    qtbot.waitUntil(lambda: window.detail.profile is not None)
    assert wizard.isVisible()
