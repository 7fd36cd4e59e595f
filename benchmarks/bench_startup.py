#!/usr/bin/env python3
"""Cold start of the MoatDesk GUI against a bare PySide6 QWizard process.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9] [--write-docs]

Three kinds of child process are started, interleaved, in the same run:

- floor:  a bare PySide6 process that shows an empty QWizard and quits;
- window: ``python -m moatdesk`` until the main window's first frame (first_frame.py);
- main:   the same until the main window shows the profiles ;
- wizard: the same until the first wizard page is shown .

Each is timed from spawn to exit (wall time) and its peak RSS is read from the
child's own rusage (os.wait4).  The app runs on a data folder holding the bundled
example profile, so the main window has a real list and chart to show.  Targets:
<= 2x the floor's median wall time and <= 1.5x its median peak memory.
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
TIME_TARGET, MEMORY_TARGET = 2.0, 1.5

BENCH = Path(__file__).resolve().parent
PROBE = BENCH / "first_frame.py"  # the app, reporting its first frame
FLOOR = BENCH / "floor_window.py"  # bare PySide6 windows
EXIT_VAR = "MOATDESK_EXIT_AFTER_FRAME"  # moatdesk.ui.app.EXIT_AFTER_FRAME_VAR


class Sample(NamedTuple):
    wall: float  # seconds from spawn to the first frame painted
    peak: float  # MiB, peak RSS up to that frame
    heavy: str  # heavy modules already loaded then ("-": none)


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
    found = re.search(r"^MOATDESK_PAINTED (\S+) (\d+) (\S+)$", child.stdout, re.M)
    if found is None:
        raise SystemExit(f"{argv} printed no paint report:\n{child.stdout}{child.stderr}")
    return Sample(float(found[1]) - start, int(found[2]) / 1024, found[3])


def prepare_data_dir(folder: Path, env: dict[str, str]) -> None:
    example = folder / "example.json"
    cli = [sys.executable, "-m", "moatdesk"]
    subprocess.run([*cli, "example", "--out", str(example)], env=env, check=True)
    subprocess.run([*cli, "import", str(example)], env=env, check=True, capture_output=True)


def measure(runs: int) -> dict[str, list[Sample]]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app starts from bytecode (pip compiles a wheel on install); a checkout
    # under PYTHONDONTWRITEBYTECODE would recompile every module on every run instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(SRC), quiet=1)
    results: dict[str, list[Sample]] = {
        "floor": [],
        "data_layer": [],
        "window": [],
        "main": [],
        "wizard": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Nothing of the user's is read or written; the app finds its data folder the
        # way it does for a founder (platformdirs), not through --data-dir.
        env["HOME"] = str(folder)
        env["XDG_DATA_HOME"] = str(folder / "share")
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env.pop("MOATDESK_DATA_DIR", None)
        prepare_data_dir(folder, env)
        app = [sys.executable, str(PROBE)]
        floor = [sys.executable, str(FLOOR), "wizard"]
        commands = {
            "floor": (floor, env),
            "data_layer": ([*floor, "--data-layer"], env),
            "window": (app, {**env, EXIT_VAR: "window"}),
            "main": (app, {**env, EXIT_VAR: "main"}),
            "wizard": (app, {**env, EXIT_VAR: "wizard"}),
        }
        for argv, child_env in commands.values():  # warm the OS file cache once
            run_child(argv, child_env)
        for _ in range(runs):
            for name, (argv, child_env) in commands.items():
                results[name].append(run_child(argv, child_env))
    return results


def report(results: dict[str, list[Sample]], runs: int) -> str:
    floor_wall = statistics.median(s.wall for s in results["floor"])
    floor_peak = statistics.median(s.peak for s in results["floor"])
    lines = [
        f"Cold start of `python -m moatdesk`, {runs} runs of each, interleaved; "
        f"Python {platform.python_version()}, {platform.machine()}, "
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}. "
        "Floor: a bare PySide6 process showing an empty QWizard, measured in the same run; "
        "each child reports the moment its window has painted (time since spawn, peak RSS so far).",
        "",
        "| until | wall (median) | wall ratio | peak RSS (median) | memory ratio "
        "| heavy modules loaded | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, title in (
        ("floor", "floor: bare QWizard shown"),
        ("data_layer", "reference: floor + store and content imports"),
        ("window", "main window shown (first frame)"),
        ("main", "profiles listed in it"),
        ("wizard", "first wizard page shown"),
    ):
        wall = statistics.median(s.wall for s in results[name])
        peak = statistics.median(s.peak for s in results[name])
        heavy = ", ".join(sorted({s.heavy for s in results[name]}))
        wall_ratio, peak_ratio = wall / floor_wall, peak / floor_peak
        ok = wall_ratio <= TIME_TARGET and peak_ratio <= MEMORY_TARGET
        verdict = ("ok" if ok else "MISSED") + " (≤ 2×, ≤ 1.5×)"
        target = "—" if name in ("floor", "data_layer") else verdict
        lines.append(
            f"| {title} | {wall * 1000:.0f} ms | {wall_ratio:.2f}× | {peak:.0f} MiB "
            f"| {peak_ratio:.2f}× | {heavy} | {target} |"
        )
    return "\n".join(lines)


ANALYSIS = """\
How each row is taken: every child prints the moment its window's frame has been
flushed (from inside the paint, on the system-wide monotonic clock) and its peak RSS
so far; the parent subtracts the spawn time. The app runs as a founder's does: it finds
its data folder through platformdirs (a temporary HOME), with the bundled example
profile in it, and the "wizard" row opens New profile as soon as the list is shown.
"heavy modules loaded" names which of pydantic, reportlab and QtSvg were imported at
that frame; tests/ui/test_startup_path.py fails if any is.

