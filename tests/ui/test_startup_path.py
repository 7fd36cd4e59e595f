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


def first_frame(data_dir: Path, until: str) -> str:
    """The heavy modules loaded when the app's window (``until``) first painted."""
    env = {**os.environ, EXIT_AFTER_FRAME_VAR: until, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, str(PROBE), "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    found = re.search(r"^MOATDESK_PAINTED \S+ \d+ (\S+)$", run.stdout, re.M)
    assert found, run.stdout + run.stderr
    return found[1]


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
