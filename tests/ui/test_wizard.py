"""A founder goes through the review wizard; the store sees what they entered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from listing import listed
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import AssessmentStatus, Moat
from moatdesk.ui.text import label
from moatdesk.ui.wizard.wizard import FIRST_SECTION_PAGE, RESULTS_PAGE, REVIEW_PAGE
from windows import activate

# The offscreen platform warns whenever a dialog is shown; it is not a MoatDesk problem.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

NAME = "Acme <b>Robotics</b> & 한글"  # typed text is data: markup and Hangul verbatim


def test_company_name_is_required_and_the_reason_is_shown(qtbot, founder, make_window):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert wizard.basics_page.reason.isVisible()
    assert "company name" in wizard.basics_page.reason.text()
    founder.fill_basics(wizard, "Acme")
    assert next_button.isEnabled()
    assert not wizard.basics_page.reason.isVisible()


def test_founder_fills_every_page_and_finishes(qtbot, founder, make_window, store):
    window = make_window()
    founder.click(window.empty.new_button)
    wizard = window.controller.wizard
    founder.fill_basics(wizard, NAME)
    founder.next(wizard)
    assert wizard.currentId() == FIRST_SECTION_PAGE
    for page in wizard.section_pages:
        assert wizard.currentPage() is page
        founder.answer_page(page)
        founder.next(wizard)
    assert wizard.currentId() == REVIEW_PAGE
    total = len(wizard.bank.questions)
    assert f"{total} of {total} answered" in wizard.section_pages[-1].subTitle()
    review_items = wizard.review_page.tree.topLevelItemCount()
    assert review_items == len(wizard.section_pages)
    founder.click(wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.currentId() == RESULTS_PAGE

    profile = store.get_profile(NAME)
    assert profile.basics.name == NAME
    [assessment] = profile.assessments
    assert assessment.quarter == "2026-Q4"
    assert assessment.status is AssessmentStatus.FINAL
    answered = [a for a in assessment.answers.values() if a.value is not None]
    assert len(answered) == total
    texts = [a.value for a in assessment.answers.values() if isinstance(a.value, str)]
    assert "Evidence <b>3</b> & more" in texts

    results = wizard.results_page.view
    roadmap = build_roadmap(assessment.basics, assessment)
    assert len(results.chart.rows()) == 9  # the moat x horizon chart, one row per moat
    rows = [results.scores.topLevelItem(i) for i in range(results.scores.topLevelItemCount())]
    assert [row.text(0) for row in rows] == [label(moat) for moat in Moat]  # one row per moat
    # every answered question that moves a moat explains it, as a child row with its id
    # (other child rows say what speeds or slows the moat's decay)
    role = Qt.ItemDataRole.UserRole
    explained = [
        [row.child(i).data(0, role) for i in range(row.childCount()) if row.child(i).data(0, role)]
        for row in rows
    ]
    assert explained == [
        [c.question_id for c in s.contributions if f"{c.points:+.1f}" not in ("+0.0", "-0.0")]
        for s in roadmap.scores
    ]
    assert NAME in results.summary.text()
    founder.click(wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.controller.wizard is None)
    assert listed(window.panel) == [NAME]


def test_review_page_jumps_back_to_the_question(qtbot, founder, make_window):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Jumpy")
    founder.next(wizard)
    for _page in wizard.section_pages:
        founder.next(wizard)
    assert wizard.currentId() == REVIEW_PAGE
    section = wizard.review_page.tree.topLevelItem(2)
    item = section.child(0)
    rect = wizard.review_page.tree.visualItemRect(item)
    qtbot.mouseClick(
        wizard.review_page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert wizard.currentPage() is wizard.section_pages[2]
    question_id = item.data(0, Qt.ItemDataRole.UserRole)
    assert question_id in wizard.section_pages[2].widgets


def test_keyboard_alt_arrows_move_between_pages(qtbot, founder, make_window):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Keys")
    activate(qtbot, wizard)  # shortcuts act in the active window
    qtbot.keyClick(wizard.basics_page.name, Qt.Key.Key_Return)
    assert wizard.currentId() == FIRST_SECTION_PAGE
    qtbot.keyClick(wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentId() == FIRST_SECTION_PAGE + 1
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentId() == FIRST_SECTION_PAGE


def test_duplicate_company_name_keeps_the_basics_page(
    qtbot, founder, make_window, store, monkeypatch, basics_named
):
    store.create_profile(basics_named("Taken"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Taken")
    founder.next(wizard)
    assert wizard.currentId() == 0
    assert warnings and "Taken" in warnings[0]


def test_a_new_profile_shows_its_basics_before_the_other_pages_load(qtbot, founder, make_window):
    """The first page paints at once; the question pages follow right after the frame,
    and "Next" (not "Done") is offered from the start."""
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    assert wizard.pageIds() == [0]  # only the basics so far
    assert wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.waitUntil(lambda: len(wizard.pageIds()) == RESULTS_PAGE + 1)
    founder.fill_basics(wizard, "Acme")
    founder.next(wizard)
    assert wizard.currentId() == FIRST_SECTION_PAGE


def test_next_builds_the_pages_when_the_founder_is_faster_than_the_frame(qtbot, founder, store):
    """Leaving the basics page never waits for a paint: the pages are built on demand."""
    from moatdesk.ui.wizard.wizard import ReviewWizard

    wizard = ReviewWizard(store, "2026-Q4")
    qtbot.addWidget(wizard)
    wizard.show()  # no event processed: not painted yet
    assert wizard.pageIds() == [0]
    page = wizard.basics_page
    page.name.setText("Quick Founder Inc")
    wizard.next()  # sector, stage and stack not chosen yet: the page stays
    assert wizard.currentId() == 0
    for combo in (page.sector, page.stage, page.stack):
        combo.setCurrentIndex(0)
    wizard.next()
    assert len(wizard.pageIds()) == RESULTS_PAGE + 1
    assert wizard.currentId() == FIRST_SECTION_PAGE
    assert store.get_profile("Quick Founder Inc").assessments[0].quarter == "2026-Q4"
