"""Work off the GUI thread: a QThreadPool task that reports back on the GUI thread.

Long work (the daily backup, the PDF export) runs here so no frame waits for it.
While any runs, Python's cyclic garbage collector is paused (``CollectorPause``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CollectorPause:
    """Python's cyclic garbage collector paused while worker tasks run.

    The collector runs in whichever thread happens to allocate; in a worker it could
    free a cycle holding Qt objects of the GUI thread (a closed dialog and the lambdas
    connected to it) and crash there.  Garbage is collected on the GUI thread before
    the first task starts and once the last one has finished.
    """

    running = 0

    @classmethod
    def enter(cls) -> None:
        if cls.running == 0:
            gc.collect()
            gc.disable()
        cls.running += 1

    @classmethod
    def leave(cls) -> None:
        cls.running -= 1
        if cls.running == 0:
            gc.enable()
            gc.collect()


class _Signals(QObject):
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception, to be shown on the GUI thread


class WorkerTask(QRunnable):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # a worker must report, never die silently
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[WorkerTask] = set()


def start_in_worker(
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[Exception], None],
) -> WorkerTask:
    """Run ``work`` on the thread pool; ``on_done``/``on_failed`` run on the GUI thread."""
    task = WorkerTask(work)
    _running.add(task)  # the Python side must outlive the run, or Qt calls no run()

    def done(result: object) -> None:
        _running.discard(task)
        CollectorPause.leave()
        on_done(result)

    def failed(exc: Exception) -> None:
        _running.discard(task)
        CollectorPause.leave()
        on_failed(exc)

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    CollectorPause.enter()
    QThreadPool.globalInstance().start(task)
    return task
