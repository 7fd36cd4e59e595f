"""The wizard's last page: the finished quarter's results (see ResultsView)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from moatdesk.ui.results_view import ResultsView
from moatdesk.ui.retranslating import Retranslating

if TYPE_CHECKING:
    from moatdesk.ui.wizard.wizard import ReviewWizard

translate = QCoreApplication.translate


class ResultsPage(Retranslating, QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view = ResultsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:
        wizard = cast("ReviewWizard | None", self.wizard())  # pages live only in a ReviewWizard
        if wizard is not None:
            wizard.show_results(self.view)

    def retranslate(self) -> None:
        self.setTitle(translate("ResultsPage", "Your meta-moat roadmap"))
