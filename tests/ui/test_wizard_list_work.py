"""What the main window does while the wizard saves, with 1,000 profiles in the store.

Every pause in typing autosaves the draft; the list behind the wizard then shows that
profile's new "last edited" and "draft" state.  That is one row read by its key, not
every profile listed again (issue 16/17: ~20-50 ms per autosave with 1,000 profiles).
Counted, not timed.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication

from factories import basics, summaries
from listing import cell
from moatdesk.storage import profiles_repo
from moatdesk.storage.connection import transaction, utc_now

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

PROFILES = 1_000


def fill(store, count: int) -> None:
    """``count`` profiles with no quarter, through the store's own repository."""
    now = utc_now()
    with transaction(store._conn, store.db_path) as conn:
        for n in range(count):
            profiles_repo.insert(conn, uuid.uuid4().hex, basics(name=f"Company {n:04d}"), now, now)


class Counts:
    def __init__(self, monkeypatch, store, panel) -> None:
        self.listed = 0  # every profile read (ProfileStore.list_profile_rows)
        self.refreshed = 0  # the whole list compared again (ProfilesPanel.set_rows)
        self.detail = 0  # the detail pane rebuilt (ProfileDetail.show_profile)
        list_rows = store.list_profile_rows
        set_rows = panel.set_rows
        show_profile = panel.parent().window().detail.show_profile

        def listing(read):
            def counted(*args, **kwargs):
                self.listed += 1
                return read(*args, **kwargs)

            return counted

        def refreshing(*args, **kwargs):
            self.refreshed += 1
            return set_rows(*args, **kwargs)

        def showing(*args, **kwargs):
            self.detail += 1
            return show_profile(*args, **kwargs)

        monkeypatch.setattr(store, "list_profile_rows", listing(list_rows))
        monkeypatch.setattr(panel, "set_rows", refreshing)
        monkeypatch.setattr(panel.parent().window().detail, "show_profile", showing)

    def reset(self) -> None:
        self.listed = self.refreshed = self.detail = 0


def test_an_autosave_updates_the_one_row_and_lists_nothing(
    qtbot, founder, make_window, store, monkeypatch
):
    fill(store, PROFILES)
    window = make_window()
    assert window.panel.model.rowCount() == PROFILES
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Zebra Autosave")  # sorts last of the 1,001
    counts = Counts(monkeypatch, store, window.panel)
    founder.next(wizard)  # the profile is created: it joins the list (one full refresh)
    qtbot.waitUntil(lambda: window.panel.model.rowCount() == PROFILES + 1)
    assert counts.listed == 1 and counts.refreshed == 1
    model = window.panel.model
    row = model.row_of(wizard.profile.id)
    assert row == PROFILES and "draft" in cell(window.panel, row, 2)
    before = model.summary(row)

    counts.reset()
    page = wizard.section_pages[0]
    for _ in range(3):  # three answers, three pauses: three autosaves
        founder.answer_page(page, choice=2)
        wizard.autosaver.flush()
        QApplication.processEvents()
    # The row shows the last save (its time), as a full listing would.
    assert model.summary(row) == store.profile_summary(wizard.profile.id)
    assert model.summary(row).updated_at > before.updated_at
    assert counts.listed == 0, "an autosave listed every profile"
    assert counts.refreshed == 0, "an autosave refreshed the whole list"
    assert counts.detail == 0, "an autosave rebuilt the detail pane"

    counts.reset()
    profile_id = wizard.profile.id
    wizard.close()  # the list is current already: its row is read again, and shown
    QApplication.processEvents()
    assert counts.listed == 0, "closing the wizard listed every profile"
    assert counts.refreshed == 0 and counts.detail == 1
    assert window.panel.current_id() == profile_id
    assert model.summary(row) == store.profile_summary(profile_id)


def test_saves_in_one_turn_make_one_row_read(qtbot, founder, make_window, store, monkeypatch):
    fill(store, 20)
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Burst")
    founder.next(wizard)
    qtbot.waitUntil(lambda: window.panel.model.row_of(wizard.profile.id) is not None)
    reads: list[str] = []
    summary = store.profile_summary
    monkeypatch.setattr(store, "profile_summary", lambda pid: reads.append(pid) or summary(pid))
    for _ in range(3):
        wizard.saved.emit(wizard.profile.id)
    QApplication.processEvents()
    assert reads == [wizard.profile.id]


