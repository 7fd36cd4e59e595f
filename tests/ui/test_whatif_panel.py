"""The what-if panel, driven through its widgets from a review's results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from moatdesk.domain import whatif
from moatdesk.domain.leverage import leverage_search
from moatdesk.domain.scenarios import WhatIfSpec, load_scenarios
from moatdesk.report.strings import capitalized
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.ui.dialogs import ResultsDialog
from moatdesk.ui.whatif_panel import WhatIfDialog, moved_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def database_bytes(data_dir: Path) -> tuple[bytes, bytes]:
    """The database file and its write-ahead log: every byte a write would change."""
    wal = data_dir / f"{DB_FILENAME}-wal"
    return (data_dir / DB_FILENAME).read_bytes(), wal.read_bytes() if wal.exists() else b""


@pytest.fixture
def what_if(qtbot, founder, make_window, shown_dialog):
    """The example opened, its latest review's results shown, then "What if…" clicked."""
    window = make_window()
    founder.click(window.empty.example_button)
    window.actions_by_name["view_results"].trigger()
    results = shown_dialog(window, ResultsDialog)
    assert results.view.what_if_button.isVisible()
    founder.click(results.view.what_if_button)
    dialog = shown_dialog(window, WhatIfDialog)
    with qtbot.waitSignal(dialog.panel.leverage_ready, timeout=60_000, raising=False):
        pass
    qtbot.waitUntil(lambda: dialog.panel.leverage is not None, timeout=60_000)
    yield window, dialog.panel
    # Close this test's windows before the switcher's teardown changes the language, so
    # no LanguageChange reaches them while they are being torn down.
    for opened in (dialog, results, window):
        opened.close()
        opened.deleteLater()
    qtbot.wait(10)


def test_presets_answers_and_basics_change_the_scratch_copy_only(
    qtbot, founder, what_if, store, data_dir, monkeypatch
):
    _window, panel = what_if
    saved = database_bytes(data_dir)
    review = store.get_assessment(panel.profile.id, panel.assessment.quarter)
    builds: list[int] = []
    real_build = whatif.build_roadmap
    monkeypatch.setattr(
        whatif, "build_roadmap", lambda *a, **k: builds.append(1) or real_build(*a, **k)
    )

    panel.preset.setFocus()
    qtbot.keyClick(panel.preset, Qt.Key.Key_Down)  # the first preset
    first = load_scenarios().scenarios[0]
    assert panel.spec.preset == first.id and panel.preset_summary.text() == first.summary.en
    assert panel.effect is not None and panel.effect.scenario_id == first.id

    qtbot.keyClick(panel.question, Qt.Key.Key_End)  # the bank's last scored question
    question = panel._questions[-1]
    qtbot.keyClick(panel.value, Qt.Key.Key_Home)
    founder.click(panel.apply_answer)
    assert question.id in panel.spec.answers

    panel.runway.selectAll()
    qtbot.keyClicks(panel.runway, "6")
    assert panel.spec.basics == {"runway_months": 6}
    assert panel.effect.after.scores  # the roadmap of the changed copy

    assert len(builds) == 3  # preset, answer, runway: one roadmap build per change
    # The screen shows what the engine gives for this what-if.
    expected = whatif.evaluate_spec(panel.basics, review, panel.spec)
    assert panel.effect.moats == expected.moats
    moved = [panel.table.item(row, 5).text() for row in range(panel.table.rowCount())]
    assert moved == [
        capitalized(moved_text(m.quarters_moved, m.open_ended)) for m in expected.moats
    ]

    founder.click(panel.reset)
    assert panel.spec == WhatIfSpec() and panel.runway.value() == review.basics.runway_months
    assert database_bytes(data_dir) == saved  # nothing of the what-if reached the database
    assert store.get_assessment(panel.profile.id, review.quarter) == review


def test_the_highest_leverage_answers_are_the_searchs_and_try_it_applies_one(
    founder, what_if, store
):
    _window, panel = what_if
    review = panel.assessment
    expected = leverage_search(review.basics, review).top()
    assert panel.leverage.top() == expected and len(panel.try_buttons) == len(expected) == 3
    founder.click(panel.try_buttons[0])
    option = expected[0]
    assert panel.spec.answers == {option.question: option.after}
    assert panel.effect.earliest_moved == option.earliest_moved


