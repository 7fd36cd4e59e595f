#!/usr/bin/env python3
"""Cold start of the MoatDesk GUI against bare PySide6 windows, at 0 and 1,000 profiles.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--write-docs]

Child processes are started interleaved in the same run:

- floors: a bare PySide6 process showing an empty QMainWindow / QWizard
  (floor_window.py), and a reference: the QWizard floor plus the store and content
  imports;
- the app under the probe (first_frame.py, the app's MOATDESK_EXIT_AFTER_FRAME switch),
  until the main window's first frame, until the profiles are listed, and until New
  profile's first wizard page, on a data folder with no profile and on one with 1,000
  profiles x 20 quarters.  The probe quits at that frame, before today's backup would
  start (it runs after the frame), so the 1,000-profile rows are first starts of the day.

Each child reports the moment its window painted (system-wide monotonic clock) and its
peak RSS so far.  Targets (issue 16): <= 1.5x the floor's median wall time and memory.
With --write-docs the figures replace the "Start-up" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "moatdesk"
DOCS = ROOT / "docs" / "benchmarks.md"
TIME_TARGET, MEMORY_TARGET = 1.5, 1.5  # issue 16
LARGE = 1_000  # profiles x 20 quarters in the large data folder

BENCH = Path(__file__).resolve().parent
PROBE = BENCH / "first_frame.py"  # the app, reporting its first frame
FLOOR = BENCH / "floor_window.py"  # bare PySide6 windows
EXIT_VAR = "MOATDESK_EXIT_AFTER_FRAME"  # moatdesk.ui.app.EXIT_AFTER_FRAME_VAR


class Sample(NamedTuple):
    wall: float  # seconds from spawn to the first frame painted
    peak: float  # MiB, peak RSS up to that frame
    heavy: str  # heavy modules already loaded then ("-": none)
    modules: int  # modules imported by then (sys.modules)


def run_child(argv: list[str], env: dict[str, str]) -> Sample:
    """Time and memory of one child process up to its first frame.

    The child prints ``MOATDESK_PAINTED <monotonic s> <peak KiB> <heavy modules>`` right
    after its window has painted (first_frame.report_line); the monotonic
    clock is system-wide, so spawn-to-paint is measured without the exit.
    """
    start = time.monotonic()
    child = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise SystemExit(f"{argv} failed ({child.returncode}):\n{child.stderr}")
    found = re.search(r"^MOATDESK_PAINTED (\S+) (\d+) (\S+) (\d+)$", child.stdout, re.M)
    if found is None:
        raise SystemExit(f"{argv} printed no paint report:\n{child.stdout}{child.stderr}")
    return Sample(float(found[1]) - start, int(found[2]) / 1024, found[3], int(found[4]))


def prepare_home(home: Path, env: dict[str, str], profiles: int) -> dict[str, str]:
    """A HOME whose platformdirs data folder holds ``profiles`` x 20 quarters (0: none)."""
    child = {
        **env,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    if profiles:
        code = (
            "import sys; sys.path.insert(0, sys.argv[1])\n"
            "from bench_store import _fill\n"
            "from moatdesk.storage.location import resolve_data_dir\n"
            "from moatdesk.storage.store import ProfileStore\n"
            "folder = resolve_data_dir(None); folder.mkdir(parents=True, exist_ok=True)\n"
            "with ProfileStore.open(folder, daily_backup=False) as store:\n"
            f"    _fill(store, {profiles}, 20)\n"
        )
        subprocess.run([sys.executable, "-c", code, str(BENCH)], env=child, check=True)
    return child


def measure(runs: int) -> dict[str, list[Sample]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app starts from bytecode (pip compiles a wheel on install); a checkout
    # under PYTHONDONTWRITEBYTECODE would recompile every module on every run instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("MOATDESK_DATA_DIR", None)
    compileall.compile_dir(str(SRC), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        # Nothing of the user's is read or written; the app finds its data folder the
        # way it does for a founder (platformdirs, a temporary HOME), not --data-dir.
        empty = prepare_home(Path(tmp) / "empty", env, 0)
        large = prepare_home(Path(tmp) / "large", env, LARGE)
        app = [sys.executable, str(PROBE)]
        commands = {
            "floor_main": ([sys.executable, str(FLOOR), "mainwindow"], env),
            "floor_wizard": ([sys.executable, str(FLOOR), "wizard"], env),
            "data_layer": ([sys.executable, str(FLOOR), "wizard", "--data-layer"], env),
            "window_0": (app, {**empty, EXIT_VAR: "window"}),
            "main_0": (app, {**empty, EXIT_VAR: "main"}),
            "wizard_0": (app, {**empty, EXIT_VAR: "wizard"}),
            "window_large": (app, {**large, EXIT_VAR: "window"}),
            "main_large": (app, {**large, EXIT_VAR: "main"}),
            "wizard_large": (app, {**large, EXIT_VAR: "wizard"}),
        }
        results: dict[str, list[Sample]] = {name: [] for name in commands}
        for argv, child_env in commands.values():  # warm the OS file cache once
            run_child(argv, child_env)
        for _ in range(runs):
            for name, (argv, child_env) in commands.items():
                results[name].append(run_child(argv, child_env))
    return results


ROWS = (
    ("floor_main", "floor_main", "floor: bare QMainWindow shown"),
    ("floor_wizard", "floor_wizard", "floor: bare QWizard shown"),
    ("data_layer", "floor_wizard", "reference: QWizard floor + store and content imports"),
    ("window_0", "floor_main", "main window, first frame (0 profiles)"),
    ("main_0", "floor_main", "main window, welcome page shown (0 profiles)"),
    ("wizard_0", "floor_wizard", "first wizard page (0 profiles)"),
    ("window_large", "floor_main", "main window, first frame (1,000 profiles x 20 quarters)"),
    ("main_large", "floor_main", "profiles listed (1,000 x 20; today's backup due)"),
    ("wizard_large", "floor_wizard", "first wizard page (1,000 x 20)"),
)


def report(results: dict[str, list[Sample]], runs: int, load: tuple[float, float]) -> str:
    lines = [
        f"Cold start of the app (benchmarks/first_frame.py), {runs} runs of each, interleaved; "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; measured "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
        f"{load[0]:.1f} before and {load[1]:.1f} after ({os.cpu_count()} cores). "
        "Floors: bare PySide6 processes showing an empty QMainWindow or QWizard "
        "(benchmarks/floor_window.py), in the same run; each row's ratio is against the "
        'floor of its kind of window. "modules": how many modules were imported by '
        "that frame (sys.modules).",
        "",
        "| until | wall (median) | wall ratio | peak RSS (median) | memory ratio "
        "| modules | heavy modules loaded | target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, floor_name, title in ROWS:
        floor_wall = statistics.median(s.wall for s in results[floor_name])
        floor_peak = statistics.median(s.peak for s in results[floor_name])
        wall = statistics.median(s.wall for s in results[name])
        peak = statistics.median(s.peak for s in results[name])
        heavy = ", ".join(sorted({s.heavy for s in results[name]}))
        modules = statistics.median(s.modules for s in results[name])
        wall_ratio, peak_ratio = wall / floor_wall, peak / floor_peak
        ok = wall_ratio <= TIME_TARGET and peak_ratio <= MEMORY_TARGET
        verdict = ("ok" if ok else "MISSED") + " (≤ 1.5×, ≤ 1.5×)"
        target = "—" if name.startswith(("floor", "data")) else verdict
        lines.append(
            f"| {title} | {wall * 1000:.0f} ms | {wall_ratio:.2f}× | {peak:.0f} MiB "
            f"| {peak_ratio:.2f}× | {modules:.0f} | {heavy} | {target} |"
        )
    return "\n".join(lines)


ANALYSIS = """\
How each row is taken: every child prints the moment its window's frame has been
flushed (the app quits from inside that paint: MOATDESK_EXIT_AFTER_FRAME, reported by
benchmarks/first_frame.py), its peak RSS and how many modules it has imported so far;
the parent subtracts the spawn time. The app runs as a founder's does: it finds its
data folder through platformdirs (a temporary HOME). "heavy modules loaded" names
which of pydantic, reportlab and QtSvg were imported at that frame;
tests/ui/test_startup_path.py fails if any is, if the window's first frame imports
the window's body, the store or a CLI command module, if the list's or the wizard's
first frame imports the detail pane's parts, and if today's backup was taken before
the list was on screen.

