"""Review > Set the next review date… and the bar's "Remind me on a date…": the picker.

Its own module, imported when the dialog opens: PySide makes a class and its enums on
first import (QDateEdit, QDialog, QDialogButtonBox: ~9 enums), and the reminder bar
(ui/reminder.py) is built before the main window's first frame.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from moatdesk.ui.i18n import fill
from moatdesk.ui.reminder import PICK_AT_MOST_DAYS, PICK_DEFAULT_DAYS
from moatdesk.ui.retranslating import Retranslating

translate = QCoreApplication.translate


class ReviewDateDialog(Retranslating, QDialog):
    """ "Remind me about the review of “Acme” on: [date ▾]"  [No date of my own] [OK] [Cancel]

    A calendar pops up from the field (Alt+Down); the keyboard alone works too: Tab moves
    between the month, day and year, Up/Down change the one under the cursor, Enter
    confirms.  "No date of my own" (reset)
    goes back to the quarter's start: ``chosen`` is then None.
    """

    def __init__(
        self, company: str, current: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._company = company
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        # The long date without its weekday: "December 4, 2026", "2026년 12월 4일".  A weekday
        # section would catch Up/Down first, and it stops stepping at the end of a week.
        long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
        self.date_edit.setDisplayFormat(re.sub(r"\s*dddd,?\s*", " ", long_format).strip(" ,"))
        first = today + timedelta(days=1)
        self.date_edit.setDateRange(qdate(first), qdate(today + timedelta(PICK_AT_MOST_DAYS)))
        default = current if current is not None and current >= first else None
        self.date_edit.setDate(qdate(default or today + timedelta(days=PICK_DEFAULT_DAYS)))
        self.prompt.setBuddy(self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button = self.buttons.button(QDialogButtonBox.StandardButton.Reset)
        self.reset_button.clicked.connect(self._no_date)
        self.reset_button.setEnabled(current is not None)
        self._cleared = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.buttons)
        # Wide enough for the prompt with a long company name on two lines at most.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.date_edit.setFocus()
        self.retranslate()

    def _no_date(self) -> None:
        self._cleared = True
        self.accept()

    def chosen(self) -> date | None:
        """The picked day (None: no date of its own, the quarter's start decides)."""
        if self._cleared:
            return None
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Reminder", "Next review"))
        self.prompt.setText(
            fill(
                translate("Reminder", "Remind me about the review of “%1” &on:"),
                self._company.replace("&", "&&"),
            )
        )
        self.reset_button.setText(translate("Reminder", "&No date of my own"))
        self.reset_button.setToolTip(
            translate("Reminder", "Remind me when the next quarter begins, as before.")
        )


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
