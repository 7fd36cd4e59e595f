"""After start-up the app imports, while idle, what the first results and what-if need.

The real app runs in a child process (offscreen, as a founder starts it, through
cli.main): once its warm-up is over, View results and What if… import no module of
the app's and read no content file, and what start-up made is out of the collector's
way (frozen); the first opening of each then costs what later ones do
(docs/benchmarks.md, "Main window").  Counted as modules imported, files parsed and
objects frozen, never timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from moatdesk.domain.example import example_exchange_json
from moatdesk.storage.store import ProfileStore

pytestmark = pytest.mark.gui

CHILD = r"""
import gc
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from moatdesk.ui.app import create_application

app = create_application()
import tomllib
import moatdesk.ui.quarter_dialog as quarter_dialog
import moatdesk.ui.warm_up as warm_up
from moatdesk.cli.main import main

quarter_dialog.choose_quarter = lambda _parent, _choices, default: default
warm_up.START_AFTER_MS = 0  # the test's time, not a founder's

def app_modules():
    return {name for name in sys.modules if name.startswith("moatdesk")}

parse_toml = tomllib.loads
parsed = []  # content files parsed by an opening (their first lines)
tomllib.loads = lambda text, **kw: parsed.append(text.splitlines()[0]) or parse_toml(text, **kw)

def warmed_up():
    modules = {step.partition(":")[0] for step in warm_up.WARM_STEPS}
    from_steps = all(name in sys.modules for name in modules)
    loads = [step.partition(":") for step in warm_up.WARM_STEPS if ":" in step]
    return from_steps and gc.get_freeze_count() and all(
        getattr(sys.modules[module], function).cache_info().currsize
        for module, _, function in loads
    )

def opened_imports(window, action):
    before, parsed[:] = app_modules(), []
    window.actions_by_name[action].trigger()
    app.processEvents()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    return sorted(app_modules() - before) + parsed

def check():
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "actions_by_name")]
    if not windows or not windows[0].has_part("detail") or not windows[0].detail.ready():
        return
    if not warmed_up():
        return
    poll.stop()
    window = windows[0]
    print("RESULTS", ",".join(opened_imports(window, "view_results")))
    print("WHATIF", ",".join(opened_imports(window, "what_if")))
    print("FROZEN", gc.get_freeze_count())
    window.close()

poll = QTimer()
poll.timeout.connect(check)
poll.start(20)
QTimer.singleShot(50_000, lambda: (print("TIMEOUT", sorted(app_modules())), app.exit(3)))
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_after_the_warm_up_the_first_results_and_what_if_import_nothing(data_dir: Path):
    exchange = data_dir.parent / "example.json"
    exchange.write_text(example_exchange_json(), encoding="utf-8")
    with ProfileStore.open(data_dir) as store:
        store.import_json(exchange)
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    assert lines.get("RESULTS") == "" and lines.get("WHATIF") == "", run.stdout
    assert int(lines["FROZEN"]) > 10_000  # start-up's objects: no full collection scans them


def test_a_step_that_fails_is_left_to_its_view_and_the_rest_still_run(qtbot, qapp, monkeypatch):
    """A damaged content file raises when the warm-up loads it: no dialog then (the
    founder did nothing), the next steps still run and the survivors are frozen; the
    view says why when it is opened."""
    import types

    from PySide6.QtCore import QObject

    from moatdesk.domain.content import ContentError
    from moatdesk.ui import warm_up

    loaded: list[str] = []
    probe = types.ModuleType("warm_up_probe")

    def damaged() -> None:
        raise ContentError("cannot read resources/content/{name}", name="scenarios.toml")

    probe.damaged = damaged  # type: ignore[attr-defined]
    probe.fine = lambda: loaded.append("fine")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "warm_up_probe", probe)
    frozen: list[bool] = []
    monkeypatch.setattr(warm_up.gc, "freeze", lambda: frozen.append(True))  # not pytest's
    owner = QObject()
    warming = warm_up.WarmUp(owner, ("warm_up_probe:damaged", "warm_up_probe:fine"))
    warming.start(0)
    qtbot.waitUntil(lambda: warming.done)
    assert loaded == ["fine"] and frozen == [True]


def test_nothing_is_frozen_while_a_dialog_is_open(qtbot, monkeypatch):
    """A dialog open when the warm-up ends would have its reference cycles frozen, never
    collected once it closes: the freeze waits until the main window is alone."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    from moatdesk.ui import warm_up

    frozen: list[bool] = []
    monkeypatch.setattr(warm_up.gc, "freeze", lambda: frozen.append(True))  # not pytest's
    monkeypatch.setattr(warm_up, "START_AFTER_MS", 10)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    dialog.show()
    asked: list[bool] = []
    open_window = warm_up._another_window_open
    monkeypatch.setattr(
        warm_up, "_another_window_open", lambda parent: asked.append(True) or open_window(parent)
    )
    warming = warm_up.WarmUp(window, ())
    warming.start(0)
    qtbot.waitUntil(lambda: len(asked) >= 2)  # the steps done (none), asked again later
    assert not warming.done and frozen == []
    dialog.close()
    qtbot.waitUntil(lambda: warming.done)
    assert frozen == [True]
