"""`run_gui`: the desktop app's start-up, from QApplication to the main window.

Order matters for start-up time and for the first frame: fonts and the translator
before any widget, the instance lock before the store, the store before the window.
reportlab, QtSvg and the question bank are not imported here: they load when a
results view or the wizard first needs them.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from moatdesk.storage.instance_lock import InstanceLock
from moatdesk.storage.location import resolve_data_dir
from moatdesk.ui.i18n import LanguageSwitcher, choose_lang
from moatdesk.ui.look import app_icon, register_hangul_font
from moatdesk.ui.settings import AppSettings

BENCH_EXIT_VAR = "MOATDESK_BENCH_EXIT"  # "main" or "wizard": quit once that is shown


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("MoatDesk")
    app.setApplicationDisplayName("MoatDesk")
    app.setDesktopFileName("moatdesk")
    app.setWindowIcon(app_icon())
    register_hangul_font(app.font())
    return app  # type: ignore[return-value]


def run_gui(data_dir: str | None, lang: str | None) -> int:
    app = create_application()
    folder = resolve_data_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(folder)
    switcher = LanguageSwitcher()
    switcher.apply(choose_lang(lang, settings.language()))

    from moatdesk.ui import startup

    lock = InstanceLock(folder)
    claim = lock.acquire()
    if not claim.acquired:
        startup.tell_already_running(folder, claim.holder_pid)
        return 1
    store = None
    try:
        store = startup.open_store_interactive(folder)
        if store is None:
            return 1
        from moatdesk.ui.main_window import MainWindow

        window = MainWindow(store, settings, switcher)
        window.show()
        bench = os.environ.get(BENCH_EXIT_VAR)
        if bench == "wizard":
            window.new_profile()
        if bench:
            QTimer.singleShot(0, app.quit)
        elif claim.recovered_stale:
            QTimer.singleShot(0, lambda: startup.offer_recovery(window))
        return app.exec()
    finally:
        if store is not None:
            store.close()
        lock.release()
