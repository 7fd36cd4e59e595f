"""What the main window shows before there is any profile: two ways to start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from moatdesk.ui.look import set_qt_property
from moatdesk.ui.retranslating import Retranslating

translate = QCoreApplication.translate


class EmptyState(Retranslating, QWidget):
    def __init__(self, new_profile: QAction, open_example: QAction, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # A fixed width lets the wrapped label report its true height when centred.
        self.text.setFixedWidth(520)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(new_profile.trigger)
        self.new_button.setDefault(True)
        self.example_button = QPushButton(self)
        self.example_button.clicked.connect(open_example.trigger)
        for button in (self.new_button, self.example_button):
            button.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addStretch(1)
        # Each centred in its row, at its own width (a stretch either side): the page is
        # the first frame a new founder sees, so no Qt namespace (look.set_qt_property).
        for widget in (self.heading, self.text, self.new_button, self.example_button):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
            if isinstance(widget, QLabel):
                set_qt_property(widget, "alignment", "AlignCenter")
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("EmptyState", "Welcome to MoatDesk"))
        self.text.setText(
            translate(
                "EmptyState",
                "Answer a short wizard about your AI company each quarter and get a roadmap "
                "of which meta-moats hold, which decay and what to build before they do.",
            )
        )
        # Centred widgets get their size hint, not height-for-width: size the text here.
        self.text.setFixedHeight(self.text.heightForWidth(self.text.width()))
        self.new_button.setText(translate("EmptyState", "New profile"))
        self.example_button.setText(translate("EmptyState", "Open the example"))
