"""The results of one quarter: chart, each moat's score and why, flags, roadmap actions.

Used as the wizard's last page and in the main window's "View results" dialog.
Every text shown comes from the roadmap and the bank, in the UI's language.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from moatdesk.domain.results import Roadmap
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.ui.attacks_view import AttacksPanel
from moatdesk.ui.i18n import ui_lang
from moatdesk.ui.moat_chart import MoatChart
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label, lt

translate = QCoreApplication.translate
QUESTION_ROLE = Qt.ItemDataRole.UserRole  # a "why" row's question id


def holds_text(month: int | None) -> str:
    if month is None:
        return translate("Results", "Holds past 5 years")
    if month == 0:  # already below the line: "weakens by month 0" said nothing
        return translate("Results", "Does not hold now")
    return translate("Results", "Weakens by month %1").replace("%1", str(month))


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
        self.scores.setColumnCount(3)
        self.scores.setWordWrap(True)
        self.scores.setUniformRowHeights(False)
        self.scores.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores.header().setStretchLastSection(False)
        self.scores.setMinimumHeight(300)
        self.flags_heading = _heading("")
        self.attacks = AttacksPanel(self)  # who can attack us, and what holds them off
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.actions_heading = _heading("")
        self.action_list = QLabel(self)  # not "actions": QWidget.actions() is a method
        self.action_list.setWordWrap(True)
        for text_label in (self.flags, self.action_list):
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
        self.profile, self.assessment, self.roadmap = profile, assessment, roadmap
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
        self.actions_heading.setText(translate("Results", "Roadmap: what to build, by when"))
        self.scores.setHeaderLabels(
            [
                translate("Results", "Meta-moat / answer"),
                translate("Results", "Score / points"),
                translate("Results", "Outlook / answer given"),
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
        questions = load_bank().by_id()
        answers = self.assessment.answers
        outlooks = {o.moat: o for o in self.roadmap.outlooks}
        self.scores.clear()
        for score in self.roadmap.scores:
            outlook = outlooks.get(score.moat)
            item = QTreeWidgetItem(
                [
                    label(score.moat),
                    f"{score.score:.0f}",
                    holds_text(outlook.holds_until_month) if outlook else "",
                ]
            )
            item.setToolTip(0, label(score.moat))
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
        for column in (1, 2):
            self.scores.resizeColumnToContents(column)

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
        self.action_list.setText(
            _entries(
                [
                    (lt(a.title), f"{label(a.bucket)} · {label(a.moat)}", lt(a.detail))
                    for a in self.roadmap.actions
                ],
                translate("Results", "No actions needed."),
            )
        )


def _entries(rows: list[tuple[str, str, str]], when_empty: str) -> str:
    """Rich text for (title, qualifier, body) rows; every piece escaped, it is data."""
    if not rows:
        return html.escape(when_empty)
    return "".join(
        f"<p><b>{html.escape(title)}</b> <i>({html.escape(qualifier)})</i><br/>"
        f"{html.escape(body)}</p>"
        for title, qualifier, body in rows
    )
