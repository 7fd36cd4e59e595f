"""Small dialogs of the main window: settings, trash, and a quarter's results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moatdesk.domain.textrules import LANGS, Lang
from moatdesk.ui.i18n import LANGUAGE_NAMES, fill
from moatdesk.ui.profiles_panel import format_when
from moatdesk.ui.results_view import ResultsView
from moatdesk.ui.retranslating import Retranslating
from moatdesk.ui.screen_fit import fit_to_screen

translate = QCoreApplication.translate


class SettingsDialog(Retranslating, QDialog):
    """Language (applied at once, no restart) and where the data lives."""

    def __init__(
        self, lang: Lang, data_dir: Path, on_language: Callable[[Lang], None], parent=None
    ) -> None:
        super().__init__(parent)
        self._on_language = on_language
        self.language = QComboBox(self)
        for code in LANGS:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(lang))
        self.language.currentIndexChanged.connect(
            lambda _i: self._on_language(self.language.currentData())
        )
        self.data_dir = QLineEdit(str(data_dir), self)
        self.data_dir.setReadOnly(True)
        self.open_folder = QPushButton(self)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.open_folder)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.data_dir)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.folder_label, folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.language_label.setText(translate("SettingsDialog", "&Language:"))
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        self.folder_label.setText(translate("SettingsDialog", "Data folder:"))
        self.data_dir.setAccessibleName(translate("SettingsDialog", "Data folder"))
        self.open_folder.setText(translate("SettingsDialog", "&Open folder"))
        self.hint.setText(
            translate(
                "SettingsDialog",
                "To keep your data elsewhere, start MoatDesk with --data-dir "
                "or set MOATDESK_DATA_DIR.",
            )
        )


class TrashDialog(Retranslating, QDialog):
    """Deleted profiles, restorable until they are purged."""

    def __init__(self, store, restore: Callable[[str], None], parent=None) -> None:
        """``restore(profile_id)`` puts one back (the main window's: it lists it again)."""
        super().__init__(parent)
        self.store = store
        self._restore = restore
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # "name — deleted …, kept until …" outgrows 520 px in Korean
        self.list.itemActivated.connect(lambda _i: self.restore_selected())
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for trashed in self.store.list_trash():
            text = translate("TrashDialog", "%1 — deleted %2, kept until %3")
            deleted, kept = format_when(trashed.deleted_at), format_when(trashed.purge_after)
            text = fill(text, trashed.name, deleted, kept)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, trashed.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._restore(item.data(Qt.ItemDataRole.UserRole))
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("TrashDialog", "Trash"))
        self.restore_button.setText(translate("TrashDialog", "&Restore"))
        self.empty.setText(translate("TrashDialog", "The trash is empty."))
        self.list.setAccessibleName(translate("TrashDialog", "Deleted profiles"))


class ResultsDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ResultsView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(900, 760)
        fit_to_screen(self)  # the Close button stays on a small or scaled screen
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ResultsDialog", "Results — MoatDesk"))
