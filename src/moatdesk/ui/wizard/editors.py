"""One input control per question kind, all with the same small interface.

An editor shows a question's possible answers and reports the chosen value
(``None`` while unanswered).  Labels come from the question bank, so they are
re-read on a language switch through ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDoubleSpinBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.models import AnswerValue
from moatdesk.domain.questions import Question, QuestionKind
from moatdesk.ui.text import lt

translate = QCoreApplication.translate


class Editor(QWidget):
    """Base: ``value()``, ``set_value()``, ``changed`` and ``retranslate()``."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def value(self) -> AnswerValue | None:
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-read labels after a language switch."""

    def controls(self) -> list[QWidget]:
        """The widgets to place in the page's Tab order, in reading order.

        An editor with a focus proxy is a compound widget: QWidget.setTabOrder moves it
        together with its children (moving only the proxy would leave the editor itself
        behind as a second Tab stop for the same field).
        """
        return [self]


class _RadioEditor(Editor):
    """Radio buttons, one per possible value; exclusive but clearable."""

    def __init__(
        self, question: Question, values: list[AnswerValue], horizontal: bool, parent=None
    ) -> None:
        super().__init__(question, parent)
        self._values = values
        self._group = QButtonGroup(self)
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if not horizontal else 16)
        for index, _ in enumerate(values):
            button = QRadioButton(self)
            self._group.addButton(button, index)
            layout.addWidget(button)
        if horizontal:
            layout.addStretch(1)
        self._group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def labels(self) -> list[str]:
        raise NotImplementedError

    def buttons(self) -> list[QAbstractButton]:
        return self._group.buttons()

    def controls(self) -> list[QWidget]:
        return list(self._group.buttons())

    def retranslate(self) -> None:
        for button, text in zip(self._group.buttons(), self.labels(), strict=True):
            button.setText(text)
            button.setAccessibleName(text)

    def value(self) -> AnswerValue | None:
        index = self._group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: AnswerValue | None) -> None:
        self._group.blockSignals(True)
        self._group.setExclusive(False)
        for index, button in enumerate(self._group.buttons()):
            button.setChecked(value is not None and self._values[index] == value)
        self._group.setExclusive(True)
        self._group.blockSignals(False)

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()


class ScaleEditor(_RadioEditor):
    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(question, list(range(5)), horizontal=False, parent=parent)

    def labels(self) -> list[str]:
        return [f"{i} · {lt(text)}" for i, text in enumerate(self.question.scale_labels)]

    def set_value(self, value: AnswerValue | None) -> None:
        # Stored scale answers are ints; tolerate 2.0 from a hand-edited import.
        super().set_value(int(value) if isinstance(value, float) else value)


class ChoiceEditor(_RadioEditor):
    def __init__(self, question: Question, parent=None) -> None:
        values: list[AnswerValue] = [o.value for o in question.options]
        super().__init__(question, values, horizontal=False, parent=parent)

    def labels(self) -> list[str]:
        return [lt(o.label) for o in self.question.options]


class YesNoEditor(_RadioEditor):
    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(question, [True, False], horizontal=True, parent=parent)

    def labels(self) -> list[str]:
        return [translate("Editors", "Yes"), translate("Editors", "No")]


class NumberEditor(Editor):
    """A spin box with the unit as suffix; one step below the minimum means 'unanswered'."""

    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(question, parent)
        spec = question.number
        assert spec is not None  # guaranteed by the bank's validation
        whole = float(spec.minimum).is_integer() and float(spec.maximum).is_integer()
        self._spin = QDoubleSpinBox(self)
        self._spin.setDecimals(0 if whole else 1)
        self._step = 1.0 if whole else 0.1
        self._spin.setSingleStep(self._step)
        self._spin.setRange(spec.minimum - self._step, spec.maximum)
        self._spin.setValue(self._spin.minimum())
        self._spin.setMinimumWidth(180)
        self._whole = whole
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._spin)
        layout.addStretch(1)
        self._spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.setFocusProxy(self._spin)
        self.retranslate()

    @property
    def spin(self) -> QDoubleSpinBox:
        return self._spin

    def retranslate(self) -> None:
        assert self.question.number is not None
        self._spin.setSpecialValueText(translate("Editors", "Not answered"))
        self._spin.setSuffix(f" {lt(self.question.number.unit)}")
        self._spin.setAccessibleName(lt(self.question.text))

    def value(self) -> AnswerValue | None:
        raw = self._spin.value()
        if raw <= self._spin.minimum():
            return None
        return round(raw) if self._whole else round(raw, 1)

    def set_value(self, value: AnswerValue | None) -> None:
        self._spin.blockSignals(True)
        if isinstance(value, int | float) and not isinstance(value, bool):
            self._spin.setValue(float(value))
        else:
            self._spin.setValue(self._spin.minimum())
        self._spin.blockSignals(False)


class TextEditor(Editor):
    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(question, parent)
        self._edit = QPlainTextEdit(self)
        self._edit.setTabChangesFocus(True)
        self._edit.setFixedHeight(self._edit.fontMetrics().lineSpacing() * 4 + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self._edit.textChanged.connect(self.changed.emit)
        self.setFocusProxy(self._edit)
        self.retranslate()

    @property
    def edit(self) -> QPlainTextEdit:
        return self._edit

    def retranslate(self) -> None:
        self._edit.setAccessibleName(lt(self.question.text))
        self._edit.setPlaceholderText(translate("Editors", "Type your answer"))

    def value(self) -> AnswerValue | None:
        text = self._edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: AnswerValue | None) -> None:
        self._edit.blockSignals(True)
        self._edit.setPlainText(value if isinstance(value, str) else "")
        self._edit.blockSignals(False)


EDITORS: dict[QuestionKind, type[Editor]] = {
    QuestionKind.SCALE: ScaleEditor,
    QuestionKind.CHOICE: ChoiceEditor,
    QuestionKind.YES_NO: YesNoEditor,
    QuestionKind.NUMBER: NumberEditor,
    QuestionKind.TEXT: TextEditor,
}


def make_editor(question: Question, parent: QWidget | None = None) -> Editor:
    return EDITORS[question.kind](question, parent)
