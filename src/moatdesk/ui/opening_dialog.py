"""An open that reads the whole file — a schema migration, a file an earlier check marked
damaged — runs on a worker thread while a modal dialog says what is happening.

``storage.opening.slow_open`` says from the file's header whether an open will be slow;
``prepare_slowly`` then runs ``storage.opening.prepare_file`` (full read, the copy into
backups/, the migration; its own connection, closed on the worker) behind
``OpeningDialog``, so the store's own open on the GUI thread afterwards is the cheap one.
The work cannot be stopped part-way: the dialog has no Cancel, and Escape or closing it
is refused with a note (each migration step is one transaction, so a crash or a killed
process loses nothing: docs/storage.md, "Opening").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from moatdesk.storage.opening import SlowOpen, prepare_file
from moatdesk.storage.records import RestoreResult
from moatdesk.ui.workers import start_in_worker

translate = QCoreApplication.translate


class OpeningDialog(QDialog):
    """Busy while the slow part of the open runs (SQLite reports no progress for its
    check, and the copy and the migration are each one call): a headline, what it
    means for the founder, and a note shown when they try to close it."""

    def __init__(self, headline: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("MoatDesk")
        self.setModal(True)
        # A title bar without a close button: there is nothing to cancel.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.headline = QLabel(headline, self)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(
            detail
            + "\n"
            + translate(
                "Startup",
                "This cannot be stopped part-way and can take a minute or two with many "
                "profiles. Your profiles open as soon as it is done.",
            ),
            self,
        )
        self.refused = QLabel(
            translate("Startup", "MoatDesk can be closed once this is done."), self
        )
        self.refused.hide()
        for label in (self.headline, self.detail, self.refused):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            # Focus and keyboard selection: a screen reader reads the focused text.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(headline)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.refused)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 68)
        self.headline.setFocus()
        self._done = False

    def finish(self) -> None:
        """The work has ended (either way): the dialog may close now, and does."""
        self._done = True
        self.accept()

    def reject(self) -> None:  # Escape
        if self._done:
            super().reject()
        else:
            self._refuse()

    def closeEvent(self, event: QCloseEvent) -> None:  # the window manager, Alt+F4
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
            self._refuse()

    def _refuse(self) -> None:
        self.refused.show()
        self.refused.setFocus()


def dialog_parent() -> QWidget | None:
    """The app's visible main window, to centre the dialog on (None in a bare test)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    active = QApplication.activeWindow()
    if isinstance(active, QMainWindow):
        return active
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    return next((w for w in windows if w.isVisible()), None)


def open_texts(reason: SlowOpen) -> tuple[str, str]:
    """The dialog's headline and what it means, for an open that reads the whole file."""
    if reason is SlowOpen.MIGRATION:
        return (
            translate("Startup", "Updating your profiles to this version of MoatDesk…"),
            translate("Startup", "A copy of the old file is kept in backups."),
        )
    return (
        translate("Startup", "Checking the database…"),
        translate(
            "Startup",
            "An earlier check found damage in it, so MoatDesk reads all of it before "
            "opening your profiles.",
        ),
    )


def prepare_slowly(data_dir: Path, reason: SlowOpen) -> None:
    """``prepare_file(data_dir)`` on a worker thread behind an ``OpeningDialog``; returns
    when it has ended and raises, on this (the GUI) thread, the very exception it raised."""
    behind_dialog(lambda: prepare_file(data_dir), *open_texts(reason))


def restore_slowly(data_dir: Path) -> RestoreResult:
    """``restore_latest_backup`` (it reads each candidate backup in full, then copies it)
    on a worker thread behind an ``OpeningDialog``, as ``prepare_slowly``."""
    from moatdesk.storage.backups import restore_latest_backup

    restored = behind_dialog(
        lambda: restore_latest_backup(data_dir),
        translate("Startup", "Restoring the newest backup…"),
        translate("Startup", "The database it replaces is kept in the data folder."),
    )
    assert isinstance(restored, RestoreResult)
    return restored


def behind_dialog(work: Callable[[], object], headline: str, detail: str) -> object:
    """``work()`` on a worker thread while an ``OpeningDialog`` says ``headline``; returns
    what it returned, or raises on this (the GUI) thread the very exception it raised.

    The dialog's event loop keeps the window painting.  Should that loop be left early
    (the application quitting), this still waits for the worker: the caller's next step
    must not race it."""
    dialog = OpeningDialog(headline, detail, dialog_parent())
    outcome: list[object] = []
    failure: list[Exception] = []
    ended = threading.Event()

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as exc:
            failure.append(exc)
            raise
        finally:
            ended.set()

    start_in_worker(run, lambda _result: dialog.finish(), lambda _exc: dialog.finish())
    dialog.exec()
    ended.wait()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
