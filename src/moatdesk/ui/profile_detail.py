"""One profile: its basics, quarter history, trend chart and quarter comparison."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moatdesk.ui.compare_view import CompareView
from moatdesk.ui.flow_layout import FlowLayout
from moatdesk.ui.profiles_panel import format_when
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label
from moatdesk.ui.trend_chart import TrendChart

if TYPE_CHECKING:
    from moatdesk.domain.models import Profile
    from moatdesk.domain.text import LocalizedText

translate = QCoreApplication.translate
QUARTER_ROLE = Qt.ItemDataRole.UserRole


class ProfileDetail(Retranslating, QWidget):
    quarter_activated = Signal(str)

    def __init__(self, store, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile: Profile | None = None
        self._flag_titles: dict[str, LocalizedText] = {}
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.basics = QLabel(self)
        self.basics.setWordWrap(True)
        buttons = FlowLayout()  # wraps when the labels are long (Korean, pseudo mode)
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)

        self.history_box = QGroupBox(self)
        self.history = QTreeWidget(self.history_box)
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(3)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemActivated.connect(
            lambda item, _c: self.quarter_activated.emit(item.data(0, QUARTER_ROLE))
        )
        self.trend = TrendChart(self.history_box)
        box_layout = QVBoxLayout(self.history_box)
        box_layout.addWidget(self.history)
        box_layout.addWidget(self.trend, 1)

        self.compare_box = QGroupBox(self)
        self.compare = CompareView(self._run_compare, lambda: self._flag_titles, self.compare_box)
        QVBoxLayout(self.compare_box).addWidget(self.compare)

        body = self._body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.basics)
        column.addLayout(buttons)
        column.addWidget(self.history_box, 1)
        column.addWidget(self.compare_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def set_pending(self) -> None:
        """Blank until show_profile: at start-up the profile loads just after the first
        frame, and an empty "No quarters yet" there would be wrong for that moment."""
        self._body.setVisible(False)

    def show_profile(self, profile: Profile | None) -> None:
        self._body.setVisible(True)
        self.profile = profile
        self._flag_titles = {}
        if profile is not None:
            self._compute_trend()
        self.refresh()

    def selected_quarter(self) -> str | None:
        item = self.history.currentItem()
        return item.data(0, QUARTER_ROLE) if item is not None else None

    def _compute_trend(self) -> None:
        """Score every quarter once; the chart and flag names reuse the result."""
        from moatdesk.domain.content import load_bank
        from moatdesk.domain.roadmap import build_roadmap

        assert self.profile is not None
        bank = load_bank()
        self._scores: list[tuple[str, dict]] = []
        for assessment in self.profile.assessments:
            roadmap = build_roadmap(assessment.basics, assessment, bank)
            self._scores.append((assessment.quarter, {s.moat: s.score for s in roadmap.scores}))
            self._flag_titles.update({f.id: f.title for f in roadmap.flags})

    def refresh(self) -> None:
        profile = self.profile
        self.history.clear()
        if profile is None:
            self.title.setText("")
            self.basics.setText("")
            self.trend.set_data([], [])
            self.compare.set_quarters([])
            return
        b = profile.basics
        self.title.setText(b.name)
        self.basics.setText(
            " · ".join(
                (
                    label(b.sector),
                    label(b.stage),
                    label(b.stack_position),
                    # self.tr: the form lupdate marks as plural (numerus) in Python.
                    self.tr("%n people", "", b.team_size),
                    self.tr("%n months of runway", "", b.runway_months),
                )
            )
        )
        for assessment in profile.assessments:
            status = label(assessment.status)
            if assessment.amended:
                status += " · " + translate("ProfileDetail", "amended")
            item = QTreeWidgetItem([assessment.quarter, status, format_when(assessment.updated_at)])
            item.setData(0, QUARTER_ROLE, assessment.quarter)
            self.history.addTopLevelItem(item)
        rows = self.history.topLevelItemCount()
        last = self.history.topLevelItem(rows - 1) if rows else None
        if last is not None:
            self.history.setCurrentItem(last)
        # As tall as its rows (up to six); the trend chart gets the rest.
        row_height = self.history.sizeHintForRow(0) if rows else 0
        header = self.history.header().sizeHint().height()
        frame = 2 * self.history.frameWidth() + 4
        self.history.setFixedHeight(header + row_height * min(max(rows, 2), 6) + frame)
        quarters = [q for q, _ in self._scores]
        moats = list(self._scores[0][1]) if self._scores else []
        series = [(label(m), [scores[m] for _, scores in self._scores]) for m in moats]
        self.trend.set_data(quarters, series)
        self.compare.set_quarters([a.quarter for a in profile.assessments])

    def _run_compare(self, before: str, after: str):
        assert self.profile is not None
        return self.store.compare(self.profile.id, before, after)

    def retranslate(self) -> None:
        self.history_box.setTitle(translate("ProfileDetail", "Quarters and trend"))
        self.compare_box.setTitle(translate("ProfileDetail", "Compare quarters"))
        self.history.setHeaderLabels(
            [
                translate("ProfileDetail", "Quarter"),
                translate("ProfileDetail", "Status"),
                translate("ProfileDetail", "Last edited"),
            ]
        )
        self.history.setAccessibleName(translate("ProfileDetail", "Quarter history"))
        self.trend.setAccessibleName(translate("ProfileDetail", "Moat strength per quarter"))
        self.trend.empty_text = translate("ProfileDetail", "No quarters yet.")
        self.refresh() if self.profile is not None else self.trend.update()
