"""Comparison of two quarters: moved moats, changed answers, flags appeared/cleared."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from moatdesk.domain.errors import MoatDeskError
from moatdesk.ui.flow_layout import FlowLayout
from moatdesk.ui.i18n import error_text, ui_lang
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.text import label, lt

if TYPE_CHECKING:
    from moatdesk.domain.models import AnswerValue
    from moatdesk.domain.results import Comparison
    from moatdesk.domain.text import LocalizedText

translate = QCoreApplication.translate


class CompareView(Retranslating, QWidget):
    def __init__(
        self,
        compare: Callable[[str, str], Comparison],
        flag_titles: Callable[[], dict[str, LocalizedText]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._compare = compare
        self._flag_titles = flag_titles
        # Each label with its picker, and the button: a row that wraps (FlowLayout) when the
        # pane is narrow, so the Korean labels never make the pane scroll sideways.
        pairs = [QWidget(self), QWidget(self)]
        self.from_combo = QComboBox(pairs[0])
        self.to_combo = QComboBox(pairs[1])
        for combo in (self.from_combo, self.to_combo):  # "2026-Q4" whole, in any font
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(len("2026-Q4") + 1)
        self.from_label = QLabel(pairs[0])
        self.from_label.setBuddy(self.from_combo)
        self.to_label = QLabel(pairs[1])
        self.to_label.setBuddy(self.to_combo)
        for pair, widgets in zip(
            pairs, ((self.from_label, self.from_combo), (self.to_label, self.to_combo)), strict=True
        ):
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                pair_layout.addWidget(widget)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.run)
        QWidget.setTabOrder(self.from_combo, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.button)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = FlowLayout()
        for item in (*pairs, self.button):
            row.addWidget(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self._comparison: Comparison | None = None
        self._shown_for: tuple[object, list[str]] | None = None  # set_quarters' owner, quarters
        self.retranslate()

    def set_quarters(self, quarters: list[str], owner: object = None) -> None:
        """The quarters to pick from.  The same quarters of the same ``owner`` again (the
        pane refreshed: a language switch, a save) keep the founder's two picks and the
        comparison, worked out afresh; anything else starts over at the latest two."""
        if quarters and owner is not None and (owner, quarters) == self._shown_for:
            if self._comparison is not None:
                self.run()
            else:
                self._show()
            return
        self._shown_for = (owner, list(quarters))
        for combo in (self.from_combo, self.to_combo):
            combo.clear()
            combo.addItems(quarters)
        if len(quarters) >= 2:
            self.from_combo.setCurrentIndex(len(quarters) - 2)
            self.to_combo.setCurrentIndex(len(quarters) - 1)
        self.button.setEnabled(len(quarters) >= 2)
        self._comparison = None
        self._show()

    def run(self) -> None:
        before, after = self.from_combo.currentText(), self.to_combo.currentText()
        if not before or not after or before == after:
            self._comparison = None
            self.result.setText(
                html.escape(translate("CompareView", "Pick two different quarters."))
            )
            return
        try:
            self._comparison = self._compare(before, after)
        except MoatDeskError as exc:
            self._comparison = None
            self.result.setText(html.escape(error_text(exc)))
            return
        self._show()

    def _show(self) -> None:
        comparison = self._comparison
        if comparison is None:
            self.result.setText(
                html.escape(translate("CompareView", "Compare any two quarters to see what moved."))
            )
            return
        from moatdesk.domain.answers import display_value
        from moatdesk.domain.content import load_bank

        questions = load_bank().by_id()
        titles = self._flag_titles()
        moved_heading = translate("CompareView", "Moats that moved")
        parts = [f"<h4>{html.escape(moved_heading)}</h4>"]
        moved = comparison.moved_moats  # the domain decides what "moved" means
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{html.escape(label(d.moat))}: {d.before:.0f} → {d.after:.0f} "
                f"(<b>{d.delta:+.0f}</b>)</li>"
                for d in moved
            )
            + "</ul>"
            if moved
            else html.escape(translate("CompareView", "No moat moved."))
        )
        changed_heading = translate("CompareView", "Answers that changed")
        parts.append(f"<h4>{html.escape(changed_heading)}</h4>")
        rows = []
        for change in comparison.answer_changes:
            question = questions.get(change.question_id)
            if question is None:
                continue

            def shown(value: AnswerValue | None, q=question) -> str:
                if value is None:
                    return translate("CompareView", "not answered")
                return display_value(q, value, ui_lang())

            rows.append(
                f"<li>{html.escape(lt(question.text))}<br/><i>{html.escape(shown(change.before))}"
                f" → {html.escape(shown(change.after))}</i></li>"
            )
        parts.append(
            "<ul>" + "".join(rows) + "</ul>"
            if rows
            else html.escape(translate("CompareView", "No answer changed."))
        )
        for heading, ids in (
            (translate("CompareView", "Flags that appeared"), comparison.flags_appeared),
            (translate("CompareView", "Flags that cleared"), comparison.flags_cleared),
        ):
            parts.append(f"<h4>{html.escape(heading)}</h4>")
            names = [html.escape(lt(titles[i])) if i in titles else html.escape(i) for i in ids]
            parts.append(
                "<ul>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>"
                if names
                else html.escape(translate("CompareView", "None."))
            )
        if comparison.bank_versions_differ:
            parts.append(
                "<p><i>"
                + html.escape(
                    translate(
                        "CompareView",
                        "The question bank changed between these quarters; "
                        "some answers may not compare.",
                    )
                )
                + "</i></p>"
            )
        self.result.setText("".join(parts))

    def retranslate(self) -> None:
        self.from_label.setText(translate("CompareView", "Fro&m:"))
        self.to_label.setText(translate("CompareView", "&To:"))
        self.from_combo.setAccessibleName(translate("CompareView", "From quarter"))
        self.to_combo.setAccessibleName(translate("CompareView", "To quarter"))
        self.button.setText(translate("CompareView", "C&ompare"))
        self._show()
