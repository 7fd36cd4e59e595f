"""The quarterly review wizard: basics, six essay sections, review, results.

The wizard owns the answers being edited and talks to the store: the profile is
created when the basics page is left, every edit is autosaved as a draft (debounced),
and finishing the review page finalises the quarter.  Closing at any point keeps
the draft, so nothing typed is lost.

A new profile's wizard shows its basics page before the question bank, pydantic and
the other pages load (they cost more than the whole start-up budget,
docs/benchmarks.md): the rest is built right after its first frame, or at
once by anything that needs it (``_ensure_pages``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # QMessageBox through it: made on first use, after the frame
from PySide6.QtCore import QCoreApplication, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.quarters import quarter_index
from moatdesk.domain.taxonomy import WIZARD_SECTIONS, AssessmentStatus
from moatdesk.ui.after_paint import after_next_paint
from moatdesk.ui.i18n import error_text, fill, ui_lang, verbatim
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.wizard import prompts
from moatdesk.ui.wizard.autosave import Autosaver
from moatdesk.ui.wizard.basics_page import BasicsPage

if TYPE_CHECKING:
    from moatdesk.domain.models import Answer, Assessment, CompanyBasics, Profile
    from moatdesk.domain.questions import QuestionBank
    from moatdesk.ui.results_view import ResultsView
    from moatdesk.ui.wizard.question_widget import QuestionWidget
    from moatdesk.ui.wizard.results_page import ResultsPage
    from moatdesk.ui.wizard.review_page import ReviewPage
    from moatdesk.ui.wizard.section_page import SectionPage

translate = QCoreApplication.translate

BASICS_PAGE = 0
FIRST_SECTION_PAGE = 1
REVIEW_PAGE = FIRST_SECTION_PAGE + len(WIZARD_SECTIONS)
RESULTS_PAGE = REVIEW_PAGE + 1
# Idle pre-building of the next page: one question widget, then this long for input
# to come first (a widget takes ~10 ms to build).
PREBUILD_GAP_MS = 15


def _has_content(answer: Answer) -> bool:
    return answer.value is not None or bool(answer.note) or answer.confidence is not None


class ReviewWizard(Retranslating, QWizard):
    saved = Signal(str)  # profile id, after every successful save
    _skip_to_review = False  # class default: Qt may ask nextId() while constructing
    finalised = Signal(str, str)  # profile id, quarter

    def __init__(
        self,
        store,
        quarter: str,
        profile: Profile | None = None,
        assessment: Assessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.quarter = quarter
        self.profile = profile
        self.assessment = assessment
        self.answers: dict[str, Answer] = dict(assessment.answers) if assessment else {}
        self._reconfirm: dict[str, str] = {}  # question id -> quarter it was carried from
        self._new_profile = profile is None  # Escape on its first page offers to discard it
        self._discarding = False
        self._back_to_review = False  # came from the review page to edit one answer
        self._walking = False  # passing several pages at once (_walk)
        self._skip_to_review = False  # "Back to review": Next goes straight there
        self.autosaver = Autosaver(self)
        self.autosaver.save_due.connect(self._save_now)
        self.save_error: str | None = None
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        # On the results the quarter is final: "Done" is the only way out.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # "Back to review" (custom button 1) after a jump from the review page.
        self.customButtonClicked.connect(self._on_custom_button)
        self.setMinimumSize(820, 640)

        self.basics_page = BasicsPage(quarter, self)
        if profile is not None:  # the quarter's own basics, if it has begun
            self.basics_page.set_basics(assessment.basics if assessment else profile.basics)
        self.setPage(BASICS_PAGE, self.basics_page)
        self._section_pages: list[SectionPage] = []
        self._review_page: ReviewPage | None = None
        self._results_page: ResultsPage | None = None
        self.currentIdChanged.connect(self._on_page)

        for keys, slot in (
            ("Alt+Left", self.back),
            ("Ctrl+[", self.back),
            ("Alt+Right", self.next),
            ("Ctrl+]", self.next),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.retranslate()
        if profile is None:  # the basics page paints first; the rest follows at once
            after_next_paint(self, self._ensure_pages)
        else:
            self._ensure_pages()

    # -- pages after the basics, built once ----------------------------------------------
    @property
    def bank(self) -> QuestionBank:
        from moatdesk.domain.content import load_bank  # cached per process

        return load_bank()

    @property
    def section_pages(self) -> list[SectionPage]:
        self._ensure_pages()
        return self._section_pages

    @property
    def review_page(self) -> ReviewPage:
        self._ensure_pages()
        assert self._review_page is not None
        return self._review_page

    @property
    def results_page(self) -> ResultsPage:
        self._ensure_pages()
        assert self._results_page is not None
        return self._results_page

    def nextId(self) -> int:
        # Before the section pages exist the basics page still leads to them: "Next",
        # not "Done", from the first frame (leaving the page builds them: commit_basics).
        if self.currentId() == BASICS_PAGE:
            return FIRST_SECTION_PAGE
        if self._skip_to_review and FIRST_SECTION_PAGE <= self.currentId() < REVIEW_PAGE:
            return REVIEW_PAGE
        return super().nextId()

    def _ensure_pages(self) -> None:
        """The six section pages, the review and the results (question widgets are
        built later still, on each section's first visit: build_section)."""
        if self._review_page is not None:
            return
        from moatdesk.ui.wizard.results_page import ResultsPage
        from moatdesk.ui.wizard.review_page import ReviewPage
        from moatdesk.ui.wizard.section_page import SectionPage

        number = 1
        for offset, section in enumerate(WIZARD_SECTIONS):
            questions = self.bank.in_section(section)
            page = SectionPage(section, questions, number, self)
            number += len(questions)
            self.setPage(FIRST_SECTION_PAGE + offset, page)
            self._section_pages.append(page)
        self._review_page = ReviewPage(self)
        self._review_page.jump_requested.connect(self.jump_to_question)
        self.setPage(REVIEW_PAGE, self._review_page)
        self._results_page = ResultsPage(self)
        self._results_page.view.export_requested.connect(self.export_pdf)
        self.setPage(RESULTS_PAGE, self._results_page)
        self._mark_reconfirm()
        self._update_progress()
        QTimer.singleShot(PREBUILD_GAP_MS, self._prebuild_step)  # the first section, ahead

    # -- pages call these -------------------------------------------------------------
    def commit_basics(self, basics_factory) -> bool:
        """Create or update the profile from the basics page; False keeps the page."""
        self._ensure_pages()
        try:
            basics: CompanyBasics = basics_factory()
            if self.profile is None:
                self.profile = self.store.create_profile(basics)
                self.assessment = self.store.start_review(self.profile.id, self.quarter)
                self.answers = dict(self.assessment.answers)
                for widget in self._widgets().values():
                    widget.set_answer(self.answers.get(widget.question.id))
                self._mark_reconfirm()
                self._update_progress()
            elif self.assessment is None and basics != self.profile.basics:
                self.profile = self.store.update_basics(self.profile.id, basics)
            elif self.assessment is not None and basics != self.assessment.basics:
                self.profile = self.store.update_basics(
                    self.profile.id, basics, quarter=self.quarter
                )
                self.assessment = self.store.get_assessment(self.profile.id, self.quarter)
        except (MoatDeskError, ValueError) as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("Wizard", "Company basics"), verbatim(error_text(exc))
            )
            return False
        self.saved.emit(self.profile.id)
        self.setWindowTitle(self._title())
        return True

    def finalise(self) -> bool:
        """Save the last edits and make this quarter's assessment final.

        With questions unanswered it asks first, listing them by section.
        """
        if self.profile is None:
            return False
        self.autosaver.flush()
        if not self._confirm_unanswered():
            return False
        try:
            self.assessment = self.store.save_draft(self.profile.id, self.quarter, self._to_save())
            self.assessment = self.store.finalise(self.profile.id, self.quarter)
        except MoatDeskError as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("Wizard", "Finish review"), verbatim(error_text(exc))
            )
            return False
        self.finalised.emit(self.profile.id, self.quarter)
        return True

    def _confirm_unanswered(self) -> bool:
        missing = self.review_page.unanswered()
        count = sum(len(questions) for _section, questions in missing)
        if not count:
            return True
        from moatdesk.ui.text import label, lt

        by_section = "\n".join(
            fill(translate("Wizard", "%1: %2 not answered"), label(s), len(q)) for s, q in missing
        )
        details = "\n\n".join(
            label(section) + "\n" + "\n".join(f"• {lt(q.text)}" for q in questions)
            for section, questions in missing
        )
        text = "\n\n".join(
            [
                self.tr("%n questions are not answered.", "", count),
                by_section,
                translate(
                    "Wizard",
                    "A moat fed mostly by unanswered questions is shown as not assessed."
                    " Finish the review anyway? You can still reopen a final review from"
                    " the main window to amend it.",
                ),
            ]
        )
        return prompts.confirm(
            self,
            translate("Wizard", "Finish review"),
            text,
            details,
            translate("Wizard", "&Finish anyway"),
            translate("Wizard", "&Keep answering"),
        )

    def show_results(self, view: ResultsView) -> None:
        from moatdesk.ui.roadmap_cache import ROADMAPS

        if self.profile is None or self.assessment is None:
            return
        self.profile = self.store.get_profile(self.profile.id)
        # Kept for the main window's detail pane, which shows this review next.
        roadmap = ROADMAPS.roadmap(self.assessment.basics, self.assessment)
        view.show_results(self.profile, self.assessment, roadmap)

    def export_pdf(self):
        from moatdesk.ui.pdf_export import export_pdf_interactive

        if self.profile is None:
            return None
        return export_pdf_interactive(self, self.profile, self.quarter, ui_lang())

    def build_section(self, page: SectionPage) -> None:
        """First visit of a section page: its widgets get their answers and wiring."""
        for widget in page.build():
            self._wire(widget)

    def _wire(self, widget: QuestionWidget) -> None:
        qid = widget.question.id
        widget.set_answer(self.answers.get(qid))
        widget.set_reconfirm(self._reconfirm.get(qid))
        widget.changed.connect(self._on_changed)
        widget.reconfirmed.connect(lambda q: self._reconfirm.pop(q, None))

    def _prebuild_step(self) -> None:
        """Build one question widget of the next section page, then yield to the event
        loop (a click waits for at most one widget); stops when that page is complete."""
        # From the basics page the next one is the first section.
        if self._review_page is None or not (BASICS_PAGE <= self.currentId() < REVIEW_PAGE):
            return
        offset = self.currentId() - FIRST_SECTION_PAGE + 1
        if offset >= len(self._section_pages):
            return
        widget = self._section_pages[offset].build_next()
        if widget is not None:
            self._wire(widget)
            QTimer.singleShot(PREBUILD_GAP_MS, self._prebuild_step)

    def jump_to_question(self, question_id: str) -> None:
        for offset, page in enumerate(self.section_pages):
            if any(q.id == question_id for q in page.questions):
                target = FIRST_SECTION_PAGE + offset
                with self._walk():
                    while self.currentId() > target:
                        self.back()
                self._back_to_review = True
                self._update_custom_button()
                page.focus_question(question_id)
                return

    def go_to_review(self) -> None:
        """Forward over the pages already seen, back to the review page."""
        if not (FIRST_SECTION_PAGE <= self.currentId() < REVIEW_PAGE):
            return
        # One step, not one per section: the pages in between were all seen on the way
        # to the review page (Back from there returns to the page just edited).
        self._skip_to_review = True
        try:
            with self._walk():
                self.next()
        finally:
            self._skip_to_review = False

    @contextmanager
    def _walk(self) -> Iterator[None]:
        """Several pages at once (a jump, Back to review): the pages passed on the way
        are neither painted nor focused, only the one arrived at."""
        self._walking = True
        self.setUpdatesEnabled(False)
        try:
            yield
        finally:
            self._walking = False
            self.setUpdatesEnabled(True)
        page_id = self.currentId()
        if FIRST_SECTION_PAGE <= page_id < REVIEW_PAGE:
            QTimer.singleShot(PREBUILD_GAP_MS, self._prebuild_step)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.go_to_review()

    def _update_custom_button(self) -> None:
        page_id = self.currentId()
        if page_id == REVIEW_PAGE:
            self._back_to_review = False
        show = self._back_to_review and FIRST_SECTION_PAGE <= page_id < REVIEW_PAGE
        self.setOption(QWizard.WizardOption.HaveCustomButton1, show)

    # -- answers and autosave -------------------------------------------------------------
    def _widgets(self):
        return {qid: w for page in self.section_pages for qid, w in page.widgets.items()}

    def _on_changed(self, question_id: str) -> None:
        widget = self._widgets()[question_id]
        self.answers[question_id] = widget.answer()
        self._update_progress()
        self.autosaver.schedule()

    def _to_save(self) -> dict[str, Answer]:
        return {qid: a for qid, a in self.answers.items() if _has_content(a)}

    def _save_now(self) -> None:
        if self.profile is None:
            return
        try:
            self.assessment = self.store.save_draft(self.profile.id, self.quarter, self._to_save())
        except MoatDeskError as exc:
            self.save_error = error_text(exc)
            status = fill(translate("Wizard", "Not saved: %1"), self.save_error)
        else:
            self.save_error = None
            status = translate("Wizard", "Draft saved at %1").replace(
                "%1", QTime.currentTime().toString("HH:mm:ss")
            )
            self.saved.emit(self.profile.id)
        for page in self.section_pages:
            page.set_save_status(status)

    def _mark_reconfirm(self) -> None:
        """Flag carried-over answers that feed fast-decaying moats for re-confirmation."""
        if self.profile is None:
            return
        current = quarter_index(self.quarter)
        earlier = [
            a
            for a in self.store.history(self.profile.id)
            if a.status is AssessmentStatus.FINAL and quarter_index(a.quarter) < current
        ]
        if not earlier:
            return
        previous = earlier[-1]
        for question in self.bank.questions:
            before = previous.answers.get(question.id)
            now = self.answers.get(question.id)
            if (
                question.reconfirm_each_quarter
                and before is not None
                and before.value is not None
                and now is not None
                and now.value == before.value
            ):
                self._reconfirm[question.id] = previous.quarter
        widgets = self._widgets()
        for qid, widget in widgets.items():
            widget.set_reconfirm(self._reconfirm.get(qid))

    def pending_reconfirm(self) -> int:
        """Carried-over answers to fast-decaying moats not yet confirmed or changed."""
        return len(self._reconfirm)

    def _update_progress(self) -> None:
        total_questions = len(self.bank.questions)
        answered = sum(1 for a in self.answers.values() if a.value is not None)
        for index, page in enumerate(self.section_pages, start=1):
            page.set_progress(index, len(self.section_pages), answered, total_questions)

    def _on_page(self, page_id: int) -> None:
        self.autosaver.flush()
        if page_id == REVIEW_PAGE:
            sections = [(p.section, p.questions) for p in self.section_pages]
            self.review_page.show_answers(sections, self.answers, frozenset(self._reconfirm))
        self._update_custom_button()
        if FIRST_SECTION_PAGE <= page_id < REVIEW_PAGE and not self._walking:
            self.section_pages[page_id - FIRST_SECTION_PAGE].focus_first()
            # the next page, while this one is read
            QTimer.singleShot(PREBUILD_GAP_MS, self._prebuild_step)

    # -- closing keeps the draft ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: the first page paints without it

        if (
            event.key() == Qt.Key.Key_Escape
            and self._new_profile
            and self.currentId() == BASICS_PAGE
            and (self.profile is not None or self.basics_page.isComplete())
        ):
            event.accept()
            self._ask_keep_new_profile()
            return
        super().keyPressEvent(event)

    def _ask_keep_new_profile(self) -> None:
        """Escape on a new profile's first page: keep it as a draft, or discard it."""
        name = self.profile.basics.name if self.profile else self.basics_page.name.text()
        reply = QtWidgets.QMessageBox.question(
            self,
            translate("Wizard", "New profile"),
            verbatim(
                fill(
                    translate(
                        "Wizard",
                        "Keep the new profile “%1” as a draft to finish later, or discard it?",
                    ),
                    name,
                )
            ),
            QtWidgets.QMessageBox.StandardButton.Save
            | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Save,
        )
        if reply == QtWidgets.QMessageBox.StandardButton.Save:
            self.reject()
        elif reply == QtWidgets.QMessageBox.StandardButton.Discard:
            self.autosaver.cancel()
            if self.profile is not None:
                try:
                    self.store.delete_profile(self.profile.id)
                except MoatDeskError as exc:
                    QtWidgets.QMessageBox.warning(
                        self, translate("Wizard", "New profile"), verbatim(error_text(exc))
                    )
                    return
                self.profile = None
            self._discarding = True
            self.reject()

    def done(self, result: int) -> None:
        if self._discarding:
            super().done(result)
            return
        # "Save and close" on the basics page of a new profile saves it too; if it
        # cannot be saved (a name already taken), the dialog said why and stays open.
        if (
            self.profile is None
            and self.basics_page.isComplete()
            and not self.commit_basics(self.basics_page.basics)
        ):
            return
        self.autosaver.flush()
        super().done(result)

    def _title(self) -> str:
        name = self.profile.basics.name if self.profile else translate("Wizard", "New profile")
        if self.assessment is not None and self.assessment.backfilled:
            template = translate("Wizard", "%1 review (backfilled) · %2 — MoatDesk")
        else:
            template = translate("Wizard", "%1 review · %2 — MoatDesk")
        return fill(template, self.quarter, name)

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("Wizard", "Save and close"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("Wizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("Wizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("Wizard", "&Done"))
        self.setButtonText(
            QWizard.WizardButton.CustomButton1, translate("Wizard", "Back to &review")
        )
        self.button(QWizard.WizardButton.NextButton).setToolTip(
            translate("Wizard", "Next (Alt+Right)")
        )
        self.button(QWizard.WizardButton.BackButton).setToolTip(
            translate("Wizard", "Back (Alt+Left)")
        )
