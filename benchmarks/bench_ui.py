#!/usr/bin/env python3
"""Main-window interactions against their floors, in one process (offscreen).

    .venv/bin/python benchmarks/bench_ui.py [--runs 15] [--write-docs]

- profile list refresh (an autosave changed one row; a profile added resets the list)
  at 1 / 100 / 1,000 / 10,000 profiles, with row 0, the middle and 90 % down
  selected, until the list has repainted.  Floor: the same refresh of a 1-profile list.
- start-up's long list: with more than 1,000 profiles the list's first frame holds the
  first 1,000, and right after it the rest are listed from the store, inserted and
  repainted and the reminder checked (1,000 and 10,000 profiles).  Floor: that step
  with 1 profile.
- profile switch to a profile with 20 quarters, until the detail has repainted: warm
  (its roadmaps computed before), and cold (none yet: they follow the frame; "until
  the trend" is the time until all 20 are shown).  Floor: a switch between two
  1-quarter profiles.
- the first What if… and View results of a process, each in a new one: without the
  warm-up, and after run_gui's idle warm-up (ui/warm_up.py) is over, and the second
  time in each.  Floor: the second opening without the warm-up.
- peak memory over one run of the app in a child process (main window with the
  example, then three rounds of View results, the wizard and the export dialog
  previewing the Korean full roadmap, each closed: closed windows must not pile up),
  with its resident memory after each step.  Floor: a process that shows a bare
  QMainWindow and then builds a plain reportlab document of the text the app
  previewed (plain_pdf.py); the ratio to the bare window alone is shown too, and a
  reference row: that floor after pydantic validated a model, with PDFium rasterising
  the pages the app's preview held (what the libraries alone need).
  ``--memory-only`` runs just these; ``--src DIR`` runs them on another checkout's
  ``src`` (a before/after against an older commit: ``git archive``).

Target for every interaction: < 50 ms; memory <= 2x the floor (issue 16).
With --write-docs the figures replace the "Main window" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
DOCS = BENCH.parent / "docs" / "benchmarks.md"
SIZES = (1, 100, 1_000, 10_000)
TARGET_MS = 50.0
RESULTS_TARGET_MS = 100.0  # issue 16: review -> results and the results dialog
MEMORY_TARGET = 2.0


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def summaries(count: int):
    from moatdesk.domain.taxonomy import AssessmentStatus
    from moatdesk.storage.records import ProfileSummary

    return [
        ProfileSummary(
            id=f"p{n:05d}",
            name=f"Company {n:05d}",
            latest_quarter="2026-Q3",
            latest_status=AssessmentStatus.FINAL,
            review_due=n % 3 == 0,
            has_draft=n % 5 == 0,
            updated_at=datetime(2026, 10, 1, 12, 0, tzinfo=UTC),
        )
        for n in range(count)
    ]


def settle(app, seconds: float = 0.05) -> None:
    """Let Qt finish what it deferred (layouts on a zero timer) before the next timing."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()


def time_refreshes(app, count: int, selected: int, runs: int) -> tuple[float, float]:
    """Median seconds of (one row changed, one profile added) refreshes, repainted."""
    from moatdesk.ui.profiles_panel import ProfilesPanel

    panel = ProfilesPanel()
    panel.resize(420, 700)
    panel.show()
    rows = summaries(count)
    panel.set_profiles(rows)
    panel.select(rows[selected].id)
    settle(app)
    changed_times, added_times = [], []
    for run in range(runs):
        edited = list(rows)
        row = (selected + run) % count
        edited[row] = rows[row]._replace(has_draft=not rows[row].has_draft)
        start = time.perf_counter()
        panel.set_profiles(edited, notify=False)
        app.processEvents()  # Qt repaints what changed
        changed_times.append(time.perf_counter() - start)
        settle(app)
        extra = rows[0]._replace(id=f"x{run}", name=f"Company {selected:05d}a{run}")
        start = time.perf_counter()
        panel.set_profiles([*rows, extra], notify=False)
        app.processEvents()
        added_times.append(time.perf_counter() - start)
        panel.set_profiles(rows, notify=False)
        settle(app)  # the view's deferred layout of the restore, not the next figure
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return statistics.median(changed_times), statistics.median(added_times)


