"""Nothing typed is lost: closing mid-way keeps a draft, and the next review is pre-filled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from listing import cell, listed
from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui import startup

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _yes(calls: list[str]):
    def answer(_parent, _title, text, *args, **kwargs):
        calls.append(text)
        return QMessageBox.StandardButton.Yes

    return answer


def test_cancel_mid_way_then_reopen_offers_the_draft_intact(
    qtbot, founder, make_window, store, monkeypatch
):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Drafty")
    founder.next(wizard)
    page = wizard.section_pages[0]
    founder.answer_page(page, choice=1)
    first = next(iter(page.widgets.values()))
    founder.type_into(first.notes, "Seen in 3 customer calls <i>")
    typed = {qid: w.answer() for qid, w in page.widgets.items()}
    founder.click(wizard.button(QWizard.WizardButton.CancelButton))  # "Save and close"
    qtbot.waitUntil(lambda: window.controller.wizard is None)

    [assessment] = store.get_profile("Drafty").assessments
    assert assessment.status is AssessmentStatus.DRAFT
    assert window.actions_by_name["continue_draft"].isEnabled()
    assert "draft" in cell(window.panel, 0, 2)

    offers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _yes(offers))
    window.actions_by_name["start_review"].trigger()
    assert offers and "draft of 2026-Q4" in offers[0]
    founder.next(window.controller.wizard)
    reopened = window.controller.wizard.section_pages[0]
    assert {qid: w.answer() for qid, w in reopened.widgets.items()} == typed
    assert reopened.widgets[first.question.id].notes.toPlainText() == (
        "Seen in 3 customer calls <i>"
    )


def test_next_quarter_starts_pre_filled_and_marks_fast_moats(
    qtbot, founder, make_window, store, basics_named, monkeypatch
):
    profile = store.create_profile(basics_named("Quarterly"))
    store.start_review(profile.id, "2026-Q4")
    bank = load_bank()
    answers = {}
    for question in bank.questions:
        if question.kind is QuestionKind.SCALE:
            answers[question.id] = Answer(value=2, note=f"note {question.id}")
        elif question.kind is QuestionKind.YES_NO:
            answers[question.id] = Answer(value=True)
    store.save_draft(profile.id, "2026-Q4", answers)
    store.finalise(profile.id, "2026-Q4")

    window = make_window(today=date(2027, 2, 1))
    assert window.controller.current_quarter() == "2027-Q1"
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    assert wizard.quarter == "2027-Q1"
    widgets = {}
    founder.next(wizard)
    for page in wizard.section_pages:
        widgets.update(page.widgets)
        founder.next(wizard)
    for qid, answer in answers.items():
        assert widgets[qid].answer().value == answer.value
        assert widgets[qid].notes.toPlainText() == answer.note
    fast = [q.id for q in bank.questions if q.reconfirm_each_quarter and q.id in answers]
    slow = [q.id for q in bank.questions if not q.reconfirm_each_quarter and q.id in answers]
    assert fast, "the bank marks some answers for re-confirmation"
    for qid in fast:
        assert widgets[qid].needs_reconfirm()
        assert "2026-Q4" in widgets[qid].reconfirm_label.text()
    assert not any(widgets[qid].needs_reconfirm() for qid in slow)
    assert f"{len(fast)} carried-over answers" in wizard.review_page.hint.text()
    founder.click(widgets[fast[0]].confirm_button)
    assert not widgets[fast[0]].needs_reconfirm()
    assert wizard.pending_reconfirm() == len(fast) - 1


def test_after_a_crash_the_next_start_offers_the_work_to_recover(
    qtbot, make_window, store, basics_named, monkeypatch
):
    profile = store.create_profile(basics_named("Crashed Co"))
    store.start_review(profile.id, "2026-Q4")
    store.save_draft(profile.id, "2026-Q4", {"speed.steamroll_exposure": Answer(value=1)})
    window = make_window()
    offers: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _yes(offers))
    startup.offer_recovery(window.controller)
    assert offers and "work to recover from" in offers[0] and "Crashed Co" in offers[0]
    assert (
        window.controller.wizard is not None and window.controller.wizard.profile.id == profile.id
    )


def test_save_and_close_on_the_basics_page_keeps_the_new_profile(
    qtbot, founder, make_window, store
):
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Early Exit")
    founder.click(wizard.button(QWizard.WizardButton.CancelButton))
    qtbot.waitUntil(lambda: window.controller.wizard is None)
    [assessment] = store.get_profile("Early Exit").assessments
    assert assessment.status is AssessmentStatus.DRAFT
    assert listed(window.panel) == ["Early Exit"]
