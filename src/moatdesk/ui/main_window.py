"""The main window: profiles on the left, the selected profile on the right.

Every action lives in ``actions.ACTION_TABLE`` (menu entry + shortcut); the handlers
here only ask the store and open views.  Errors a founder can act on
(MoatDeskError) are shown in a dialog, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.actions import ACTION_TABLE, make_actions, menu_titles, retranslate_actions
from moatdesk.ui.after_paint import after_next_paint
from moatdesk.ui.empty_state import EmptyState
from moatdesk.ui.i18n import LanguageSwitcher, error_text, ui_lang, verbatim
from moatdesk.ui.look import app_icon
from moatdesk.ui.profile_detail import ProfileDetail
from moatdesk.ui.profiles_panel import ProfilesPanel
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.review_flow import ReviewFlow
from moatdesk.ui.settings import AppSettings
from moatdesk.ui.toast import UndoBar

if TYPE_CHECKING:  # pydantic models: not needed before the first frame
    from moatdesk.domain.models import Profile
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate


class MainWindow(Retranslating, ReviewFlow, QMainWindow):
    def __init__(
        self,
        store,
        settings: AppSettings,
        switcher: LanguageSwitcher,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.switcher = switcher
        self._today = today
        self.wizard: ReviewWizard | None = None
        self._dialogs: list[QWidget] = []  # keep non-modal dialogs alive
        self.setWindowIcon(app_icon())
        self.undo_bar = UndoBar(self)
        # Named so, not "actions": that would shadow QWidget.actions().
        self.actions_by_name = make_actions(self)
        self._menus = {key: self.menuBar().addMenu("") for key in menu_titles()}
        for name, (menu, _keys) in ACTION_TABLE.items():
            self._menus[menu].addAction(self.actions_by_name[name])
            if name in ("export_pdf", "settings", "undo", "delete"):
                self._menus[menu].addSeparator()
        self._connect_actions()

        self.panel = ProfilesPanel(self)
        self.panel.current_changed.connect(self._on_selected)
        self.panel.activated.connect(lambda _pid: self.actions_by_name["view_results"].trigger())
        review_actions = [
            self.actions_by_name[n]
            for n in ("start_review", "continue_draft", "view_results", "export_pdf")
        ]
        self.detail = ProfileDetail(store, review_actions, self)
        self.detail.quarter_activated.connect(lambda q: self.view_results(q))
        self.empty = EmptyState(
            self.actions_by_name["new_profile"], self.actions_by_name["open_example"], self
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 780])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        self.stack.addWidget(QWidget(self))  # blank until the store is attached
        # The bar's button goes through the action, so errors reach the same guard.
        self.undo_bar.undo_button.clicked.disconnect()
        self.undo_bar.undo_button.clicked.connect(self.actions_by_name["undo"].trigger)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.stack, 1)
        column.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self.resize(1200, 780)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()
        self.attach_store(store)

    # -- data ------------------------------------------------------------------------
    def current_quarter(self) -> str:
        from moatdesk.domain.quarters import quarter_of

        return quarter_of(self._today())

    def attach_store(self, store, *, detail_later: bool = False) -> None:
        """Show ``store``'s profiles.  None: the window is up, the store still opening

        (run_gui shows the window first, so it appears before SQLite loads).  With
        ``detail_later`` the list paints first and the selected profile fills the
        detail pane on the next turn of the event loop: reading it loads pydantic and
        scores every quarter (~100 ms, more than the start-up budget).
        """
        self.store = store
        self.detail.store = store
        for action in self.actions_by_name.values():
            action.setEnabled(store is not None or action.objectName() in ("quit", "about"))
        if store is None:
            self.stack.setCurrentIndex(2)
            return
        self.actions_by_name["undo"].setEnabled(False)
        self.reload(detail_later=detail_later)

    def reload(self, select: str | None = None, *, detail_later: bool = False) -> None:
        summaries = self.store.list_profiles()
        self.stack.setCurrentIndex(1 if summaries else 0)
        # -> _on_selected, once (now, or right after this frame)
        self.panel.set_profiles(summaries, keep=select, notify=not detail_later)
        if detail_later:
            self._update_actions(None)
            self.detail.set_pending()
            after_next_paint(self, self._fill_detail_late)

    def _fill_detail_late(self, *, behind_wizard: bool = False) -> None:
        """The deferred detail pane; a wizard opened meanwhile (New profile) paints first.

        If that wizard closes unpainted, _wizard_closed's reload fills the pane.
        """
        if not behind_wizard and self.wizard is not None and self.wizard.isVisible():
            after_next_paint(self.wizard, lambda: self._fill_detail_late(behind_wizard=True))
            return
        self._on_selected(self.panel.current_id())

    def selected_profile(self) -> Profile | None:
        profile_id = self.panel.current_id()
        return self.store.get_profile(profile_id) if profile_id else None

    def _on_selected(self, profile_id: str | None) -> None:
        profile = self.store.get_profile(profile_id) if profile_id else None
        self.detail.show_profile(profile)
        self._update_actions(profile)

    def _update_actions(self, profile: Profile | None) -> None:
        has = profile is not None
        assessments = profile.assessments if profile else []
        for name in ("start_review", "export_json", "rename", "duplicate", "delete"):
            self.actions_by_name[name].setEnabled(has)
        self.actions_by_name["continue_draft"].setEnabled(
            any(a.status is AssessmentStatus.DRAFT for a in assessments)
        )
        self.actions_by_name["view_results"].setEnabled(bool(assessments))
        self.actions_by_name["export_pdf"].setEnabled(bool(assessments))
        self.actions_by_name["undo"].setEnabled(self.undo_bar.can_undo())

    def _guard(self, handler: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                handler()
            except MoatDeskError as exc:
                QMessageBox.warning(self, "MoatDesk", verbatim(error_text(exc)))

        return run

    def _connect_actions(self) -> None:
        def ops(name: str) -> Callable[[], object]:
            """A profile_ops function, imported on first use (off the start-up path)."""

            def run() -> object:
                from moatdesk.ui import profile_ops

                return getattr(profile_ops, name)(self)

            return run

        handlers: dict[str, Callable[[], object]] = {
            "new_profile": self.new_profile,
            "open_example": ops("open_example"),
            "import_json": ops("import_json"),
            "export_json": ops("export_json"),
            "export_pdf": self.export_pdf,
            "settings": self.open_settings,
            "quit": self.close,
            "undo": self.undo_bar.undo,
            "rename": ops("rename"),
            "duplicate": ops("duplicate"),
            "delete": ops("delete"),
            "trash": self.open_trash,
            "start_review": self.start_review,
            "continue_draft": self.continue_draft,
            "view_results": lambda: self.view_results(None),
            "about": self.about,
        }
        for name, handler in handlers.items():
            self.actions_by_name[name].triggered.connect(self._guard(handler))

    # -- other windows ----------------------------------------------------------------------
    def _show_dialog(self, dialog: QWidget) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.show()

    def open_settings(self) -> None:
        from moatdesk.ui.dialogs import SettingsDialog

        self._show_dialog(SettingsDialog(ui_lang(), self.store.data_dir, self.set_language, self))

    def open_trash(self) -> None:
        from moatdesk.ui.dialogs import TrashDialog

        self._show_dialog(TrashDialog(self.store, lambda pid: self.reload(select=pid), self))

    def set_language(self, lang) -> None:
        self.switcher.apply(lang)
        self.settings.set_language(lang)

    def about(self) -> None:
        from moatdesk import __version__

        QMessageBox.about(
            self,
            translate("MainWindow", "About MoatDesk"),
            translate(
                "MainWindow",
                "MoatDesk %1\nA quarterly self-assessment of your AI company's meta-moats, "
                'after Michael Dempsey\'s essay "The Shifting Dynamics and Meta-Moats of AI".',
            ).replace("%1", __version__),
        )

    # -- window life ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None:
            self.wizard.close()  # saves its draft
        self.settings.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("MainWindow", "MoatDesk — meta-moat roadmap"))
        retranslate_actions(self.actions_by_name)
        for key, title in menu_titles().items():
            self._menus[key].setTitle(title)
