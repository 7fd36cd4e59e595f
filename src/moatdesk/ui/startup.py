"""Start-up conversations: a second instance, a store that cannot open, a crash to recover.

Each is a dialog that names the real cause and offers the one useful next step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from moatdesk.domain.errors import MoatDeskError
from moatdesk.ui.i18n import error_text, fill, verbatim
from moatdesk.ui.profiles_panel import format_when

if TYPE_CHECKING:
    from moatdesk.ui.main_controller import MainController

translate = QCoreApplication.translate


def tell_already_running(data_dir: Path, holder_pid: int | None) -> None:
    QMessageBox.warning(
        None,
        "MoatDesk",
        fill(
            translate(
                "Startup",
                "Another MoatDesk window (process %1) is already using the data folder\n%2\n\n"
                "Switch to that window, or close it and start MoatDesk again.",
            ),
            holder_pid or "?",
            data_dir,
        ),
    )


def open_store_interactive(data_dir: Path):
    """Open the store: a corrupt database offers the newest backup, a newer one says to
    update MoatDesk, and a failed daily backup is reported."""
    from moatdesk.storage import store as store_module
    from moatdesk.storage.errors import CorruptDatabaseError, NewerSchemaError

    while True:
        try:
            store = store_module.ProfileStore.open(data_dir)
        except NewerSchemaError as exc:
            # Restoring an older backup here would throw away the newer version's work;
            # the message already says to update MoatDesk, and nothing was touched.
            QMessageBox.critical(None, "MoatDesk", verbatim(error_text(exc)))
            return None
        except CorruptDatabaseError as exc:
            if not _ask_restore(error_text(exc)):
                return None
            try:
                store_module.restore_latest_backup(data_dir)
            except MoatDeskError as restore_error:
                QMessageBox.critical(None, "MoatDesk", verbatim(error_text(restore_error)))
                return None
        except MoatDeskError as exc:
            QMessageBox.critical(None, "MoatDesk", verbatim(error_text(exc)))
            return None
        else:
            if store.backup_problem:
                _warn_backup_failed(store.backup_problem)
            return store


def _warn_backup_failed(problem: MoatDeskError) -> None:
    """Profiles open fine, but the safety net is not being renewed: say so, once a start."""
    text = fill(translate("Startup", "Today's backup could not be taken: %1"), error_text(problem))
    box = QMessageBox(QMessageBox.Icon.Warning, "MoatDesk", text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the cause names folders, shown as they are
    box.setInformativeText(
        translate(
            "Startup",
            "Your profiles are safe and open normally. To have today's backup taken, "
            "free some disk space or make the data folder writable.",
        )
    )
    box.exec()


def _ask_restore(problem: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, "MoatDesk", problem)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the cause names files, shown as they are
    box.setInformativeText(
        translate(
            "Startup",
            "MoatDesk can put back the newest backup of your profiles (taken daily). "
            "Changes made after that backup are lost.",
        )
    )
    restore = box.addButton(
        translate("Startup", "Restore newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def offer_recovery(controller: MainController) -> None:
    """After a crash: say there is work to recover, from when, and offer to continue it."""
    if controller.store is None:
        return
    drafts = [s for s in controller.store.list_profiles() if s.has_draft]
    if not drafts:
        return
    latest = max(drafts, key=lambda s: s.updated_at)
    answer = QMessageBox.question(
        controller.window,
        translate("Startup", "Work to recover"),
        fill(
            translate(
                "Startup",
                "MoatDesk did not close properly last time. There is work to recover from %1: "
                "the draft review of “%2”.\n\nContinue that draft now?",
            ),
            format_when(latest.updated_at),
            latest.name,
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        controller.window.panel.select(latest.id)
        controller.continue_draft()
