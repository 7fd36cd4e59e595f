"""Test-wide isolation: offscreen Qt and a throwaway data dir for every test.

Nothing a test does may touch the real user's data, config or display.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import Phase, settings

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:  # factories.py; importlib mode adds no test folder
    sys.path.insert(0, str(ROOT / "tests"))

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")

import qt_waits  # noqa: E402
from budget import MUTATION_EXAMPLES, MUTATION_RUN  # noqa: E402  (needs tests/ on sys.path)

qt_waits.install()  # no wait gives up after pytest-qt's 5 s on a busy machine (qt_waits.py)

# A mutation run (docs/testing.md) sets MOATDESK_MUTATION=1: fewer, fixed examples per
# property (tests/budget.py). An ordinary run loads no profile and stays as it was.
# No shrinking there: a mutant only needs to fail, and shrinking a failure found by a
# property test (a killed mutant) took 100 s of a 2-core machine where failing took 1 s.
settings.register_profile(
    "mutation",
    max_examples=MUTATION_EXAMPLES,
    derandomize=True,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),
)
if MUTATION_RUN:
    settings.load_profile("mutation")


@pytest.fixture(autouse=True)
def fresh_content_caches() -> None:
    """In a mutation run, forget the once-per-process caches of domain and storage.

    mutmut runs every mutant in a process forked from one that has already run the
    tests, so `load_bank()` and the other `@cache`d loaders would hand out what the
    unmutated code built and a mutant inside them would never run. Clearing them before
    each test makes each test build them again under the mutant (about 20 ms).
    """
    if not MUTATION_RUN:
        return
    for name, module in list(sys.modules.items()):
        if not name.startswith(("moatdesk.domain.", "moatdesk.storage.")):
            continue
        for value in list(vars(module).values()):
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point MOATDESK_DATA_DIR, HOME and the XDG dirs at a fresh temp folder."""
    data_dir = tmp_path / "moatdesk-data"
    monkeypatch.setenv("MOATDESK_DATA_DIR", str(data_dir))
    for var, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = tmp_path / sub
        path.mkdir(mode=0o700, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    return data_dir


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture(scope="session")
def load_script() -> Callable[[str], ModuleType]:
    """A script of scripts/ as a module: they are run as files, not installed."""

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load