def test_a_rename_in_the_wizard_lists_again_in_order(
    qtbot, founder, make_window, store, basics_named
):
    for name in ("Alpha", "Mango", "Zulu"):
        store.create_profile(basics_named(name))
    window = make_window()
    profile = store.get_profile("Alpha")
    window.controller.open_wizard(profile, None, "2026-Q4")
    wizard = window.controller.wizard
    wizard.basics_page.name.clear()
    founder.type_into(wizard.basics_page.name, "Omega")
    founder.next(wizard)  # the basics are saved under the new name
    qtbot.waitUntil(lambda: cell(window.panel, 1, 0) == "Omega")
    assert [cell(window.panel, r, 0) for r in range(3)] == ["Mango", "Omega", "Zulu"]


def test_one_profiles_row_is_its_row_of_the_whole_list(store, basics_named):
    for name in ("Alpha", "Beta"):
        store.create_profile(basics_named(name))
    beta = store.get_profile("Beta")
    store.start_review(beta.id, "2026-Q3")
    assert store.profile_summary(beta.id) == summaries(store)[1]
    store.delete_profile(beta.id)
    assert store.profile_summary(beta.id) is None
    assert store.profile_summary("no-such-id") is None


def test_finishing_a_review_scores_it_once_for_the_results_and_the_main_window(
    qtbot, founder, make_window, store, basics_named, monkeypatch
):
    """Finish shows the results with the comparison to the previous final review, then
    the main window shows the new quarter: one roadmap is built in all (the new
    review's); the previous one comes from the cache the detail pane filled."""
    import moatdesk.domain.compare as compare
    import moatdesk.domain.history as history
    import moatdesk.domain.roadmap as roadmap_module
    from moatdesk.domain.models import Answer
    from moatdesk.ui.wizard import prompts

    profile = store.create_profile(basics_named("Twice Reviewed"))
    for quarter in ("2026-Q2", "2026-Q3"):
        store.start_review(profile.id, quarter)
        store.save_draft(profile.id, quarter, {"speed.steamroll_exposure": Answer(value=3)})
        store.finalise(profile.id, quarter)
    window = make_window()  # today: 2026-Q4
    qtbot.waitUntil(window.detail.ready)

    built: list[str] = []
    real = roadmap_module.build_roadmap

    def counting(basics, assessment, *args, **kwargs):
        built.append(assessment.quarter)
        return real(basics, assessment, *args, **kwargs)

    for module in (roadmap_module, compare, history):
        monkeypatch.setattr(module, "build_roadmap", counting)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)  # "Finish anyway"
    window.controller.open_wizard(store.get_profile(profile.id), None, "2026-Q4")
    wizard = window.controller.wizard
    founder.next(wizard)
    while wizard.currentPage() is not wizard.review_page:
        founder.next(wizard)
    founder.finish_review(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.results_page)
    assert wizard.results_page.view.since is not None  # compared with 2026-Q3
    assert built == ["2026-Q4"]
    wizard.accept()
    qtbot.waitUntil(lambda: window.controller.wizard is None)
    qtbot.waitUntil(window.detail.ready)
    assert window.detail.trend.quarters[-1] == "2026-Q4"
    assert built == ["2026-Q4"]


def test_quitting_with_the_wizard_open_saves_the_draft_and_lists_nothing(
    qtbot, founder, make_window, store, basics_named, monkeypatch
):
    from moatdesk.domain.taxonomy import AssessmentStatus

    fill(store, 50)
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Quitter")
    founder.next(wizard)
    founder.answer_page(wizard.section_pages[0], choice=2)
    counts = Counts(monkeypatch, store, window.panel)
    window.close()  # the wizard closes with it and saves its draft
    assert window.controller.wizard is None
    assert counts.listed == 0 and counts.refreshed == 0 and counts.detail == 0
    [draft] = store.get_profile("Quitter").assessments
    assert draft.status is AssessmentStatus.DRAFT and draft.answers
