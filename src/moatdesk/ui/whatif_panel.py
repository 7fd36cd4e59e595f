"""The what-if panel: a scratch copy of one review, its clock beside the review's, and the
review's highest-leverage answers.

Every change (a preset, an answer, a basic) re-evaluates the scratch copy at once with
``evaluate_spec`` (one roadmap build: the review's own roadmap is built once); nothing is
written unless the founder saves the scenario by name or starts next quarter's draft from
it, both through ``ScenarioOps`` (the main window's store).  The leverage search runs once
per review, a few roadmap builds per turn of the event loop.  All figures come from the
domain; this only shows them.
"""

from __future__ import annotations

import html
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.answers import display_value
from moatdesk.domain.content import load_bank
from moatdesk.domain.errors import MoatDeskError
from moatdesk.domain.leverage import Leverage, LeverageOption, LeverageSearch
from moatdesk.domain.models import AnswerValue, Assessment, CompanyBasics, Profile
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.domain.scenarios import (
    AppliedChange,
    SavedScenario,
    WhatIfSpec,
    load_scenarios,
    saved_scenario,
)
from moatdesk.domain.taxonomy import Sector, StackPosition, Stage
from moatdesk.domain.whatif import MoatEffect, WhatIf, evaluate_spec
from moatdesk.report.scenario_data import PickedScenario
from moatdesk.report.strings import capitalized, earliest_words, moved_words
from moatdesk.ui.i18n import error_text, fill, ui_lang, verbatim
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.roadmap_cache import ROADMAPS
from moatdesk.ui.text import label, lt, stop_text

translate = QCoreApplication.translate
_LATER = QColor("#1b7f3b")
_EARLIER = QColor("#b3261e")


# Roadmap builds per turn of the event loop while the leverage search runs: one, so a
# turn costs what one build costs (docs/benchmarks.md: 2-10 ms as the machine is loaded)
# and a click during the search waits for at most that.
SEARCH_STEPS_PER_TURN = 1


class ScenarioOps(Protocol):
    """What the panel may ask of the store (None: the panel cannot save)."""

    def saved_scenarios(self, profile_id: str, quarter: str) -> list[SavedScenario]: ...

    def save_scenario(self, profile_id: str, saved: SavedScenario) -> SavedScenario: ...

    def start_draft_from(self, profile_id: str, quarter: str, spec: WhatIfSpec) -> str: ...


# ----------------------------------------------------------------- reading the effect
def earliest_text(position_label: str | None) -> str:
    """The domain's earliest-stop label ("2027-Q3", ">2031-Q4") in words."""
    return earliest_words(position_label, ui_lang())


def moved_text(quarters: int | None, open_ended: bool = False) -> str:
    """ "2 quarters later", "no change", "at least 1 quarter earlier" (``moved_words``)."""
    return moved_words(quarters, ui_lang(), open_ended)


def _value_text(question_id: str | None, value: AnswerValue | None, basic: str | None) -> str:
    if question_id is not None:
        question = load_bank().by_id().get(question_id)
        if question is not None:
            return display_value(question, value, ui_lang())
    if basic in ("stage", "stack_position", "sector") and isinstance(value, str):
        enum = {"stage": Stage, "stack_position": StackPosition, "sector": Sector}[basic]
        return label(enum(value))
    return "" if value is None else str(value)


def _basic_name(basic: str) -> str:
    return {
        "stage": translate("WhatIf", "Stage"),
        "team_size": translate("WhatIf", "Team size"),
        "runway_months": translate("WhatIf", "Runway (months)"),
        "stack_position": translate("WhatIf", "Stack position"),
        "sector": translate("WhatIf", "Sector"),
    }[basic]


def change_line(change: AppliedChange) -> str:
    """ "<what>: <before> → <after>" for one applied change, in the UI's language."""
    if change.question is not None:
        question = load_bank().by_id().get(change.question)
        what = lt(question.text) if question else change.question
    else:
        what = _basic_name(change.basic or "")
    before = _value_text(change.question, change.before, change.basic)
    after = _value_text(change.question, change.after, change.basic)
    return f"{what}: {before} → {after}"


