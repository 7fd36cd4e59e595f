"""The profiles list as a Qt model: one row per ProfileSummary, four columns.

A refresh compares the new summaries with the shown ones and announces only the rows
that changed (``dataChanged``) and those added or removed between the unchanged start
and end of the list (a new, deleted or renamed profile), never a reset.
The view then asks for the rows on screen only, so a refresh costs the same with
10 or 10,000 profiles (tests/ui/test_profiles_list.py counts it).  Texts are made
when the view asks, with one QLocale and language per translation, not one per row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from moatdesk.domain.labels import label_text
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.i18n import ui_lang

if TYPE_CHECKING:
    from datetime import datetime

    from moatdesk.storage.records import ProfileSummary

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
COMPANY, LATEST, STATUS, EDITED = range(4)
Index = QModelIndex | QPersistentModelIndex


def format_when(moment: datetime, locale: QLocale | None = None) -> str:
    """``moment`` in the locale's short format (the UI's by default), local time zone."""
    local = moment.astimezone() if moment.tzinfo else moment
    # PySide6 converts a datetime to QDateTime itself; its stubs list only QDateTime.
    short = QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(local, short)  # type: ignore[call-overload]


class ProfilesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProfileSummary] = []
        self._ids: list[str] = []
        self._headers: list[str] = []
        self._locale = QLocale()
        self._lang = ui_lang()
        self._when: dict[datetime, str] = {}  # formatted "last edited" times
        self._due = self._draft = ""
        self.bold = QFont()
        self.due_brush = QBrush()
        self.retranslate()

    # -- contents ----------------------------------------------------------------------
    def set_summaries(self, summaries: list[ProfileSummary]) -> None:
        """Show ``summaries``: rows added, removed or moved (a rename) are announced as
        such, between the unchanged start and end of the list; changed rows as changed."""
        old, new = self._ids, [s.id for s in summaries]
        shorter = min(len(old), len(new))
        start = 0
        while start < shorter and old[start] == new[start]:
            start += 1
        end = 0  # rows equal at the end, not overlapping the start
        while end < shorter - start and old[-1 - end] == new[-1 - end]:
            end += 1
        if len(old) - end > start:
            self.beginRemoveRows(QModelIndex(), start, len(old) - end - 1)
            del self._rows[start : len(old) - end], self._ids[start : len(old) - end]
            self.endRemoveRows()
        if len(new) - end > start:
            self.beginInsertRows(QModelIndex(), start, len(new) - end - 1)
            self._rows[start:start] = summaries[start : len(new) - end]
            self._ids[start:start] = new[start : len(new) - end]
            self.endInsertRows()
        for row, (shown, fresh) in enumerate(zip(self._rows, summaries, strict=True)):
            if shown != fresh:
                self._rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, EDITED))

    def update_row(self, summary: ProfileSummary) -> bool:
        """Show ``summary`` in its row, announcing that row only; False when the list
        must be refreshed whole instead: the profile is not listed, or renamed (its
        place in the order may move)."""
        row = self.row_of(summary.id)
        if row is None or self._rows[row].name != summary.name:
            return False
        if self._rows[row] != summary:
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, EDITED))
        return True

    def summary(self, row: int) -> ProfileSummary:
        return self._rows[row]

    def summaries(self) -> list[ProfileSummary]:
        return list(self._rows)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, profile_id: str) -> int | None:
        try:
            return self._ids.index(profile_id)
        except ValueError:
            return None

    def retranslate(self) -> None:
        """New headers, locale and words; every row's text changes with them."""
        self._locale = QLocale()
        self._lang = ui_lang()
        self._when.clear()
        self._due = translate("ProfilesPanel", "Review due")
        self._draft = translate("ProfilesPanel", "draft")
        self._headers = [
            translate("ProfilesPanel", "Company"),
            translate("ProfilesPanel", "Latest quarter"),
            translate("ProfilesPanel", "Status"),
            translate("ProfilesPanel", "Last edited"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EDITED)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, EDITED))

    def status_texts(self) -> list[str]:
        """Every text the status column can show (for its width, without reading rows)."""
        words = [self._due, *(label_text(s, self._lang) for s in AssessmentStatus)]
        return [w + suffix for w in words for suffix in ("", f" · {self._draft}")]

    def sample_when(self) -> str:
        from datetime import datetime

        return format_when(datetime(2026, 12, 31, 23, 59), self._locale)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COMPANY:
            return summary.name
        if column == STATUS and summary.review_due:
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.due_brush
        return None

    def _text(self, summary: ProfileSummary, column: int) -> str:
        if column == COMPANY:
            return summary.name
        if column == LATEST:
            return summary.latest_quarter or "—"
        if column == EDITED:  # QLocale.toString is slow (~0.1 ms): once per moment
            when = self._when.get(summary.updated_at)
            if when is None:
                when = self._when[summary.updated_at] = format_when(
                    summary.updated_at, self._locale
                )
            return when
        if summary.review_due:
            status = self._due
        elif summary.latest_status is not None:
            status = label_text(summary.latest_status, self._lang)
        else:
            status = ""
        return f"{status} · {self._draft}" if summary.has_draft else status
