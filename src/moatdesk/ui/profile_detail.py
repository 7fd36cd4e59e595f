"""One profile: its basics, quarter history, trend chart and quarter comparison.

A switch shows the basics and the history at once; the trend needs every quarter's
roadmap.  Those come from ``roadmap_cache.ROADMAPS`` (computed once per review); the
ones not computed yet are worked out after the frame, a few per turn of the event
loop, so the window never waits for them (docs/benchmarks.md, profile switch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
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

from moatdesk.ui.after_paint import after_next_paint
from moatdesk.ui.flow_layout import FlowLayout
from moatdesk.ui.i18n import ui_lang
from moatdesk.ui.profiles_panel import format_when
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.roadmap_cache import ROADMAPS
from moatdesk.ui.text import label

if TYPE_CHECKING:
    from moatdesk.domain.models import Assessment, Profile
    from moatdesk.domain.results import Roadmap
    from moatdesk.domain.text import LocalizedText
    from moatdesk.ui.compare_view import CompareView
    from moatdesk.ui.countdown_view import CountdownView
    from moatdesk.ui.trend_chart import TrendChart

translate = QCoreApplication.translate
MOATS_COLUMN = 3  # of the history: "7 of 9 hold, 1 not assessed"
QUARTER_ROLE = Qt.ItemDataRole.UserRole
NOW_AT_MOST = 2  # roadmaps worked out before the switch paints (one edited quarter: 1)
PER_TURN = 3  # roadmaps worked out per turn of the event loop after it
SHOWN_AT_MOST = 60  # reviews in the trend and the countdown (15 years); the list has all


def hold_summary_text(roadmap: Roadmap) -> str:
    """ "7 of 9 hold, 1 not assessed": the domain's count in the shared words
    (``report.strings.hold_counts_words``)."""
    from moatdesk.report.strings import hold_counts_words

    return hold_counts_words(roadmap.summary, ui_lang(), short=True)


# Built on first use (_build_parts): hidden at start-up until the profile is shown.
_PARTS = frozenset(
    {"history_box", "history", "trend", "countdown_label", "countdown", "compare_box", "compare"}
)


class ProfileDetail(Retranslating, QWidget):
    """The selected profile.  Its history, trend, countdown and comparison are built
    the first time they are needed (the first show_profile, or any access to them):
    at start-up the pane is hidden until the first profile is shown after the first
    frame, and their modules and widgets are not needed before (docs/benchmarks.md)."""

    quarter_activated = Signal(str)
    history_box: QGroupBox
    history: QTreeWidget
    trend: TrendChart
    countdown_label: QLabel
    countdown: CountdownView
    compare_box: QGroupBox
    compare: CompareView

    def __init__(self, store, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile: Profile | None = None
        self._parts_built = False
        self._flag_titles: dict[str, LocalizedText] = {}
        self._roadmaps: dict[str, Roadmap] = {}  # quarter -> its roadmap, once worked out
        self._shown: list[Assessment] = []  # the reviews the trend and countdown show
        self._generation = 0  # bumped by every show_profile: late work for another is dropped
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.basics = QLabel(self)
        self.basics.setWordWrap(True)
        # "Next review: …": written by the controller, which owns the settings it comes from
        self.next_review = QLabel(self)
        self.next_review.setWordWrap(True)
        self.next_review.setVisible(False)
        buttons = FlowLayout()  # wraps when the labels are long (Korean, pseudo mode)
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        self._last_button: QWidget | None = button if actions else None

        body = self._body = QWidget()
        self._column = column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.basics)
        column.addWidget(self.next_review)
        column.addLayout(buttons)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def __getattr__(self, name: str):
        # Only for attributes not set yet: the parts, built on their first use.
        if name in _PARTS and not self.__dict__.get("_parts_built", True):
            self._build_parts()
            return getattr(self, name)
        raise AttributeError(name)

    def _build_parts(self) -> None:
        if self._parts_built:
            return
        self._parts_built = True
        from moatdesk.ui.compare_view import CompareView
        from moatdesk.ui.countdown_view import CountdownView
        from moatdesk.ui.trend_chart import TrendChart

        self.history_box = QGroupBox(self)
        self.history = QTreeWidget(self.history_box)
        self.history.setRootIsDecorated(False)
        self.history.setColumnCount(4)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemActivated.connect(
            lambda item, _c: self.quarter_activated.emit(item.data(0, QUARTER_ROLE))
        )
        self.trend = TrendChart(self.history_box)
        self.countdown_label = QLabel(self.history_box)
        self.countdown = CountdownView(self.history_box)
        self.countdown_label.setBuddy(self.countdown)
        box_layout = QVBoxLayout(self.history_box)
        box_layout.addWidget(self.history)
        box_layout.addWidget(self.trend, 1)
        box_layout.addWidget(self.countdown_label)
        box_layout.addWidget(self.countdown)

        self.compare_box = QGroupBox(self)
        self.compare = CompareView(self._run_compare, lambda: self._flag_titles, self.compare_box)
        QVBoxLayout(self.compare_box).addWidget(self.compare)
        self._column.addWidget(self.history_box, 1)
        self._column.addWidget(self.compare_box)
        # Tab order as if built with the rest: after the buttons, top to bottom.
        previous = self._last_button
        for box in (self.history_box, self.compare_box):
            for widget in box.findChildren(QWidget):
                tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                if previous is not None and tab and widget.window() is box.window():
                    QWidget.setTabOrder(previous, widget)
                    previous = widget
        self._retranslate_parts()

    def set_pending(self) -> None:
        """Blank until show_profile: at start-up the profile loads just after the first
        frame, and an empty "No quarters yet" there would be wrong for that moment."""
        self._body.setVisible(False)

    def show_profile(self, profile: Profile | None) -> None:
        self._body.setVisible(True)
        self.profile = profile
        self._generation += 1
        self._roadmaps = {}
        self._flag_titles = {}
        missing: list[Assessment] = []
        self._shown = self._reviews_shown(profile)
        if profile is not None:
            for assessment in self._shown:
                found = ROADMAPS.cached(assessment.basics, assessment)
                if found is None:
                    missing.append(assessment)
                else:
                    self._keep(assessment.quarter, found)
        if len(missing) <= NOW_AT_MOST:
            self._work_out(missing)
        else:
            generation = self._generation
            after_next_paint(self, lambda: self._work_out_later(generation, missing))
        self.refresh()

    def _keep(self, quarter: str, roadmap: Roadmap) -> None:
        self._roadmaps[quarter] = roadmap
        self._flag_titles.update({f.id: f.title for f in roadmap.flags})

    def _work_out(self, assessments: list[Assessment]) -> None:
        assert self.profile is not None or not assessments
        for assessment in assessments:
            assert self.profile is not None
            self._keep(assessment.quarter, ROADMAPS.roadmap(assessment.basics, assessment))

    def _work_out_later(self, generation: int, missing: list[Assessment]) -> None:
        """A few roadmaps now, the rest on later turns; dropped if the profile changed."""
        if generation != self._generation:
            return
        self._work_out(missing[:PER_TURN])
        if missing[PER_TURN:]:
            rest = missing[PER_TURN:]
            QTimer.singleShot(0, self, lambda: self._work_out_later(generation, rest))
        else:
            self._show_trend()

    def ready(self) -> bool:
        """Every review shown has its roadmap (the trend and the countdown are drawn)."""
        return self.profile is not None and all(a.quarter in self._roadmaps for a in self._shown)

    @staticmethod
    def _reviews_shown(profile: Profile | None) -> list[Assessment]:
        """What the trend and the countdown show (the domain decides, as for the PDF):
        the final reviews, then the latest one even if a draft; the most recent 60."""
        if profile is None or not profile.assessments:
            return []
        from moatdesk.domain.history import reviews_shown

        latest = profile.assessments[-1].quarter
        return reviews_shown(profile, latest, limit=SHOWN_AT_MOST)

    def selected_quarter(self) -> str | None:
        item = self.history.currentItem()
        return item.data(0, QUARTER_ROLE) if item is not None else None

    def refresh(self) -> None:
        profile = self.profile
        # No current row while clearing: with one, Qt re-selects at every removal.
        self.history.setCurrentItem(None)  # type: ignore[call-overload]  # stubs lack None
        self.history.clear()
        if profile is None:  # none selected (a search matching none, an unreadable one)
            self.title.setText("")
            self.basics.setText("")
            self._show_trend()  # and no countdown: the last profile's would stay
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
        locale = QLocale()
        for assessment in profile.assessments:
            status = label(assessment.status)
            if assessment.amended:
                status += " · " + translate("ProfileDetail", "amended")
            edited = format_when(assessment.updated_at, locale)
            item = QTreeWidgetItem([assessment.quarter, status, edited, ""])
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
        self._show_trend()
        self.compare.set_quarters([a.quarter for a in profile.assessments], owner=profile.id)

    def _show_trend(self) -> None:
        if self.profile is None or not self.ready():
            self.trend.set_data([], [], pending=self.profile is not None)
            self.countdown.set_countdown(())
            self._show_countdown(False)
            return
        from moatdesk.domain.taxonomy import AssessmentStatus

        quarters = [a.quarter for a in self._shown]
        roadmaps = [self._roadmaps[q] for q in quarters]
        moats = [s.moat for s in roadmaps[0].scores] if roadmaps else []
        scores = [{s.moat: s.score for s in r.scores} for r in roadmaps]
        self.trend.set_data(quarters, [(label(m), [by[m] for by in scores]) for m in moats])
        finals = {a.quarter for a in self._shown if a.status is AssessmentStatus.FINAL}
        self.countdown.set_countdown(
            ROADMAPS.countdown(tuple(zip(quarters, roadmaps, strict=True)), finals)
        )
        self._show_countdown(bool(roadmaps))
        header = self.history.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one resize, not one per row
        for row in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(row)
            roadmap = self._roadmaps.get(item.data(0, QUARTER_ROLE)) if item else None
            if item is not None and roadmap is not None:
                item.setText(MOATS_COLUMN, hold_summary_text(roadmap))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _show_countdown(self, shown: bool) -> None:
        """The countdown with its title, or neither (no review scored to count from)."""
        self.countdown_label.setVisible(shown)
        self.countdown.setVisible(shown)

    def _run_compare(self, before: str, after: str):
        assert self.profile is not None
        for assessment in self.profile.assessments:  # the flags' names, for the result
            if assessment.quarter in (before, after) and assessment.quarter not in self._roadmaps:
                self._keep(assessment.quarter, ROADMAPS.roadmap(assessment.basics, assessment))
        return self.store.compare(self.profile.id, before, after)

    def retranslate(self) -> None:
        if self._parts_built:
            self._retranslate_parts()
            if self.profile is not None:
                self.refresh()

    def _retranslate_parts(self) -> None:
        self.history_box.setTitle(translate("ProfileDetail", "Quarters and trend"))
        self.compare_box.setTitle(translate("ProfileDetail", "Compare quarters"))
        self.history.setHeaderLabels(
            [
                translate("ProfileDetail", "Quarter"),
                translate("ProfileDetail", "Status"),
                translate("ProfileDetail", "Last edited"),
                translate("ProfileDetail", "Moats"),
            ]
        )
        self.countdown_label.setText(
            translate("ProfileDetail", "Cou&ntdown: the quarter each moat stops holding")
        )
        self.history.setAccessibleName(translate("ProfileDetail", "Quarter history"))
        self.trend.setAccessibleName(translate("ProfileDetail", "Moat strength per quarter"))
        self.trend.empty_text = translate("ProfileDetail", "No quarters yet.")
        self.trend.pending_text = translate("ProfileDetail", "Scoring the quarters…")
        self.trend.update()
