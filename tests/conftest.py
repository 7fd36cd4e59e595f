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

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "tests") not in sys.path:  # factories.py; importlib mode adds no test folder
    sys.path.insert(0, str(ROOT / "tests"))

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")


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
