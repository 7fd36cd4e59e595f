"""The main window's review actions: start, continue, results, PDF.

A mixin of ``MainWindow`` (which provides ``store``, ``settings``, ``panel``,
``detail``, ``current_quarter()``, ``reload()`` and ``selected_profile()``): it decides
which quarter's assessment to open (a new draft, the draft in progress, or a final
one reopened to amend it) and opens the wizard, the results or the PDF export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.i18n import ui_lang

if TYPE_CHECKING:
    from moatdesk.domain.models import Assessment, Profile
    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.pdf_export import PdfExportJob
    from moatdesk.ui.profile_detail import ProfileDetail
    from moatdesk.ui.profiles_panel import ProfilesPanel
    from moatdesk.ui.settings import AppSettings
    from moatdesk.ui.wizard.wizard import ReviewWizard

    _Host = QMainWindow  # the type checker sees the window this mixin is mixed into
else:
    _Host = object

translate = QCoreApplication.translate


class ReviewFlow(_Host):
    if TYPE_CHECKING:  # what MainWindow provides (the actions run only once a store is open)
        store: ProfileStore
        settings: AppSettings
        panel: ProfilesPanel
        detail: ProfileDetail
        wizard: ReviewWizard | None
        last_export: PdfExportJob | None

        def current_quarter(self) -> str: ...
        def selected_profile(self) -> Profile | None: ...
        def reload(self, select: str | None = None, *, detail_later: bool = False) -> None: ...
        def _show_dialog(self, dialog: QWidget) -> None: ...

    def new_profile(self):
        return self.open_wizard(None, None, self.current_quarter())

    def start_review(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        quarter = self.current_quarter()
        existing = next((a for a in profile.assessments if a.quarter == quarter), None)
        if existing is not None and existing.status is AssessmentStatus.FINAL:
            answer = QMessageBox.question(
                self,
                translate("MainWindow", "Start review"),
                translate(
                    "MainWindow", "The %1 review is already finished. Reopen it to amend it?"
                ).replace("%1", quarter),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            existing = self.store.reopen(profile.id, quarter)
        elif existing is not None:
            if not self._offer_draft(existing):
                return
        else:
            existing = self.store.start_review(profile.id, quarter)
        self.open_wizard(self.store.get_profile(profile.id), existing, quarter)

    def _offer_draft(self, draft: Assessment) -> bool:
        from moatdesk.ui.profiles_panel import format_when

        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Continue draft"),
            translate("MainWindow", "You have a draft of %1, last saved %2. Continue it?")
            .replace("%1", draft.quarter)
            .replace("%2", format_when(draft.updated_at)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def continue_draft(self) -> None:
        profile = self.selected_profile()
        drafts = [a for a in (profile.assessments if profile else []) if a.status == "draft"]
        if profile is not None and drafts:
            self.open_wizard(profile, drafts[-1], drafts[-1].quarter)

    def open_wizard(self, profile: Profile | None, assessment: Assessment | None, quarter: str):
        from moatdesk.ui.wizard.wizard import ReviewWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        wizard = ReviewWizard(self.store, quarter, profile, assessment, self)
        wizard.setWindowIcon(self.windowIcon())
        geometry = self.settings.geometry("wizard")
        if geometry is not None:
            wizard.restoreGeometry(geometry)
        wizard.saved.connect(lambda _pid: self._refresh_list_soon())
        wizard.finished.connect(lambda _result, w=wizard: self._wizard_closed(w))
        self.wizard = wizard
        wizard.show()
        return wizard

    def _refresh_list_soon(self) -> None:
        QTimer.singleShot(
            0, lambda: self.panel.set_profiles(self.store.list_profiles(), notify=False)
        )

    def _wizard_closed(self, wizard) -> None:
        self.settings.set_geometry("wizard", wizard.saveGeometry())
        self.reload(select=wizard.profile.id if wizard.profile else None)
        self.wizard = None

    def _quarter_to_show(self, quarter: str | None) -> tuple[Profile, str] | None:
        profile = self.selected_profile()
        if profile is None or not profile.assessments:
            return None
        quarter = quarter or self.detail.selected_quarter() or profile.assessments[-1].quarter
        return profile, quarter

    def view_results(self, quarter: str | None) -> None:
        from moatdesk.domain.roadmap import build_roadmap
        from moatdesk.ui.dialogs import ResultsDialog

        target = self._quarter_to_show(quarter)
        if target is None:
            return
        profile, quarter = target
        assessment = self.store.get_assessment(profile.id, quarter)
        dialog = ResultsDialog(self)
        dialog.view.show_results(profile, assessment, build_roadmap(profile.basics, assessment))
        dialog.view.export_requested.connect(lambda: self.export_pdf(quarter))
        self._show_dialog(dialog)

    def export_pdf(self, quarter: str | None = None):
        from moatdesk.ui.pdf_export import export_pdf_interactive

        target = self._quarter_to_show(quarter)
        if target is None:
            return None
        self.last_export = export_pdf_interactive(self, target[0], target[1], ui_lang())
        return self.last_export
