"""Wizard pages 2-7: one essay section's questions, in a scroll area."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from moatdesk.domain.questions import Question
from moatdesk.domain.taxonomy import EssaySection
from moatdesk.ui.i18n import fill
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import description, label
from moatdesk.ui.wizard.question_widget import QuestionWidget

if TYPE_CHECKING:
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate


class SectionPage(Retranslating, QWizardPage):
    def __init__(
        self,
        section: EssaySection,
        questions: list[Question],
        first_number: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.questions = questions
        self._first_number = first_number
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.widgets: dict[str, QuestionWidget] = {}  # built on first visit (build())
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.addWidget(self.intro)
        self._column.addStretch(1)
        self.scroll_area = QScrollArea(self)  # not "scroll": QWidget.scroll() is a method
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self._body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls
        self.footer = QLabel(self)
        self.footer.setObjectName("saveStatus")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)  # a cause names files as they are
        self.footer.setWordWrap(True)  # a long path must not widen the wizard or be cut off
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        # The Tab order's anchor (build_next): the questions follow the page's own intro.
        self._last_control: QWidget = self.scroll_area
        layout.addWidget(self.footer)
        self.retranslate()

    def build(self) -> list[QuestionWidget]:
        """Create the question widgets not built yet (on the page's first visit, or ahead
        of it in idle time: build_next).  Returns the new ones for the wizard to wire."""
        built = []
        while (widget := self.build_next()) is not None:
            built.append(widget)
        return built

    def build_next(self) -> QuestionWidget | None:
        """Create one more question widget; None when all are built.

        The wizard builds the next page's widgets one per turn of the event loop while
        the founder reads, so Next rarely has to build a page at once.
        """
        if len(self.widgets) == len(self.questions):
            return None
        offset = len(self.widgets)
        question = self.questions[offset]
        self._column.takeAt(self._column.count() - 1)  # the stretch goes last again
        widget = QuestionWidget(question, self._first_number + offset, self._body)
        self.widgets[question.id] = widget
        self._column.addWidget(widget)
        self._column.addStretch(1)
        # Built after the wizard's buttons, the questions would come after them in the
        # Tab order: each goes right after the one above it, in reading order.
        for control in widget.tab_controls():
            QWidget.setTabOrder(self._last_control, control)
            self._last_control = control
        return widget

    def focus_first(self) -> None:
        """A page opens on its first question (not on Next)."""
        if self.widgets:
            self.focus_question(next(iter(self.widgets)))

    def initializePage(self) -> None:
        wizard = cast("ReviewWizard | None", self.wizard())  # pages live only in a ReviewWizard
        if wizard is not None:
            wizard.build_section(self)

    def focus_question(self, question_id: str) -> None:
        widget = self.widgets.get(question_id)
        if widget is None:
            return
        self.scroll_area.ensureWidgetVisible(widget, 0, 40)
        widget.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons = getattr(widget.editor, "buttons", None)
        if buttons:
            checked = [b for b in buttons() if b.isChecked()]
            (checked or buttons())[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_progress(self, index: int, total: int, answered: int, questions: int) -> None:
        self.setSubTitle(
            fill(
                translate("SectionPage", "Section %1 of %2 · %3 of %4 answered"),
                index,
                total,
                answered,
                questions,
            )
        )

    def set_save_status(self, text: str) -> None:
        self.footer.setText(text)

    def retranslate(self) -> None:
        self.setTitle(label(self.section))
        self.intro.setText(description(self.section))
