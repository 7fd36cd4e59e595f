"""Exporting the PDF roadmap from the UI: which document, a preview, where, then open it.

1. ``ExportDialog``: three rows (full roadmap, brief, investor view); the chosen one is
   rendered in memory off the GUI thread and its pages are shown as the file will print
   (PDFium rasterises the very bytes, report/preview.py), with a text tab for screen
   readers and what an investor view withholds, before anything is written.  Only the
   pages in view (and the next one) are rasterised, as they scroll in; the others hold
   no bitmap (a 15-page roadmap's were ~20 MB, twice over as images and pixmaps).
2. "Save…" asks where (starting in the last folder used, else Documents) and writes
   exactly the bytes the preview showed, off the GUI thread, atomically.
3. The confirmation offers "Open" and "Show in folder" (QDesktopServices).

reportlab and pypdfium2 are imported inside the workers, so they never weigh on start-up.
"""

from __future__ import annotations

import math
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.models import Profile
from moatdesk.domain.textrules import Lang
from moatdesk.ui.i18n import error_text, fill, verbatim
from moatdesk.ui.save_dialog import ask_save_path, safe_file_stem
from moatdesk.ui.workers import start_in_worker

if TYPE_CHECKING:
    from collections.abc import Mapping

    from moatdesk.domain.results import Roadmap
    from moatdesk.report.pdf import ReportResult

translate = QCoreApplication.translate


class Variant(StrEnum):
    FULL = "full"
    BRIEF = "brief"
    INVESTOR = "investor"


def suggested_pdf_name(company: str, quarter: str, variant: Variant = Variant.FULL) -> str:
    """'<Company> MoatDesk roadmap <quarter>.pdf' (brief, investor roadmap) in the UI's
    language, safe on every file system (the company name is filled in verbatim, in one
    pass)."""
    template = {
        Variant.FULL: translate("PdfExport", "%1 MoatDesk roadmap %2.pdf"),
        Variant.BRIEF: translate("PdfExport", "%1 MoatDesk brief %2.pdf"),
        Variant.INVESTOR: translate("PdfExport", "%1 MoatDesk investor roadmap %2.pdf"),
    }[variant]
    return fill(template, safe_file_stem(company), quarter)


def render_variant(
    profile: Profile,
    quarter: str,
    lang: Lang,
    variant: Variant,
    scenarios: tuple = (),
    known: Mapping[str, Roadmap] | None = None,
):
    """The chosen document rendered in memory: (bytes, ReportResult). Runs in a worker.
    ``scenarios`` (report.scenario_data.PickedScenario): the full roadmap's scenarios page.
    ``known``: the profile's roadmaps the app's views already built (``known_roadmaps``)."""
    from moatdesk.report.pdf import ReportRequest, build_pdf_bytes

    request = ReportRequest(
        profile,
        quarter,
        lang,
        scenarios=scenarios,
        brief=variant is Variant.BRIEF,
        investor=variant is Variant.INVESTOR,
        known=known or {},
    )
    return build_pdf_bytes(request)


# Pixels per PDF point of the page preview (before the screen's device pixel ratio): an
# A4 page (595 pt) comes out about 480 px wide, a whole page legible in the dialog.
PREVIEW_SCALE = 0.8


def _image(page, ratio: float) -> QImage:  # page: report.preview.PageImage
    image = QImage(
        page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
    ).copy()  # detached from the Python bytes
    image.setDevicePixelRatio(ratio)
    return image


def page_images(pdf: bytes, scale: float, ratio: float = 1.0) -> list[QImage]:
    """The pages of ``pdf`` as images (each owns its pixels), for ``ratio`` screens."""
    from moatdesk.report.preview import render_pages

    return [_image(page, ratio) for page in render_pages(pdf, scale * ratio)]


