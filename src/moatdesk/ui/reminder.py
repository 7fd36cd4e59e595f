"""The next review, remembered without a server.

- At start the main window says when a review is due (the quarter after a profile's
  latest review has begun) with "Start review" and "Remind me later" (a week, kept in
  the settings).
- Review > Export review reminder writes an .ics calendar file: an all-day event on the
  first day of every quarter (RRULE every 3 months) with an alarm that morning, in the
  UI's language.  Its UID is the profile's, so importing a new export replaces the old
  event instead of adding a second one (RFC 5545 3.8.4.7).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from moatdesk.domain.quarters import next_quarter, parse_quarter, quarter_of
from moatdesk.ui.i18n import fill
from moatdesk.ui.retranslating import Retranslating

translate = QCoreApplication.translate
SNOOZE_DAYS = 7
ALARM_AT = timedelta(hours=9)  # the alarm: 09:00 on the review's day


def quarter_start(quarter: str) -> date:
    year, number = parse_quarter(quarter)
    return date(year, 3 * (number - 1) + 1, 1)


def reminder_uid(profile_id: str) -> str:
    return f"moatdesk-quarterly-review-{profile_id}@moatdesk.local"


def reminder_calendar(profile_id: str, company: str, today: date) -> bytes:
    """The .ics text: the next quarter's first day, then every quarter, with an alarm."""
    from icalendar import Alarm, Calendar, Event, vRecur

    start = quarter_start(next_quarter(quarter_of(today)))
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
    """'The 2026-Q4 review of Acme is due.'  [Start review]  [Remind me later]"""

    start_requested = Signal(str)  # profile id
    later_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.start_button.clicked.connect(lambda: self._answer(self.start_requested))
        self.later_button.clicked.connect(lambda: self._answer(self.later_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.later_button)
        self._due: tuple[str, str, str] | None = None  # profile id, name, quarter
        self.retranslate()
        self.hide()

    def show_due(self, profile_id: str, company: str, quarter: str) -> None:
        self._due = (profile_id, company, quarter)
        self.retranslate()
        self.show()

    def _answer(self, signal: SignalInstance) -> None:
        due, self._due = self._due, None
        self.hide()
        if due is not None:
            signal.emit(due[0])

    def retranslate(self) -> None:
        self.start_button.setText(translate("Reminder", "&Start review"))
        self.later_button.setText(translate("Reminder", "Remind me &later"))
        if self._due is not None:
            _pid, company, quarter = self._due
            self.message.setText(
                fill(translate("Reminder", "The %1 review of “%2” is due."), quarter, company)
            )
