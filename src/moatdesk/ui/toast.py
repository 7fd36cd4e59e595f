"""A slim bar at the bottom of the main window: a message and an Undo button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from moatdesk.ui.retranslating import Retranslating

translate = QCoreApplication.translate
TOAST_MS = 12_000


class UndoBar(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._undo: Callable[[], None] | None = None
        self.retranslate()
        self.hide()

    def show_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.message.setText(text)
        self._undo = undo
        self.show()
        self._timer.start(TOAST_MS)

    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(translate("UndoBar", "&Undo"))
        self.close_button.setText(translate("UndoBar", "Dismiss"))
