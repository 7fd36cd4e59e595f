"""Issue 10 item 5: imported answers are checked against the question bank of their review.

Before, a scale value of 99, a yes/no given as text and an unknown question id were
imported and kept silently.  Now what cannot be right is refused, naming the question and
the value; answers to questions this MoatDesk does not know are kept only when the file
says its review used a newer bank, and the result says so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.domain.content import load_bank
from moatdesk.storage.errors import ImportRejectedError


@pytest.fixture
def exported(store, make_basics, answers, tmp_path: Path) -> Path:
    profile = store.create_profile(make_basics("Acme"))
    store.save_draft(profile.id, "2026-Q3", answers)
    path = store.export_json(profile.id, tmp_path / "acme.json")
    store.delete_profile(profile.id)
    store.purge_trash(older_than_days=0)
    return path


def _edit(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["profile"]["assessments"][0])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("question", "value", "says"),
    [
        ("speed.steamroll_exposure", 99, "0-4"),
        ("speed.steamroll_exposure", "four", "whole number"),
        ("speed.x_but_with_ai", "yes", "true or false"),
        ("data.locked_data_partnerships", "maybe", "one of"),
        ("data.proprietary_data_share", 250, "between"),
        ("speed.better_model_plan", 7, "free text"),
    ],
)
def test_an_answer_that_does_not_fit_its_question_is_refused(
    store, exported, question, value, says
):
    def put(assessment):
        assessment["answers"][question] = {"value": value, "note": "", "confidence": None}

    with pytest.raises(ImportRejectedError) as raised:
        store.import_json(_edit(exported, put))
    message = str(raised.value)
    assert question in message and repr(value) in message and says in message
    assert "2026-Q3" in message
    assert summaries(store) == []


def test_an_unknown_question_of_the_same_bank_is_refused(store, exported):
    def put(assessment):
        assessment["answers"]["speed.made_up"] = {"value": 3, "note": "", "confidence": None}

    with pytest.raises(ImportRejectedError) as raised:
        store.import_json(_edit(exported, put))
    assert "speed.made_up" in str(raised.value) and load_bank().version in str(raised.value)
    assert summaries(store) == []


def test_answers_for_a_newer_bank_are_kept_and_said(store, exported):
    def put(assessment):
        assessment["bank_version"] = "99.0"
        assessment["answers"]["speed.from_the_future"] = {
            "value": 3,
            "note": "verbatim",
            "confidence": None,
        }

    result = store.import_json(_edit(exported, put))
    assert result.kept_unknown == ("2026-Q3: speed.from_the_future",)
    [quarter] = result.profile.assessments
    assert quarter.answers["speed.from_the_future"].note == "verbatim"


def test_a_valid_export_imports_with_nothing_to_say(store, exported, answers):
    result = store.import_json(exported)
    assert result.kept_unknown == ()
    assert result.profile.assessments[0].answers == answers
