"""Choosing the quarter when starting a review (issue 12 item 6): this quarter by default,
the next one early, or a past one not yet recorded (backfilled); never two for a quarter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from moatdesk.storage.store import ProfileStore
from moatdesk.ui import quarter_dialog
from moatdesk.ui.quarter_dialog import QuarterDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

TODAY = date(2026, 11, 20)  # 2026-Q4


@pytest.fixture
def dated_store(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    with ProfileStore.open(data_dir, today=lambda: TODAY) as opened:
        yield opened


def dialog_for(qtbot, store, profile_id):
    dialog = QuarterDialog(store.quarter_choices(profile_id), "2026-Q4")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_this_quarter_is_the_default_and_recorded_past_quarters_are_not_offered(
    qtbot, founder, dated_store, basics_named
):
    profile = dated_store.create_profile(basics_named("Chooser"))
    dated_store.create_assessment(profile.id, "2026-Q2")
    dialog = dialog_for(qtbot, dated_store, profile.id)
    assert dialog.current_button.isChecked() and "2026-Q4" in dialog.current_button.text()
    assert "2027-Q1" in dialog.next_button.text() and "early" in dialog.next_button.text()
    past = [dialog.past_quarter.itemText(i) for i in range(dialog.past_quarter.count())]
    assert "2026-Q3" in past and "2026-Q2" not in past  # never two for one quarter
    assert dialog.chosen() == "2026-Q4"
    founder.click(dialog.next_button)
    assert dialog.chosen() == "2027-Q1"
    assert not dialog.past_quarter.isEnabled()
    founder.click(dialog.past_button)
    assert dialog.past_quarter.isEnabled()
    founder.choose(dialog.past_quarter, past.index("2026-Q1"))
    assert dialog.chosen() == "2026-Q1"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    founder.click(ok)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_starting_a_review_for_a_past_quarter_records_it_as_backfilled(
    qtbot, dated_store, basics_named, data_dir, switcher, monkeypatch
):
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    profile = dated_store.create_profile(basics_named("Backfiller"))
    offered = []

    def pick_past(_parent, choices, default):
        offered.append((choices, default))
        return "2026-Q1"

    monkeypatch.setattr(quarter_dialog, "choose_quarter", pick_past)
    window = MainWindow(dated_store, AppSettings(data_dir), switcher, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.controller.reload(select=profile.id)
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    assert wizard is not None and wizard.quarter == "2026-Q1"
    assert "backfilled" in wizard.windowTitle()
    [assessment] = dated_store.get_profile(profile.id).assessments
    assert assessment.quarter == "2026-Q1" and assessment.backfilled
    choices, default = offered[0]
    assert default == "2026-Q4" and [c.kind for c in choices][:2] == ["next", "current"]


def test_cancelling_the_choice_starts_nothing(
    qtbot, dated_store, basics_named, data_dir, switcher, monkeypatch
):
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    profile = dated_store.create_profile(basics_named("Undecided"))
    monkeypatch.setattr(quarter_dialog, "choose_quarter", lambda *_a: None)
    window = MainWindow(dated_store, AppSettings(data_dir), switcher, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.controller.reload(select=profile.id)
    window.actions_by_name["start_review"].trigger()
    assert window.controller.wizard is None
    assert dated_store.get_profile(profile.id).assessments == []
