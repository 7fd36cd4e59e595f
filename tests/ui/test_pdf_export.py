"""The export dialog: three documents to choose from, a preview of exactly what will be
written (what an investor view withholds included), then Open / Show in folder, and the
next save dialog starting in the folder used last."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from moatdesk.ui.pdf_export import PREVIEW_SCALE, PdfExportJob, Variant, page_images

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def export_dialog(qtbot, founder, make_window):
    window = make_window()
    founder.click(window.empty.example_button)
    window.actions_by_name["export_pdf"].trigger()
    job = window.findChildren(PdfExportJob)[-1]
    qtbot.waitUntil(lambda: job.dialog.save_button.isEnabled(), timeout=60_000)
    return window, job


def test_each_row_previews_its_own_document(qtbot, founder, make_window) -> None:
    _window, job = export_dialog(qtbot, founder, make_window)
    dialog = job.dialog
    # The text tab is filled when it is shown, not laid out unseen (issue 16).
    assert dialog.tabs.currentWidget() is not dialog.preview
    assert dialog.preview.document().characterCount() <= 1  # empty
    founder.click_tab(dialog.tabs, dialog.preview)
    full = dialog.preview.toPlainText()
    assert dialog.variant() is Variant.FULL and "Page 1 of" in full
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        founder.click(dialog.rows[Variant.BRIEF])
    brief = dialog.preview.toPlainText()
    assert "Page 2 of 2" in brief and "Page 3 of" not in brief
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        founder.click(dialog.rows[Variant.INVESTOR])
    investor = dialog.preview.toPlainText()
    assert "Withheld from this view: notes on" in dialog.summary.text()
    assert "Withheld from this view" in investor  # the PDF says so too, on page 1
    profile = job.profile
    notes = [a.note for a in profile.assessments[-1].answers.values() if a.note.strip()]
    assert notes and all(note not in investor for note in notes)
    assert any(note.split("\n")[0] in full for note in notes)  # the check can fail
    dialog.reject()


def test_the_preview_shows_the_pages_of_the_very_bytes_it_will_save(
    qtbot, founder, make_window
) -> None:
    """Every page, as PDFium draws the bytes the dialog holds (not a description)."""
    _window, job = export_dialog(qtbot, founder, make_window)
    dialog = job.dialog
    pdf, result = dialog.rendered
    assert len(dialog.page_labels) == result.pages > 2
    assert f"{result.pages} pages" in dialog.summary.text()
    shown = dialog.page_labels[0].pixmap().toImage()
    expected = page_images(pdf, PREVIEW_SCALE, dialog.devicePixelRatioF())[0]
    assert shown.convertToFormat(expected.format()) == expected
    dark = sum(
        1
        for y in range(0, shown.height(), 7)
        for x in range(0, shown.width(), 7)
        if shown.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # a page with text on it, not a blank box
    assert dialog.page_labels[1].accessibleName() == f"Page 2 of {result.pages}"
    # The roadmaps the app's views built (its cache) are handed to the export, not rescored.
    from moatdesk.ui.pdf_export import known_roadmaps
    from moatdesk.ui.roadmap_cache import ROADMAPS

    last = job.profile.assessments[-1]
    built = ROADMAPS.roadmap(last.basics, last)
    assert known_roadmaps(job.profile)[last.quarter] is built
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        founder.click(dialog.rows[Variant.BRIEF])
    assert len(dialog.page_labels) == dialog.rendered[1].pages <= 2
    dialog.reject()


def test_the_preview_holds_bitmaps_only_for_the_pages_in_view(qtbot, founder, make_window) -> None:
    """A 15-page roadmap's pages were ~20 MB of bitmaps, held twice (images and pixmaps)
    while the dialog was open: now only the pages in view and the next have pixels."""
    _window, job = export_dialog(qtbot, founder, make_window)
    dialog = job.dialog
    pdf, result = dialog.rendered
    total = len(dialog.page_labels)
    assert total == result.pages > 5
    held = dialog.pages_with_pixels()
    assert held[0] == 0 and len(held) <= 3
    # Every page has its page-sized box, so the scroll bar spans the whole document.
    assert len({(label.width(), label.height()) for label in dialog.page_labels}) == 1
    bar = dialog.pages.verticalScrollBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_End)  # the founder scrolls to the last page
    held = dialog.pages_with_pixels()
    assert total - 1 in held and 0 not in held and len(held) <= 3
    shown = dialog.page_labels[-1].pixmap().toImage()
    expected = page_images(pdf, PREVIEW_SCALE, dialog.devicePixelRatioF())[-1]
    assert shown.convertToFormat(expected.format()) == expected
    qtbot.keyClick(bar, Qt.Key.Key_Home)  # and back: page 1 is drawn again, the last let go
    held = dialog.pages_with_pixels()
    assert held[0] == 0 and total - 1 not in held and len(held) <= 3
    dialog.reject()


def test_saved_file_is_the_previewed_one_and_can_be_opened(
    qtbot, founder, make_window, tmp_path: Path, monkeypatch
) -> None:
    from pypdf import PdfReader

    window, job = export_dialog(qtbot, founder, make_window)
    with qtbot.waitSignal(job.dialog.preview_ready, timeout=60_000):
        founder.click(job.dialog.rows[Variant.INVESTOR])
    starts: list[str] = []
    folder = tmp_path / "board pack"
    folder.mkdir()

    def save_dialog(_parent, _title, proposed, _filter):
        starts.append(str(Path(proposed).parent))
        return str(folder / "for investors"), ""  # the suffix left off

    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(job.finished, timeout=60_000) as outcome:
        founder.click(job.dialog.save_button)
    target = folder / "for investors.pdf"
    assert outcome.args == [True, str(target)]
    assert target.read_bytes() == job.dialog.rendered[0]  # exactly the previewed bytes
    text = PdfReader(target).pages[0].extract_text()
    assert "Investor view" in text
    box = job.confirmation
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    founder.click(buttons["Open"])
    founder.click(buttons["Show in folder"])
    assert [u.toLocalFile() for u in opened] == [str(target), str(folder)]
    box.close()

    # The next export's save dialog starts where this one went, also after a restart.
    window.actions_by_name["export_pdf"].trigger()
    second = window.findChildren(PdfExportJob)[-1]
    qtbot.waitUntil(lambda: second.dialog.save_button.isEnabled(), timeout=60_000)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, proposed, _f: starts.append(str(Path(proposed).parent)) or ("", ""),
    )
    with qtbot.waitSignal(second.finished, timeout=10_000):
        founder.click(second.dialog.save_button)
    assert starts[1] == str(folder)
    assert window.controller.settings.export_dir() == folder


def test_the_founder_marks_an_answer_private_in_the_wizard(
    qtbot, founder, make_window, store
) -> None:
    """The wizard's Private box is saved with the answer, and the investor view then
    withholds it (value, confidence and note)."""
    from moatdesk.report.pdf import ReportRequest, build_pdf_bytes
    from moatdesk.ui.wizard.question_widget import QuestionWidget

    window = make_window()
    founder.click(window.empty.new_button)
    wizard = window.controller.wizard
    founder.fill_basics(wizard, "Private Parts AI")
    founder.next(wizard)
    page = wizard.currentPage()
    founder.answer_page(page)
    widget = page.findChildren(QuestionWidget)[0]
    assert not widget.answer().private
    founder.click(widget.private)
    assert widget.answer().private
    qid = widget.question.id

    def saved_private() -> bool:
        assessments = store.get_profile("Private Parts AI").assessments
        answer = assessments[-1].answers.get(qid) if assessments else None
        return answer is not None and answer.private

    qtbot.waitUntil(saved_private, timeout=10_000)  # autosaved
    profile = store.get_profile("Private Parts AI")
    widget.set_answer(profile.assessments[-1].answers[qid])
    assert widget.private.isChecked()  # and it comes back when the page loads again
    request = ReportRequest(profile, profile.assessments[-1].quarter, "en", investor=True)
    _pdf, result = build_pdf_bytes(request)
    assert result.withheld is not None and qid in result.withheld.questions
    assert result.withheld.private == 1
