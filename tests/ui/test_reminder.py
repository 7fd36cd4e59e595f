"""The next review, remembered: a reminder at start and a calendar file (issue 17)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from moatdesk.ui.reminder import reminder_calendar, reminder_uid

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def reviewed(store, basics_named, name: str, quarter: str) -> str:
    profile = store.create_profile(basics_named(name))
    store.start_review(profile.id, quarter)
    store.finalise(profile.id, quarter)
    return profile.id


def test_a_due_review_is_offered_at_start_and_starts(
    qtbot, founder, make_window, store, basics_named
):
    reviewed(store, basics_named, "Last Quarter Co", "2026-Q3")
    window = make_window(today=date(2026, 11, 20))  # 2026-Q4 has begun
    bar = window.reminder_bar
    assert bar.isVisible()
    assert bar.message.text() == "The 2026-Q4 review of “Last Quarter Co” is due."
    founder.click(bar.start_button)
    wizard = window.controller.wizard
    assert wizard is not None and wizard.quarter == "2026-Q4"
    assert not bar.isVisible()


def test_remind_me_later_keeps_quiet_for_a_week(qtbot, founder, make_window, store, basics_named):
    reviewed(store, basics_named, "Snoozed Co", "2026-Q3")
    window = make_window(today=date(2026, 11, 20))
    founder.click(window.reminder_bar.later_button)
    window.close()
    again = make_window(today=date(2026, 11, 24))
    assert not again.reminder_bar.isVisible()
    again.close()
    week_later = make_window(today=date(2026, 11, 28))
    assert week_later.reminder_bar.isVisible()


def test_no_reminder_when_this_quarter_is_reviewed(qtbot, make_window, store, basics_named):
    reviewed(store, basics_named, "Up To Date Co", "2026-Q4")
    assert not make_window(today=date(2026, 11, 20)).reminder_bar.isVisible()


def parse(data: bytes):
    [event] = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_the_calendar_file_recurs_quarterly_with_an_alarm_and_a_stable_uid(switcher):
    first = parse(reminder_calendar("p123", "Acme <AI>", date(2026, 11, 20)))
    assert first.get("dtstart").dt == date(2027, 1, 1)  # the next quarter's first day
    rule = first.get("rrule")
    assert rule["FREQ"] == ["MONTHLY"] and rule["INTERVAL"] == [3]
    [alarm] = first.walk("VALARM")
    assert alarm.get("action") == "DISPLAY"
    assert alarm.get("trigger").dt == timedelta(hours=9)
    assert str(first.get("summary")) == "MoatDesk: quarterly review of Acme <AI>"
    again = parse(reminder_calendar("p123", "Acme <AI>", date(2027, 2, 1)))
    assert str(first.get("uid")) == str(again.get("uid")) == reminder_uid("p123")
    other = parse(reminder_calendar("p999", "Other", date(2026, 11, 20)))
    assert str(other.get("uid")) != str(first.get("uid"))


def test_the_calendar_file_speaks_the_ui_language(switcher, korean_from_source):
    switcher.apply("ko")
    event = parse(reminder_calendar("p1", "에이씨미", date(2026, 11, 20)))
    assert str(event.get("summary")) == "MoatDesk: 에이씨미 분기 점검"
    switcher.apply("en")


def test_export_writes_the_file_through_the_save_dialog(
    qtbot, make_window, store, basics_named, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    reviewed(store, basics_named, "Calendar Co", "2026-Q3")
    window = make_window(today=date(2026, 11, 20))
    target = tmp_path / "reminder.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_reminder"].trigger()
    assert (
        str(parse(target.read_bytes()).get("summary"))
        == "MoatDesk: quarterly review of Calendar Co"
    )
