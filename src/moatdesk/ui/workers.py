"""Work off the GUI thread: a QThreadPool task that reports back on the GUI thread.

Long work (the daily backup, the PDF export) runs here so no frame waits for it.
While any runs, Python's cyclic garbage collector is paused (``CollectorPause``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CollectorPause:
    """Python's cyclic garbage collector paused while worker tasks run, and at start-up.

    The collector runs in whichever thread happens to allocate; in a worker it could
    free a cycle holding Qt objects of the GUI thread (a closed dialog and the lambdas
    connected to it) and crash there.  Garbage is collected on the GUI thread before
    the first task starts and once the last one has finished.

    Start-up pauses it too (``hold``: the app's first frames make many objects and few
    cycles).  One count for both, so the end of start-up never turns the collector on
    under a worker that is still running, nor a worker's end during start-up.
    """

    running = 0  # worker tasks and holds not yet released

    @classmethod
    def enter(cls, *, collect_first: bool = True) -> None:
        if cls.running == 0:
            if collect_first:
                gc.collect()
            gc.disable()
        cls.running += 1

    @classmethod
    def leave(cls, *, collect_after: bool = True) -> None:
        cls.running -= 1
        if cls.running == 0:
            gc.enable()
            if collect_after:
                gc.collect()

    @classmethod
    def hold(cls) -> Callable[[], None]:
        """Pause without the collections around it; the returned call ends this pause
        (once: later calls do nothing)."""
        cls.enter(collect_first=False)
        held = [True]

        def release() -> None:
            if held:
                held.clear()
                cls.leave(collect_after=False)

        return release


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
    owner: QObject | None = None,
) -> WorkerTask:
    """Run ``work`` on the thread pool; ``on_done``/``on_failed`` run on the GUI thread.

    ``owner``: the window the callbacks update.  Closed windows are deleted, and a
    report arriving after its owner went is dropped instead of touching a deleted widget.
    """
    task = WorkerTask(work)
    _running.add(task)  # the Python side must outlive the run, or Qt calls no run()

    def let_go() -> bool:
        """On the report: the task is let go and its signals drop both callbacks.
        Held by Qt's connections, out of the collector's sight, they kept whatever they
        refer to alive for good: each closed export dialog's rendered PDF and laid-out
        story, ~5 MiB per export in bench_ui's memory run (issue 16)."""
        _running.discard(task)
        CollectorPause.leave()
        task.signals.done.disconnect()
        task.signals.failed.disconnect()
        return owner is None or shiboken6.isValid(owner)  # False: the report is dropped

    def done(result: object) -> None:
        if let_go():
            on_done(result)

    def failed(exc: Exception) -> None:
        if let_go():
            on_failed(exc)

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    CollectorPause.enter()
    QThreadPool.globalInstance().start(task)
    return task