What keeps the first frames inside the budget (2026-11-28; before, the list was at
3.3× and the wizard at 3.5× time, 1.9× memory):

- **No pydantic before the first frame.** Importing pydantic and the domain models
  costs ~90 ms and ~20 MiB here, more than the whole budget (the "reference" row: the
  floor plus only those imports and the content is already past 2×). Opening the store
  and listing profiles use plain SQL rows and dataclasses
  (tests/storage/test_startup_path.py); the list's labels come from taxonomy.toml
  through tomllib (domain/labels.py, checked against the validated taxonomy).
- **Fill in after the frame.** The selected profile's detail pane (its models, one
  roadmap per quarter for the trend chart) loads right after the list has painted,
  and after a wizard opened meanwhile has painted. A new profile's wizard shows its
  basics page first and builds the section, review and results pages right after
  that frame, or at once if the founder presses Next sooner (ui/after_paint.py).
- **Nothing loaded for a detail.** The window icon is a PNG rendered from the SVG
  (decoding SVG loaded QtSvg: ~4 ms, ~3 MiB); temp file names use os.urandom
  (the secrets module loaded OpenSSL: ~4 MiB).

What is left, roughly (`python -X importtime`, /proc/self/status between steps): the
Qt namespace enums (`from PySide6.QtCore import Qt`, which the bare floor never
touches: ~12 ms, 1.4 MiB), the bundled Hangul font registration (~3–6 ms), the
main window's widgets and their first paint, sqlite3 and the store's checks
(~3 ms), and a second top-level window for the wizard. The wizard row is the
tightest; keep new imports off `moatdesk.ui.app`, `main_window` and
`wizard.basics_page`."""


def write_docs(table: str) -> None:
    section = (
        "## Start-up\n\n(figures from `benchmarks/bench_startup.py`)\n\n"
        f"{table}\n\n{ANALYSIS}\n\n"
        "Command: `.venv/bin/python benchmarks/bench_startup.py --runs 9 --write-docs`\n"
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
    results = measure(args.runs)
    table = report(results, args.runs)
    print(table)
    if args.write_docs:
        write_docs(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
