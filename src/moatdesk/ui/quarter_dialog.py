"""Which quarter a review is for: this one (the default), the next one started early, or
a past quarter not yet recorded (backfilled).

The choices come from the store (``ProfileStore.quarter_choices``), which also refuses a
second assessment for a quarter; a past quarter the profile already has is not offered
(open it from the history instead).  ``choose_quarter`` is the one entry point, a plain
function tests can replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moatdesk.ui.i18n import fill
from moatdesk.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from moatdesk.storage.records import QuarterChoice

translate = QCoreApplication.translate


class QuarterDialog(Retranslating, QDialog):
    def __init__(
        self, choices: list[QuarterChoice], default: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        by_kind = {c.kind: c for c in choices if c.kind != "past"}
        self._current = by_kind.get("current")
        self._next = by_kind.get("next")
        self._past = [c.quarter for c in choices if c.kind == "past" and not c.taken]
        self._default = default
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.current_button = QRadioButton(self)
        self.next_button = QRadioButton(self)
        self.past_button = QRadioButton(self)
        self.past_quarter = QComboBox(self)
        self.past_quarter.addItems(self._past)
        self.past_quarter.setEnabled(False)
        self.past_button.setEnabled(bool(self._past))
        self.past_button.toggled.connect(self.past_quarter.setEnabled)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self._group = QButtonGroup(self)
        for button in (self.current_button, self.next_button, self.past_button):
            self._group.addButton(button)
        self.current_button.setVisible(self._current is not None)
        self.next_button.setVisible(self._next is not None)
        (self.current_button if self._current is not None else self.next_button).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        past_row = QHBoxLayout()
        past_row.addWidget(self.past_button)
        past_row.addWidget(self.past_quarter)
        past_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.current_button)
        layout.addWidget(self.next_button)
        layout.addLayout(past_row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def chosen(self) -> str:
        if self.past_button.isChecked() and self._past:
            return self.past_quarter.currentText()
        if self.next_button.isChecked() and self._next is not None:
            return self._next.quarter
        return self._current.quarter if self._current is not None else self._default

    def _option(self, text: str, choice: QuarterChoice | None) -> str:
        if choice is None:
            return ""
        option = fill(text, choice.quarter)
        if choice.taken:
            option += " " + translate("QuarterDialog", "(already started: it opens)")
        return option

    def retranslate(self) -> None:
        self.setWindowTitle(translate("QuarterDialog", "Start review"))
        self.prompt.setText(translate("QuarterDialog", "Which quarter is this review for?"))
        self.current_button.setText(
            self._option(translate("QuarterDialog", "&This quarter, %1"), self._current)
        )
        self.next_button.setText(
            self._option(translate("QuarterDialog", "&Next quarter, %1, started early"), self._next)
        )
        self.past_button.setText(
            translate("QuarterDialog", "A &past quarter not yet recorded (backfilled):")
        )
        self.past_quarter.setAccessibleName(translate("QuarterDialog", "Past quarter"))
        self.note.setText(
            translate(
                "QuarterDialog",
                "A backfilled review records a quarter that has passed, with the basics as"
                " they were then; it is marked as backfilled. A quarter has one review.",
            )
            if self._past
            else translate("QuarterDialog", "The recent past quarters are all recorded already.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("QuarterDialog", "&Start review"))


def choose_quarter(parent: QWidget, choices: list[QuarterChoice], default: str) -> str | None:
    """Ask which quarter to review; None when the founder cancels."""
    dialog = QuarterDialog(choices, default, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()  # the main window, its parent, would keep it to the end
    return dialog.chosen() if accepted else None
