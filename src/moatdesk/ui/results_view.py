"""The results of one quarter: chart, each moat's score and why, flags, roadmap actions.

Used as the wizard's last page and in the main window's "View results" dialog.
Every text shown comes from the roadmap and the bank, in the UI's language; the
sentences are chosen in ``results_text`` and every figure is the engine's.

The screen, top to bottom (one widget per section, in ``_sections()``): summary and
buttons, the moat x horizon chart, the moats (score, when each stops holding, how
that moved since the previous final review, what speeds or slows its decay, and the
answers behind it), risks and opportunities, attacks, **Do first**, **Later**.  A
new panel is one more widget in that tuple.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.models import Assessment, Profile
from moatdesk.domain.results import Comparison, Roadmap
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.attacks_view import AttacksPanel
from moatdesk.ui.i18n import ui_lang
from moatdesk.ui.moat_chart import MoatChart
from moatdesk.ui.results_text import (
    do_first_html,
    flag_titles,
    hold_summary,
    later_html,
    mechanism_titles,
    outlook_text,
    shift_text,
)
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label, lt

translate = QCoreApplication.translate
QUESTION_ROLE = Qt.ItemDataRole.UserRole  # a "why" row's question id


def _heading(text: str) -> QLabel:
    heading = QLabel(text)
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    heading.setFont(font)
    return heading


class ResultsView(Retranslating, QWidget):
    export_requested = Signal()
    what_if_requested = Signal()  # the what-if panel (ui/whatif_panel.py) for this review

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        self.assessment: Assessment | None = None
        self.roadmap: Roadmap | None = None

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        self.what_if_button = QPushButton(self)
        self.what_if_button.clicked.connect(self.what_if_requested.emit)
        self.what_if_button.hide()  # shown by offer_what_if() where a panel can open
        top.addWidget(self.what_if_button, 0, Qt.AlignmentFlag.AlignTop)

        self.chart = MoatChart(self)
        self.scores_heading = _heading("")
        self.scores = QTreeWidget(self)
        self.scores.setColumnCount(4)
        self.scores.setWordWrap(True)
        self.scores.setUniformRowHeights(False)
        self.scores.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores.header().setStretchLastSection(False)
        self.scores.setMinimumHeight(300)
        self.flags_heading = _heading("")
        self.attacks = AttacksPanel(self)  # who can attack us, and what holds them off
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.actions_heading = _heading("")  # "Do first": at most three, next quarter
        self.action_list = QLabel(self)  # not "actions": QWidget.actions() is a method
        self.action_list.setWordWrap(True)
        self.later_heading = _heading("")
        self.later_list = QLabel(self)  # every other action, by bucket: nothing hidden
        self.later_list.setWordWrap(True)
        self.since: Comparison | None = None  # with the previous final review
        for text_label in (self.flags, self.action_list, self.later_list):
            text_label.setTextFormat(Qt.TextFormat.RichText)
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addWidget(self.chart)
        for widget in (
            self.scores_heading,
            self.scores,
            self.flags_heading,
            self.flags,
            self.attacks,
            self.actions_heading,
            self.action_list,
            self.later_heading,
            self.later_list,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def show_results(self, profile: Profile, assessment: Assessment, roadmap: Roadmap) -> None:
        from moatdesk.domain.history import previous_final, since_previous
        from moatdesk.ui.roadmap_cache import ROADMAPS

        self.profile, self.assessment, self.roadmap = profile, assessment, roadmap
        # The comparison with the previous final review reuses both roadmaps (this one,
        # and the previous one from the cache) instead of building them again.
        history: tuple[tuple[str, Roadmap], ...] = ((assessment.quarter, roadmap),)
        before = previous_final(profile, assessment.quarter)
        if before is not None:
            history += ((before.quarter, ROADMAPS.roadmap(before.basics, before)),)
        self.since = since_previous(profile, assessment.quarter, history=history)
        self.refresh()

    def offer_what_if(self) -> None:
        """Show the "What if…" button (its owner connects ``what_if_requested``)."""
        self.what_if_button.show()

    def retranslate(self) -> None:
        self.export_button.setText(translate("Results", "Export &PDF…"))
        self.export_button.setAccessibleName(translate("Results", "Export PDF"))
        self.what_if_button.setText(translate("Results", "&What if…"))
        self.scores_heading.setText(translate("Results", "Moat scores and why"))
        self.flags_heading.setText(translate("Results", "Risks and opportunities"))
        self.actions_heading.setText(translate("Results", "Do first (next quarter)"))
        self.later_heading.setText(translate("Results", "Later: the rest of the roadmap"))
        self.scores.setHeaderLabels(
            [
                translate("Results", "Meta-moat / answer"),
                translate("Results", "Score / points"),
                translate("Results", "When it stops holding / answer given"),
                translate("Results", "Since the previous review"),
            ]
        )
        self.scores.setAccessibleName(translate("Results", "Moat scores"))
        self.refresh()

    def refresh(self) -> None:
        if self.roadmap is None or self.profile is None or self.assessment is None:
            return
        status = label(self.assessment.status)
        summary = f"{self.profile.basics.name} · {self.assessment.quarter} · {status}"
        if self.assessment.status is AssessmentStatus.FINAL:
            summary += "\n" + translate(
                "Results",
                "This review is final. You can reopen it from the main window to amend it.",
            )
        summary += "\n" + hold_summary(self.roadmap.summary)
        self.summary.setText(summary)
        self._fill_chart()
        self._fill_scores()
        self._fill_flags()
        self.attacks.show_attacks(self.roadmap, self.assessment.answers)
        self._fill_actions()

    def _fill_chart(self) -> None:
        assert self.roadmap is not None
        self.chart.set_roadmap(self.roadmap, ui_lang())

    def _fill_scores(self) -> None:
        from moatdesk.domain.answers import display_value
        from moatdesk.domain.content import load_bank

        assert self.roadmap is not None and self.assessment is not None
        roadmap = self.roadmap
        questions = load_bank().by_id()
        answers = self.assessment.answers
        outlooks = {o.moat: o for o in roadmap.outlooks}
        shifts = {s.moat: s for s in self.since.stop_shifts} if self.since else {}
        since_quarter = self.since.from_quarter if self.since else ""
        self.scores.clear()
        for score in roadmap.scores:
            outlook = outlooks[score.moat]
            shift = shifts.get(score.moat)
            item = QTreeWidgetItem(
                [
                    label(score.moat),
                    f"{score.score:.0f}" if score.assessed else "—",
                    outlook_text(outlook),
                    shift_text(shift, since_quarter) if shift else "",
                ]
            )
            item.setToolTip(0, label(score.moat))
            item.setToolTip(3, item.text(3))
            if not score.assessed:
                self._not_assessed_look(item)
                ask = QTreeWidgetItem([translate("Results", "Answer these questions:"), "", ""])
                item.addChild(ask)
                for qid in score.unanswered:
                    question = questions.get(qid)
                    text = lt(question.text) if question else qid
                    child = QTreeWidgetItem([text, "", translate("Results", "not answered")])
                    child.setData(0, QUESTION_ROLE, qid)
                    child.setToolTip(0, text)
                    ask.addChild(child)
            speeds = flag_titles(roadmap, outlook.accelerated_by)
            if speeds:
                row = QTreeWidgetItem([translate("Results", "Speeds its decay (raised risks):")])
                row.setText(2, ", ".join(speeds))
                row.setToolTip(2, row.text(2))
                item.addChild(row)
            slows = mechanism_titles(outlook.slowed_by)
            if slows:
                row = QTreeWidgetItem([translate("Results", "Slows its decay (mechanisms):")])
                row.setText(2, ", ".join(slows))
                row.setToolTip(2, row.text(2))
                item.addChild(row)
            for contribution in score.contributions:
                points = f"{contribution.points:+.1f}"
                if points in ("+0.0", "-0.0"):
                    continue  # an answer worth nothing here explains nothing
                qid = contribution.question_id
                question = questions.get(qid)
                text = lt(question.text) if question else qid
                answer = answers.get(qid)
                given = (
                    display_value(question, answer.value, ui_lang())
                    if question is not None and answer is not None and answer.value is not None
                    else ""
                )
                child = QTreeWidgetItem([text, points, given])
                child.setData(0, QUESTION_ROLE, qid)
                child.setToolTip(0, text)
                child.setToolTip(2, given)
                item.addChild(child)
            self.scores.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.scores.resizeColumnToContents(column)

    def _not_assessed_look(self, item: QTreeWidgetItem) -> None:
        """Its own look: muted and italic, never a 0 or a "not now"."""
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for column in range(self.scores.columnCount()):
            font = item.font(column)
            font.setItalic(True)
            item.setFont(column, font)
            item.setForeground(column, muted)
        item.setToolTip(
            1, translate("Results", "Too few of its questions are answered to say how it holds.")
        )

    def _fill_flags(self) -> None:
        assert self.roadmap is not None
        self.flags.setText(
            _entries(
                [
                    (lt(f.title), f"{label(f.kind)} · {label(f.severity)}", lt(f.explanation))
                    for f in self.roadmap.flags
                ],
                translate("Results", "No risks or opportunities flagged."),
            )
        )

    def _fill_actions(self) -> None:
        assert self.roadmap is not None
        self.action_list.setText(do_first_html(self.roadmap))
        self.later_list.setText(later_html(self.roadmap))


def _entries(rows: list[tuple[str, str, str]], when_empty: str) -> str:
    """Rich text for (title, qualifier, body) rows; every piece escaped, it is data."""
    if not rows:
        return html.escape(when_empty)
    return "".join(
        f"<p><b>{html.escape(title)}</b> <i>({html.escape(qualifier)})</i><br/>"
        f"{html.escape(body)}</p>"
        for title, qualifier, body in rows
    )
