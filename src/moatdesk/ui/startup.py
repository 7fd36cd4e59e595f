"""Start-up conversations: a second instance, a store that cannot open, a crash to recover.

Each is a dialog that names the real cause and offers the one useful next step.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# Classes through the module, looked up when used: PySide makes a class (and its enums)
# on first use, and these are for dialogs and the backup's status, after the first frame.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMainWindow

from moatdesk.domain.errors import MoatDeskError
from moatdesk.ui.i18n import error_text, fill, verbatim

if TYPE_CHECKING:
    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.main_controller import MainController

translate = QCoreApplication.translate


ERROR_LOG = "moatdesk-errors.log"  # in the data folder, beside the database


def _plain_box(icon: QtWidgets.QMessageBox.Icon, text: str) -> QtWidgets.QMessageBox:
    """A message box showing ``text`` as it is (causes name folders and files)."""
    # Imported here: app.run_gui imports this module before the first frame, which
    # needs no Qt namespace (its first use builds ~90 enums).
    from PySide6.QtCore import Qt

    box = QtWidgets.QMessageBox(icon, "MoatDesk", text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell_folder_unusable(problem: MoatDeskError) -> None:
    """The data folder cannot be used (a file where it should be, read-only, full disk,
    a lock file that cannot be written): say what and what to do, then the app ends."""
    box = _plain_box(QtWidgets.QMessageBox.Icon.Critical, error_text(problem))
    box.setInformativeText(
        translate(
            "Startup",
            "MoatDesk needs a folder it can write to for your profiles. Free some disk space "
            "or make the folder writable, or start MoatDesk with --data-dir and another "
            "folder.",
        )
    )
    box.exec()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook(data_dir: Path) -> ExceptHook:
    """Unexpected errors (a slot outside every guard) are written to ERROR_LOG in the data
    folder and shown in a dialog, not only printed where a desktop user never looks.
    Returns the hook it replaced, for the caller to put back."""
    previous = sys.excepthook
    log = data_dir / ERROR_LOG

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        print(details, file=sys.stderr, end="")
        try:
            from moatdesk import __version__

            with log.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now(UTC).isoformat()} MoatDesk {__version__}\n")
                fh.write(details + "\n")
            written: Path | None = log
        except OSError:
            written = None
        # A dialog that cannot show must not hide the first error.
        with contextlib.suppress(Exception):
            _show_unexpected(exc, written)

    sys.excepthook = hook
    return previous


def _show_unexpected(exc: BaseException, log: Path | None) -> None:
    cause = error_text(exc) if isinstance(exc, MoatDeskError) else f"{type(exc).__name__}: {exc}"
    text = fill(translate("Startup", "Something unexpected went wrong: %1"), cause)
    box = _plain_box(QtWidgets.QMessageBox.Icon.Critical, text)
    if log is not None:
        more = fill(
            translate(
                "Startup",
                "Your profiles are saved as you go. The details were written to %1; "
                "include that file if you report the problem.",
            ),
            str(log),
        )
    else:
        more = translate(
            "Startup",
            "Your profiles are saved as you go. The details could not be written to a log "
            "file in the data folder.",
        )
    box.setInformativeText(more)
    box.exec()


def tell_already_running(data_dir: Path, holder_pid: int | None) -> None:
    QtWidgets.QMessageBox.warning(
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


def open_store_interactive(data_dir: Path, *, daily_backup: bool = True):
    """Open the store: a corrupt database offers the newest backup, a newer one says to
    update MoatDesk, and a failed daily backup is reported.  ``daily_backup=False``:
    the caller takes it later (``DailyBackup``, off the GUI thread).

    An open that reads the whole file (a migration, a file marked damaged: told by
    ``opening.slow_open`` from its header) does that part on a worker thread behind a
    progress dialog first (``opening_dialog.prepare_slowly``); its errors come here as
    the open's own would.  Restoring the newest backup runs the same way."""
    from moatdesk.storage import store as store_module
    from moatdesk.storage.errors import CorruptDatabaseError, NewerSchemaError
    from moatdesk.storage.opening import slow_open

    while True:
        try:
            reason = slow_open(data_dir)
            if reason is not None:
                from moatdesk.ui.opening_dialog import prepare_slowly

                prepare_slowly(data_dir, reason)
            store = store_module.ProfileStore.open(data_dir, daily_backup=daily_backup)
        except NewerSchemaError as exc:
            # Restoring an older backup here would throw away the newer version's work;
            # the message already says to update MoatDesk, and nothing was touched.
            QtWidgets.QMessageBox.critical(None, "MoatDesk", verbatim(error_text(exc)))
            return None
        except CorruptDatabaseError as exc:
            if not _ask_restore(error_text(exc)):
                return None
            from moatdesk.ui.opening_dialog import restore_slowly

            try:  # it reads each candidate backup in full, then copies it: a worker's job
                restored = restore_slowly(data_dir)
            except MoatDeskError as restore_error:
                QtWidgets.QMessageBox.critical(
                    None, "MoatDesk", verbatim(error_text(restore_error))
                )
                return None
            tell_restored(restored.backup, restored.set_aside)
        except MoatDeskError as exc:
            QtWidgets.QMessageBox.critical(None, "MoatDesk", verbatim(error_text(exc)))
            return None
        else:
            if store.backup_problem:
                _warn_backup_failed(store.backup_problem)
            return store


