"""The profiles list: company, latest quarter, review-due badge, last edited; search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label

if TYPE_CHECKING:
    from moatdesk.storage.records import ProfileSummary

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


def format_when(summary_time) -> str:
    """The last-edited time in the UI locale's short format, local time zone."""
    local = summary_time.astimezone() if summary_time.tzinfo else summary_time
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class ProfilesPanel(Retranslating, QWidget):
    current_changed = Signal(object)  # profile id or None
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _c: self.activated.emit(item.data(0, ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._summaries: list[ProfileSummary] = []
        self.retranslate()

    def set_profiles(
        self, summaries: list[ProfileSummary], keep: str | None = None, notify: bool = True
    ) -> None:
        """Show ``summaries``, keeping (or moving to) ``keep``; one current_changed at most."""
        keep = keep or self.current_id()
        self._summaries = summaries
        self.tree.blockSignals(True)
        self.tree.clear()
        for summary in summaries:
            item = QTreeWidgetItem()
            item.setData(0, ID_ROLE, summary.id)
            self.tree.addTopLevelItem(item)
        self._fill_texts()
        self._apply_filter()
        if keep:
            self.select(keep)
        rows = self._items()
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(rows[0])
        self.tree.blockSignals(False)
        if notify:
            self.current_changed.emit(self.current_id())

    def _fill_texts(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for item, summary in zip(self._items(), self._summaries, strict=True):
            item.setText(0, summary.name)
            item.setToolTip(0, summary.name)
            item.setText(1, summary.latest_quarter or "—")
            if summary.review_due:
                item.setText(2, translate("ProfilesPanel", "Review due"))
                item.setFont(2, bold)
                item.setForeground(2, self.palette().link())
            elif summary.latest_status is not None:
                item.setText(2, label(summary.latest_status))
            else:
                item.setText(2, "")
            if summary.has_draft:
                item.setText(2, item.text(2) + " · " + translate("ProfilesPanel", "draft"))
            item.setText(3, format_when(summary.updated_at))

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None and not item.isHidden() else None

    def select(self, profile_id: str) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == profile_id:
                self.tree.setCurrentItem(item)
                return

    def visible_names(self) -> list[str]:
        return [item.text(0) for item in self._items() if not item.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        """The rows in order (the tree is flat: one top-level item per profile)."""
        tree = self.tree
        rows = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item for item in rows if item is not None]

    def _apply_filter(self) -> None:
        needle = self.search.text().strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text(0).casefold())
        current = self.tree.currentItem()
        if current is not None and current.isHidden():
            # Qt takes None (no current row); PySide6's stubs leave that overload out.
            self.tree.setCurrentItem(None)  # type: ignore[call-overload]
            self.current_changed.emit(None)

    def _on_current(self, *_args: object) -> None:
        self.current_changed.emit(self.current_id())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ProfilesPanel", "Search companies"))
        self.search.setAccessibleName(translate("ProfilesPanel", "Search companies"))
        self.tree.setAccessibleName(translate("ProfilesPanel", "Profiles"))
        self.tree.setHeaderLabels(
            [
                translate("ProfilesPanel", "Company"),
                translate("ProfilesPanel", "Latest quarter"),
                translate("ProfilesPanel", "Status"),
                translate("ProfilesPanel", "Last edited"),
            ]
        )
        self._fill_texts()
