"""The results screen says what the engine computed (issue 12): each moat's stop quarter,
"not assessed" with its own look, the move since the previous final review, what speeds
or slows each decay, three things to do first and the rest in later buckets."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt

from moatdesk.domain.content import load_bank
from moatdesk.domain.history import since_previous
from moatdesk.domain.models import Answer
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import WIZARD_SECTIONS, Bucket
from moatdesk.ui.results_view import ResultsView
from moatdesk.ui.text import label, lt

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

QUOTE = "Own the <b>dosing</b> data & the “loop”"


def answers_for(sections, level: int) -> dict[str, Answer]:
    """Every question of ``sections`` answered at ``level`` (free text quoted back)."""
    answers = {}
    for question in load_bank().questions:
        if question.section not in sections:
            continue
        if question.kind is QuestionKind.SCALE:
            answers[question.id] = Answer(value=level)
        elif question.kind is QuestionKind.YES_NO:
            answers[question.id] = Answer(value=level >= 2)
        elif question.kind is QuestionKind.CHOICE:
            options = question.options
            answers[question.id] = Answer(value=options[level % len(options)].value)
        elif question.kind is QuestionKind.TEXT:
            answers[question.id] = Answer(value=QUOTE)
    return answers


def final_review(store, profile_id: str, quarter: str, answers) -> None:
    store.create_assessment(profile_id, quarter)
    store.save_draft(profile_id, quarter, answers)
    store.finalise(profile_id, quarter)


@pytest.fixture
def shown(qtbot, store, basics_named, switcher):
    """A view of 2026-Q4 (two sections left open) after a final 2026-Q3 (all answered)."""
    profile = store.create_profile(basics_named("Results Co"))
    final_review(store, profile.id, "2026-Q3", answers_for(WIZARD_SECTIONS, 2))
    final_review(store, profile.id, "2026-Q4", answers_for(WIZARD_SECTIONS[:3], 3))
    profile = store.get_profile(profile.id)
    assessment = profile.assessments[-1]
    roadmap = build_roadmap(assessment.basics, assessment)
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show_results(profile, assessment, roadmap)
    view.show()
    return view, profile, roadmap


def moat_rows(view):
    return [view.scores.topLevelItem(i) for i in range(view.scores.topLevelItemCount())]


def test_each_moat_says_when_it_stops_holding_or_that_it_is_not_assessed(shown):
    view, _profile, roadmap = shown
    rows = moat_rows(view)
    assert [r.text(0) for r in rows] == [label(s.moat) for s in roadmap.scores]
    statuses = set()
    for row, score, outlook in zip(rows, roadmap.scores, roadmap.outlooks, strict=True):
        statuses.add(outlook.status)
        when = row.text(2)
        if outlook.status == "stops":
            month = outlook.holds_until_month
            assert when == f"Stops holding around {outlook.stop_quarter} (month {month})"
        elif outlook.status == "holds_past":
            assert when == f"Holds past {outlook.horizon_end}"
        elif outlook.status == "not_holding":
            assert when == "Does not hold now"
        else:
            assert when == "Not assessed"
            assert row.text(1) == "—"  # never a score of ~50, never 0
            assert row.font(0).italic()
            ask = row.child(0)
            assert ask.text(0) == "Answer these questions:"
            role = Qt.ItemDataRole.UserRole
            asked = [ask.child(i).data(0, role) for i in range(ask.childCount())]
            assert asked == list(score.unanswered) and asked
        if outlook.status != "not_assessed":
            assert row.text(1) == f"{score.score:.0f}" and not row.font(0).italic()
    assert "not_assessed" in statuses and len(statuses) >= 2
    summary = roadmap.summary
    assert (
        f"{summary.holding} of {summary.total} moats hold now, {summary.not_assessed} not assessed"
        in view.summary.text()
    )


def test_each_moat_says_how_its_stop_quarter_moved_since_the_previous_review(shown):
    view, profile, _roadmap = shown
    comparison = since_previous(profile, "2026-Q4")
    assert comparison is not None and comparison.from_quarter == "2026-Q3"
    said = 0
    for row, shift in zip(moat_rows(view), comparison.stop_shifts, strict=True):
        moved = abs(shift.quarters_moved or 0)
        unit = "quarter" if moved == 1 else "quarters"
        expected = {
            "later": f"{moved} {unit} later than projected in 2026-Q3",
            "earlier": f"{moved} {unit} earlier than projected in 2026-Q3",
            "same": "same as projected in 2026-Q3",
        }.get(shift.direction)
        if expected is not None and shift.quarters_moved is not None:
            assert row.text(3) == expected
            said += 1
        elif shift.after_status == "not_assessed":
            assert row.text(3) == "not comparable"
    assert said


def test_each_moat_lists_the_risks_that_speed_its_decay_and_the_mechanisms_that_slow_it(shown):
    from moatdesk.domain.decay import mechanism_label

    view, _profile, roadmap = shown
    titles = {f.id: lt(f.title) for f in roadmap.flags}
    seen = 0
    for row, outlook in zip(moat_rows(view), roadmap.outlooks, strict=True):
        children = {row.child(i).text(0): row.child(i).text(2) for i in range(row.childCount())}
        if outlook.accelerated_by:
            speeds = children["Speeds its decay (raised risks):"]
            assert speeds == ", ".join(titles[f] for f in outlook.accelerated_by)
            seen += 1
        else:
            assert "Speeds its decay (raised risks):" not in children
        if outlook.slowed_by:
            slows = children["Slows its decay (mechanisms):"]
            assert slows == ", ".join(lt(mechanism_label(m)) for m in outlook.slowed_by)
            seen += 1
    assert seen


def test_three_things_to_do_first_with_why_now_and_the_rest_in_later_buckets(shown):
    view, _profile, roadmap = shown
    first, later = view.action_list.text(), view.later_list.text()
    assert 1 <= len(roadmap.do_first) <= 3
    for action in roadmap.actions:
        title = html.escape(lt(action.title))
        if action.do_first:
            assert title in first and title not in later
        else:
            assert title in later and title not in first
        for quote in action.quotes:  # the founder's words come back verbatim, escaped
            assert html.escape(quote) in (first if action.do_first else later)
    assert first.count("Why now:") == len(roadmap.do_first)
    for bucket in Bucket:
        if any(a.bucket is bucket and not a.do_first for a in roadmap.actions):
            assert f"<h4>{html.escape(label(bucket))}</h4>" in later
    assert any(a.quotes for a in roadmap.actions), "the fixture's text answers are quoted"


def test_why_now_calls_an_opportunity_an_opportunity_not_a_raised_risk(qapp):
    """Meridian's opportunities (full-stack ownership, its feedback loop) bring actions;
    their why-now must not tell the founder a risk was raised."""
    from moatdesk.domain.example import load_example_profile
    from moatdesk.ui.results_text import why_now

    latest = load_example_profile().assessments[-1]
    roadmap = build_roadmap(latest.basics, latest)
    kinds = {f.id: f.kind.value for f in roadmap.flags}
    by_opportunity = [
        a for a in roadmap.actions if any(kinds.get(c) == "opportunity" for c in a.because_of)
    ]
    assert by_opportunity
    for action in by_opportunity:
        text = why_now(action, roadmap)
        assert "opportunity: " in text
        if not any(kinds.get(c) == "risk" for c in action.because_of):
            assert "raised risk" not in text
