"""`run_gui`: the desktop app's start-up, from QApplication to the main window.

Order matters for start-up time and for the first frame: fonts and the translator
before any widget, the instance lock before the store, the store before the window.
reportlab, QtSvg and the question bank are not imported here: they load when a
results view or the wizard first needs them.
"""

from __future__ import annotations

import os
import sys
import time
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moatdesk.storage.instance_lock import InstanceLock
from moatdesk.storage.location import resolve_data_dir
from moatdesk.ui.i18n import LanguageSwitcher, choose_lang
from moatdesk.ui.look import app_icon, register_hangul_font
from moatdesk.ui.settings import AppSettings

# Benchmarks only: quit once that is on screen. "window": the main window's first frame;
# "main": the main window with the profiles listed; "wizard": the first wizard page.
BENCH_EXIT_VAR = "MOATDESK_BENCH_EXIT"


def create_application() -> QApplication:
    # instance() is typed QCoreApplication; in this process it is always our QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("MoatDesk")
    app.setApplicationDisplayName("MoatDesk")
    app.setDesktopFileName("moatdesk")
    app.setWindowIcon(app_icon())
    register_hangul_font(app.font())
    return app


# Modules that must not load before the first frame; the benchmark reports which did.
HEAVY_MODULES = ("pydantic", "reportlab", "PySide6.QtSvg")


def bench_report_line() -> str:
    """What the start-up benchmark reads from a child at its first frame.

    The time is the system-wide monotonic clock (the parent compares it with the
    spawn), the memory the peak RSS so far; measured at the paint, not at exit, so
    work deferred until after the frame (and interpreter teardown) is not counted.
    """
    heavy = ",".join(name for name in HEAVY_MODULES if name in sys.modules) or "-"
    return f"MOATDESK_PAINTED {time.monotonic():.6f} {peak_rss_kib()} {heavy}"


def peak_rss_kib() -> int:
    try:  # Linux: the high-water mark so far
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


class _FrameClock(QObject):
    """Benchmarks: paints the watched window's frame now, then reports and quits.

    Reporting from inside the paint (not from a timer after it) keeps work that was
    deferred until after the frame out of the figure, as a founder would see it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.UpdateRequest or not isinstance(watched, QWidget):
            return False
        watched.removeEventFilter(self)
        QWidget.event(watched, event)  # flush the frame to the screen
        print(bench_report_line(), flush=True)
        QTimer.singleShot(0, QApplication.quit)
        return True  # painted above


def quit_once_painted(widget: QWidget) -> None:
    """Benchmarks: report and exit once ``widget``'s window is on screen, contents included."""
    window = widget.window()
    window.installEventFilter(_FrameClock(window))
    window.update()


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
    # The window comes up first; the store (SQLite, pydantic models) opens on the next
    # turn of the event loop, so the first frame does not wait for them.
    from moatdesk.ui.main_window import MainWindow

    window = MainWindow(None, settings, switcher)
    window.show()
    bench = os.environ.get(BENCH_EXIT_VAR)
    if bench == "window":
        quit_once_painted(window)
    opened: list = []

    def open_store() -> None:
        store = startup.open_store_interactive(folder)
        if store is None:
            app.exit(1)
            return
        opened.append(store)
        window.attach_store(store, detail_later=True)
        if bench:
            quit_once_painted(window.new_profile() if bench == "wizard" else window)
        elif claim.recovered_stale:
            QTimer.singleShot(0, lambda: startup.offer_recovery(window))

    if bench != "window":
        QTimer.singleShot(0, open_store)
    try:
        return app.exec()
    finally:
        window.close()
        for store in opened:
            store.close()
        lock.release()
