"""Start-up loads nothing heavy before the window a founder waits for is on screen.

The real app runs in a child process (offscreen) under the benchmark's probe
(benchmarks/first_frame.py, with the app's MOATDESK_EXIT_AFTER_FRAME switch): at its
first frame it reports which of pydantic, reportlab and QtSvg were imported.  Any of
them there costs more than the start-up budget (docs/benchmarks.md); they load right
after the frame instead.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from moatdesk.domain.example import example_exchange_json
from moatdesk.storage.store import ProfileStore
from moatdesk.ui.app import EXIT_AFTER_FRAME_VAR

PROBE = Path(__file__).resolve().parents[2] / "benchmarks" / "first_frame.py"


@pytest.fixture
def data_with_example(data_dir: Path) -> Path:
    exchange = data_dir.parent / "example.json"
    exchange.write_text(example_exchange_json(), encoding="utf-8")
    with ProfileStore.open(data_dir) as store:
        store.import_json(exchange)
    return data_dir


def run_until_frame(argv: list[str], until: str, **extra_env: str) -> str:
    """What a child Python (``argv`` after the interpreter) printed, run until the app's
    window (``until``) first painted."""
    env = {**os.environ, EXIT_AFTER_FRAME_VAR: until, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    run = subprocess.run(
        [sys.executable, *argv], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stderr
    return run.stdout + run.stderr


def probe(data_dir: Path, until: str, **extra_env: str) -> str:
    """What the probe printed when the app's window (``until``) first painted."""
    return run_until_frame([str(PROBE), "--data-dir", str(data_dir)], until, **extra_env)


def first_frame(data_dir: Path, until: str) -> str:
    """The heavy modules loaded when the app's window (``until``) first painted."""
    printed = probe(data_dir, until)
    found = re.search(r"^MOATDESK_PAINTED \S+ \d+ (\S+) \d+$", printed, re.M)
    assert found, printed
    return found[1]


def modules_at_frame(data_dir: Path, until: str) -> set[str]:
    """The moatdesk modules imported when that window first painted."""
    return frame_work(data_dir, until)[0]


def frame_work(data_dir: Path, until: str) -> tuple[set[str], int, bool]:
    """The moatdesk modules imported, how many Python enums PySide had made and whether
    it had built its ``Qt`` namespace (~90 enums at once) when that window first painted."""
    printed = probe(data_dir, until, MOATDESK_PROBE_MODULES="1")
    found = re.search(r"^MOATDESK_MODULES (\S+)$", printed, re.M)
    enums = re.search(r"^MOATDESK_ENUMS (\d+) qt-namespace=([01])$", printed, re.M)
    assert found and enums, printed
    return set(found[1].split(",")), int(enums[1]), enums[2] == "1"


# The main window's body: the controller and the bars.
BODY = {"moatdesk.ui.main_controller", "moatdesk.ui.toast", "moatdesk.ui.reminder"}
# The welcome page: built when there is no profile (MainWindow._build_welcome).
WELCOME = {"moatdesk.ui.empty_state"}
# The list page: built when there is a profile to list (MainWindow._build_list).
LIST = {"moatdesk.ui.profiles_panel", "moatdesk.ui.profiles_model"}
# The detail pane (blank at the list's first frame, built right after it) and its
# parts (ProfileDetail._build_parts, when the first profile fills it).
DETAIL = {
    "moatdesk.ui.profile_detail",
    "moatdesk.ui.flow_layout",
    "moatdesk.ui.trend_chart",
    "moatdesk.ui.countdown_view",
    "moatdesk.ui.compare_view",
}
# Dialogs opened by a handler, never before a first frame: PySide makes their classes'
# enums on import (the review date picker: QDateEdit, QDialog, QDialogButtonBox).
DIALOGS = {"moatdesk.ui.review_date_dialog"}
# The CLI's commands: the app (no command) does not build their parsers.
COMMANDS = {
    "moatdesk.cli.profile_commands",
    "moatdesk.cli.roadmap_commands",
    "moatdesk.cli.report_command",
    "moatdesk.cli.example_command",
    "moatdesk.cli.whatif_command",
}


def test_the_first_frame_is_the_window_frame_alone(data_with_example: Path) -> None:
    """The window's frame paints before its body and the store are imported (they
    come right after it: MainWindow(body_later=True), app.run_gui), and no CLI
    command module loads for the app at all."""
    at_window = modules_at_frame(data_with_example, "window")
    assert "moatdesk.ui.main_window" in at_window
    assert not at_window & (BODY | WELCOME | LIST | DETAIL | COMMANDS | {"moatdesk.storage.store"})
    listed = modules_at_frame(data_with_example, "main")
    assert listed >= BODY | LIST | {"moatdesk.storage.store"}  # the probe sees them once loaded
    assert not listed & COMMANDS
    # A profile to list: the welcome page is never shown, so never built (~5 ms).
    assert not listed & WELCOME
    assert not modules_at_frame(data_with_example, "wizard") & WELCOME
    # The store's records are named tuples: no ``dataclasses`` (six frozen, slotted
    # dataclasses cost more than the rest of storage.records: docs/benchmarks.md).
    assert "dataclasses" not in listed
    # The detail pane is blank at that frame: it is built, and filled, right after it.
    assert not listed & DETAIL
    assert not modules_at_frame(data_with_example, "wizard") & DETAIL


