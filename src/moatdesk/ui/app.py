"""`run_gui`: the desktop app's start-up, from QApplication to the main window.

Order matters for start-up time and for the first frame: fonts and the translator
before any widget, the instance lock before the store, the store before the window.
reportlab, QtSvg and the question bank are not imported here: they load when a
results view or the wizard first needs them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moatdesk.ui import pyside_sources

# Before the app's own modules: PySide's import hook checks every module imported from
# now on for PySide use, and the app's start imports ~90 (pyside_sources: 15-20 ms of
# CPU with PySide's check, ~2 ms with this one).
pyside_sources.install()

from moatdesk.domain.errors import MoatDeskError  # noqa: E402
from moatdesk.storage.instance_lock import InstanceLock  # noqa: E402
from moatdesk.storage.location import (  # noqa: E402
    CACHE_FOLDER,
    prepare_data_dir,
    resolve_data_dir,
)
from moatdesk.ui.after_paint import after_next_paint  # noqa: E402
from moatdesk.ui.i18n import LanguageSwitcher, choose_lang  # noqa: E402
from moatdesk.ui.look import app_icon, ensure_hangul_font  # noqa: E402
from moatdesk.ui.settings import AppSettings  # noqa: E402
from moatdesk.ui.workers import CollectorPause  # noqa: E402

# The one switch for measuring start-up (benchmarks/startup_probe.py, and the start-up
# path test): quit as soon as that window has painted its first frame. "window": the
# main window, blank; "main": the main window with the profiles listed; "wizard": the
# first page of New profile's wizard. The probe reads the clock and the memory then.
EXIT_AFTER_FRAME_VAR = "MOATDESK_EXIT_AFTER_FRAME"
# The store opens right after the window's first paint, or after this long at most.
OPEN_STORE_FALLBACK_MS = 500


def create_application() -> QApplication:
    # instance() is typed QCoreApplication; in this process it is always our QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("MoatDesk")
    app.setApplicationDisplayName("MoatDesk")
    app.setDesktopFileName("moatdesk")
    app.setWindowIcon(app_icon())
    ensure_hangul_font()
    return app


class _QuitAfterFrame(QObject):
    """Quits once the watched window has flushed a frame to the screen (EXIT_AFTER_FRAME_VAR).

    A window just shown is painted while Qt handles its first Expose; an UpdateRequest
    that comes before that paints nothing (Qt waits for the exposure) and does not
    count.  A window already on screen is painted by its next UpdateRequest.  Quitting
    from inside that event keeps work deferred until after the frame (after_paint.py)
    out of what the probe sees, as a founder would see the window.  The start-up
    benchmark times the floors and the app with its own copy of this clock
    (benchmarks/frame_clock.py QuitAfterFrame).
    """

    def __init__(self, widget: QWidget) -> None:
        window = widget.window()
        handle = window.windowHandle()  # made by show()
        assert handle is not None, "watch a window after showing it"
        super().__init__(window)
        self._window, self._handle = window, handle
        window.installEventFilter(self)
        handle.installEventFilter(self)
        window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.UpdateRequest:
            if not self._handle.isExposed():
                return False  # nothing to paint into yet
            QWidget.event(self._window, event)  # paint and flush the frame
        elif watched is self._handle and kind == QEvent.Type.Expose:
            self._handle.event(event)  # the window paints and flushes its first frame
            if not self._handle.isExposed():
                return True
        else:
            return False
        self._window.removeEventFilter(self)
        self._handle.removeEventFilter(self)
        QApplication.exit(0)
        return True


def _quit_after_frame(widget: QWidget) -> None:
    _QuitAfterFrame(widget)


def run_gui(data_dir: str | None, lang: str | None) -> int:
    # No cyclic collection before the first frames (cli.main pauses it before importing
    # PySide); it runs again once the window's body has painted, or when run_gui returns.
    end_startup_pause = CollectorPause.hold()
    try:
        return _run_gui(data_dir, lang, end_startup_pause)
    finally:
        end_startup_pause()


def _run_gui(data_dir: str | None, lang: str | None, end_startup_pause: Callable[[], None]) -> int:
    app = create_application()
    folder = resolve_data_dir(data_dir)
    switcher = LanguageSwitcher()

    from moatdesk.ui import startup

    try:
        prepare_data_dir(folder)
    except MoatDeskError as exc:  # a file where the folder should be, read-only, full
        switcher.apply(choose_lang(lang, None))
        startup.tell_folder_unusable(exc)
        return 1
    settings = AppSettings(folder)
    switcher.apply(choose_lang(lang, settings.language()))

    lock = InstanceLock(folder)
    try:
        claim = lock.acquire()
    except MoatDeskError as exc:  # the lock file cannot be written
        startup.tell_folder_unusable(exc)
        return 1
    if not claim.acquired:
        startup.tell_already_running(folder, claim.holder_pid)
        return 1
    # The window's frame comes up first; its body (the list, the detail pane, their
    # modules) and the store (SQLite, pydantic models) right after that frame.
    from moatdesk.ui.main_window import MainWindow

    window = MainWindow(None, settings, switcher, body_later=True)
    window.show()
    exit_after = os.environ.get(EXIT_AFTER_FRAME_VAR)
    if exit_after == "window":
        _quit_after_frame(window)
    opened: list = []
    opening: list[bool] = []

    def open_store() -> None:
        if opening:  # after the first paint, or the fallback timer below: once
            return
        opening.append(True)
        from moatdesk.domain import labels  # the list and the wizard show labels

        labels.keep_parsed_in(folder / CACHE_FOLDER)
        window.build_body(None)
        # Today's backup is taken after the first frame, on a worker thread (DailyBackup).
        store = startup.open_store_interactive(folder, daily_backup=False)
        if store is None:
            app.exit(1)
            return
        opened.append(store)
        controller = window.controller
        controller.attach_store(store, detail_later=True)

        def after_body_frame() -> None:
            end_startup_pause()
            # The backup reads the whole file first; after a crash it is read even if no
            # backup is due.  Made after the frame too: its status-bar label and bar are
            # not in it.
            startup.DailyBackup(window, store, check_anyway=claim.recovered_stale).start()
            from moatdesk.ui.warm_up import WarmUp

            WarmUp(window).start()  # the first results and what-if open as fast as later ones

        after_next_paint(window, after_body_frame)
        if exit_after:
            _quit_after_frame(controller.new_profile() if exit_after == "wizard" else window)
        elif claim.recovered_stale:
            QTimer.singleShot(0, lambda: startup.offer_recovery(controller))

    if exit_after != "window":
        after_next_paint(window, open_store)
        # A window that is not painted (started minimized, not exposed by the window
        # manager) still gets its profiles.
        QTimer.singleShot(OPEN_STORE_FALLBACK_MS, window, open_store)
    previous_hook = startup.install_excepthook(folder)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close()
        QThreadPool.globalInstance().waitForDone()  # a backup or export still writing
        for store in opened:
            store.close()
        lock.release()