def page_pixmap(pdf: bytes, index: int, scale: float, ratio: float = 1.0) -> QPixmap:
    """Page ``index`` (from 0) of ``pdf`` as a pixmap, for ``ratio`` screens: the pixels
    go from PDFium's bytes into the pixmap, with no image copy held in between."""
    from moatdesk.report.preview import render_page

    page = render_page(pdf, index, scale * ratio)
    image = QImage(
        page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
    )  # over page.pixels, alive until the pixmap has its copy
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PageView(QWidget):
    """One page of the preview: a white box of the page's size, its pixmap painted as it
    is once it has one.  Not a QLabel: a label keeps a copy of every pixmap it shows in
    Qt's pixmap cache (~1.3 MB a page, until the cache's 10 MiB are full), so each
    export's pages stayed in memory after the dialog had closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def setPixmap(self, pixmap: QPixmap) -> None:
        self._pixmap = pixmap
        self.update()

    def clear(self) -> None:
        """Drop the bitmap; the box keeps its size."""
        self._pixmap = QPixmap()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self._pixmap.isNull():
            painter.drawPixmap(0, 0, self._pixmap)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


def known_roadmaps(profile: Profile) -> dict[str, Roadmap]:
    """The roadmaps of ``profile``'s reviews that the app's cache holds, by quarter.

    Read on the GUI thread (the cache is not shared with workers); the worker then
    scores only the reviews no view has shown."""
    from moatdesk.ui.roadmap_cache import ROADMAPS

    known = {}
    for assessment in profile.assessments:
        roadmap = ROADMAPS.cached(assessment.basics, assessment)
        if roadmap is not None:
            known[assessment.quarter] = roadmap
    return known


def render_preview(
    profile: Profile,
    quarter: str,
    lang: Lang,
    variant: Variant,
    scenarios: tuple = (),
    known: Mapping[str, Roadmap] | None = None,
) -> tuple[bytes, ReportResult, tuple[tuple[float, float], ...]]:
    """The document, its text and its page sizes (points), all made off the GUI thread;
    the pages themselves are rasterised as they come into view (``page_pixmap``)."""
    from moatdesk.report.preview import page_sizes

    pdf, result = render_variant(profile, quarter, lang, variant, scenarios, known)
    result.page_text  # read now, in the worker  # noqa: B018
    return pdf, result, page_sizes(pdf)


def preview_text(result: object) -> str:
    """What the file will hold, as plain text: its metadata, then each page's text."""
    meta = getattr(result, "meta", {})
    pages: tuple[str, ...] = getattr(result, "page_text", ())
    lines = [
        fill(translate("PdfExport", "Title: %1"), meta.get("title", "")),
        fill(translate("PdfExport", "Author: %1"), meta.get("author", "")),
        fill(translate("PdfExport", "Subject: %1"), meta.get("subject", "")),
        fill(translate("PdfExport", "Keywords: %1"), meta.get("keywords", "")),
    ]
    for number, text in enumerate(pages, start=1):
        lines += ["", fill(translate("PdfExport", "— Page %1 of %2 —"), number, len(pages)), text]
    return "\n".join(lines)


def _failure_text(exc: Exception) -> str:
    if isinstance(exc, MoatDeskError):
        return error_text(exc)
    return f"{type(exc).__name__}: {exc}"  # a bug, not a founder's problem: name it plainly