@pytest.mark.parametrize("until", ["main", "wizard"])
def test_a_first_start_builds_neither_the_list_nor_the_qt_namespace(
    data_dir: Path, until: str
) -> None:
    """No profile yet: the welcome page and New profile's first page are on screen
    without the list page's modules and without PySide's ``Qt`` namespace (its first
    use makes ~90 Python enums, more than the rest of the page: docs/benchmarks.md)."""
    modules, enums, qt_namespace = frame_work(data_dir, until)
    assert modules >= WELCOME
    assert not modules & (LIST | DETAIL | DIALOGS)
    assert not qt_namespace
    # The bare QWizard floor makes 48; the window, its menus, the page and the wizard
    # add their own classes' enums, not whole namespaces.
    assert enums < 130
    if until == "main":  # the window's frame makes 68, the welcome page and bars 7 more
        assert enums < 80


def test_the_listed_profiles_build_no_qt_namespace(data_with_example: Path) -> None:
    """The list page's first frame neither: the header shows its titles from C++
    (ProfilesModel.titles; a Python headerData is handed a Qt.Orientation), the model
    compares roles as ints, the splitter gets its parent by keyword (positional, PySide
    tries the (Qt.Orientation, parent) overload first)."""
    modules, enums, qt_namespace = frame_work(data_with_example, "main")
    assert modules >= LIST
    assert not modules & DIALOGS
    assert not qt_namespace
    assert enums < 110  # 95 here; with the namespace ~190


def test_the_probe_sees_the_qt_namespace(data_with_example: Path, monkeypatch) -> None:
    """The checks above can fail: a start-up that uses PySide's Qt namespace is reported."""
    hook = data_with_example.parent / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "from PySide6.QtCore import Qt\nQt.AlignmentFlag.AlignLeft\n", encoding="utf-8"
    )
    monkeypatch.setenv("PYTHONPATH", str(hook))
    _modules, enums, qt_namespace = frame_work(data_with_example, "main")
    assert qt_namespace and enums >= 130


def test_a_second_start_shows_the_labels_without_parsing_toml(data_with_example: Path) -> None:
    """The list and the basics page show taxonomy labels; the first start keeps them
    parsed in the data folder (domain.labels.keep_parsed_in), later ones read them
    back without tomllib (tests/ui/test_startup_cache.py: whatever the file holds)."""
    assert "tomllib" in modules_at_frame(data_with_example, "wizard")
    for until in ("main", "wizard"):
        again = modules_at_frame(data_with_example, until)
        assert "moatdesk.domain.labels" in again
        assert "tomllib" not in again


@pytest.mark.parametrize("until", ["window", "main", "wizard"])
def test_nothing_heavy_loads_before_the_first_frame(data_with_example: Path, until: str) -> None:
    assert first_frame(data_with_example, until) == "-"


def test_the_probe_sees_a_heavy_import(data_with_example: Path, monkeypatch) -> None:
    """The check above can fail: a start-up that imports pydantic is reported."""
    hook = data_with_example.parent / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text("import pydantic\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(hook))
    assert "pydantic" in first_frame(data_with_example, "main")


def test_the_daily_backup_does_not_come_before_the_first_frame(data_with_example: Path) -> None:
    """A first start of the day: the profiles are on screen before any backup is taken
    (it runs after that frame, on a worker thread: ui/startup.py DailyBackup)."""
    import shutil

    from moatdesk.storage.backups import backup_dir

    shutil.rmtree(backup_dir(data_with_example))  # today's backup is due again
    assert first_frame(data_with_example, "main") == "-"
    assert not backup_dir(data_with_example).exists()


# PySide's own check, counted: the names of the modules it was asked about.
_COUNT_PYSIDES_CHECK = """
import sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
own, asked = feature._mod_uses_pyside, []
def counting(module):
    asked.append(module.__name__)
    return own(module)
feature._mod_uses_pyside = counting
import moatdesk.ui.app
print(",".join(name for name in asked if name.startswith("moatdesk")))
"""


def test_the_app_modules_skip_pysides_slow_source_check() -> None:
    """PySide's import hook asks of every module imported after it whether its source
    uses PySide, decoding and splitting the file (inspect.getsource): ~0.2 ms a module,
    ~90 before the first frame.  The app installs its byte search first thing
    (ui/pyside_sources.py, from ui/app.py before its own imports): PySide's check is
    then asked about no module of the app but the package holding that one."""
    run = subprocess.run(
        [sys.executable, "-c", _COUNT_PYSIDES_CHECK],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    slow = set(run.stdout.strip().split(",")) - {""}
    assert slow <= {"moatdesk", "moatdesk.ui"}, slow


_COUNT_COLLECTIONS = """
import atexit, gc, sys
started = [0]
gc.callbacks.append(lambda phase, info: started.__setitem__(0, started[0] + (phase == "start")))
atexit.register(lambda: print(f"COLLECTIONS {started[0]}", flush=True))
from moatdesk.cli.main import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_garbage_collector_waits_until_after_the_first_frames(data_with_example: Path) -> None:
    """A founder's start (cli.main, no command) makes many objects and few cycles: the
    cyclic collector is paused until the window's body has painted.  Counted through to
    the wizard's first frame and the app's exit: 6 collections here, 44 without the
    pause (10-12 ms CPU on this machine, docs/benchmarks.md)."""
    printed = run_until_frame(["-c", _COUNT_COLLECTIONS, str(data_with_example)], "wizard")
    found = re.search(r"^COLLECTIONS (\d+)$", printed, re.M)
    assert found, printed
    assert int(found[1]) <= 15, found[1]
