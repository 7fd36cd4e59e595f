"""The next review, remembered: a reminder at start and a calendar file (issue 17)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from factories import reviewed
from moatdesk.ui.reminder import reminder_calendar, reminder_uid

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


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


# -- a date the founder picked -------------------------------------------------------------


def date_dialog(window):
    from moatdesk.ui.review_date_dialog import ReviewDateDialog

    shown = [d for d in window.findChildren(ReviewDateDialog) if d.isVisible()]
    assert shown, "the date dialog is not open"
    return shown[-1]


def pick(qtbot, dialog, day: date) -> None:
    from PySide6.QtCore import QDate

    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_remind_me_on_a_date_keeps_quiet_until_then_and_says_so_that_day(
    qtbot, founder, make_window, store, basics_named, data_dir
):
    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Picked Co", "2026-Q3")
    window = make_window(today=date(2026, 11, 20))
    founder.click(window.reminder_bar.pick_button)
    dialog = date_dialog(window)
    assert dialog.chosen() == date(2026, 12, 4)  # two weeks ahead by default
    pick(qtbot, dialog, date(2026, 12, 10))
    assert AppSettings(data_dir).review_date(pid) == date(2026, 12, 10)
    assert not window.reminder_bar.isVisible()
    assert "December 10, 2026" in window.statusBar().currentMessage()
    assert window.detail.next_review.text() == (
        "Next review: Thursday, December 10, 2026, the date you picked"
    )
    window.close()
    # 2026-Q4 has begun (the quarter's rule alone would remind), but the founder said 10 Dec
    assert not make_window(today=date(2026, 12, 9)).reminder_bar.isVisible()
    on_the_day = make_window(today=date(2026, 12, 10))
    bar = on_the_day.reminder_bar
    assert bar.isVisible()
    assert bar.message.text() == (
        "The review of “Picked Co” you planned for Thursday, December 10, 2026 is due."
    )


def test_a_picked_date_reminds_even_when_the_quarter_is_reviewed_until_a_review_is_saved(
    qtbot, founder, make_window, store, basics_named, data_dir, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Twice A Quarter Co", "2026-Q4")
    window = make_window(today=date(2026, 10, 20))
    assert not window.reminder_bar.isVisible()  # this quarter is reviewed
    window.actions_by_name["next_review_date"].trigger()  # Review > Set the next review date…
    pick(qtbot, date_dialog(window), date(2026, 12, 15))
    window.close()
    window = make_window(today=date(2026, 12, 15))
    assert window.reminder_bar.isVisible()
    founder.click(window.reminder_bar.pick_button)  # not today after all: the 18th
    pick(qtbot, date_dialog(window), date(2026, 12, 18))
    window.close()
    window = make_window(today=date(2026, 12, 18))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    founder.click(window.reminder_bar.start_button)  # "reopen the final 2026-Q4 review?"
    wizard = window.controller.wizard
    assert wizard is not None and wizard.quarter == "2026-Q4"
    assert AppSettings(data_dir).review_date(pid) == date(2026, 12, 18)  # nothing saved yet
    founder.next(wizard)
    founder.answer_page(wizard.currentPage(), choice=1)
    wizard.close()  # saves the amended review
    assert AppSettings(data_dir).review_date(pid) is None  # the saved review answered it
    window.close()
    assert not make_window(today=date(2026, 12, 20)).reminder_bar.isVisible()


def test_no_date_of_my_own_goes_back_to_the_quarter(
    qtbot, founder, make_window, store, basics_named, data_dir
):
    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Undecided Co", "2026-Q4")
    settings = AppSettings(data_dir)
    settings.set_review_date(pid, date(2027, 2, 1))
    window = make_window(today=date(2026, 11, 20))
    assert "February 1, 2027" in window.detail.next_review.text()
    window.actions_by_name["next_review_date"].trigger()
    dialog = date_dialog(window)
    assert dialog.chosen() == date(2027, 2, 1)  # the date picked before
    founder.click(dialog.reset_button)
    assert AppSettings(data_dir).review_date(pid) is None
    assert window.detail.next_review.text() == (
        "Next review: Friday, January 1, 2027, when 2027-Q1 begins"
    )


def test_the_date_dialog_and_bar_speak_korean(
    qtbot, founder, make_window, store, basics_named, switcher, korean_from_source
):
    reviewed(store, basics_named, "한글 회사", "2026-Q3")
    switcher.apply("ko")
    window = make_window(today=date(2026, 11, 20))
    bar = window.reminder_bar
    assert bar.message.text() == "“한글 회사”의 2026-Q4 점검을 할 때입니다."
    assert bar.pick_button.text() == "날짜를 정해 알림(&D)…"
    founder.click(bar.pick_button)
    dialog = date_dialog(window)
    assert dialog.prompt.text() == "“한글 회사” 점검 알림 날짜(&O):"
    assert dialog.windowTitle() == "다음 점검"
    assert "2026년 12월 4일" in dialog.date_edit.text()
    pick(qtbot, dialog, date(2026, 12, 10))
    assert window.detail.next_review.text() == "다음 점검: 2026년 12월 10일 목요일 (직접 정한 날짜)"
    assert window.statusBar().currentMessage() == (
        "2026년 12월 10일 목요일에 “한글 회사” 점검을 알려 드립니다."
    )
    switcher.apply("en")


def test_the_calendar_file_has_the_picked_date_and_the_quarters_after_it(switcher):
    today = date(2026, 11, 20)
    within = parse(reminder_calendar("p1", "Acme", today, picked=date(2026, 12, 10)))
    assert within.get("dtstart").dt == date(2027, 1, 1)
    assert [d.dt for d in within.get("rdate").dts] == [date(2026, 12, 10)]
    # a date past the next quarter's start: that start would remind while the app is quiet
    later = parse(reminder_calendar("p1", "Acme", today, picked=date(2027, 1, 15)))
    assert later.get("dtstart").dt == date(2027, 4, 1)
    assert [d.dt for d in later.get("rdate").dts] == [date(2027, 1, 15)]
    on_a_start = parse(reminder_calendar("p1", "Acme", today, picked=date(2027, 1, 1)))
    assert on_a_start.get("dtstart").dt == date(2027, 1, 1) and "rdate" not in on_a_start
    past = parse(reminder_calendar("p1", "Acme", today, picked=date(2026, 11, 1)))
    assert past.get("dtstart").dt == date(2027, 1, 1) and "rdate" not in past
    assert str(later.get("uid")) == str(past.get("uid")) == reminder_uid("p1")


def test_the_exported_calendar_file_has_the_picked_date(
    qtbot, make_window, store, basics_named, tmp_path, monkeypatch, data_dir
):
    from PySide6.QtWidgets import QFileDialog

    from moatdesk.ui.settings import AppSettings

    pid = reviewed(store, basics_named, "Planned Co", "2026-Q3")
    AppSettings(data_dir).set_review_date(pid, date(2027, 1, 15))
    window = make_window(today=date(2026, 11, 20))
    target = tmp_path / "planned.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["export_reminder"].trigger()
    event = parse(target.read_bytes())
    assert [d.dt for d in event.get("rdate").dts] == [date(2027, 1, 15)]
    assert event.get("dtstart").dt == date(2027, 4, 1)


def test_the_start_asks_the_settings_only_about_profiles_with_a_date_or_a_later(
    qtbot, founder, make_window, store, basics_named, monkeypatch
):
    """With 1,000 profiles the check at start asks the settings about the profiles that
    have a key there (a picked date, a "later"), not about each profile: 2,000 lookups
    took ~150 ms at 10,000 profiles.  Counted, not timed; the reminder is the same."""
    import uuid

    from moatdesk.storage import profiles_repo
    from moatdesk.storage.connection import transaction, utc_now
    from moatdesk.ui.settings import AppSettings

    now = utc_now()
    with transaction(store._conn, store.db_path) as conn:
        for n in range(1_000):  # no quarter yet: no reminder
            profiles_repo.insert(conn, uuid.uuid4().hex, basics_named(f"Co {n:04d}"), now, now)
    shown = reviewed(store, basics_named, "Last Quarter Co", "2026-Q3")
    snoozed = reviewed(store, basics_named, "Snoozed Co", "2026-Q3")  # edited last
    first = make_window(today=date(2026, 11, 20))
    assert first.reminder_bar.due_profile() == snoozed
    asked: list[str] = []
    for name in ("review_date", "snoozed_until"):
        real = getattr(AppSettings, name)
        monkeypatch.setattr(
            AppSettings, name, lambda self, pid, _r=real: asked.append(pid) or _r(self, pid)
        )
    first.controller.settings.snooze(snoozed, "2026-12-01")
    first.close()
    window = make_window(today=date(2026, 11, 20))
    assert window.reminder_bar.due_profile() == shown  # the snoozed one keeps quiet
    assert "Last Quarter Co" in window.reminder_bar.message.text()
    assert set(asked) <= {snoozed, shown}, len(asked)
