"""The next review, remembered without a server.

- A review is due when the quarter after a profile's latest review has begun, or on
  the date the founder picked for it ("Remind me on a date…" in the bar, or Review > Set the
  next review date…; kept per profile in the settings).  A picked date replaces the
  quarter's start: the app stays quiet until then, and says so on that day even if
  the quarter's review is done, until a review of that profile is saved.
- At start the main window says when a review is due, with "Start review", "Remind me
  on a date…" and "Remind me later" (a week).  The profile's page shows the next review's date.
- Review > Export review reminder writes an .ics calendar file: an all-day event on the
  first day of every quarter (RRULE every 3 months) with an alarm that morning, in the
  UI's language; a picked date ahead is one more occurrence of the same event (RDATE).
  Its UID is the profile's, so importing a new export replaces the old event instead
  of adding a second one (RFC 5545 3.8.4.7).

The date picker (``review_date_dialog.ReviewDateDialog``) is a module of its own: the
bar is built with the main window, and PySide makes the picker's classes and their
enums (QDateEdit, QDialog, QDialogButtonBox) when they are first imported.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from moatdesk.domain.quarters import next_quarter, parse_quarter, quarter_of
from moatdesk.ui.i18n import fill
from moatdesk.ui.retranslating import Retranslating

translate = QCoreApplication.translate
SNOOZE_DAYS = 7
ALARM_AT = timedelta(hours=9)  # the alarm: 09:00 on the review's day
# "Remind me on a date…" offers two weeks ahead when nothing later is planned: past "later"
# (a week), inside the quarter whose review is due (a review is a few hours' work).
PICK_DEFAULT_DAYS = 14
PICK_AT_MOST_DAYS = 366  # a year ahead: the next review is quarterly, the picker bounded


def quarter_start(quarter: str) -> date:
    year, number = parse_quarter(quarter)
    return date(year, 3 * (number - 1) + 1, 1)


def first_quarter_start_from(day: date) -> date:
    """``day`` if a quarter begins on it, else the next quarter's first day."""
    start = quarter_start(quarter_of(day))
    return start if start == day else quarter_start(next_quarter(quarter_of(day)))


def next_review_on(latest_quarter: str | None, picked: date | None) -> date | None:
    """The day the next review is due: the founder's date, else the first day of the
    quarter after the latest review (None: no review yet, the wizard asks for one)."""
    if picked is not None:
        return picked
    return None if latest_quarter is None else quarter_start(next_quarter(latest_quarter))


def review_due(
    latest_quarter: str | None, picked: date | None, snoozed_until: date | None, today: date
) -> bool:
    """Due on or after next_review_on, unless "Remind me later" still holds."""
    if snoozed_until is not None and today < snoozed_until:
        return False
    due = next_review_on(latest_quarter, picked)
    return due is not None and due <= today


def picked_date_answered(picked: date, today: date) -> bool:
    """A review saved today answers the picked date when that date has come, or falls
    in this quarter (the review planned for it was done early)."""
    return picked <= today or quarter_of(picked) == quarter_of(today)


def date_text(day: date) -> str:
    """The day in the UI's language: "Thursday, December 10, 2026", "2026년 12월 10일 목요일"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def reminder_uid(profile_id: str) -> str:
    return f"moatdesk-quarterly-review-{profile_id}@moatdesk.local"


def reminder_calendar(
    profile_id: str, company: str, today: date, picked: date | None = None
) -> bytes:
    """The .ics text: the next quarter's first day, then every quarter, with an alarm.

    A picked date still ahead is when the app reminds next, so the calendar does too:
    it is an extra occurrence (RDATE) and the quarters start after it (a quarter that
    begins before it would remind while the app keeps quiet).
    """
    from icalendar import Alarm, Calendar, Event, vRecur

    ahead = picked if picked is not None and picked > today else None
    if ahead is None:
        start = quarter_start(next_quarter(quarter_of(today)))
    else:
        start = first_quarter_start_from(ahead)
    summary = fill(translate("Reminder", "MoatDesk: quarterly review of %1"), company)
    details = translate(
        "Reminder",
        "Start this quarter's review in MoatDesk: see which moats still hold and whether "
        "their stop quarters moved.",
    )
    calendar = Calendar()
    calendar.add("prodid", "-//MoatDesk//Quarterly review reminder//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", reminder_uid(profile_id))
    event.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("rrule", vRecur(freq="MONTHLY", interval=3))
    if ahead is not None and ahead != start:
        event.add("rdate", ahead)
    event.add("summary", summary)
    event.add("description", details)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", ALARM_AT)
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()


class ReminderBar(Retranslating, QFrame):
    """'The 2026-Q4 review of Acme is due.'  [Start review] [Remind me on a date…] [Later]

    Its mnemonics (Alt+A, D, L) are the main window's own: no other control there has
    them (tests/ui/test_keyboard_flows.py), so Alt+letter acts instead of only moving focus.
    """

    start_requested = Signal(str)  # profile id
    later_requested = Signal(str)
    pick_requested = Signal(str)  # "Remind me on a date…": stays until a date is chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.pick_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.start_button.clicked.connect(lambda: self._answer(self.start_requested))
        self.later_button.clicked.connect(lambda: self._answer(self.later_requested))
        self.pick_button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.pick_button)
        layout.addWidget(self.later_button)
        # profile id, name, quarter, the picked date that made it due (None: the quarter)
        self._due: tuple[str, str, str, date | None] | None = None
        self.retranslate()
        self.hide()

    def show_due(
        self, profile_id: str, company: str, quarter: str, picked: date | None = None
    ) -> None:
        self._due = (profile_id, company, quarter, picked)
        self.retranslate()
        self.show()

    def due_profile(self) -> str | None:
        return self._due[0] if self._due is not None else None

    def dismiss(self) -> None:
        self._due = None
        self.hide()

    def _pick(self) -> None:
        if self._due is not None:
            self.pick_requested.emit(self._due[0])

    def _answer(self, signal: SignalInstance) -> None:
        due, self._due = self._due, None
        self.hide()
        if due is not None:
            signal.emit(due[0])

    def retranslate(self) -> None:
        self.start_button.setText(translate("Reminder", "St&art review"))
        self.pick_button.setText(translate("Reminder", "Remind me on a &date…"))
        self.later_button.setText(translate("Reminder", "Remind me &later"))
        if self._due is not None:
            _pid, company, quarter, picked = self._due
            self.message.setText(
                fill(translate("Reminder", "The %1 review of “%2” is due."), quarter, company)
                if picked is None
                else fill(
                    translate("Reminder", "The review of “%1” you planned for %2 is due."),
                    company,
                    date_text(picked),
                )
            )


def next_review_text(latest_quarter: str | None, picked: date | None, today: date) -> str:
    """The profile page's line: when the next review is due, and why then."""
    due = next_review_on(latest_quarter, picked)
    if due is None:
        return ""
    if due <= today:
        return fill(translate("Reminder", "The next review is due (since %1)."), date_text(due))
    if picked is not None:
        return fill(translate("Reminder", "Next review: %1, the date you picked"), date_text(due))
    return fill(
        translate("Reminder", "Next review: %1, when %2 begins"), date_text(due), quarter_of(due)
    )