class DailyBackup(QObject):
    """Today's backup on a worker thread once the window is up, its progress in the
    status bar; a failure is reported like one during opening (_warn_backup_failed).

    The backup reads every page of the file first (``take_daily_backup``): this is where
    the whole-file check runs, off the first frame, once a day.  ``check_anyway`` (after
    an unclean shutdown) runs the check alone when the backup is not due.  A damaged file
    is said in a dialog (_warn_damaged); the profiles stay open, nothing is changed."""

    finished = Signal(bool)  # taken or checked (or nothing due)

    def __init__(
        self, window: QMainWindow, store: ProfileStore, *, check_anyway: bool = False
    ) -> None:
        super().__init__(window)
        self._window, self._store = window, store
        self._check_anyway = check_anyway
        self._backing_up = True
        self.label = QtWidgets.QLabel(translate("Startup", "Taking today's backup…"))
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 0)  # busy: sqlite's backup and check report no progress
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(self.label.text())

    def start(self) -> bool:
        """False when there is nothing to do: today's backup exists, no check asked for."""
        self._backing_up = self._store.daily_backup_due()
        if not self._backing_up and not self._check_anyway:
            return False
        if not self._backing_up:
            self.label.setText(translate("Startup", "Checking the database…"))
            self.bar.setAccessibleName(self.label.text())
        status = self._window.statusBar()
        status.show()  # created on first use: shown now, with the progress in it
        status.addPermanentWidget(self.label)
        status.addPermanentWidget(self.bar)
        from moatdesk.ui.workers import start_in_worker

        work = self._store.take_daily_backup if self._backing_up else self._store.check_integrity
        start_in_worker(work, self._done, self._failed)
        return True

    def _end(self) -> None:
        status = self._window.statusBar()
        for widget in (self.label, self.bar):
            status.removeWidget(widget)

    def _done(self, _path: object) -> None:
        self._end()
        done = (
            translate("Startup", "Today's backup is taken.")
            if self._backing_up
            else translate("Startup", "The database is checked: no damage found.")
        )
        self._window.statusBar().showMessage(done, 5000)
        self.finished.emit(True)

    def _failed(self, exc: Exception) -> None:
        from moatdesk.storage.errors import CorruptDatabaseError

        self._end()
        if isinstance(exc, CorruptDatabaseError):
            _warn_damaged(exc)
        elif isinstance(exc, MoatDeskError):
            _warn_backup_failed(exc)
        else:  # a bug, not the founder's problem: name it plainly
            QtWidgets.QMessageBox.warning(self._window, "MoatDesk", f"{type(exc).__name__}: {exc}")
        self.finished.emit(False)


def _warn_damaged(problem: MoatDeskError) -> None:
    """The whole-file check found damage after the window came up: the profiles stay
    open, no backup replaces a good one, and the next start offers the newest backup
    (the store marked the file, so that open reads it in full and refuses it)."""
    text = fill(
        translate("Startup", "MoatDesk found damage in its database: %1"), error_text(problem)
    )
    box = _plain_box(QtWidgets.QMessageBox.Icon.Warning, text)
    box.setInformativeText(
        translate(
            "Startup",
            "Your profiles stay open and what you save is still written to it. Today's "
            "backup was not taken, so the earlier backups stay as they were. Export the "
            "profiles you are working on as JSON to be safe; the next time MoatDesk "
            "starts, it offers to put back the newest backup.",
        )
    )
    box.exec()


def _warn_backup_failed(problem: MoatDeskError) -> None:
    """Profiles open fine, but the safety net is not being renewed: say so, once a start."""
    text = fill(translate("Startup", "Today's backup could not be taken: %1"), error_text(problem))
    box = _plain_box(QtWidgets.QMessageBox.Icon.Warning, text)
    box.setInformativeText(
        translate(
            "Startup",
            "Your profiles are safe and open normally. To have today's backup taken, "
            "free some disk space or make the data folder writable.",
        )
    )
    box.exec()


def _ask_restore(problem: str) -> bool:
    box = _plain_box(QtWidgets.QMessageBox.Icon.Critical, problem)
    box.setInformativeText(
        translate(
            "Startup",
            "MoatDesk can put back the newest backup of your profiles (taken daily). "
            "Changes made after that backup are lost.",
        )
    )
    restore = box.addButton(
        translate("Startup", "Restore newest backup"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Startup", "Quit"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def tell_restored(backup: Path, set_aside: Path | None) -> None:
    """After a restore: which backup is now the database, and where the database it
    replaced was kept (one consistent copy, storage/backups.py), as the CLI prints."""
    box = _plain_box(
        QtWidgets.QMessageBox.Icon.Information,
        fill(translate("Startup", "Your profiles were restored from the backup\n%1"), backup),
    )
    if set_aside is not None:
        box.setInformativeText(
            fill(
                translate(
                    "Startup",
                    "The database it replaced is kept at\n%1\nKeep it until you are sure nothing "
                    "in it is missing.",
                ),
                set_aside,
            )
        )
    box.exec()


def offer_recovery(controller: MainController) -> None:
    """After a crash: say there is work to recover, from when, and offer to continue it."""
    if controller.store is None:
        return
    from operator import itemgetter

    from moatdesk.storage.records import ROW_DRAFT, ROW_EDITED, ProfileSummary
    from moatdesk.ui.profiles_panel import format_when

    # The store's rows (no object per profile); UTC ISO text sorts as time.
    drafts = [row for row in controller.store.list_profile_rows() if row[ROW_DRAFT]]
    if not drafts:
        return
    latest = ProfileSummary.from_row(max(drafts, key=itemgetter(ROW_EDITED)))
    answer = QtWidgets.QMessageBox.question(
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
    if answer == QtWidgets.QMessageBox.StandardButton.Yes:
        controller.window.panel.select(latest.id)
        controller.continue_draft()
