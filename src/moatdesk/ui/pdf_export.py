"""Exporting the PDF roadmap from the UI: file dialog, worker thread, progress.

reportlab is imported inside the worker, so it never weighs on start-up, and the
export runs on a QThreadPool thread so the window stays responsive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.models import Profile
from moatdesk.domain.textrules import Lang
from moatdesk.ui.i18n import error_text, fill, verbatim
from moatdesk.ui.save_dialog import ask_save_path, safe_file_stem
from moatdesk.ui.workers import CollectorPause

translate = QCoreApplication.translate


def suggested_pdf_name(company: str, quarter: str) -> str:
    """'<Company> MoatDesk roadmap <quarter>.pdf' in the UI's language, safe on every
    file system (the company name is filled in verbatim, in one pass)."""
    return fill(
        translate("PdfExport", "%1 MoatDesk roadmap %2.pdf"), safe_file_stem(company), quarter
    )


class _Signals(QObject):
    done = Signal(object)  # ReportResult
    failed = Signal(object)  # the exception: rendered in the UI's language on the GUI thread


class _ExportTask(QRunnable):
    def __init__(
        self, profile: Profile, quarter: str, lang: Lang, target: Path, scenarios: tuple = ()
    ) -> None:
        super().__init__()
        self.signals = _Signals()
        self._args = (profile, quarter, lang, target, scenarios)

    def run(self) -> None:
        profile, quarter, lang, target, scenarios = self._args
        try:
            from moatdesk.report.pdf import ReportRequest, export_roadmap_pdf

            request = ReportRequest(
                profile=profile, quarter=quarter, lang=lang, scenarios=scenarios
            )
            self.signals.done.emit(export_roadmap_pdf(request, target))
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(exc)


class PdfExportJob(QObject):
    """One export in flight: owns the progress dialog and reports the outcome."""

    finished = Signal(bool, str)  # success, the path or the error message

    def __init__(
        self,
        parent: QWidget,
        profile: Profile,
        quarter: str,
        lang: Lang,
        target: Path,
        scenarios: tuple = (),  # report.scenario_data.PickedScenario: the scenarios page
    ):
        super().__init__(parent)
        self._parent = parent
        self.target = target
        self.progress = QProgressDialog(
            translate("PdfExport", "Exporting the roadmap to %1…").replace("%1", target.name),
            "",
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(translate("PdfExport", "Export PDF"))
        self.progress.setCancelButton(None)  # reportlab cannot be interrupted mid-build
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self._task = _ExportTask(profile, quarter, lang, target, scenarios)
        self._task.signals.done.connect(self._on_done)
        self._task.signals.failed.connect(self._on_failed)

    def start(self) -> None:
        self.progress.show()
        CollectorPause.enter()
        QThreadPool.globalInstance().start(self._task)

    def _on_done(self, result: object) -> None:
        CollectorPause.leave()
        self.progress.close()
        pages = getattr(result, "pages", 0)
        message = fill(self.tr("Saved the roadmap (%n pages) to\n%1", "", pages), self.target)
        missing = getattr(result, "missing_glyphs", [])
        if missing:
            chars = "".join(sorted({c for m in missing for c in m.characters}))
            message += "\n\n" + translate(
                "PdfExport", "Some characters could not be drawn with the bundled fonts: %1"
            ).replace("%1", chars)
        QMessageBox.information(self._parent, translate("PdfExport", "Export PDF"), message)
        self.finished.emit(True, str(self.target))

    def _on_failed(self, exc: Exception) -> None:
        CollectorPause.leave()
        self.progress.close()
        if isinstance(exc, MoatDeskError):
            message = error_text(exc)
        else:  # a bug, not a founder's problem: name it plainly
            message = f"{type(exc).__name__}: {exc}"
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
) -> PdfExportJob | None:
    """Ask where to save, then export off the GUI thread. None if the user cancelled."""
    target = ask_save_path(
        parent,
        translate("PdfExport", "Export the PDF roadmap"),
        suggested_pdf_name(profile.basics.name, quarter),
        translate("PdfExport", "PDF documents (*.pdf)"),
        ".pdf",
    )
    if target is None:
        return None
    job = PdfExportJob(parent, profile, quarter, lang, target, scenarios)
    job.start()
    return job
