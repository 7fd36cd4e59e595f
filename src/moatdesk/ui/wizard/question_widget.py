"""One question on a wizard page: the text, the answer editor, help, notes, confidence.

A small reusable widget: ``answer()`` / ``set_answer()`` move an ``Answer`` in and
out, ``changed`` fires on every edit (the wizard debounces the autosave).

A carried-over answer's banner stays in place once it is re-confirmed (by "Still
true" or by changing the answer): only its wording and accent change, so nothing
below it moves under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.models import Answer
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.domain.taxonomy import Confidence
from moatdesk.domain.textrules import MAX_NOTE_CHARS
from moatdesk.ui.i18n import fill
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label, lt
from moatdesk.ui.wizard.editors import Editor, make_editor

translate = QCoreApplication.translate


class ReconfirmBanner(QLabel):
    """The carried-over banner: in italics beside an amber bar while the answer awaits
    re-confirmation, upright beside a grey one once checked, its text set off 10 px and
    half an "x".  Painted here rather than by a style sheet per banner (~20 KiB each, 50
    in a review: issue 16; that sheet's bar never showed either)."""

    BAR = 4
    OFFSET = BAR + 6
    AWAITING = QColor("#d99a00")  # amber: carried over from last quarter, not looked at yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.setContentsMargins(self.OFFSET, 0, 0, 0)
        self.set_done(False)

    def set_done(self, done: bool) -> None:
        self.done = done
        font = self.font()
        font.setItalic(not done)
        self.setFont(font)
        self.setIndent(QFontMetrics(font).horizontalAdvance("x") // 2)
        self.update()

    def bar_color(self) -> QColor:
        return self.palette().mid().color() if self.done else self.AWAITING

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, 0, self.BAR, self.height(), self.bar_color())
        painter.end()


class QuestionWidget(Retranslating, QFrame):
    changed = Signal(str)  # the question id
    reconfirmed = Signal(str)  # a carried-over answer was confirmed or changed

    def __init__(self, question: Question, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._number = number
        self._reconfirm_from: str | None = None
        self.setObjectName(f"question-{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.reconfirm_label = ReconfirmBanner(self)
        self.reconfirm_label.setWordWrap(True)
        self.reconfirm_label.setObjectName("reconfirm")
        self.confirm_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm)
        self._carried_from: str | None = None  # stays set once re-confirmed: the banner stays
        reconfirm_row = QHBoxLayout()
        reconfirm_row.addWidget(self.reconfirm_label, 1)
        reconfirm_row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)

        self.editor: Editor = make_editor(question, self)
        self.editor.changed.connect(self._on_edit)

        self.help_button = QToolButton(self)
        self.help_button.setCheckable(True)
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear_value)
        self.clear_button.setVisible(question.kind is not QuestionKind.TEXT)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setVisible(False)
        self.help_label.setIndent(12)  # set off from the answers it explains
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help_button.toggled.connect(self.help_label.setVisible)

        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 2 + 14)
        self.notes.textChanged.connect(self._on_notes)
        self.confidence = QComboBox(self)
        self.confidence.currentIndexChanged.connect(self._on_edit)
        self.confidence_label = QLabel(self)
        self.confidence_label.setBuddy(self.confidence)
        # Kept out of the PDF's investor view (value, confidence and note withheld).
        self.private = QCheckBox(self)
        self.private.toggled.connect(self._on_edit)

        tools = QHBoxLayout()
        tools.addWidget(self.help_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        tools.addWidget(self.private)
        tools.addWidget(self.confidence_label)
        tools.addWidget(self.confidence)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(reconfirm_row)
        layout.addWidget(self.editor)
        layout.addWidget(self.help_label)
        layout.addWidget(self.notes)
        layout.addLayout(tools)
        self.set_reconfirm(None)
        self.retranslate()

    # -- answer in and out ---------------------------------------------------------
    def answer(self) -> Answer:
        data = self.confidence.currentData()
        return Answer(
            value=self.editor.value(),
            note=self.notes.toPlainText(),
            confidence=Confidence(data) if data else None,
            private=self.private.isChecked(),
        )

    def set_answer(self, answer: Answer | None) -> None:
        answer = answer or Answer()
        self.editor.set_value(answer.value)
        self.notes.blockSignals(True)
        self.notes.setPlainText(answer.note)
        self.notes.blockSignals(False)
        self.confidence.blockSignals(True)
        index = self.confidence.findData(answer.confidence.value if answer.confidence else "")
        self.confidence.setCurrentIndex(max(index, 0))
        self.confidence.blockSignals(False)
        self.private.blockSignals(True)
        self.private.setChecked(answer.private)
        self.private.blockSignals(False)

    def is_answered(self) -> bool:
        return self.editor.value() is not None

    def clear_value(self) -> None:
        self.editor.set_value(None)
        self._on_edit()

    def tab_controls(self) -> list[QWidget]:
        """Focusable controls in reading order: Still true, the answer, notes, tools."""
        return [
            self.confirm_button,
            *self.editor.controls(),
            self.notes,
            self.help_button,
            self.clear_button,
            self.confidence,
        ]

    # -- re-confirmation of answers carried over from last quarter -----------------
    def set_reconfirm(self, from_quarter: str | None) -> None:
        """Mark the answer as carried over from ``from_quarter`` (None: re-confirmed).

        Once shown, the banner keeps its place when the answer is re-confirmed.
        """
        was_pending = self._reconfirm_from is not None
        self._reconfirm_from = from_quarter
        if from_quarter is not None:
            self._carried_from = from_quarter
        if was_pending and from_quarter is None:
            self.reconfirmed.emit(self.question.id)
        shown = self._carried_from is not None
        self.reconfirm_label.setVisible(shown)
        self.confirm_button.setVisible(shown)
        self.confirm_button.setEnabled(from_quarter is not None)
        self.reconfirm_label.set_done(shown and from_quarter is None)
        self._retranslate_reconfirm()

    def needs_reconfirm(self) -> bool:
        return self._reconfirm_from is not None

    def confirm(self) -> None:
        self.set_reconfirm(None)

    # -- internals -------------------------------------------------------------------
    def _on_edit(self, *_args: object) -> None:
        if self._reconfirm_from is not None:
            self.set_reconfirm(None)  # touching the answer is re-confirming it
        self.changed.emit(self.question.id)

    def _on_notes(self) -> None:
        text = self.notes.toPlainText()
        if len(text) > MAX_NOTE_CHARS:
            # The model caps notes; trim here so the autosave never fails silently.
            self.notes.blockSignals(True)
            self.notes.setPlainText(text[:MAX_NOTE_CHARS])
            self.notes.blockSignals(False)
            self.notes.setToolTip(
                translate("QuestionWidget", "Notes are limited to %1 characters.").replace(
                    "%1", str(MAX_NOTE_CHARS)
                )
            )
        self.changed.emit(self.question.id)

    def _retranslate_reconfirm(self) -> None:
        if self._carried_from is None:
            return
        if self._reconfirm_from is not None:
            text = translate(
                "QuestionWidget",
                "Carried over from %1. This answer feeds a fast-decaying moat: "
                "check it still holds.",
            )
        else:
            text = translate(
                "QuestionWidget",
                "Carried over from %1 and checked for this quarter. This answer feeds a"
                " fast-decaying moat.",
            )
        self.reconfirm_label.setText(fill(text, self._carried_from))
        still, done = (
            translate("QuestionWidget", "Still true"),
            translate("QuestionWidget", "Checked"),
        )
        # One width for both wordings: the banner's text never re-wraps when it flips.
        metrics = self.confirm_button.fontMetrics()
        padding = self.confirm_button.sizeHint().width() - metrics.horizontalAdvance(
            self.confirm_button.text()
        )
        self.confirm_button.setFixedWidth(
            max(metrics.horizontalAdvance(still), metrics.horizontalAdvance(done)) + padding
        )
        self.confirm_button.setText(still if self._reconfirm_from is not None else done)

    def retranslate(self) -> None:
        self.title.setText(f"{self._number}. {lt(self.question.text)}")
        self.setAccessibleName(lt(self.question.text))
        self.editor.retranslate()
        self.help_button.setText(translate("QuestionWidget", "Why this matters"))
        self.help_button.setAccessibleName(translate("QuestionWidget", "Why this matters"))
        self.clear_button.setText(translate("QuestionWidget", "Clear answer"))
        self.clear_button.setAccessibleName(translate("QuestionWidget", "Clear answer"))
        essay = label(self.question.essay_section)
        self.help_label.setText(
            f"{lt(self.question.help)}\n\n"
            + translate("QuestionWidget", "From the essay: %1").replace("%1", essay)
        )
        self.notes.setPlaceholderText(translate("QuestionWidget", "Notes and evidence (optional)"))
        self.notes.setAccessibleName(translate("QuestionWidget", "Notes and evidence"))
        self.confidence_label.setText(translate("QuestionWidget", "&Confidence:"))
        self.confidence.setAccessibleName(translate("QuestionWidget", "Confidence"))
        self.private.setText(translate("QuestionWidget", "Private"))
        self.private.setToolTip(
            translate("QuestionWidget", "Keep this answer out of the investor view of the PDF")
        )
        self.confidence.blockSignals(True)
        current = self.confidence.currentData()
        self.confidence.clear()
        self.confidence.addItem(translate("QuestionWidget", "Not set"), "")
        for level in Confidence:
            self.confidence.addItem(label(level), level.value)
        self.confidence.setCurrentIndex(max(self.confidence.findData(current or ""), 0))
        self.confidence.blockSignals(False)
        self._retranslate_reconfirm()
