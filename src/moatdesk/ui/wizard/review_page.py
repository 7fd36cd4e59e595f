"""The review page: every answer at a glance; activating one jumps back to edit it.

Answers still to re-confirm are marked in their own column, and the hint counts them
and the questions left unanswered.  Enter and a click both jump to the question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from moatdesk.domain.models import Answer
from moatdesk.domain.questions import Question
from moatdesk.domain.taxonomy import EssaySection
from moatdesk.ui.i18n import fill, ui_lang
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label, lt

if TYPE_CHECKING:
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate
QUESTION_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(Retranslating, QWizardPage):
    jump_requested = Signal(str)  # question id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        # The tree reports Enter as activated and then passes the key on, where the
        # wizard takes it for Next: the jump would land one section too far.
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.setCommitPage(True)  # finishing finalises the quarter; no way back after
        self._sections: list[tuple[EssaySection, list[Question]]] = []
        self._answers: dict[str, Answer] = {}
        self._pending_reconfirm: frozenset[str] = frozenset()
        self.retranslate()

    def show_answers(
        self,
        sections: list[tuple[EssaySection, list[Question]]],
        answers: dict[str, Answer],
        pending_reconfirm: frozenset[str],
    ) -> None:
        self._sections, self._answers = sections, answers
        self._pending_reconfirm = pending_reconfirm
        self._fill()

    def unanswered(self) -> list[tuple[EssaySection, list[Question]]]:
        """The questions left unanswered, by section (sections with none left out)."""
        missing = []
        for section, questions in self._sections:
            left = [q for q in questions if not _answered(self._answers.get(q.id))]
            if left:
                missing.append((section, left))
        return missing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            item = self.tree.currentItem()
            if item is not None and item.data(0, QUESTION_ROLE):
                self._on_activated(item, 0)
                return True  # handled: not also Next
        return super().eventFilter(watched, event)

    def _fill(self) -> None:
        from moatdesk.domain.answers import display_value

        self.tree.clear()
        not_answered = translate("ReviewPage", "— not answered —")
        reconfirm = translate("ReviewPage", "Re-confirm")
        reconfirm_tip = translate(
            "ReviewPage", "Carried over from last quarter: check it still holds, or change it."
        )
        for section, questions in self._sections:
            top = QTreeWidgetItem([label(section), "", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            left = 0
            for question in questions:
                answer = self._answers.get(question.id)
                value = answer.value if answer else None
                shown = display_value(question, value, ui_lang()) if value is not None else ""
                left += value is None
                child = QTreeWidgetItem([lt(question.text), shown or not_answered, ""])
                child.setData(0, QUESTION_ROLE, question.id)
                child.setToolTip(0, lt(question.text))
                child.setToolTip(1, shown)
                if question.id in self._pending_reconfirm:
                    child.setText(2, reconfirm)
                    child.setToolTip(2, reconfirm_tip)
                    child.setFont(2, font)
                top.addChild(child)
            if left:
                top.setText(1, fill(translate("ReviewPage", "%1 not answered"), left))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setColumnWidth(1, max(220, self.tree.width() // 3))
        self._update_hint()

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        question_id = item.data(0, QUESTION_ROLE)
        if question_id:
            self.jump_requested.emit(question_id)

    def _update_hint(self) -> None:
        lines = [
            translate(
                "ReviewPage",
                "Click an answer (or press Enter on it) to go back and change it. Finishing"
                " makes this quarter final; you can still reopen it from the main window to"
                " amend it.",
            )
        ]
        missing = sum(len(questions) for _section, questions in self.unanswered())
        if missing:
            lines.append(self.tr("%n questions are not answered.", "", missing))
        if self._pending_reconfirm:
            lines.append(
                self.tr(  # self.tr: lupdate marks it plural
                    "%n carried-over answers are not re-confirmed yet (marked Re-confirm).",
                    "",
                    len(self._pending_reconfirm),
                )
            )
        self.hint.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.setTitle(translate("ReviewPage", "Review your answers"))
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("ReviewPage", "&Finish review")
        )
        self.tree.setHeaderLabels(
            [
                translate("ReviewPage", "Question"),
                translate("ReviewPage", "Your answer"),
                translate("ReviewPage", "To check"),
            ]
        )
        self.tree.setAccessibleName(translate("ReviewPage", "All answers"))
        self._update_hint()
        if self._sections:
            self._fill()

    def validatePage(self) -> bool:
        wizard = cast("ReviewWizard | None", self.wizard())  # pages live only in a ReviewWizard
        return wizard.finalise() if wizard is not None else True


def _answered(answer: Answer | None) -> bool:
    return answer is not None and answer.value is not None