def list_rows(app, runs: int) -> list[str]:
    time_refreshes(app, 1, 0, runs)  # warm up: imports, fonts, the first paint
    floor_changed, floor_added = time_refreshes(app, 1, 0, runs)
    lines = [
        "| profiles | selected row | one row changed | ratio | one profile added | ratio "
        "| target |",
        "|---|---|---|---|---|---|---|",
    ]
    for count in SIZES:
        for selected in sorted({0, count // 2, int(count * 0.9)}):
            changed, added = time_refreshes(app, count, selected, runs)
            ok = "ok" if max(changed, added) * 1000 < TARGET_MS else "MISSED"
            lines.append(
                f"| {count:,} | {selected:,} | {_ms(changed)} | {changed / floor_changed:.1f}x "
                f"| {_ms(added)} | {added / floor_added:.1f}x | < 50 ms {ok} |"
            )
    return lines


def start_list_rows(app, runs: int) -> list[str]:
    """Start-up's second listing (MainController._list_the_rest): a store of more than
    FIRST_FRAME_ROWS profiles painted those first; right after that frame the rest are
    read from the store, inserted, repainted and the review reminder checked, in one
    turn of the event loop.  Floor: the same step on a 1-profile store."""
    from bench_store import _fill
    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.i18n import LanguageSwitcher
    from moatdesk.ui.main_controller import FIRST_FRAME_ROWS
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    switcher = LanguageSwitcher()
    switcher.apply("en")
    medians = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (1, 1_000, 10_000):
            folder = Path(tmp) / f"p{count}"
            folder.mkdir()
            store = ProfileStore.open(folder, daily_backup=False)
            _fill(store, count, 1)  # the list reads one index entry a profile, any history
            window = MainWindow(store, AppSettings(folder), switcher)
            window.show()
            settle(app)
            times = []
            for _run in range(runs):
                # As the list's first frame left it: its first rows alone.
                first = store.list_profile_rows(first=FIRST_FRAME_ROWS)
                window.panel.set_rows(first, notify=False)
                settle(app)
                start = time.perf_counter()
                window.controller._list_the_rest()
                app.processEvents()  # the repaint
                times.append(time.perf_counter() - start)
                settle(app)
            medians[count] = statistics.median(times)
            window.close()
            window.deleteLater()
            app.processEvents()
            store.close()
    floor = medians.pop(1)
    lines = [
        "| start-up, right after the list's first frame | median | ratio to the floor | target |",
        "|---|---|---|---|",
        f"| floor: 1 profile | {_ms(floor)} | 1.0x | — |",
    ]
    for count, median in medians.items():
        ok = "ok" if median * 1000 < TARGET_MS else "MISSED"
        rest = count - FIRST_FRAME_ROWS
        added = f"{rest:,} more inserted" if rest else "listed again, none to add"
        lines.append(
            f"| {count:,} profiles, {FIRST_FRAME_ROWS:,} shown: {added}, repainted, the "
            f"reminder checked | {_ms(median)} | {median / floor:.1f}x | < 50 ms {ok} |"
        )
    return lines


def switch_rows(app, runs: int) -> list[str]:
    from bench_store import _fill
    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.i18n import LanguageSwitcher
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.roadmap_cache import ROADMAPS
    from moatdesk.ui.settings import AppSettings

    switcher = LanguageSwitcher()
    switcher.apply("en")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for quarters in (1, 20):
            folder = Path(tmp) / f"q{quarters}"
            folder.mkdir()
            store = ProfileStore.open(folder, daily_backup=False)
            _fill(store, 2, quarters)
            ids = [row[0] for row in store.list_profile_rows()]
            window = MainWindow(
                store, AppSettings(folder), switcher, today=lambda: date(2027, 1, 5)
            )
            window.show()
            detail = window.detail

            def switch(to: str, window=window, detail=detail) -> tuple[float, float]:
                start = time.perf_counter()
                window.panel.select(to)
                app.processEvents()  # the repaint of what changed
                painted = time.perf_counter() - start
                while not detail.ready():
                    app.processEvents()
                return painted, time.perf_counter() - start

            for pid in ids:
                switch(pid)  # warm the cache and the imports
            warm = [switch(ids[n % 2])[0] for n in range(runs)]
            cold_painted, cold_ready = [], []
            for n in range(runs):
                ROADMAPS._roadmaps.clear()
                painted, ready = switch(ids[n % 2])
                cold_painted.append(painted)
                cold_ready.append(ready)
            results[quarters] = (
                statistics.median(warm),
                statistics.median(cold_painted),
                statistics.median(cold_ready),
            )
            window.close()
            window.deleteLater()
            app.processEvents()
            store.close()
    floor = results[1][0]
    warm, cold, ready = results[20]

    def verdict(seconds: float) -> str:
        return "ok" if seconds * 1000 < TARGET_MS else "MISSED"

    return [
        "| switch to a profile with 20 quarters | median | ratio to the floor | target |",
        "|---|---|---|---|",
        f"| floor: between two 1-quarter profiles, warm | {_ms(floor)} | 1.0x | — |",
        f"| warm (roadmaps cached) until painted | {_ms(warm)} | {warm / floor:.1f}x "
        f"| < 50 ms {verdict(warm)} |",
        f"| cold (no roadmap yet) until painted | {_ms(cold)} | {cold / floor:.1f}x "
        f"| < 50 ms {verdict(cold)} |",
        f"| cold, until all 20 roadmaps are in the trend | {_ms(ready)} | {ready / floor:.1f}x "
        "| after the frame, 3 per event-loop turn |",
    ]


def results_rows(app, runs: int) -> list[str]:
    """View results (Ctrl+Return) on the example's latest review, until the dialog has
    painted: the first time in the process (its modules imported then), then warm (the
    roadmap cached by the detail pane) and cold (the cache cleared).  Floor: a QDialog
    with one label shown and painted the same way, in the same process."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.i18n import LanguageSwitcher
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.roadmap_cache import ROADMAPS
    from moatdesk.ui.settings import AppSettings

    switcher = LanguageSwitcher()
    switcher.apply("en")

    def shown_until_painted(open_dialog) -> float:
        start = time.perf_counter()
        dialog = open_dialog()
        app.processEvents()  # exposed, laid out and painted
        elapsed = time.perf_counter() - start
        dialog.close()
        dialog.deleteLater()
        settle(app)
        return elapsed

    def floor_dialog():
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLabel("Results", dialog))
        dialog.resize(900, 760)
        dialog.show()
        return dialog

    with tempfile.TemporaryDirectory() as tmp:
        store = ProfileStore.open(Path(tmp), daily_backup=False)
        window = MainWindow(
            store, AppSettings(Path(tmp)), switcher, today=lambda: date(2026, 11, 20)
        )
        window.show()
        window.actions_by_name["open_example"].trigger()
        while not window.detail.ready():
            app.processEvents()
        settle(app)
        controller = window.controller

        def view_results():
            from moatdesk.ui.dialogs import ResultsDialog

            controller.view_results(None)
            return window.findChildren(ResultsDialog)[-1]  # the dialog just shown

        first = shown_until_painted(view_results)
        shown_until_painted(floor_dialog)  # its classes made once, as the app's were
        floors, warm, cold = [], [], []
        for _ in range(runs):  # alternately, so that all see the same load
            floors.append(shown_until_painted(floor_dialog))
            warm.append(shown_until_painted(view_results))
            ROADMAPS._roadmaps.clear()
            cold.append(shown_until_painted(view_results))
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    floor = statistics.median(floors)

    def row(title: str, seconds: float) -> str:
        ok = "ok" if seconds * 1000 < RESULTS_TARGET_MS else "MISSED"
        return f"| {title} | {_ms(seconds)} | {seconds / floor:.1f}x | < 100 ms {ok} |"

    return [
        "| View results (the example's latest review) | median | ratio to the floor | target |",
        "|---|---|---|---|",
        f"| floor: a QDialog with one label, until painted | {_ms(floor)} | 1.0x | — |",
        row("first time in the process (1 run: its modules load)", first),
        row("warm (the roadmap cached by the detail pane), until painted", statistics.median(warm)),
        row("cold (no roadmap cached), until painted", statistics.median(cold)),
    ]


# The child runs' warm-up, as run_gui starts it after the list's first frame, waited out.
WARM_UP_CODE = """from moatdesk.ui.warm_up import WarmUp
warm_up = WarmUp(window)
warm_up.start(0)
while not warm_up.done:
    app.processEvents()"""

FIRST_OPENINGS_RUN = (
    """
import sys, tempfile, time
from datetime import date
from pathlib import Path
from moatdesk.ui.app import create_application
app = create_application()
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog
from moatdesk.storage.store import ProfileStore
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.main_window import MainWindow
from moatdesk.ui.settings import AppSettings
switcher = LanguageSwitcher(); switcher.apply("en")
folder = Path(tempfile.mkdtemp())
store = ProfileStore.open(folder, daily_backup=False)
window = MainWindow(store, AppSettings(folder), switcher, today=lambda: date(2026, 11, 20))
window.show()
window.actions_by_name["open_example"].trigger()
while not window.detail.ready():
    app.processEvents()
if sys.argv[1] == "warmed":
"""
    + textwrap.indent(WARM_UP_CODE, "    ")
    + """
for _ in range(5):
    app.processEvents()
def opened(action):
    start = time.perf_counter()
    window.actions_by_name[action].trigger()
    app.processEvents()  # exposed, laid out and painted
    elapsed = time.perf_counter() - start
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    for _ in range(5):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return elapsed
first = sys.argv[2]
print("FIRST", opened(first))
print("LATER", opened(first))
"""
)

FIRST_ACTIONS = {"what_if": "What if…", "view_results": "View results"}
FIRST_TARGET_MS = {"what_if": TARGET_MS, "view_results": RESULTS_TARGET_MS}


def first_opening_rows(runs: int) -> list[str]:
    """What if… and View results the first time in a process, each in a new process:
    without the warm-up, and after run_gui's idle warm-up (ui/warm_up.py) is over; then
    the second time in that process.  Floor: the second opening without the warm-up."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    count = max(3, runs // 2)
    found: dict[tuple[str, str], list[float]] = {}
    for _ in range(count):  # alternately, so that all see the same load
        for action in FIRST_ACTIONS:
            for mode in ("cold", "warmed"):
                out = subprocess.run(
                    [sys.executable, "-c", FIRST_OPENINGS_RUN, mode, action],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                ).stdout
                times = dict(re.findall(r"^(FIRST|LATER) (\S+)$", out, re.M))
                found.setdefault((action, mode), []).append(float(times["FIRST"]))
                found.setdefault((action, f"{mode} later"), []).append(float(times["LATER"]))
    lines = [
        f"First openings, each in a new process ({count} of each, median), until painted:",
        "",
        "| opening | median | ratio to the floor | target |",
        "|---|---|---|---|",
    ]
    for action, title in FIRST_ACTIONS.items():
        later = statistics.median(found[(action, "cold later")])
        target = FIRST_TARGET_MS[action]
        lines.append(
            f"| {title}, the second time, without the warm-up (the floor) "
            f"| {_ms(later)} | 1.0x | — |"
        )
        for mode, what in (
            ("cold", "its modules and files loaded then"),
            ("warmed", "after the warm-up"),
        ):
            seconds = statistics.median(found[(action, mode)])
            ok = "ok" if seconds * 1000 < target else "MISSED"
            lines.append(
                f"| {title}, the first time ({what}) | {_ms(seconds)} "
                f"| {seconds / later:.1f}x | < {target:.0f} ms {ok} |"
            )
        again = statistics.median(found[(action, "warmed later")])
        ok = "ok" if again * 1000 < target else "MISSED"
        lines.append(
            f"| {title}, the second time, after the warm-up | {_ms(again)} "
            f"| {again / later:.1f}x | < {target:.0f} ms {ok} |"
        )
    return lines


MEMORY_RUN = (
    """
import sys, tempfile, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from first_frame import peak_rss_kib
def step(name):
    with open("/proc/self/status", encoding="ascii") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))
    print("STEP", rss, name)
from moatdesk.ui.app import create_application
app = create_application()
from moatdesk.storage.store import ProfileStore
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.main_window import MainWindow
from moatdesk.ui.settings import AppSettings
switcher = LanguageSwitcher(); switcher.apply("en")
folder = Path(tempfile.mkdtemp())
store = ProfileStore.open(folder)
window = MainWindow(store, AppSettings(folder), switcher, today=lambda: date(2026, 11, 20))
window.show()
for _ in range(5):
    app.processEvents()
step("main window, no profile")
window.actions_by_name["open_example"].trigger()
while not window.detail.ready():
    app.processEvents()
step("the example shown")
"""
    + WARM_UP_CODE
    + """
step("the warm-up done")
from PySide6.QtCore import QCoreApplication, QEvent
import moatdesk.ui.quarter_dialog as quarter_dialog  # "which quarter?": this one
quarter_dialog.choose_quarter = lambda _parent, _choices, default: default
from PySide6.QtWidgets import QMessageBox  # "continue the draft?": yes
QMessageBox.question = lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
from moatdesk.ui.dialogs import ResultsDialog
from moatdesk.ui.pdf_export import PdfExportJob
def settle():
    for _ in range(5):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed: deleted
def one_round(first):
    window.actions_by_name["view_results"].trigger()
    settle()
    if first: step("View results")
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    for _ in range(8):
        wizard.next(); app.processEvents()
    if first: step("the wizard, 8 pages on")
    profile = window.controller.selected_profile()
    job = PdfExportJob(window, profile, profile.assessments[-1].quarter, "ko")
    shown = []
    job.dialog.preview_ready.connect(lambda: shown.append(True))
    job.start()  # the full roadmap first
    while not shown:  # the PDF rendered in a worker, its first pages drawn
        app.processEvents()
        time.sleep(0.005)
    settle()
    if first:
        step("export dialog: the Korean full roadmap previewed")
        Path(sys.argv[2]).write_bytes(job.dialog.rendered[0])  # the memory floor's text
        from moatdesk.ui.pdf_export import PREVIEW_SCALE
        held = job.dialog.pages_with_pixels()  # and the pages whose pixels it held
        print("HELD", ",".join(map(str, held)), PREVIEW_SCALE * job.dialog.devicePixelRatioF())
    job.dialog.reject()
    wizard.close()
    window.findChildren(ResultsDialog)[-1].close()
    settle()
one_round(True)
step("all three closed")
for _ in range(2):
    one_round(False)
step("all three opened and closed twice more")
print("PEAK", peak_rss_kib())
"""
)

MEMORY_FLOOR = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from first_frame import peak_rss_kib
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 780); w.show()
for _ in range(5):
    app.processEvents()
kept = []
if len(sys.argv) > 3:  # the libraries' floor: pydantic validating a model, as any user
    import pydantic
    class Basics(pydantic.BaseModel):
        name: str
        team_size: int
    kept.append(Basics(name="Acme", team_size=12))
if len(sys.argv) > 2:  # and a plain reportlab document of that text
    from plain_pdf import floor_pdf
    kept.append(floor_pdf(Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()))
if len(sys.argv) > 3:  # and PDFium rasterising the pages the app's preview held
    from moatdesk.report.preview import render_page  # pypdfium2's call, as the app makes it
    previewed = Path(sys.argv[3]).read_bytes()
    for index in map(int, sys.argv[4].split(",")):
        kept.append(render_page(previewed, index, float(sys.argv[5])))
print("PEAK", peak_rss_kib())
"""


def memory_rows(runs: int, src: str | None = None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))

    def measure(code: str, *args: str) -> tuple[float, dict[str, float], list[str]]:
        out = subprocess.run(
            [sys.executable, "-c", code, str(BENCH), *args],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
        found = re.search(r"^PEAK (\d+)$", out, re.M)
        assert found, out
        steps = {m[2]: int(m[1]) / 1024 for m in re.finditer(r"^STEP (\d+) (.+)$", out, re.M)}
        held = re.search(r"^HELD (\S+) (\S+)$", out, re.M)
        return int(found[1]) / 1024, steps, list(held.groups()) if held else []

    from plain_pdf import text_lines

    count = max(3, runs // 5)
    apps, windows, with_pdf, libraries = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        previewed, lines = Path(folder, "previewed.pdf"), Path(folder, "lines.txt")
        held: list[str] = []  # the app's "HELD" line: page numbers, then the scale
        for _ in range(count):  # alternately, so that all see the same load
            apps.append(measure(MEMORY_RUN, str(previewed)))
            if not lines.exists():  # the text the app previewed, for the second floor
                lines.write_text("\n".join(text_lines(previewed.read_bytes())), "utf-8")
                held = apps[-1][2]  # the pages its preview held, and their scale
            windows.append(measure(MEMORY_FLOOR)[0])
            with_pdf.append(measure(MEMORY_FLOOR, str(lines))[0])
            libraries.append(measure(MEMORY_FLOOR, str(lines), str(previewed), *held)[0])
    app = statistics.median(peak for peak, _, _ in apps)
    window, floor = statistics.median(windows), statistics.median(with_pdf)
    stack = statistics.median(libraries)
    pages_held = len(held[0].split(",")) if held else 0
    ok = "ok" if app / floor <= MEMORY_TARGET else "MISSED"
    lines_out = [
        "| peak memory (VmHWM) | median | ratio to the floor | ratio to a bare window | target |",
        "|---|---|---|---|---|",
        f"| a bare QMainWindow process | {window:.0f} MiB | — | 1.00x | — |",
        "| floor: that window, then a plain reportlab document of the text the app "
        f"previews (the PDF floor of bench_report.py) | {floor:.0f} MiB | 1.00x "
        f"| {floor / window:.2f}x | — |",
        "| reference, the libraries alone: that floor after pydantic validated one "
        f"model, and PDFium rasterising the {pages_held} pages the app's preview held "
        f"| {stack:.0f} MiB | {stack / floor:.2f}x | {stack / window:.2f}x | — |",
        "| the app: main window with the example, then three rounds of View results, "
        "the wizard 8 pages on and the export dialog previewing the Korean full roadmap, "
        f"each closed | {app:.0f} MiB | {app / floor:.2f}x | {app / window:.2f}x "
        f"| ≤ 2x the floor {ok} |",
        "",
        "| resident memory (VmRSS) after each step of that run | median "
        "| ratio to the floor | ratio to a bare window |",
        "|---|---|---|---|",
    ]
    for name in apps[0][1]:
        rss = statistics.median(steps[name] for _, steps, _ in apps)
        lines_out.append(f"| {name} | {rss:.0f} MiB | {rss / floor:.2f}x | {rss / window:.2f}x |")
    return lines_out


# The docs' hand-written text (what was cut, what was measured and left) is kept from
# this line on: --write-docs replaces the figures above it, never the text below.
KEEP_MARKER = "<!-- bench_ui.py --write-docs replaces the figures above this line -->"
SECTION = re.compile(r"## Main window\n.*?(?=\n## |\Z)", re.S)


def write_docs(table: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    found = SECTION.search(text)
    kept = ""
    if found and KEEP_MARKER in found[0]:
        kept = found[0].split(KEEP_MARKER, 1)[1].rstrip("\n")
        kept = re.sub(r"\n+Command: .*\Z", "", kept, flags=re.S)
    section = (
        "## Main window\n\n(figures from `benchmarks/bench_ui.py`)\n\n"
        f"{table}\n\n{KEEP_MARKER}{kept}\n\n"
        "Command: `.venv/bin/python benchmarks/bench_ui.py --write-docs`\n"
    )
    if found:
        text = text[: found.start()] + section + text[found.end() :]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOCS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--memory-only", action="store_true", help="only the memory rows")
    parser.add_argument("--first-only", action="store_true", help="only the first openings")
    parser.add_argument("--src", help="run the memory rows on this checkout's src folder")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from as_installed import compile_sources

    compile_sources(*([Path(args.src)] if args.src else []))
    if args.first_only:
        print("\n".join(first_opening_rows(args.runs)))
        return 0
    if args.memory_only or args.src:
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        print("\n".join(memory_rows(args.runs, args.src)))
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        return 0
    from moatdesk.ui.app import create_application

    app = create_application()
    load_before = os.getloadavg()[0]
    sections = [
        "Profile list refresh, until repainted:",
        "",
        *list_rows(app, args.runs),
        "",
        "Start-up's long list (the rest of it after the first frame):",
        "",
        *start_list_rows(app, args.runs),
        "",
        "Profile switch:",
        "",
        *switch_rows(app, args.runs),
        "",
        "Results dialog:",
        "",
        *results_rows(app, args.runs),
        "",
        *first_opening_rows(args.runs),
        "",
        *memory_rows(args.runs),
    ]
    intro = (
        f"Python {platform.python_version()}, {platform.machine()}, offscreen, "
        f"{args.runs} runs of each (median); measured "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
        f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after ({os.cpu_count()} cores)."
    )
    table = "\n".join([intro, "", *sections])
    print(table)
    if args.write_docs:
        write_docs(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
