"""The profiles list: company, latest quarter, review-due badge, last edited; search.

A QTableView straight over ``ProfilesModel``, which holds the store's rows as tuples
(``ProfileStore.list_profile_rows``) and does the search itself.
Column widths come from the texts a column can hold, never from reading every row.
The search asks the store which ids match (``ProfileStore.search_profile_ids``: SQL over
an index, Unicode case folding) and the model exposes those rows only
(``ProfilesModel.show_only``: one layout change).  Qt's own string filter called the
model's data() once a row, 134 ms at 10,000 profiles; a proxy keeping rows by id still
called Python once a row (docs/benchmarks.md, "Store").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.textrules import search_key
from moatdesk.storage.records import ROW_ID, ROW_NAME
from moatdesk.ui.look import set_qt_property
from moatdesk.ui.profiles_model import (
    COMPANY,
    EDITED,
    ID_ROLE,
    LATEST,
    STATUS,
    ProfilesModel,
    format_when,
)
from moatdesk.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from moatdesk.storage.records import ProfileRow, ProfileSummary

__all__ = ["ProfilesPanel", "format_when"]

translate = QCoreApplication.translate
CELL_PADDING = 20  # px around a cell's text: margins, focus frame, the header's sort arrow


class ProfilesPanel(Retranslating, QWidget):
    current_changed = Signal(object)  # profile id or None
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.model = ProfilesModel(self)
        # Which profile ids contain the text: the store's search (set by the controller);
        # without a store, the same rule over the names shown.
        self.matching: Callable[[str], set[str]] | None = None
        self.search.textChanged.connect(self._apply_filter)
        # A table, not a tree: a tree's layout asks every row whether it has children.
        self.view = QTableView(self)
        # The header shows the titles from C++ (ProfilesModel.titles): a Python headerData
        # builds PySide's Qt namespace (~90 enums).  Hidden while the view takes the model,
        # the header asks the model for no size hint.
        header = self.view.horizontalHeader()
        header.hide()
        self.view.setModel(self.model)
        header.setModel(self.model.titles)
        header.show()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        for column in (LATEST, STATUS, EDITED):  # sized from their texts: _size_columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        # Home and End go to the first and last profile, as in a list; a table's own move
        # between columns, which rows selected whole do not show (Ctrl+Home/End as well).
        for keys, last in (("Home", False), ("End", True)):
            jump = QAction(self.view)
            jump.setShortcuts([QKeySequence(keys)])  # not setShortcut: see actions.py
            set_qt_property(jump, "shortcutContext", "WidgetShortcut")
            jump.triggered.connect(lambda _checked=False, last=last: self._jump(last))
            self.view.addAction(jump)
        self.view.activated.connect(lambda index: self.activated.emit(index.data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self._quiet = False
        self.retranslate()

    def set_rows(
        self, rows: list[ProfileRow], keep: str | None = None, notify: bool = True
    ) -> None:
        """Show the store's ``rows`` (``list_profile_rows``), keeping (or moving to)
        ``keep``; one current_changed at most."""
        keep = keep or self.current_id()
        with self._quietly():
            self.model.set_rows(rows)
            if self.search.text().strip():  # a rename may match now, or no longer
                self.model.show_only(self._matching_ids())
            kept = keep is not None and self.select(keep)
            if not kept and not self.view.currentIndex().isValid() and self.model.rowCount():
                self._set_current(self.model.index(0, 0))
        if notify:
            self.current_changed.emit(self.current_id())

    def set_profiles(
        self, summaries: list[ProfileSummary], keep: str | None = None, notify: bool = True
    ) -> None:
        """``set_rows`` from ProfileSummary records."""
        self.set_rows([s.as_row() for s in summaries], keep, notify)

    def update_profile(self, summary: ProfileSummary) -> bool:
        """One profile's row anew (a saved draft); False: refresh the whole list instead
        (ProfilesModel.update_row).  The current row and the detail pane stay as they are."""
        return self.model.update_row(summary.as_row())

    def show_updated(self, summary: ProfileSummary, notify: bool = True) -> bool:
        """``update_profile`` and make that profile current (a closed wizard's), with one
        current_changed (the detail pane reads it again); False: refresh the whole list
        instead.  Hidden by the search, it updates and the current row stays."""
        if not self.update_profile(summary):
            return False
        with self._quietly():
            self.select(summary.id)
        if notify:
            self.current_changed.emit(self.current_id())
        return True

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_name(self) -> str | None:
        """The current row's company name, as listed."""
        index = self.view.currentIndex()
        return self.model.summary(index.row()).name if index.isValid() else None

    def select(self, profile_id: str) -> bool:
        """Make ``profile_id`` current (and scroll to it); False if it is not listed."""
        row = self.model.row_of(profile_id)
        if row is None:  # not listed, or hidden by the search
            return False
        index = self.model.index(row, 0)
        if index != self.view.currentIndex():
            self._set_current(index)
        return True

    def _set_current(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _apply_filter(self) -> None:
        before = self.current_id()
        with self._quietly():
            self.model.show_only(self._matching_ids() if self.search.text().strip() else None)
        if self.current_id() != before:
            self.current_changed.emit(self.current_id())

    def _matching_ids(self) -> set[str]:
        text = self.search.text()
        if self.matching is not None:
            return self.matching(text)
        key = search_key(text).strip()
        return {r[ROW_ID] for r in self.model.all_rows() if key in search_key(r[ROW_NAME])}

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Current-row changes made in here are not told (the caller tells one, if any)."""
        was_quiet, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was_quiet

    def _jump(self, last: bool) -> None:
        rows = self.model.rowCount()
        if rows:
            self._set_current(self.model.index(rows - 1 if last else 0, COMPANY))

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid() and current.column() != COMPANY:
            # A key that moves the current column (Ctrl+End, the arrows) would scroll a
            # narrow list's names out of view: the row is what is current.
            with self._quietly():
                self._set_current(current.siblingAtColumn(COMPANY))
        told = previous.data(ID_ROLE) if previous.isValid() else None
        if not self._quiet and current.data(ID_ROLE) != told:  # not another cell of it
            self.current_changed.emit(self.current_id())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ProfilesPanel", "Search companies"))
        self.search.setAccessibleName(translate("ProfilesPanel", "Search companies"))
        self.view.setAccessibleName(translate("ProfilesPanel", "Profiles"))
        self.model.bold = self.view.font()
        self.model.bold.setBold(True)
        self.model.due_brush = self.palette().link()
        self.model.retranslate()
        self._size_columns()

    def _size_columns(self) -> None:
        """Each fixed column as wide as the widest text it can hold (or its header)."""
        header = self.view.horizontalHeader()
        plain, bold = self.view.fontMetrics(), QFontMetrics(self.model.bold)
        samples = {
            LATEST: [plain.horizontalAdvance("2026-Q4")],
            STATUS: [bold.horizontalAdvance(text) for text in self.model.status_texts()],
            EDITED: [plain.horizontalAdvance(self.model.sample_day())],
        }
        for column, widths in samples.items():
            heading = header.fontMetrics().horizontalAdvance(self.model.title(column))
            header.resizeSection(column, max(*widths, heading) + CELL_PADDING)
        # The names' column stretches, down to this: a list narrower than its columns
        # scrolls sideways rather than squeeze the names to a letter or two.
        header.setMinimumSectionSize(min(header.sectionSize(column) for column in samples))
