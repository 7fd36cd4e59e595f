"""The wizard's questions to the founder, as plain functions tests can replace."""

from __future__ import annotations

from PySide6 import QtWidgets  # QMessageBox through it: made on first use
from PySide6.QtWidgets import QWidget

from moatdesk.ui.i18n import verbatim


def confirm(
    parent: QWidget, title: str, text: str, details: str, yes_text: str, no_text: str
) -> bool:
    """Ask before something that matters; ``details`` behind "Show Details…". True: yes."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question, title, verbatim(text), parent=parent
    )
    yes = box.addButton(yes_text, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box.clickedButton() is yes
