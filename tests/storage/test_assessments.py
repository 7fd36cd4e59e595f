"""Quarterly assessments: review start, autosave, finalise, reopen, history, compare."""

from __future__ import annotations

import pytest

from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.storage.errors import (
    AssessmentNotFoundError,
    AssessmentStateError,
    InvalidInputError,
)


@pytest.fixture
def profile(store, make_basics):
    return store.create_profile(make_basics("Acme"))


def test_first_review_starts_empty_with_the_current_bank_version(store, profile):
    draft = store.start_review(profile.id, "2026-Q4")
    assert draft.status is AssessmentStatus.DRAFT
    assert draft.answers == {}
    assert draft.bank_version == load_bank().version


def test_next_review_is_prefilled_from_the_last_final_one(store, profile, answers):
    store.save_draft(profile.id, "2026-Q2", {"old": Answer(value=1)})
    store.finalise(profile.id, "2026-Q2")
    store.save_draft(profile.id, "2026-Q3", answers)
    store.finalise(profile.id, "2026-Q3")
    store.save_draft(profile.id, "2026-Q4", {"unfinished": Answer(value=2)})  # a draft: ignored
    nxt = store.start_review(profile.id, "2027-Q1")
    assert nxt.answers == answers
    assert nxt.status is AssessmentStatus.DRAFT
    # Starting an existing quarter returns it unchanged.
    assert store.start_review(profile.id, "2026-Q4").answers == {"unfinished": Answer(value=2)}


def test_autosave_replaces_the_answers_and_keeps_them_verbatim(store, profile, answers):
    store.start_review(profile.id, "2026-Q4")
    store.save_draft(profile.id, "2026-Q4", {"a": Answer(value=1)})
    saved = store.save_draft(profile.id, "2026-Q4", answers)
    assert saved.answers == answers
    assert store.get_assessment(profile.id, "2026-Q4").answers == answers
    # Kinds survive: True stays a bool, 1 stays an int, 0.25 stays a float.
    values = store.get_assessment(profile.id, "2026-Q4").answers
    assert type(values["speed.x_but_with_ai"].value) is bool
    assert type(values["speed.steamroll_exposure"].value) is int
    assert type(values["data.proprietary_data_share"].value) is float


def test_a_final_quarter_must_be_reopened_to_change_and_is_marked_amended(store, profile, answers):
    store.save_draft(profile.id, "2026-Q4", answers)
    final = store.finalise(profile.id, "2026-Q4")
    assert final.status is AssessmentStatus.FINAL and final.finalised_at is not None
    assert not final.amended
    with pytest.raises(AssessmentStateError, match="the 2026-Q4 assessment is final; reopen"):
        store.save_draft(profile.id, "2026-Q4", {})
    assert store.get_assessment(profile.id, "2026-Q4").answers == answers
    reopened = store.reopen(profile.id, "2026-Q4")
    assert reopened.status is AssessmentStatus.DRAFT and reopened.amended
    store.save_draft(profile.id, "2026-Q4", {})
    again = store.finalise(profile.id, "2026-Q4")
    assert again.amended and again.answers == {}


def test_history_is_oldest_first(store, profile):
    for quarter in ("2026-Q4", "2025-Q1", "2026-Q1"):
        store.start_review(profile.id, quarter)
    assert [a.quarter for a in store.history(profile.id)] == ["2025-Q1", "2026-Q1", "2026-Q4"]
    assert [a.quarter for a in store.get_profile(profile.id).assessments] == [
        "2025-Q1",
        "2026-Q1",
        "2026-Q4",
    ]


def test_bad_quarters_and_missing_assessments_are_reported(store, profile):
    with pytest.raises(InvalidInputError, match="2026-Q4"):
        store.start_review(profile.id, "2026-4")
    with pytest.raises(AssessmentNotFoundError, match="2026-Q1"):
        store.get_assessment(profile.id, "2026-Q1")
    with pytest.raises(AssessmentNotFoundError):
        store.finalise(profile.id, "2026-Q1")


def test_lone_surrogates_are_refused_and_nothing_is_saved(store, profile, answers):
    store.save_draft(profile.id, "2026-Q4", answers)
    bad = {"q": Answer.model_construct(value="half \ud800 pair", note="", confidence=None)}
    with pytest.raises(InvalidInputError, match="surrogate"):
        store.save_draft(profile.id, "2026-Q4", bad)
    assert store.get_assessment(profile.id, "2026-Q4").answers == answers


def test_compare_goes_through_the_domain_comparison(store, profile, answers):
    from moatdesk.domain import compare

    first_id = load_bank().questions[0].id
    store.save_draft(profile.id, "2026-Q3", {first_id: Answer(value=1)})
    store.finalise(profile.id, "2026-Q3")
    store.save_draft(profile.id, "2026-Q4", answers)
    result = store.compare(profile.id, "2026-Q3", "2026-Q4")
    expected = compare.compare_assessments(
        store.get_assessment(profile.id, "2026-Q3"),
        store.get_assessment(profile.id, "2026-Q4"),
    )
    assert result == expected
    assert (result.from_quarter, result.to_quarter) == ("2026-Q3", "2026-Q4")
