"""Wizard page 1: the company basics.

The company name is required, and so are the sector, stage and place in the AI stack:
a new profile starts with none of them chosen (a default would be a guess the
founder might not notice), and the page says what is still missing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from moatdesk.domain.taxonomy import Sector, StackPosition, Stage
from moatdesk.domain.textrules import MAX_NAME_CHARS
from moatdesk.ui.look import set_qt_property
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label

if TYPE_CHECKING:
    from moatdesk.domain.models import CompanyBasics
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate


class BasicsPage(Retranslating, QWizardPage):
    def __init__(self, quarter: str, parent=None) -> None:
        super().__init__(parent)
        self._quarter = quarter
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.textChanged.connect(self._on_input)
        self.reason = QLabel(self)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self._combo_enums: list[tuple[QComboBox, type[StrEnum]]] = []
        self.sector = self._enum_combo(Sector)
        self.stage = self._enum_combo(Stage)
        self.stack = self._enum_combo(StackPosition)
        self.team_size = QSpinBox(self)
        self.team_size.setRange(1, 1_000_000)
        self.team_size.setValue(5)
        self.runway = QSpinBox(self)
        self.runway.setRange(0, 600)
        self.runway.setValue(18)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels = [QLabel(self) for _ in range(6)]
        for lbl, field in zip(
            self._labels,
            (self.name, self.sector, self.stage, self.stack, self.team_size, self.runway),
            strict=True,
        ):
            lbl.setBuddy(field)
            self.form.addRow(lbl, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        self.retranslate()

    def _enum_combo(self, enum: type[StrEnum]) -> QComboBox:
        combo = QComboBox(self)
        self._combo_enums.append((combo, enum))
        for member in enum:
            combo.addItem("", member.value)
        combo.setCurrentIndex(-1)  # nothing chosen: the placeholder asks for it
        combo.currentIndexChanged.connect(self._on_input)
        return combo

    # -- data in and out -------------------------------------------------------------
    def set_basics(self, basics: CompanyBasics) -> None:
        self.name.setText(basics.name)
        for combo, value in (
            (self.sector, basics.sector),
            (self.stage, basics.stage),
            (self.stack, basics.stack_position),
        ):
            combo.setCurrentIndex(max(combo.findData(value.value), 0))
        self.team_size.setValue(basics.team_size)
        self.runway.setValue(basics.runway_months)

    def basics(self) -> CompanyBasics:
        from moatdesk.domain.models import CompanyBasics  # pydantic: after the first frame

        return CompanyBasics(
            name=self.name.text(),
            sector=Sector(self.sector.currentData()),
            stage=Stage(self.stage.currentData()),
            stack_position=StackPosition(self.stack.currentData()),
            team_size=self.team_size.value(),
            runway_months=self.runway.value(),
        )

    # -- validation: Next is disabled and the reason is visible ------------------------
    def isComplete(self) -> bool:
        return not self._missing()

    def _missing(self) -> list[str]:
        """What is still to fill in, one line each, in the form's order."""
        missing = []
        if not self.name.text().strip():
            missing.append(translate("BasicsPage", "Enter the company name."))
        for combo, text in (
            (self.sector, translate("BasicsPage", "Choose the sector.")),
            (self.stage, translate("BasicsPage", "Choose the stage.")),
            (self.stack, translate("BasicsPage", "Choose the place in the AI stack.")),
        ):
            if combo.currentIndex() < 0:
                missing.append(text)
        return missing

    def _on_input(self, *_args: object) -> None:
        self._update_reason()
        self.completeChanged.emit()

    def _update_reason(self) -> None:
        missing = self._missing()
        text = ""
        if missing:
            text = "\n".join([translate("BasicsPage", "To continue:"), *missing])
        self.reason.setText(text)
        self.reason.setVisible(bool(missing))

    def validatePage(self) -> bool:
        if not self.isComplete():  # QWizard.next() from code does not ask isComplete()
            return False
        wizard = cast("ReviewWizard | None", self.wizard())  # pages live only in a ReviewWizard
        return wizard.commit_basics(self.basics) if wizard is not None else True

    def retranslate(self) -> None:
        self.setTitle(translate("BasicsPage", "Your company"))
        self.setSubTitle(
            translate(
                "BasicsPage", "Review for %1. These basics shape which moats matter most."
            ).replace("%1", self._quarter)
        )
        texts = (
            translate("BasicsPage", "Company &name:"),
            translate("BasicsPage", "&Sector:"),
            translate("BasicsPage", "S&tage:"),
            translate("BasicsPage", "Place in the AI &stack:"),
            translate("BasicsPage", "&Team size:"),
            translate("BasicsPage", "&Runway:"),
        )
        for lbl, text in zip(self._labels, texts, strict=True):
            lbl.setText(text)
            buddy = lbl.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.name.setPlaceholderText(translate("BasicsPage", "Required"))
        self.team_size.setSuffix(translate("BasicsPage", " people"))
        self.runway.setSuffix(translate("BasicsPage", " months"))
        for combo, enum in self._combo_enums:
            for index in range(combo.count()):
                combo.setItemText(index, label(enum(combo.itemData(index))))
            combo.setPlaceholderText(translate("BasicsPage", "Choose…"))
        self.reason.setStyleSheet("QLabel#reason { color: palette(link); }")
        set_qt_property(self.reason, "alignment", "AlignLeft")  # no Qt namespace yet
        self._update_reason()