def leverage_line(option: LeverageOption, earliest: str | None) -> str:
    question = load_bank().by_id().get(option.question)
    what = lt(question.text) if question else option.question
    before = _value_text(option.question, option.before, None)
    after = _value_text(option.question, option.after, None)
    return fill(
        translate("WhatIf", "%1: %2 → %3 moves the earliest stop %4 (all moats: %5)"),
        what,
        before,
        after,
        moved_text(option.earliest_moved),
        moved_text(option.total_moved),
    )


# ----------------------------------------------------------------- the panel
class WhatIfPanel(Retranslating, QWidget):
    changed = Signal()  # the scratch copy was re-evaluated
    leverage_ready = Signal()
    saved = Signal(str)  # a scenario was saved under this name
    draft_started = Signal(str)  # next quarter's draft was started (its quarter)

    def __init__(
        self,
        profile: Profile,
        assessment: Assessment,
        ops: ScenarioOps | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.assessment = assessment
        self.basics = assessment.basics  # the basics as they were that quarter
        self.ops = ops
        self.bank = load_bank()
        # The review as it is: the detail pane or the results have usually scored it
        self.before = ROADMAPS.roadmap(self.basics, assessment)  # with load_bank()
        self.spec = WhatIfSpec()
        self.effect: WhatIf | None = None
        self.leverage: Leverage | None = None
        self._saved: list[SavedScenario] = []
        self._questions = [q for q in self.bank.questions if q.kind is not QuestionKind.TEXT]
        self._filling = False
        self._build()
        self.retranslate()
        self._reload_saved()
        self.recompute()
        self._start_leverage()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.start_label = QLabel(self)
        self.preset = QComboBox(self)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.preset_summary = QLabel(self)
        self.preset_summary.setWordWrap(True)
        self.preset_summary.setTextFormat(Qt.TextFormat.PlainText)

        self.answer_box = QGroupBox(self)
        self.question = QComboBox(self.answer_box)
        self.question.setMaximumWidth(380)
        for q in self._questions:
            self.question.addItem("", q.id)
        self.question.currentIndexChanged.connect(self._question_chosen)
        self.value = QComboBox(self.answer_box)
        self.number = QDoubleSpinBox(self.answer_box)
        self.number.setDecimals(0)
        self.apply_answer = QPushButton(self.answer_box)
        self.apply_answer.clicked.connect(self._apply_answer)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.value, 1)
        answer_row.addWidget(self.number, 1)
        answer_row.addWidget(self.apply_answer)
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.addWidget(self.question)
        answer_layout.addLayout(answer_row)

        self.basics_box = QGroupBox(self)
        self.stage = QComboBox(self.basics_box)
        self.stack = QComboBox(self.basics_box)
        self.sector = QComboBox(self.basics_box)
        self.team = QSpinBox(self.basics_box)
        self.team.setRange(1, 1_000_000)
        self.runway = QSpinBox(self.basics_box)
        self.runway.setRange(0, 600)
        self._basic_widgets: dict[str, QComboBox | QSpinBox] = {
            "stage": self.stage,
            "stack_position": self.stack,
            "sector": self.sector,
            "team_size": self.team,
            "runway_months": self.runway,
        }
        for combo, enum in self._enum_combos():
            for member in enum:
                combo.addItem("", member.value)
            combo.currentIndexChanged.connect(self._basics_edited)
        self.team.valueChanged.connect(self._basics_edited)
        self.runway.valueChanged.connect(self._basics_edited)
        self.basics_form = QFormLayout(self.basics_box)
        self._basic_labels: dict[str, QLabel] = {}
        for basic, widget in self._basic_widgets.items():
            self._basic_labels[basic] = QLabel(self.basics_box)
            self.basics_form.addRow(self._basic_labels[basic], widget)

        self.changes_label = QLabel(self)
        self.changes = QListWidget(self)
        self.changes.setWordWrap(True)
        self.changes.setMinimumHeight(90)
        self.remove = QPushButton(self)
        self.remove.clicked.connect(self._remove_selected)
        self.reset = QPushButton(self)
        self.reset.clicked.connect(self.reset_all)
        self.save = QPushButton(self)
        self.save.clicked.connect(self._save)
        self.draft = QPushButton(self)
        self.draft.clicked.connect(self._start_draft)
        for button in (self.save, self.draft):
            button.setVisible(self.ops is not None)
        self.export = QPushButton(self)
        self.export.clicked.connect(self._export_pdf)
        self._export_job: object | None = None
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.remove)
        list_buttons.addWidget(self.reset)
        list_buttons.addStretch(1)

        controls = QWidget(self)
        left = QVBoxLayout(controls)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.start_label)
        left.addWidget(self.preset)
        left.addWidget(self.preset_summary)
        left.addWidget(self.answer_box)
        left.addWidget(self.basics_box)
        left.addWidget(self.changes_label)
        left.addWidget(self.changes, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.save)
        left.addWidget(self.draft)
        left.addWidget(self.export)
        controls.setMaximumWidth(420)

        self.earliest = QLabel(self)
        self.earliest.setWordWrap(True)
        bold = self.earliest.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.earliest.setFont(bold)
        self.table = QTableWidget(len(self.before.scores), 6, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fitted once per change (_show), not per cell: ResizeToContents would measure the
        # whole column again for each of the 54 cells.
        self.table.setMinimumHeight(310)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.leverage_heading = QLabel(self)
        self.leverage_heading.setFont(bold)
        self.leverage_rows = QVBoxLayout()
        self.leverage_status = QLabel(self)
        self.leverage_status.setWordWrap(True)
        self.leverage_rows.addWidget(self.leverage_status)
        self.try_buttons: list[QPushButton] = []
        self.leverage_labels: list[QLabel] = []

        results = QWidget(self)
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.earliest)
        right.addWidget(self.table)
        right.addWidget(self.details)
        right.addWidget(self.leverage_heading)
        right.addLayout(self.leverage_rows)
        right.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(results)

        outer = QHBoxLayout(self)
        outer.addWidget(controls)
        outer.addWidget(scroll, 1)
        self._filling = True
        self._fill_basics(self.basics)
        self._filling = False

    def retranslate(self) -> None:
        self._filling = True
        self.start_label.setText(translate("WhatIf", "Start from a scenario:"))
        self._fill_presets()
        self.answer_box.setTitle(translate("WhatIf", "Change an answer"))
        for index, q in enumerate(self._questions):
            text = lt(q.text)
            self.question.setItemText(index, text)
            self.question.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self._question_chosen()
        self.apply_answer.setText(translate("WhatIf", "&Apply"))
        self.basics_box.setTitle(translate("WhatIf", "Change a company basic"))
        for basic, basic_label in self._basic_labels.items():
            basic_label.setText(_basic_name(basic))
        for combo, enum in self._enum_combos():
            for index, member in enumerate(enum):
                combo.setItemText(index, label(member))
        self.changes_label.setText(translate("WhatIf", "What this what-if changes:"))
        self.remove.setText(translate("WhatIf", "&Remove my change"))
        self.reset.setText(translate("WhatIf", "Re&set"))
        self.save.setText(translate("WhatIf", "Sa&ve scenario…"))
        self.draft.setText(translate("WhatIf", "Start next quarter's &draft from this…"))
        self.export.setText(translate("WhatIf", "Export &PDF with scenarios…"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("WhatIf", "Meta-moat"),
                translate("WhatIf", "Score now"),
                translate("WhatIf", "Score if"),
                translate("WhatIf", "Stops now"),
                translate("WhatIf", "Stops if"),
                translate("WhatIf", "Moved"),
            ]
        )
        self.leverage_heading.setText(translate("WhatIf", "Your highest-leverage answers"))
        self._filling = False
        if self.effect is not None:
            self._show()
        self._show_leverage()

    def _enum_combos(self) -> tuple[tuple[QComboBox, type[StrEnum]], ...]:
        return ((self.stage, Stage), (self.stack, StackPosition), (self.sector, Sector))

    def _fill_presets(self) -> None:
        current = self.preset.currentData()
        self.preset.blockSignals(True)
        self.preset.clear()
        self.preset.addItem(translate("WhatIf", "None: only my own changes"), "")
        for scenario in load_scenarios().scenarios:
            self.preset.addItem(lt(scenario.title), f"preset:{scenario.id}")
        for saved in self._saved:
            text = fill(translate("WhatIf", "Saved: %1"), saved.name)
            self.preset.addItem(text, f"saved:{saved.name}")
        index = self.preset.findData(current)
        self.preset.setCurrentIndex(max(0, index))
        self.preset.blockSignals(False)

    def _fill_basics(self, basics: CompanyBasics) -> None:
        """Show these basics in the controls (callers hold ``_filling``)."""
        for combo, value in (
            (self.stage, basics.stage),
            (self.stack, basics.stack_position),
            (self.sector, basics.sector),
        ):
            combo.setCurrentIndex(combo.findData(value.value))
        self.team.setValue(basics.team_size)
        self.runway.setValue(basics.runway_months)

    # -- building the what-if -----------------------------------------------------------
    def _current_question(self) -> Question:
        return self._questions[max(0, self.question.currentIndex())]

    def _question_chosen(self) -> None:
        question = self._current_question()
        is_number = question.kind is QuestionKind.NUMBER
        self.value.setVisible(not is_number)
        self.number.setVisible(is_number)
        current = self.spec.answers.get(question.id)
        if current is None:
            answer = self.assessment.answers.get(question.id)
            current = answer.value if answer is not None else None
        if is_number:
            assert question.number is not None
            self.number.setRange(question.number.minimum, question.number.maximum)
            self.number.setSuffix(f" {lt(question.number.unit)}")
            self.number.setValue(float(current) if isinstance(current, int | float) else 0.0)
            return
        self.value.clear()
        for value in _values_of(question):
            self.value.addItem(display_value(question, value, ui_lang()), value)
        index = self.value.findData(current) if current is not None else -1
        self.value.setCurrentIndex(max(0, index))

    def _apply_answer(self) -> None:
        question = self._current_question()
        if question.kind is QuestionKind.NUMBER:
            number = self.number.value()
            value: AnswerValue = int(number) if float(number).is_integer() else number
        else:
            value = self.value.currentData()
        self.set_answer(question.id, value)

    def set_answer(self, question_id: str, value: AnswerValue) -> None:
        """Set one answer in the scratch copy (the founder's own change)."""
        answers = dict(self.spec.answers)
        answers[question_id] = value
        self._set_spec(self.spec.model_copy(update={"answers": answers}))

    def set_basic(self, basic: str, value: str | int) -> None:
        widget = self._basic_widgets[basic]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setValue(int(value))

    def choose_preset(self, scenario_id: str | None) -> None:
        index = self.preset.findData(f"preset:{scenario_id}") if scenario_id else 0
        self.preset.setCurrentIndex(index)

    def _basics_edited(self) -> None:
        if self._filling:
            return
        basics: dict[str, str | int] = {}
        for basic, widget in self._basic_widgets.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.value()
            original = getattr(self.basics, basic)
            if (original.value if hasattr(original, "value") else original) != value:
                basics[basic] = value
        self._set_spec(self.spec.model_copy(update={"basics": basics}))

    def _preset_chosen(self) -> None:
        if self._filling:
            return
        kind, _, key = str(self.preset.currentData() or "").partition(":")
        if kind == "saved":
            saved = next(s for s in self._saved if s.name == key)
            self._set_spec(saved.spec, sync_basics=True)
        else:
            self._set_spec(self.spec.model_copy(update={"preset": key or None}))

    def _remove_selected(self) -> None:
        item = self.changes.currentItem()
        if item is None:
            return
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        if kind == "answer":
            answers = {k: v for k, v in self.spec.answers.items() if k != key}
            self._set_spec(self.spec.model_copy(update={"answers": answers}))
        else:
            basics = {k: v for k, v in self.spec.basics.items() if k != key}
            self._set_spec(self.spec.model_copy(update={"basics": basics}))

    def reset_all(self) -> None:
        self._set_spec(WhatIfSpec(), sync_basics=True, preset_index=0)

    def _set_spec(
        self, spec: WhatIfSpec, sync_basics: bool = False, preset_index: int | None = None
    ) -> None:
        """Take ``spec`` as the what-if; show its basics (and preset) in the controls."""
        self.spec = spec
        self._filling = True
        if preset_index is not None:
            self.preset.setCurrentIndex(preset_index)
        if sync_basics:
            merged = {**self.basics.model_dump(), **spec.basics}
            self._fill_basics(CompanyBasics.model_validate(merged))
        self._filling = False
        self.recompute()

    # -- evaluating -----------------------------------------------------------------------
    def recompute(self) -> None:
        try:
            self.effect = evaluate_spec(
                self.basics, self.assessment, self.spec, self.bank, before=self.before
            )
        except MoatDeskError as exc:  # a saved what-if the bank no longer fits
            QMessageBox.warning(self, translate("WhatIf", "What if"), verbatim(error_text(exc)))
            self.spec = WhatIfSpec()
            self.effect = evaluate_spec(
                self.basics, self.assessment, self.spec, self.bank, before=self.before
            )
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        effect = self.effect
        assert effect is not None
        preset_id = self.spec.preset
        summary = ""
        if preset_id is not None:
            summary = lt(load_scenarios().get(preset_id).summary)
        self.preset_summary.setText(summary)
        self.preset_summary.setVisible(bool(summary))
        self._fill_changes(effect)
        self.earliest.setText(
            fill(
                translate("WhatIf", "Earliest stop: %1 now, %2 with this what-if (%3)"),
                earliest_text(effect.earliest_before),
                earliest_text(effect.earliest_after),
                moved_text(effect.earliest_moved),
            )
        )
        for row, moat in enumerate(effect.moats):
            self._fill_row(row, moat)
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.details.setText(self._details_html(effect))

    def _fill_changes(self, effect: WhatIf) -> None:
        self.changes.clear()
        own_answers, own_basics = set(self.spec.answers), set(self.spec.basics)
        for change in effect.changes:
            text = change_line(change)
            if change.why is not None:
                text += f"\n    {lt(change.why)}"
            item = QListWidgetItem(text, self.changes)
            key = ("answer", change.question) if change.question else ("basic", change.basic)
            item.setData(Qt.ItemDataRole.UserRole, key)
            mine = (change.question in own_answers) or (change.basic in own_basics)
            if change.why is None and mine:
                item.setToolTip(translate("WhatIf", "Your change"))
        if not effect.changes:
            QListWidgetItem(translate("WhatIf", "Nothing changed yet."), self.changes)
        self.remove.setEnabled(bool(self.spec.answers or self.spec.basics))
        self.reset.setEnabled(not self.spec.is_empty)
        self.save.setEnabled(not self.spec.is_empty)
        self.draft.setEnabled(not self.spec.is_empty)

    def _fill_row(self, row: int, moat: MoatEffect) -> None:
        cells = [
            label(moat.moat),
            f"{moat.score_before:.0f}",
            f"{moat.score_after:.0f}",
            stop_text(moat.status_before, moat.stop_before, moat.horizon_end),
            stop_text(moat.status_after, moat.stop_after, moat.horizon_end),
            capitalized(moved_text(moat.quarters_moved, moat.open_ended)),  # a cell: "No change"
        ]
        for column, text in enumerate(cells):
            item = self.table.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, column, item)
            item.setText(text)
            color = None
            if column == 5 and moat.quarters_moved:
                color = _LATER if moat.quarters_moved > 0 else _EARLIER
            if column == 2 and moat.score_delta:
                color = _LATER if moat.score_delta > 0 else _EARLIER
            item.setData(Qt.ItemDataRole.ForegroundRole, color)

    def _details_html(self, effect: WhatIf) -> str:
        from moatdesk.domain.actions import load_action_library
        from moatdesk.domain.flags import load_flag_rules

        flags = {f.id: f for f in load_flag_rules().flags}
        actions = {a.id: a for a in load_action_library().actions}
        lines: list[str] = []
        for change in effect.flag_changes:
            rule = flags.get(change.id)
            title = lt(rule.title) if rule else change.id
            if change.before is None and change.after is not None:
                text = fill(translate("WhatIf", "Raised: %1 (%2)"), title, label(change.after))
            elif change.after is None and change.before is not None:
                text = fill(translate("WhatIf", "Cleared: %1"), title)
            else:
                assert change.before is not None and change.after is not None
                text = fill(
                    translate("WhatIf", "Severity of %1: %2 → %3"),
                    title,
                    label(change.before),
                    label(change.after),
                )
            lines.append(text)
        for action_id in effect.do_first_added:
            action = actions.get(action_id)
            lines.append(
                fill(
                    translate("WhatIf", "New do-first: %1"),
                    lt(action.title) if action else action_id,
                )
            )
        for action_id in effect.do_first_removed:
            action = actions.get(action_id)
            lines.append(
                fill(
                    translate("WhatIf", "No longer do-first: %1"),
                    lt(action.title) if action else action_id,
                )
            )
        if not lines:
            return html.escape(translate("WhatIf", "No flag or do-first action changes."))
        return "<br/>".join(html.escape(line) for line in lines)

    # -- the leverage search ----------------------------------------------------------------
    def _start_leverage(self) -> None:
        """Run the search between events: a few roadmap builds per turn of the event loop
        (each turn well under 50 ms), so the panel answers while it runs.  No worker
        thread: the search allocates much, and Python's collector must not free Qt
        objects off the GUI thread (see pdf_export)."""
        self._search = LeverageSearch(self.basics, self.assessment, self.bank, self.before)
        self._search_timer = QTimer(self)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._search_some)
        self._search_timer.start()

    def _search_some(self) -> None:
        for _ in range(SEARCH_STEPS_PER_TURN):
            if self._search.done:
                break
            self._search.step()
        if not self._search.done:
            return
        self._search_timer.stop()
        self.leverage = self._search.result()
        self._show_leverage()
        self.leverage_ready.emit()

    def _show_leverage(self) -> None:
        for widget in (*self.try_buttons, *self.leverage_labels):
            self.leverage_rows.removeWidget(widget)
            widget.deleteLater()
        self.try_buttons, self.leverage_labels = [], []
        if self.leverage is None:
            self.leverage_status.setText(translate("WhatIf", "Trying every one-step change…"))
            return
        top = self.leverage.top()
        self.leverage_status.setText(
            fill(
                translate(
                    "WhatIf",
                    "Of %1 one-step changes to this review's answers, these move the "
                    "earliest stop quarter (now %2) the most:",
                ),
                self.leverage.evaluated,
                earliest_text(self.leverage.earliest),
            )
            if top
            else translate("WhatIf", "No one-step change to an answer moves any stop quarter.")
        )
        for option in top:
            text = QLabel(leverage_line(option, self.leverage.earliest), self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(translate("WhatIf", "Try it"), self)
            button.clicked.connect(lambda _=False, o=option: self.set_answer(o.question, o.after))
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.leverage_rows.addLayout(row)
            self.try_buttons.append(button)
            self.leverage_labels.append(text)

    # -- saving ---------------------------------------------------------------------------
    def _reload_saved(self) -> None:
        if self.ops is None:
            return
        self._saved = self.ops.saved_scenarios(self.profile.id, self.assessment.quarter)
        self._fill_presets()

    def _save(self) -> None:
        if self.ops is None or self.spec.is_empty:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("WhatIf", "Save scenario"),
            translate("WhatIf", "Name of this scenario:"),
        )
        if ok and name.strip():
            self.save_as(name.strip())

    def save_as(self, name: str) -> bool:
        assert self.ops is not None
        try:
            saved = saved_scenario(name, self.assessment.quarter, self.spec)
            self.ops.save_scenario(self.profile.id, saved)
            name = saved.name
        except MoatDeskError as exc:
            QMessageBox.warning(
                self, translate("WhatIf", "Save scenario"), verbatim(error_text(exc))
            )
            return False
        self._reload_saved()
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(f"saved:{name}"))
        self.preset.blockSignals(False)
        self.saved.emit(name)
        return True

    def pdf_choices(self) -> list[tuple[str, PickedScenario, bool]]:
        """(label, scenario, ticked) for the PDF: this what-if, the saved ones, the presets."""
        choices: list[tuple[str, PickedScenario, bool]] = []
        if not self.spec.is_empty:
            own = bool(self.spec.answers or self.spec.basics)
            name = translate("WhatIf", "This what-if (not saved)")
            choices.append((name, PickedScenario(name if own else None, self.spec), True))
        for saved in self._saved:
            choices.append(
                (
                    fill(translate("WhatIf", "Saved: %1"), saved.name),
                    PickedScenario(saved.name, saved.spec),
                    False,
                )
            )
        for scenario in load_scenarios().scenarios:
            pick = PickedScenario(None, WhatIfSpec(preset=scenario.id))
            choices.append((lt(scenario.title), pick, False))
        return choices

    def _export_pdf(self) -> None:
        dialog = ScenarioPickDialog(self.pdf_choices(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export_pdf(dialog.picked())

    def export_pdf(self, picks: tuple[PickedScenario, ...]) -> None:
        """Ask where, then export the roadmap with these scenarios off the GUI thread."""
        from moatdesk.ui.pdf_export import export_pdf_interactive

        self._export_job = export_pdf_interactive(
            self, self.profile, self.assessment.quarter, ui_lang(), picks
        )

    def _start_draft(self) -> None:
        if self.ops is None or self.spec.is_empty:
            return
        answer = QMessageBox.question(
            self,
            translate("WhatIf", "Start next quarter's draft"),
            translate(
                "WhatIf",
                "Start next quarter's review as a draft with this what-if's answers and "
                "basics? This review stays as it is.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_draft()

    def start_draft(self) -> str | None:
        assert self.ops is not None
        try:
            quarter = self.ops.start_draft_from(self.profile.id, self.assessment.quarter, self.spec)
        except MoatDeskError as exc:
            QMessageBox.warning(
                self, translate("WhatIf", "Start next quarter's draft"), verbatim(error_text(exc))
            )
            return None
        self.draft_started.emit(quarter)
        return quarter


class ScenarioPickDialog(QDialog):
    """Which what-ifs go on the PDF's scenarios page: a checkable list."""

    def __init__(self, choices: list[tuple[str, PickedScenario, bool]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WhatIf", "Scenarios for the PDF"))
        self.choices = choices
        self.list = QListWidget(self)
        for text, _pick, checked in choices:
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        intro = QLabel(
            translate(
                "WhatIf",
                "The PDF gets a scenarios page with the ones you tick, each beside this "
                "review, and the highest-leverage answers.",
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def picked(self) -> tuple[PickedScenario, ...]:
        return tuple(
            pick
            for row, (_text, pick, _checked) in enumerate(self.choices)
            if (item := self.list.item(row)) is not None
            and item.checkState() == Qt.CheckState.Checked
        )


def _values_of(question: Question) -> list[AnswerValue]:
    if question.kind is QuestionKind.SCALE:
        return [0, 1, 2, 3, 4]
    if question.kind is QuestionKind.YES_NO:
        return [True, False]
    return [o.value for o in question.options]


class WhatIfDialog(Retranslating, QDialog):
    """The panel in its own window, opened from a review's results."""

    def __init__(
        self,
        profile: Profile,
        assessment: Assessment,
        ops: ScenarioOps | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = WhatIfPanel(profile, assessment, ops, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(1180, 780)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            fill(
                translate("WhatIf", "What if — %1 · %2 — MoatDesk"),
                self.panel.profile.basics.name,
                self.panel.assessment.quarter,
            )
        )