What was measured and removed from before the first frames (python -X importtime,
cProfile, counting the Python enums PySide creates, sys.modules at the frame):

- The main window's first frame is its frame alone (title, menus): the body (list,
  detail pane, welcome page, controller: ~40 ms of imports and widgets) and the store
  are built right after it (MainWindow(body_later=True), app.run_gui). The
  window's frame had 230 modules in sys.modules before (the bare QMainWindow: 149),
  193 now; the list's frame 246 before, 227 now.
- Qt's namespace (`Qt.*`): its first use creates ~90 Python enums, 17-45 ms
  depending on the load. It was triggered by i18n's module-level import and, once
  that was moved, by QAction.setShortcut's overload resolution (setShortcuts does
  not); the window's frame now creates 78 enums (the floor 48; before 213).
- The command line: the app (no command) no longer imports the five CLI command
  modules and builds their parsers (argparse and gettext, ~10 ms).
- The detail pane's history, trend, countdown and comparison (and their modules,
  ~39 ms of imports under load) are built when the first profile fills the pane,
  after the list's first frame.
- Smaller: the app icon decoded once, no `dataclasses` for the instance lock.

Before and after, interleaved in one run (the session's starting commit c7fc83d
against these changes, 0 profiles, 5 runs each, 2026-12-02 01:27 UTC, load average
6): the window's first frame 1.70x -> 1.24x its floor (73 -> 65 MiB), the welcome
page 1.78x -> 1.83x (no gain: the body is still needed, one paint later), the first
wizard page 2.34x -> 2.01x.

Still above the target: the list's and the wizard's first frames pay for the body's
widgets, Qt's namespace, SQLite and the store's modules, and (1,000 profiles) listing
them. The storage rows (flat store opening, issue 16) are docs' "Store" section.

Taken on the shared 2-core machine while other sessions ran their tests (the load
average is in the first line): absolute times are several times those of an idle
machine, and the ratios move by +-0.3 between runs. Re-run on an idle machine before
reading a ratio near its target."""


def write_docs(table: str) -> None:
    section = (
        "## Start-up\n\n(figures from `benchmarks/bench_startup.py`)\n\n"
        f"{table}\n\n{ANALYSIS}\n\n"
        "Command: `.venv/bin/python benchmarks/bench_startup.py --runs 5 --write-docs`\n"
    )
    text = DOCS.read_text(encoding="utf-8")
    if "## Start-up" in text:
        text = re.sub(r"## Start-up\n.*?(?=\n## |\Z)", lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    before = os.getloadavg()[0]
    results = measure(args.runs)
    table = report(results, args.runs, (before, os.getloadavg()[0]))
    print(table)
    if args.write_docs:
        write_docs(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
