"""The review page: every answer at a glance; activating one jumps back to edit it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from moatdesk.ui.i18n import ui_lang
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
        self.tree.setColumnCount(2)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.setCommitPage(True)  # finishing finalises the quarter; no way back after
        self._sections: list[tuple[EssaySection, list[Question]]] = []
        self._answers: dict[str, Answer] = {}
        self._pending_reconfirm = 0
        self.retranslate()

    def show_answers(
        self,
        sections: list[tuple[EssaySection, list[Question]]],
        answers: dict[str, Answer],
        pending_reconfirm: int,
    ) -> None:
        self._sections, self._answers = sections, answers
        self._pending_reconfirm = pending_reconfirm
        self._fill()

    def _fill(self) -> None:
        from moatdesk.domain.answers import display_value

        self.tree.clear()
        not_answered = translate("ReviewPage", "— not answered —")
        for section, questions in self._sections:
            top = QTreeWidgetItem([label(section), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for question in questions:
                answer = self._answers.get(question.id)
                value = answer.value if answer else None
                shown = display_value(question, value, ui_lang()) if value is not None else ""
                child = QTreeWidgetItem([lt(question.text), shown or not_answered])
                child.setData(0, QUESTION_ROLE, question.id)
                child.setToolTip(0, lt(question.text))
                child.setToolTip(1, shown)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setColumnWidth(1, max(220, self.tree.width() // 3))
        self._update_hint()

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        question_id = item.data(0, QUESTION_ROLE)
        if question_id:
            self.jump_requested.emit(question_id)

    def _update_hint(self) -> None:
        text = translate(
            "ReviewPage", "Click any answer to go back and change it. Finishing saves this quarter."
        )
        if self._pending_reconfirm:
            text += "\n" + self.tr(  # self.tr: lupdate marks it plural
                "%n carried-over answers are not re-confirmed yet.", "", self._pending_reconfirm
            )
        self.hint.setText(text)

    def retranslate(self) -> None:
        self.setTitle(translate("ReviewPage", "Review your answers"))
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("ReviewPage", "&Finish review")
        )
        self.tree.setHeaderLabels(
            [translate("ReviewPage", "Question"), translate("ReviewPage", "Your answer")]
        )
        self.tree.setAccessibleName(translate("ReviewPage", "All answers"))
        self._update_hint()
        if self._sections:
            self._fill()

    def validatePage(self) -> bool:
        wizard = cast("ReviewWizard | None", self.wizard())  # pages live only in a ReviewWizard
        return wizard.finalise() if wizard is not None else True
