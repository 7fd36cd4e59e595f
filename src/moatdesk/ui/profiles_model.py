"""The profiles list as a Qt model: one row per listed profile, four columns, the search.

The model keeps the store's rows as they come (``records.ProfileRow``, plain tuples:
nothing is made per profile when 10,000 are listed) and makes texts only when the view
asks, for the rows on screen, with one QLocale and language per translation.

A refresh compares the new rows with the shown ones and announces only the rows that
changed (``dataChanged``) and those added or removed between the unchanged start and end
of the list (a new, deleted or renamed profile), never a reset.  The search keeps the
rows whose ids the store found (``show_only``): the model itself exposes only those, as
one layout change, so no Python runs per row (a QSortFilterProxyModel asks Python
``filterAcceptsRow`` once a row: 10,000 calls a keystroke) and the current row, the
selection and the scroll position stay on the same profiles.  tests/ui/test_profiles_list.py
and test_profiles_search.py count the rows read.

No PySide ``Qt`` namespace on the list's first frame (its first use makes ~90 Python
enums, 15-60 ms: docs/benchmarks.md "Start-up"): roles are compared as Qt's plain ints,
and the column titles are kept in C++ (``titles``, the header view's model), so the
header never calls a Python ``headerData`` (PySide would hand it a ``Qt.Orientation``).
``headerData`` here gives the same titles to whoever reads the view's model (screen
readers do) once asked.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import datetime
from itertools import compress, count
from operator import ne
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QBrush, QFont, QStandardItemModel

from moatdesk.domain.labels import label_text
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.storage.records import (
    ROW_DRAFT,
    ROW_DUE,
    ROW_EDITED,
    ROW_ID,
    ROW_NAME,
    ROW_QUARTER,
    ROW_STATUS,
    ProfileSummary,
)
from moatdesk.ui.i18n import ui_lang

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from moatdesk.storage.records import ProfileRow

translate = QCoreApplication.translate
# Qt.ItemDataRole's values (tests/ui/test_profiles_list.py compares them with Qt's).
DISPLAY_ROLE, TOOLTIP_ROLE, FONT_ROLE, FOREGROUND_ROLE = 0, 3, 6, 9
ID_ROLE = 256  # Qt.ItemDataRole.UserRole
COMPANY, LATEST, STATUS, EDITED = range(4)
Index = QModelIndex | QPersistentModelIndex


def _local(moment: datetime) -> datetime:
    """``moment`` in the local time zone (a naive one is taken as local already)."""
    return moment.astimezone() if moment.tzinfo else moment


def format_when(moment: datetime, locale: QLocale | None = None) -> str:
    """``moment`` in the locale's short format (the UI's by default), local time zone."""
    # PySide6 converts a datetime to QDateTime itself; its stubs list only QDateTime.
    short = QLocale.FormatType.ShortFormat
    return (locale or QLocale()).toString(_local(moment), short)  # type: ignore[call-overload]


def format_day(moment: datetime, locale: QLocale | None = None) -> str:
    """The day of ``moment`` in the locale's short format, local time zone ("9/25/26")."""
    short = QLocale.FormatType.ShortFormat
    day = _local(moment).date()
    return (locale or QLocale()).toString(day, short)  # type: ignore[call-overload]


class ProfilesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProfileRow] = []  # every listed profile, in the list's order
        self._ids: list[str] = []
        self._at: dict[str, int] | None = None  # id -> place in _rows, made when needed
        self._kept: set[str] | None = None  # the ids the search keeps (None: all)
        self._shown: list[int] | None = None  # their places in _rows, ascending
        self._headers: list[str] = []
        # The column titles, in C++: the header view shows this model (see the top).
        self.titles = QStandardItemModel(0, 4, self)
        self._locale = QLocale()
        self._lang = ui_lang()
        self._days: dict[str, str] = {}  # formatted "last edited" days, by stored text
        self._statuses: dict[str | None, str] = {}
        self._due = self._draft = ""
        self.bold = QFont()
        self.due_brush = QBrush()
        self.retranslate()

    # -- contents ----------------------------------------------------------------------
    def set_rows(self, rows: list[ProfileRow]) -> None:
        """Show ``rows`` (the store's order).  Without a search: rows added, removed or
        moved (a rename) are announced as such, between the unchanged start and end of
        the list, changed rows as changed.  With one: one layout change, the same ids
        kept (the caller then asks the search again: a rename may match now)."""
        if self._kept is not None:
            self._relayout(lambda: self._replace(rows))
            return
        old, new = self._ids, [row[ROW_ID] for row in rows]
        shorter = min(len(old), len(new))
        # Compared in C (map, compress): a Python loop over 10,000 rows cost ~15 ms.
        start = next(compress(count(), map(ne, old, new)), shorter)
        # rows equal at the end, not overlapping the start
        end = next(compress(count(), map(ne, reversed(old), reversed(new))), shorter)
        end = min(end, shorter - start)
        if len(old) - end > start or len(new) - end > start:
            self._at = None  # places move (kept when only rows' contents change)
        if len(old) - end > start:
            self.beginRemoveRows(QModelIndex(), start, len(old) - end - 1)
            del self._rows[start : len(old) - end], self._ids[start : len(old) - end]
            self.endRemoveRows()
        if len(new) - end > start:
            self.beginInsertRows(QModelIndex(), start, len(new) - end - 1)
            self._rows[start:start] = rows[start : len(new) - end]
            self._ids[start:start] = new[start : len(new) - end]
            self.endInsertRows()
        shown = self._rows
        for row in list(compress(count(), map(ne, shown, rows))):
            shown[row] = rows[row]
            self.dataChanged.emit(self.index(row, 0), self.index(row, EDITED))

    def show_only(self, ids: set[str] | None) -> None:
        """Expose only the rows whose id is in ``ids`` (None: every row), in the list's
        order: work for the matching rows only, and one layout change."""
        if ids is None and self._kept is None:
            return
        self._relayout(lambda: self._keep(ids))

    def update_row(self, row: ProfileRow) -> bool:
        """Show ``row`` in its profile's place, announcing that row only; False when the
        list must be refreshed whole instead: the profile is not listed, or renamed (its
        place in the order may move)."""
        place = self._place(row[ROW_ID])
        if place is None or self._rows[place][ROW_NAME] != row[ROW_NAME]:
            return False
        if self._rows[place] != row:
            self._rows[place] = row
            shown = self._shown_row(place)
            if shown is not None:
                self.dataChanged.emit(self.index(shown, 0), self.index(shown, EDITED))
        return True

    def summary(self, row: int) -> ProfileSummary:
        """The profile shown in ``row``, as a record (made now)."""
        return ProfileSummary.from_row(self._rows[self._source(row)])

    def all_rows(self) -> list[ProfileRow]:
        """Every listed profile's row, the search's hidden ones too."""
        return list(self._rows)

    def total(self) -> int:
        """How many profiles are listed, shown or not."""
        return len(self._rows)

    def id_at(self, row: int) -> str:
        return self._ids[self._source(row)]

    def row_of(self, profile_id: str) -> int | None:
        """The row showing ``profile_id``; None if it is not listed or the search hides it."""
        place = self._place(profile_id)
        return None if place is None else self._shown_row(place)

    # -- places in the list and rows shown ----------------------------------------------
    def _place(self, profile_id: str) -> int | None:
        if self._at is None:
            self._at = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._at.get(profile_id)

    def _source(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def _shown_row(self, place: int) -> int | None:
        if self._shown is None:
            return place
        row = bisect_left(self._shown, place)
        return row if row < len(self._shown) and self._shown[row] == place else None

    def _row_near(self, profile_id: str) -> int | None:
        """The row showing ``profile_id``; hidden by the search, the shown row before it
        (else the one after), as Qt moves the current row off a removed one."""
        place = self._place(profile_id)
        if place is None or self._shown is None:
            return place
        row = bisect_left(self._shown, place)
        if row < len(self._shown) and self._shown[row] == place:
            return row
        if row > 0:
            return row - 1
        return row if row < len(self._shown) else None

    def _replace(self, rows: list[ProfileRow]) -> None:
        self._rows = list(rows)
        self._ids = [row[ROW_ID] for row in rows]
        self._at = None
        self._keep(self._kept)

    def _keep(self, ids: set[str] | None) -> None:
        self._kept = ids
        if ids is None:
            self._shown = None
        else:
            place = self._place
            self._shown = sorted(p for p in map(place, ids) if p is not None)

    def _relayout(self, change: Callable[[], None]) -> None:
        """``change`` as one layout change: the view's current row and selection (Qt's
        persistent indexes, a handful) follow their profiles, or move to the nearest row
        shown (``_row_near``) if the search hides them."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.id_at(index.row()) for index in before]
        change()
        after = []
        for index, profile_id in zip(before, ids, strict=True):
            row = self._row_near(profile_id)
            after.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """New headers, locale and words; every row's text changes with them."""
        self._locale = QLocale()
        self._lang = ui_lang()
        self._days.clear()
        self._statuses = {s.value: label_text(s, self._lang) for s in AssessmentStatus}
        self._statuses[None] = ""
        self._due = translate("ProfilesPanel", "Review due")
        self._draft = translate("ProfilesPanel", "draft")
        before, self._headers = (
            self._headers,
            [
                translate("ProfilesPanel", "Company"),
                translate("ProfilesPanel", "Latest quarter"),
                translate("ProfilesPanel", "Status"),
                translate("ProfilesPanel", "Last edited"),
            ],
        )
        if self._headers != before:
            self.titles.setHorizontalHeaderLabels(self._headers)  # the header repaints
        if before and self._headers != before:  # readers of headerData are told too
            from PySide6.QtCore import Qt

            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EDITED)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, EDITED))

    def title(self, column: int) -> str:
        """The column's title (the header's text)."""
        return self._headers[column]

    def status_texts(self) -> list[str]:
        """Every text the status column can show (for its width, without reading rows)."""
        words = [self._due, *(label_text(s, self._lang) for s in AssessmentStatus)]
        return [w + suffix for w in words for suffix in ("", f" · {self._draft}")]

    def sample_day(self) -> str:
        """The widest "last edited" day (for the column's width, without reading rows)."""
        return format_day(datetime(2026, 12, 31, 23, 59), self._locale)

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> object:
        # Not on the first frame's path (the header reads ``titles``); PySide has built
        # its Qt namespace to hand over ``orientation`` by now.
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        row = self._rows[self._source(index.row())]
        column = index.column()
        if role == DISPLAY_ROLE:
            return self._text(row, column)
        if role == ID_ROLE:
            return row[ROW_ID]
        if role == TOOLTIP_ROLE and column == COMPANY:
            return row[ROW_NAME]
        if role == TOOLTIP_ROLE and column == EDITED:  # the day is shown; the time here
            return format_when(datetime.fromisoformat(row[ROW_EDITED]), self._locale)
        if column == STATUS and row[ROW_DUE]:
            if role == FONT_ROLE:
                return self.bold
            if role == FOREGROUND_ROLE:
                return self.due_brush
        return None

    def _text(self, row: ProfileRow, column: int) -> str:
        if column == COMPANY:
            return row[ROW_NAME]
        if column == LATEST:
            return row[ROW_QUARTER] or "—"
        if column == EDITED:  # QLocale.toString is slow (~0.1 ms): once per moment
            # The day alone: the company's name keeps the list's width (a date and time
            # took 130 of a 420 px list and left the names ~70 px); the time is the
            # cell's tooltip, and the detail pane's history shows each review's.
            stored = row[ROW_EDITED]
            day = self._days.get(stored)
            if day is None:
                day = self._days[stored] = format_day(datetime.fromisoformat(stored), self._locale)
            return day
        status = self._due if row[ROW_DUE] else self._statuses[row[ROW_STATUS]]
        return f"{status} · {self._draft}" if row[ROW_DRAFT] else status
