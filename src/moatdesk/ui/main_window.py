"""The main window: profiles on the left, the selected profile on the right.

A view only: it builds the widgets, the menus and the actions (``actions.ACTION_TABLE``:
menu entry + shortcut) and hands them to its ``controller`` (``main_controller.py``),
which holds every action's handler and the window's state (the store, the open wizard).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from moatdesk.ui.actions import ACTION_TABLE, make_actions, menu_titles, retranslate_actions
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.look import app_icon
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.screen_fit import fit_to_screen
from moatdesk.ui.settings import AppSettings

if TYPE_CHECKING:  # the body's modules load in build_body (after the first frame at start)
    from PySide6.QtWidgets import QStackedWidget

    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.empty_state import EmptyState
    from moatdesk.ui.main_controller import MainController
    from moatdesk.ui.profile_detail import ProfileDetail
    from moatdesk.ui.profiles_panel import ProfilesPanel
    from moatdesk.ui.reminder import ReminderBar
    from moatdesk.ui.toast import UndoBar

translate = QCoreApplication.translate

# The pages of ``stack``.
WELCOME_PAGE, LIST_PAGE, BLANK_PAGE = range(3)
LIST_WIDTH = 420  # the profiles list's width beside the detail pane, on a wide window
# The pages' parts built on their first use (MainWindow.__getattr__): the welcome page
# (``empty``) and the list page's ``panel`` and ``detail``.
_LAZY_PARTS = frozenset({"empty", "panel", "detail"})


def _holder(parent: QWidget) -> QWidget:
    """A blank widget that will hold one part, filling it (no margins)."""
    from PySide6.QtWidgets import QVBoxLayout

    holder = QWidget(parent)
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    return holder


class MainWindow(Retranslating, QMainWindow):
    """The window's frame (title, menus, geometry) and its body (``build_body``).

    ``body_later``: only the frame now, the body when ``build_body`` is called.  The
    app's start-up paints that frame first and builds the body right after it: the
    body's modules and widgets (the list, the detail pane, the welcome page, the
    controller) cost more than a bare window's whole start (docs/benchmarks.md).
    Until then every action is disabled (none has a handler yet).
    """

    # Set by build_body.
    controller: MainController
    panel: ProfilesPanel
    detail: ProfileDetail
    empty: EmptyState
    stack: QStackedWidget
    undo_bar: UndoBar
    reminder_bar: ReminderBar

    def __init__(
        self,
        store: ProfileStore | None,
        settings: AppSettings,
        switcher: LanguageSwitcher,
        today: Callable[[], date] = date.today,
        *,
        body_later: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowIcon(app_icon())
        self._settings, self._switcher, self._today = settings, switcher, today
        self._built = False
        # Named so, not "actions": that would shadow QWidget.actions().
        self.actions_by_name = make_actions(self)
        self._menus = {key: self.menuBar().addMenu("") for key in menu_titles()}
        for name, (menu, _keys) in ACTION_TABLE.items():
            self._menus[menu].addAction(self.actions_by_name[name])
            if name in ("export_pdf", "settings", "undo", "delete"):
                self._menus[menu].addSeparator()
        self.resize(1200, 780)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        fit_to_screen(self)
        self.retranslate()
        if body_later:
            for action in self.actions_by_name.values():
                action.setEnabled(False)
            self.setCentralWidget(QWidget(self))  # blank, as while the store opens
        else:
            self.build_body(store)

    def build_body(self, store: ProfileStore | None) -> None:
        """The pages, the bars and the controller, showing ``store`` (None: blank until
        the controller is given one).  Each page's parts are built on their first use:
        the welcome page (``empty``) when there is no profile, the list page (``panel``,
        ``detail``) when there is one; a start never builds the page it does not show
        (the welcome page cost ~5 ms of the list's first frame at 1,000 profiles), and
        the detail pane is blank until the selected profile fills it after the list's
        first frame (docs/benchmarks.md, "Start-up")."""
        if self._built:
            return
        self._built = True
        from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

        from moatdesk.ui.main_controller import MainController
        from moatdesk.ui.reminder import ReminderBar
        from moatdesk.ui.toast import UndoBar

        self.undo_bar = UndoBar(self)
        self.reminder_bar = ReminderBar(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(QWidget(self))  # WELCOME_PAGE: the EmptyState, once built
        self._list_page = _holder(self)  # LIST_PAGE: the splitter, once built (_build_list)
        self.stack.addWidget(self._list_page)
        self.stack.addWidget(QWidget(self))  # BLANK_PAGE: until the store is attached
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.reminder_bar)
        column.addWidget(self.stack, 1)
        column.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self.controller = MainController(self, self._settings, self._switcher, self._today)
        self.controller.attach_store(store)

    def __getattr__(self, name: str):
        # Only for attributes not set yet: the pages' parts, built on first use.
        if name in _LAZY_PARTS and self.__dict__.get("_built"):
            build = {"empty": self._build_welcome, "panel": self._build_list}
            build.get(name, self._build_detail)()
            return self.__dict__[name]
        raise AttributeError(name)

    def has_part(self, name: str) -> bool:
        """Whether ``empty``, ``panel`` or ``detail`` is built yet (no building)."""
        return name in self.__dict__

    def _build_welcome(self) -> None:
        """The welcome page, in place of its blank placeholder in ``stack``."""
        if "empty" in self.__dict__:
            return
        from moatdesk.ui.empty_state import EmptyState

        self.empty = EmptyState(
            self.actions_by_name["new_profile"], self.actions_by_name["open_example"], self
        )
        placeholder = self.stack.widget(WELCOME_PAGE)
        assert placeholder is not None
        self.stack.insertWidget(WELCOME_PAGE, self.empty)  # the current page stays current
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def _build_list(self) -> None:
        """The list page: the profiles list and, beside it, the detail pane's place
        (blank until ``detail`` is first used)."""
        if "panel" in self.__dict__:
            return
        from PySide6.QtWidgets import QSplitter

        from moatdesk.ui.profiles_panel import ProfilesPanel

        self.panel = ProfilesPanel(self)
        self._detail_place = _holder(self)
        # Horizontal, its default.  By keyword: a positional parent makes PySide try the
        # (Qt.Orientation, parent) overload first, building its Qt namespace (~90 enums).
        splitter = QSplitter(parent=self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self._detail_place)
        splitter.setStretchFactor(1, 2)
        # The list keeps its 420 px on a wide window, but never more than about a third:
        # on an 800 px screen it took half and cut the detail pane's countdown.
        width = max(self.width(), 600)
        splitter.setSizes([min(LIST_WIDTH, width * 3 // 8), width])
        layout = self._list_page.layout()
        assert layout is not None
        layout.addWidget(splitter)
        self._part_built("panel")

    def _build_detail(self) -> None:
        if "detail" in self.__dict__:
            return
        self._build_list()
        from moatdesk.ui.profile_detail import ProfileDetail

        review_actions = [
            self.actions_by_name[n]
            for n in ("start_review", "continue_draft", "view_results", "what_if", "export_pdf")
        ]
        controller = self.__dict__.get("controller")
        self.detail = ProfileDetail(controller.store if controller else None, review_actions, self)
        layout = self._detail_place.layout()
        assert layout is not None
        layout.addWidget(self.detail)
        self._part_built("detail")

    def _part_built(self, name: str) -> None:
        controller = self.__dict__.get("controller")
        if controller is not None:  # else MainController.__init__ wires what is built
            controller.part_built(name)

    # -- what the controller switches ---------------------------------------------------
    def show_blank(self) -> None:
        """Nothing yet: the store is still opening (or failed to)."""
        self.stack.setCurrentIndex(BLANK_PAGE)

    def show_list(self, has_profiles: bool) -> None:
        """The profiles list, or the welcome page when there is none yet."""
        self._build_list() if has_profiles else self._build_welcome()
        self.stack.setCurrentIndex(LIST_PAGE if has_profiles else WELCOME_PAGE)

    # -- window life ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built:
            self.controller.window_closing()
        else:  # closed before its body was built: nothing open, only the geometry to keep
            self._settings.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)

    def retranslate(self) -> None:
        # Qt adds " — MoatDesk" (the application's display name) itself.
        self.setWindowTitle(translate("MainWindow", "Meta-moat roadmap"))
        retranslate_actions(self.actions_by_name)
        for key, title in menu_titles().items():
            self._menus[key].setTitle(title)