class ExportDialog(QDialog):
    """Choose the document, see exactly what it holds, then save it."""

    preview_ready = Signal()  # the chosen variant is rendered and shown

    def __init__(
        self, parent: QWidget, profile: Profile, quarter: str, lang: Lang, scenarios: tuple = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-export")
        self.profile, self.quarter, self.lang = profile, quarter, lang
        self.scenarios = scenarios
        self.known = known_roadmaps(profile)  # what the views already scored: reused
        self.rendered: tuple[bytes, ReportResult] | None = None
        self._generation = 0
        self.setWindowTitle(translate("PdfExport", "Export PDF"))

        self.rows: dict[Variant, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        texts = {
            Variant.FULL: (
                translate("PdfExport", "Full roadmap"),
                translate(
                    "PdfExport",
                    "Page 1 is the brief; then each moat's reasons, every flag, the whole "
                    "roadmap, the trend and every answer with its notes.",
                ),
            ),
            Variant.BRIEF: (
                translate("PdfExport", "Brief"),
                translate(
                    "PdfExport", "The brief alone, at most two pages: to hand over in a minute."
                ),
            ),
            Variant.INVESTOR: (
                translate("PdfExport", "Investor view"),
                translate(
                    "PdfExport",
                    "The full roadmap without your notes, your free-text answers and the "
                    "answers you marked private.",
                ),
            ),
        }
        for variant, (title, detail) in texts.items():
            row = QRadioButton(title, self)
            row.setObjectName(f"variant-{variant.value}")
            group.addButton(row)
            self.rows[variant] = row
            note = QLabel(detail, self)
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(row)
            layout.addWidget(note)
            row.toggled.connect(lambda on, v=variant: self._render(v) if on else None)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # The pages as they will print, one under the other.
        self.pages = QScrollArea(self)
        self.pages.setObjectName("preview-pages")
        self.pages.setWidgetResizable(True)
        self.pages.setAccessibleName(translate("PdfExport", "Preview of the PDF's pages"))
        self.pages.setMinimumSize(560, 420)
        self.page_labels: list[PageView] = []
        self._set_pages(None, ())
        self.pages.verticalScrollBar().valueChanged.connect(self._show_visible_pages)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("PdfExport", "Preview of the PDF's text"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pages, translate("PdfExport", "Pages"))
        self.tabs.addTab(self.preview, translate("PdfExport", "Text"))
        self._text: str | None = None  # the text tab's, set into it once that tab is shown
        self.tabs.currentChanged.connect(self._fill_text)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(translate("PdfExport", "Save…"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def variant(self) -> Variant:
        return next(v for v, row in self.rows.items() if row.isChecked())

    def choose(self, variant: Variant) -> None:
        self.rows[variant].setChecked(True)

    def _set_pages(self, pdf: bytes | None, sizes: tuple[tuple[float, float], ...]) -> None:
        """One white page-sized box per page of ``pdf`` in the scroll area, replacing what
        it showed; the boxes in view get their page's pixels (``_show_visible_pages``)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(12)
        self.page_labels = []
        self._pdf = pdf
        self._ratio = self.devicePixelRatioF()
        total = len(sizes)
        for number, (width, height) in enumerate(sizes, start=1):
            label = PageView(holder)
            # The size PDFium's bitmap will have (it rounds up), in device-independent px.
            label.setFixedSize(
                math.ceil(math.ceil(width * PREVIEW_SCALE * self._ratio) / self._ratio),
                math.ceil(math.ceil(height * PREVIEW_SCALE * self._ratio) / self._ratio),
            )
            label.setAccessibleName(fill(translate("PdfExport", "Page %1 of %2"), number, total))
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column.addStretch(1)
        self.pages.setWidget(holder)  # the old holder and its pixmaps are deleted
        self._show_visible_pages()

    def pages_with_pixels(self) -> list[int]:
        """The pages (from 0) whose bitmaps are held now: those in view and the next."""
        return [i for i, label in enumerate(self.page_labels) if not label.pixmap().isNull()]

    def _show_visible_pages(self) -> None:
        """Give the pages in the viewport (and the one below it) their pixels; release the
        others'.  ~10 ms a page, on the GUI thread, as a page scrolls into view."""
        pdf: bytes | None = getattr(self, "_pdf", None)
        holder = self.pages.widget()
        if pdf is None or not self.page_labels or holder is None or holder.layout() is None:
            return
        holder.layout().activate()  # type: ignore[union-attr]  # the boxes' places, now
        top = self.pages.verticalScrollBar().value()
        bottom = top + max(self.pages.viewport().height(), 1)
        wanted: set[int] = set()
        for index, label in enumerate(self.page_labels):
            if label.y() < bottom and label.y() + label.height() > top:
                wanted.add(index)
        if wanted:
            wanted.add(min(max(wanted) + 1, len(self.page_labels) - 1))  # the next, ready
        for index, label in enumerate(self.page_labels):
            has = not label.pixmap().isNull()
            if index in wanted and not has:
                label.setPixmap(page_pixmap(pdf, index, PREVIEW_SCALE, self._ratio))
            elif index not in wanted and has:
                label.clear()  # its bitmap goes; the box keeps its size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_visible_pages()

    def _render(self, variant: Variant) -> None:
        self._generation += 1
        generation = self._generation
        self.rendered = None
        self.save_button.setEnabled(False)
        self.summary.setText(translate("PdfExport", "Preparing the preview…"))
        self._text = None
        self.preview.clear()
        self._set_pages(None, ())
        profile, quarter, lang, scenarios = self.profile, self.quarter, self.lang, self.scenarios
        known = self.known
        start_in_worker(
            lambda: render_preview(profile, quarter, lang, variant, scenarios, known),
            lambda out: self._on_rendered(generation, out),  # type: ignore[arg-type]
            lambda exc: self._on_failed(generation, exc),
            owner=self,  # rejected while rendering: the dialog is gone
        )

    def _on_rendered(
        self, generation: int, out: tuple[bytes, ReportResult, tuple[tuple[float, float], ...]]
    ) -> None:
        if generation != self._generation:
            return  # the founder chose another document meanwhile
        pdf, result, sizes = out
        self.rendered = (pdf, result)
        self._set_pages(pdf, sizes)
        pages = getattr(result, "pages", 0)
        summary = self.tr("%n pages", "", pages)
        withheld = getattr(result, "withheld", None)
        if withheld is not None:
            from moatdesk.report.redact import describe_withheld

            summary += " · " + describe_withheld(withheld, self.lang)
        self.summary.setText(summary)
        self._text = preview_text(result)
        self._fill_text()
        self.save_button.setEnabled(True)
        self.preview_ready.emit()

    def _fill_text(self) -> None:
        """The text tab gets the document's text when it is in view: laid out while
        hidden, a 14-page Korean roadmap's text held 0.4 MiB more at the export step of
        bench_ui's memory run (issue 16), more for a longer document."""
        if self._text is not None and self.tabs.currentWidget() is self.preview:
            self.preview.setPlainText(self._text)
            self._text = None

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.summary.setText(
            fill(
                translate("PdfExport", "The roadmap could not be exported:\n%1"), _failure_text(exc)
            )
        )


class PdfExportJob(QObject):
    """One export: the dialog, the save, the confirmation; ``finished`` says how it ended.

    Once finished the job and its dialog are deleted (the confirmation when it closes):
    left to their parent they held the rendered PDF, its page bitmaps and text until
    the main window closed (issue 16; docs/benchmarks.md, "Main window", memory).
    """

    finished = Signal(bool, str)  # success, the path or the error message ("" if cancelled)

    def __init__(
        self, parent: QWidget, profile: Profile, quarter: str, lang: Lang, scenarios: tuple = ()
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.profile, self.quarter = profile, quarter
        self.dialog = ExportDialog(parent, profile, quarter, lang, scenarios)
        self.dialog.accepted.connect(self._save)
        self.dialog.rejected.connect(lambda: self.finished.emit(False, ""))
        self.confirmation: QMessageBox | None = None
        self.target: Path | None = None
        self.finished.connect(self._dispose)

    def _dispose(self) -> None:
        self.dialog.deleteLater()
        self.deleteLater()

    def start(self) -> None:
        self.dialog.open()
        self.dialog.choose(Variant.FULL)

    def _save(self) -> None:
        if self.dialog.rendered is None:
            self.finished.emit(False, "")
            return
        variant = self.dialog.variant()
        target = ask_save_path(
            self._parent,
            translate("PdfExport", "Export the PDF roadmap"),
            suggested_pdf_name(self.profile.basics.name, self.quarter, variant),
            translate("PdfExport", "PDF documents (*.pdf)"),
            ".pdf",
        )
        if target is None:
            self.finished.emit(False, "")
            return
        self.target = target
        pdf, result = self.dialog.rendered
        from moatdesk.report.pdf import write_pdf

        start_in_worker(
            lambda: write_pdf(pdf, result, target), self._on_done, self._on_failed, owner=self
        )

    def _on_done(self, result: object) -> None:
        assert self.target is not None
        pages = getattr(result, "pages", 0)
        message = fill(self.tr("Saved the roadmap (%n pages) to\n%1", "", pages), self.target)
        missing = getattr(result, "missing_glyphs", [])
        if missing:
            chars = "".join(sorted({c for m in missing for c in m.characters}))
            message += "\n\n" + translate(
                "PdfExport", "Some characters could not be drawn with the bundled fonts: %1"
            ).replace("%1", chars)
        self.confirmation = self._confirm(message, self.target)
        self.finished.emit(True, str(self.target))

    def _confirm(self, message: str, target: Path) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, "", verbatim(message), parent=self._parent)
        box.setWindowTitle(translate("PdfExport", "Export PDF"))
        open_button = box.addButton(
            translate("PdfExport", "Open"), QMessageBox.ButtonRole.ActionRole
        )
        folder_button = box.addButton(
            translate("PdfExport", "Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(target)))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(target.parent))
        )
        box.setObjectName("pdf-export-done")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _on_failed(self, exc: Exception) -> None:
        message = _failure_text(exc)
        QMessageBox.warning(
            self._parent,
            translate("PdfExport", "Export PDF"),
            verbatim(
                fill(translate("PdfExport", "The roadmap could not be exported:\n%1"), message)
            ),
        )
        self.finished.emit(False, message)


def export_pdf_interactive(
    parent: QWidget, profile: Profile, quarter: str, lang: Lang, scenarios: tuple = ()
) -> PdfExportJob:
    """Open the export dialog (choice, preview); saving and the rest follow from it.
    ``scenarios``: what-ifs the founder picked for the full roadmap's scenarios page."""
    job = PdfExportJob(parent, profile, quarter, lang, scenarios)
    job.start()
    return job
