#!/usr/bin/env python3
"""Runs the MoatDesk GUI in this process and reports the moment its window painted.

    MOATDESK_EXIT_AFTER_FRAME=window|main|wizard python benchmarks/first_frame.py [moatdesk args]

The app's one start-up switch (``moatdesk.ui.app.EXIT_AFTER_FRAME_VAR``) makes it quit
once that window has flushed its first frame; this probe watches the window with its
own clock (``QuitAfterFrame``, the one the floors use, floor_window.py) and prints, from
inside that event, before the windows are torn down::

    MOATDESK_PAINTED <time.monotonic() s> <peak RSS KiB> <heavy modules loaded | -> <modules>
    MOATDESK_CPU <CPU seconds used so far, all threads>

(<modules>: how many modules were imported by then, sys.modules), and with
MOATDESK_PROBE_MODULES=1 lines naming the modules imported (all), how many Python
enums PySide had made, and whether PySide's ``Qt`` namespace was built (its first use
makes ~90 enums at once: 20-40 ms)::

    MOATDESK_MODULES moatdesk,moatdesk.cli,moatdesk.cli.main,...
    MOATDESK_ENUMS 126 qt-namespace=0

The monotonic clock is system-wide, so the parent (bench_startup.py,
tests/ui/test_startup_path.py) subtracts the moment it spawned the child.  The floors
(floor_window.py) print the same line with ``report_line``.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

# Modules that must not load before the first frame; the report names those that did.
HEAVY_MODULES = ("pydantic", "reportlab", "PySide6.QtSvg", "pypdfium2")


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


def report_line() -> str:
    now = time.monotonic()
    heavy = ",".join(name for name in HEAVY_MODULES if name in sys.modules) or "-"
    line = f"MOATDESK_PAINTED {now:.6f} {peak_rss_kib()} {heavy} {len(sys.modules)}"
    line += f"\nMOATDESK_CPU {time.process_time():.6f}"  # this process's CPU time so far
    if os.environ.get("MOATDESK_PROBE_MODULES"):
        line += "\nMOATDESK_MODULES " + ",".join(sorted(sys.modules))
        line += f"\nMOATDESK_ENUMS {pyside_enums()} qt-namespace={int(qt_namespace_built())}"
    return line


def qt_namespace_built() -> bool:
    """Whether PySide has built its ``Qt`` namespace (lazily, on first use), without
    building it: it is in the module's dict only once made."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and "Qt" in vars(core)


def pyside_enums() -> int:
    """How many Python enum classes PySide has made so far (each costs ~0.2-0.5 ms)."""
    import enum
    import gc

    return sum(
        1
        for thing in gc.get_objects()
        if isinstance(thing, enum.EnumType)
        and str(getattr(thing, "__module__", "")).startswith(("PySide6", "shiboken6"))
    )


APP_MODULE = "moatdesk.ui.app"  # holds the app's clock (_quit_after_frame)


class _ClockAsTheAppLoads:  # a sys.meta_path finder (importlib.abc costs the floors ~3 ms)
    """Puts ``frame_clock.QuitAfterFrame`` in place of the app's own clock the moment the
    app's module has been executed, imported by the app itself: nothing is imported
    before the app's entry point would, so the start runs in a founder's order (cli.main
    pauses the cyclic collector, then imports the app's modules and PySide)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != APP_MODULE:
            return None
        import importlib.util  # loaded by the app's own imports by now

        sys.meta_path.remove(self)  # once; and the search below must not find this finder
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None, name
        run_module = spec.loader.exec_module

        def exec_module(module: object) -> None:
            run_module(module)  # type: ignore[arg-type]
            from frame_clock import QuitAfterFrame  # PySide is imported by now

            module._quit_after_frame = QuitAfterFrame  # type: ignore[attr-defined]

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def run_app(argv: list[str]) -> int:
    """The app as a founder starts it (the ``moatdesk`` command: cli.main), its frame
    timed by ``frame_clock.QuitAfterFrame`` in place of the app's own copy of that clock
    (the same clock for any checkout's sources)."""
    loaded = sys.modules.get(APP_MODULE)  # imported already (a sitecustomize, a test)
    if loaded is not None:
        from frame_clock import QuitAfterFrame

        loaded._quit_after_frame = QuitAfterFrame  # type: ignore[attr-defined]
    else:
        sys.meta_path.insert(0, _ClockAsTheAppLoads())
    from moatdesk.cli.main import main

    return main(argv)


if __name__ == "__main__":
    raise SystemExit(run_app(sys.argv[1:]))
