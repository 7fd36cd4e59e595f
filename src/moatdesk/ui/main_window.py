"""The main window: profiles on the left, the selected profile on the right.

A view only: it builds the widgets, the menus and the actions (``actions.ACTION_TABLE``:
menu entry + shortcut) and hands them to its ``controller`` (``main_controller.py``),
which holds every action's handler and the window's state (the store, the open wizard).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moatdesk.ui.actions import ACTION_TABLE, make_actions, menu_titles, retranslate_actions
from moatdesk.ui.empty_state import EmptyState
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.look import app_icon
from moatdesk.ui.main_controller import MainController
from moatdesk.ui.profile_detail import ProfileDetail
from moatdesk.ui.profiles_panel import ProfilesPanel
from moatdesk.ui.reminder import ReminderBar
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.screen_fit import fit_to_screen
from moatdesk.ui.settings import AppSettings
from moatdesk.ui.toast import UndoBar

if TYPE_CHECKING:
    from moatdesk.storage.store import ProfileStore

translate = QCoreApplication.translate

# The pages of ``stack``.
WELCOME_PAGE, LIST_PAGE, BLANK_PAGE = range(3)


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        store: ProfileStore | None,
        settings: AppSettings,
        switcher: LanguageSwitcher,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setWindowIcon(app_icon())
        self.undo_bar = UndoBar(self)
        self.reminder_bar = ReminderBar(self)
        # Named so, not "actions": that would shadow QWidget.actions().
        self.actions_by_name = make_actions(self)
        self._menus = {key: self.menuBar().addMenu("") for key in menu_titles()}
        for name, (menu, _keys) in ACTION_TABLE.items():
            self._menus[menu].addAction(self.actions_by_name[name])
            if name in ("export_pdf", "settings", "undo", "delete"):
                self._menus[menu].addSeparator()

        self.panel = ProfilesPanel(self)
        review_actions = [
            self.actions_by_name[n]
            for n in ("start_review", "continue_draft", "view_results", "what_if", "export_pdf")
        ]
        self.detail = ProfileDetail(store, review_actions, self)
        self.empty = EmptyState(
            self.actions_by_name["new_profile"], self.actions_by_name["open_example"], self
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 780])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)  # WELCOME_PAGE
        self.stack.addWidget(splitter)  # LIST_PAGE
        self.stack.addWidget(QWidget(self))  # BLANK_PAGE: until the store is attached
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.reminder_bar)
        column.addWidget(self.stack, 1)
        column.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self.resize(1200, 780)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)
        self.retranslate()
        self.controller = MainController(self, settings, switcher, today)
        self.controller.attach_store(store)

    # -- what the controller switches ---------------------------------------------------
    def show_blank(self) -> None:
        """Nothing yet: the store is still opening (or failed to)."""
        self.stack.setCurrentIndex(BLANK_PAGE)

    def show_list(self, has_profiles: bool) -> None:
        """The profiles list, or the welcome page when there is none yet."""
        self.stack.setCurrentIndex(LIST_PAGE if has_profiles else WELCOME_PAGE)

    # -- window life ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.window_closing()
        super().closeEvent(event)

    def retranslate(self) -> None:
        # Qt adds " — MoatDesk" (the application's display name) itself.
        self.setWindowTitle(translate("MainWindow", "Meta-moat roadmap"))
        retranslate_actions(self.actions_by_name)
        for key, title in menu_titles().items():
            self._menus[key].setTitle(title)
