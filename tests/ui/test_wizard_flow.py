"""The wizard as a founder expects it (issue 17): the keyboard goes where the eye does,
the review page is a hub to come back to, and nothing shifts under the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from factories import summaries
from moatdesk.domain.answers import display_value
from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.wizard import prompts
from moatdesk.ui.wizard.wizard import (
    BASICS_PAGE,
    RESULTS_PAGE,
    REVIEW_PAGE,
    ReviewWizard,
)
from windows import activate

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

QUESTION_ROLE = Qt.ItemDataRole.UserRole


def to_review(founder, wizard) -> None:
    while wizard.currentId() < REVIEW_PAGE:
        founder.next(wizard)


def new_wizard(window, founder, name: str):
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, name)
    return wizard


def carried_over(store, basics_named, name: str = "Carried"):
    """A profile whose 2026-Q3 review is final with every scale answer at 1, and whose
    2026-Q4 review is started from it (so fast-moat answers await re-confirmation)."""
    profile = store.create_profile(basics_named(name))
    store.start_review(profile.id, "2026-Q3")
    answers = {q.id: Answer(value=1) for q in load_bank().questions if q.kind is QuestionKind.SCALE}
    store.save_draft(profile.id, "2026-Q3", answers)
    store.finalise(profile.id, "2026-Q3")
    assessment = store.start_review(profile.id, "2026-Q4")
    return store.get_profile(profile.id), assessment


def open_wizard(qtbot, store, profile, assessment) -> ReviewWizard:
    wizard = ReviewWizard(store, assessment.quarter, profile, assessment)
    qtbot.addWidget(wizard)
    wizard.show()
    activate(qtbot, wizard)  # shortcuts act in the active window
    return wizard


# -- keyboard ---------------------------------------------------------------------------


def test_enter_on_a_review_row_opens_that_questions_section(qtbot, founder, make_window):
    window = make_window()
    wizard = new_wizard(window, founder, "Entered")
    to_review(founder, wizard)
    activate(qtbot, wizard)  # shortcuts act in the active window
    tree = wizard.review_page.tree
    item = tree.topLevelItem(2).child(0)
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.section_pages[2]
    widget = wizard.section_pages[2].widgets[item.data(0, QUESTION_ROLE)]
    assert widget.isAncestorOf(QApplication.focusWidget())


def test_a_section_page_opens_on_its_first_question_and_tabs_in_reading_order(
    qtbot, founder, make_window
):
    window = make_window()
    wizard = new_wizard(window, founder, "Focused")
    activate(qtbot, wizard)  # shortcuts act in the active window
    founder.next(wizard)
    page = wizard.section_pages[0]
    widgets = list(page.widgets.values())
    assert widgets[0].editor.isAncestorOf(QApplication.focusWidget())

    # Tab walks each question top to bottom (its answer, then notes, then its buttons),
    # every question of the page before the wizard's own buttons.
    reached = []
    for _ in range(200):
        widget = QApplication.focusWidget()
        if widget is wizard.button(QWizard.WizardButton.NextButton):
            break
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        raise AssertionError("Tab never reached Next")
    for widget in widgets:
        order = [reached.index(c) for c in (widget.notes, widget.help_button, widget.confidence)]
        assert order == sorted(order), widget.question.id
        assert any(widget.editor.isAncestorOf(w) for w in reached[: order[0]])
    assert widgets[-1].confidence in reached


def test_back_to_review_after_jumping_to_a_question(qtbot, founder, make_window):
    window = make_window()
    wizard = new_wizard(window, founder, "Hub")
    back_to_review = wizard.button(QWizard.WizardButton.CustomButton1)
    founder.next(wizard)
    assert not back_to_review.isVisible()  # walking forward: nothing to go back to
    to_review(founder, wizard)
    tree = wizard.review_page.tree
    item = tree.topLevelItem(1).child(0)
    center = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert wizard.currentPage() is wizard.section_pages[1]
    assert back_to_review.isVisible()
    assert back_to_review.text().replace("&", "") == "Back to review"
    founder.click(back_to_review)
    assert wizard.currentId() == REVIEW_PAGE
    assert not back_to_review.isVisible()


# -- carried-over answers -----------------------------------------------------------------


def test_changing_a_carried_over_answer_keeps_the_page_still(qtbot, founder, store, basics_named):
    profile, assessment = carried_over(store, basics_named)
    wizard = open_wizard(qtbot, store, profile, assessment)
    founder.next(wizard)
    while sum(1 for w in wizard.currentPage().widgets.values() if w.needs_reconfirm()) < 2:
        founder.next(wizard)  # to a page with two answers awaiting re-confirmation
    page = wizard.currentPage()
    first, second = [w for w in page.widgets.values() if w.needs_reconfirm()][:2]
    before = second.confirm_button.mapTo(page, QPoint(0, 0))
    pending = wizard.pending_reconfirm()
    founder.click(first.editor.buttons()[3])  # a different answer: it is re-confirmed
    assert not first.needs_reconfirm()
    assert first.reconfirm_label.isVisible()  # the banner stays, and says it is done
    assert second.confirm_button.mapTo(page, QPoint(0, 0)) == before
    founder.click(second.confirm_button)  # the click lands where the button was
    assert not second.needs_reconfirm()
    assert wizard.pending_reconfirm() == pending - 2


def bar_color(banner: QWidget) -> int:
    """The colour painted in the middle of the banner's left edge, as a founder sees it."""
    image = banner.grab().toImage()
    return image.pixel(1, image.height() // 2)


def test_a_carried_over_banner_turns_upright_without_a_style_sheet_of_its_own(
    qtbot, founder, store, basics_named
):
    """The banner's look is its font, not a style sheet per question (each cost ~20 KiB,
    50 in a review: docs/benchmarks.md, "Main window")."""
    profile, assessment = carried_over(store, basics_named)
    wizard = open_wizard(qtbot, store, profile, assessment)
    founder.next(wizard)
    while not any(w.needs_reconfirm() for w in wizard.currentPage().widgets.values()):
        founder.next(wizard)
    page = wizard.currentPage()
    widget = next(w for w in page.widgets.values() if w.needs_reconfirm())
    banner = widget.reconfirm_label
    assert banner.font().italic()  # awaiting re-confirmation
    assert bar_color(banner) == QColor("#d99a00").rgb()  # beside an amber bar
    founder.click(widget.confirm_button)
    assert not banner.font().italic()  # checked
    assert bar_color(banner) == banner.palette().mid().color().rgb()  # the bar turns grey
    styled = [w.objectName() for w in page.findChildren(QWidget) if w.styleSheet()]
    assert styled == []


def test_the_review_page_marks_what_awaits_re_confirmation_and_counts_the_unanswered(
    qtbot, founder, store, basics_named
):
    profile, assessment = carried_over(store, basics_named)
    wizard = open_wizard(qtbot, store, profile, assessment)
    to_review(founder, wizard)
    bank = load_bank()
    pending = {
        q.id
        for q in bank.questions
        if q.reconfirm_each_quarter and q.kind is QuestionKind.SCALE  # answered last quarter
    }
    unanswered = [q.id for q in bank.questions if q.kind is not QuestionKind.SCALE]
    tree = wizard.review_page.tree
    marked, seen = set(), 0
    for s in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(s)
        for c in range(section.childCount()):
            child = section.child(c)
            seen += 1
            if child.text(2) == "Re-confirm":
                marked.add(child.data(0, QUESTION_ROLE))
    assert seen == len(bank.questions)
    assert marked == pending
    hint = wizard.review_page.hint.text()
    assert f"{len(unanswered)} questions are not answered" in hint
    assert f"{len(pending)} carried-over answers are not re-confirmed" in hint


# -- basics of a new profile --------------------------------------------------------------


def test_a_new_profile_starts_with_no_sector_stage_or_stack_and_asks_for_them(
    qtbot, founder, make_window, store
):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    page = wizard.basics_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    founder.fill_basics(wizard, "Undecided", choose=False)
    for combo in (page.sector, page.stage, page.stack):
        assert combo.currentIndex() == -1
    assert not next_button.isEnabled()
    assert "sector" in page.reason.text() and "stage" in page.reason.text()
    founder.choose(page.sector, 2)
    founder.choose(page.stage, 0)
    assert not next_button.isEnabled()
    assert "sector" not in page.reason.text()
    founder.choose(page.stack, 1)
    assert next_button.isEnabled() and not page.reason.isVisible()
    founder.next(wizard)
    basics = store.get_profile("Undecided").basics
    assert basics.sector.value == page.sector.itemData(2)
    assert basics.stage.value == page.stage.itemData(0)


def test_escape_on_a_new_profiles_first_page_offers_to_discard_it(
    qtbot, founder, make_window, store, monkeypatch
):
    asked: list[str] = []

    def reply(button):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return button

        return question

    window = make_window()
    wizard = new_wizard(window, founder, "Second Thoughts")
    activate(qtbot, wizard)  # shortcuts act in the active window
    monkeypatch.setattr(QMessageBox, "question", reply(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(wizard.basics_page.name, Qt.Key.Key_Escape)
    assert asked and "Second Thoughts" in asked[0]
    assert wizard.isVisible() and summaries(store) == []

    founder.next(wizard)  # the profile exists now; back on its first page it can still go
    wizard.back()
    assert wizard.currentId() == BASICS_PAGE
    monkeypatch.setattr(QMessageBox, "question", reply(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(wizard.basics_page.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller.wizard is None)
    assert summaries(store) == []
    assert len(asked) == 2


def test_escape_can_keep_the_new_profile(qtbot, founder, make_window, store, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window = make_window()
    wizard = new_wizard(window, founder, "Keeper")
    qtbot.keyClick(wizard.basics_page.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller.wizard is None)
    assert [p.name for p in summaries(store)] == ["Keeper"]


# -- finishing ------------------------------------------------------------------------------


def test_finishing_with_unanswered_questions_asks_first_listing_them_by_section(
    qtbot, founder, make_window, store, monkeypatch
):
    asked: list[tuple[str, str]] = []
    replies = [False, True]

    def ask(_parent, _title, text, details, *args, **kwargs):
        asked.append((text, details))
        return replies.pop(0)

    monkeypatch.setattr(prompts, "confirm", ask)
    window = make_window()
    wizard = new_wizard(window, founder, "Hasty")
    founder.next(wizard)
    founder.answer_page(wizard.section_pages[0])
    to_review(founder, wizard)
    founder.finish_review(wizard)
    text, details = asked[0]
    bank = load_bank()
    missing = len(bank.questions) - len(wizard.section_pages[0].questions)
    assert f"{missing} questions are not answered" in text
    assert "reopen" in text
    first_section = wizard.section_pages[0]
    for page in wizard.section_pages[1:]:
        assert page.title() in details
        assert page.questions[0].text.en in details
    assert first_section.title() not in details
    assert wizard.currentId() == REVIEW_PAGE  # "keep answering": nothing was finalised
    assert store.get_profile("Hasty").assessments[0].status is AssessmentStatus.DRAFT

    founder.finish_review(wizard)
    assert wizard.currentId() == RESULTS_PAGE
    assert store.get_profile("Hasty").assessments[0].status is AssessmentStatus.FINAL


def test_finishing_a_complete_review_asks_nothing_and_says_it_can_be_reopened(
    qtbot, founder, make_window, store, monkeypatch
):
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: pytest.fail("asked"))
    window = make_window()
    wizard = new_wizard(window, founder, "Thorough")
    founder.next(wizard)
    for page in wizard.section_pages:
        founder.answer_page(page)
        founder.next(wizard)
    assert "reopen" in wizard.review_page.hint.text()
    founder.finish_review(wizard)
    assert wizard.currentId() == RESULTS_PAGE
    assert "reopen" in wizard.results_page.view.summary.text()


# -- results --------------------------------------------------------------------------------


def test_the_why_tree_shows_each_answer_given_and_no_rows_worth_nothing(
    qtbot, founder, make_window, store
):
    window = make_window()
    wizard = new_wizard(window, founder, "Explained")
    founder.next(wizard)
    for index, page in enumerate(wizard.section_pages):
        founder.answer_page(page, choice=index % 5)
        founder.next(wizard)
    founder.finish_review(wizard)
    view = wizard.results_page.view
    bank = load_bank().by_id()
    answers = store.get_profile("Explained").assessments[0].answers
    rows = 0
    for m in range(view.scores.topLevelItemCount()):
        moat = view.scores.topLevelItem(m)
        for c in range(moat.childCount()):
            child = moat.child(c)
            qid = child.data(0, QUESTION_ROLE)
            if qid is None:  # what speeds or slows the decay, not an answer
                continue
            assert child.text(1) not in ("+0.0", "-0.0"), qid
            assert child.text(2) == display_value(bank[qid], answers[qid].value, "en")
            rows += 1
    assert rows > 0


def test_the_next_section_is_built_while_the_founder_reads_this_one(qtbot, founder, make_window):
    """Next shows a page built in idle time, one widget per turn of the event loop."""
    window = make_window()
    wizard = new_wizard(window, founder, "Ahead")
    founder.next(wizard)
    following = wizard.section_pages[1]
    qtbot.waitUntil(lambda: len(following.widgets) == len(following.questions))
    assert len(wizard.section_pages[2].widgets) == 0  # one page ahead, not the whole wizard
    founder.next(wizard)
    assert wizard.currentPage() is following
    assert following.build() == []  # nothing left to build on arrival
    first = following.widgets[following.questions[0].id]
    assert first.editor.isAncestorOf(QApplication.focusWidget())
