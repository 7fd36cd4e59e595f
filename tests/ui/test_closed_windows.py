"""A closed window is deleted: a long session of reviews does not keep growing.

Every results, what-if, settings or trash window, every wizard and every PDF export
(with its rendered document) stayed a child of the main window until the app closed
(issue 16, peak memory).  These tests count what is left after closing them.
"""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from factories import reviewed
from moatdesk.ui.dialogs import ResultsDialog, SettingsDialog, TrashDialog
from moatdesk.ui.guide import GuideDialog
from moatdesk.ui.pdf_export import ExportDialog, PdfExportJob
from moatdesk.ui.whatif_panel import WhatIfDialog
from moatdesk.ui.wizard.wizard import ReviewWizard
from moatdesk.ui.workers import CollectorPause

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

KINDS: tuple[type[QObject], ...] = (
    ResultsDialog,
    WhatIfDialog,
    SettingsDialog,
    TrashDialog,
    GuideDialog,
    ReviewWizard,
    ExportDialog,
    PdfExportJob,
)


def alive(window) -> dict[str, int]:
    """How many of each kind are left, once the deletions asked for have run."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    counts = {kind.__name__: len(window.findChildren(kind)) for kind in KINDS}
    return {name: count for name, count in counts.items() if count}


def test_closed_windows_are_deleted_round_after_round(
    qtbot, founder, make_window, store, basics_named, shown_dialog
):
    reviewed(store, basics_named, "Closing Co", "2026-Q3")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    for round_ in range(3):
        for name, kind in (
            ("view_results", ResultsDialog),
            ("what_if", WhatIfDialog),
            ("settings", SettingsDialog),
            ("trash", TrashDialog),
            ("guide", GuideDialog),
        ):
            window.actions_by_name[name].trigger()
            shown_dialog(window, kind).close()

        window.actions_by_name["continue_draft" if round_ else "start_review"].trigger()
        wizard = window.controller.wizard
        founder.next(wizard)
        founder.next(wizard)
        wizard.close()

        window.actions_by_name["export_pdf"].trigger()
        job = window.findChildren(PdfExportJob)[-1]
        qtbot.waitUntil(lambda job=job: job.dialog.save_button.isEnabled(), timeout=60_000)
        job.dialog.reject()  # looked at the preview, did not save

        assert alive(window) == {}


def test_an_export_closed_while_it_renders_drops_the_late_preview(
    qtbot, make_window, store, basics_named
):
    """The preview is rendered off the GUI thread; closing the dialog before it arrives
    deletes the dialog, and the late result must not be shown into deleted widgets
    (pytest-qt fails the test on an exception in that callback)."""
    reviewed(store, basics_named, "Impatient Co", "2026-Q3")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    window.actions_by_name["export_pdf"].trigger()
    job = window.findChildren(PdfExportJob)[-1]
    finished: list[bool] = []
    job.finished.connect(lambda ok, _detail: finished.append(ok))
    job.dialog.reject()  # before any event is processed: the render is still running
    qtbot.waitUntil(lambda: CollectorPause.running == 0, timeout=60_000)  # it arrived
    assert finished == [False]
    assert alive(window) == {}


def test_a_closed_wizard_is_freed_without_the_collector(
    qtbot, founder, make_window, store, basics_named
):
    """A closed wizard goes with its last reference, pages, question widgets and answers
    (~2 MiB at 8 pages on): no reference cycle keeps it for the collector's next full
    pass, which comes after many of them (the autosaver held the wizard's bound save
    method; 8 rounds of the memory benchmark grew 18 MiB)."""
    reviewed(store, basics_named, "Freed Co", "2026-Q3")
    window = make_window()
    qtbot.waitUntil(window.detail.ready)
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    for _ in range(3):
        founder.next(wizard)
    freed = weakref.ref(wizard)
    CollectorPause.enter()  # collects first
    try:
        wizard.close()
        del wizard
        assert alive(window) == {}  # the window let go of it
        assert freed() is None
    finally:
        CollectorPause.leave(collect_after=False)