def test_save_reopen_and_start_next_quarters_draft(
    qtbot, founder, what_if, store, data_dir, monkeypatch, shown_dialog
):
    window, panel = what_if
    before = database_bytes(data_dir)
    qtbot.keyClick(panel.preset, Qt.Key.Key_Down)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab <b>ships</b>", True))
    founder.click(panel.save)
    assert database_bytes(data_dir) != before  # saving does write: the check above can fail
    [saved] = store.saved_scenarios(panel.profile.id, panel.assessment.quarter)
    assert saved.name == "Lab <b>ships</b>" and saved.spec == panel.spec

    reopened = WhatIfDialog(panel.profile, panel.assessment, store)
    qtbot.addWidget(reopened)
    combo = reopened.panel.preset
    index = combo.findText("Saved: Lab <b>ships</b>")
    assert index > 0
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentIndex() == index and reopened.panel.spec == saved.spec

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.draft_started) as started:
        founder.click(panel.draft)
    quarter = started.args[0]
    draft = store.get_assessment(panel.profile.id, quarter)
    applied = whatif.apply_spec(panel.basics, panel.assessment, panel.spec)
    assert draft.answers == applied.assessment.answers
    assert window.detail.selected_quarter() is not None


def test_the_panel_speaks_korean(qtbot, switcher, korean_from_source):
    from moatdesk.domain.example import load_example_profile

    profile = load_example_profile()
    dialog = WhatIfDialog(profile, profile.assessments[-1])
    qtbot.addWidget(dialog)
    panel = dialog.panel
    switcher.apply("ko")
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: panel.table.horizontalHeaderItem(0).text() == "메타-해자")
    assert panel.preset.itemText(1) == load_scenarios().scenarios[0].title.ko
    assert panel.leverage_heading.text() == "가장 영향이 큰 답"
    assert not panel.save.isVisible()  # no store given: nothing can be saved
    switcher.apply("en")  # back before the teardown, so no LanguageChange is left queued
    qtbot.waitUntil(lambda: panel.table.horizontalHeaderItem(0).text() == "Meta-moat")


def test_the_founder_picks_the_scenarios_for_the_pdf(
    qtbot, founder, what_if, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from moatdesk.ui.whatif_panel import ScenarioPickDialog

    _window, panel = what_if
    panel.set_basic("runway_months", 3)
    choices = panel.pdf_choices()
    assert choices[0][2] and not any(ticked for _t, _p, ticked in choices[1:])
    dialog = ScenarioPickDialog(choices, panel)
    qtbot.addWidget(dialog)
    third = dialog.list.item(3)  # a preset, ticked by the founder
    third.setCheckState(Qt.CheckState.Checked)
    picks = dialog.picked()
    assert [p.spec for p in picks] == [panel.spec, choices[3][1].spec]
    target = tmp_path / "what-if.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.export_pdf(picks)
    job = panel._export_job  # the export dialog: full roadmap chosen, its preview rendered
    qtbot.waitUntil(lambda: job.dialog.save_button.isEnabled(), timeout=120_000)
    founder.click_tab(job.dialog.tabs, job.dialog.preview)
    assert "What if: scenarios" in job.dialog.preview.toPlainText()
    with qtbot.waitSignal(job.finished, timeout=60_000) as outcome:
        job.dialog.save_button.click()
    assert outcome.args[0] is True, outcome.args
    job.confirmation.close()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "What if: scenarios" in text and "This what-if (not saved)" in text
    assert choices[3][0] in text


def test_opening_on_a_review_already_scored_scores_it_no_more(
    qtbot, founder, make_window, shown_dialog, monkeypatch
):
    """The results have scored the review: the panel opens (and Reset comes back) with
    that roadmap on both sides, building none (two builds of the same answers were a
    third of its first opening)."""
    from moatdesk.ui.roadmap_cache import ROADMAPS

    window = make_window()
    founder.click(window.empty.example_button)
    window.actions_by_name["view_results"].trigger()
    results = shown_dialog(window, ResultsDialog)
    builds: list[int] = []
    real_build = whatif.build_roadmap
    monkeypatch.setattr(
        whatif, "build_roadmap", lambda *a, **k: builds.append(1) or real_build(*a, **k)
    )
    computed = ROADMAPS.computed
    founder.click(results.view.what_if_button)
    dialog = shown_dialog(window, WhatIfDialog)
    panel = dialog.panel
    assert ROADMAPS.computed == computed and builds == []
    assert panel.effect is not None and panel.effect.after == panel.before
    panel.runway.setValue(panel.runway.value() + 24)
    assert len(builds) == 1  # a change is scored
    founder.click(panel.reset)
    assert len(builds) == 1 and panel.effect.after == panel.before  # Reset is not
    dialog.close()
    results.close()
