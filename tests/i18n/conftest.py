"""i18n tests: this folder's helper module (ts_file) importable, and compiled .qm files.

pytest runs in importlib mode, which does not put test folders on sys.path.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_ROOT = _HERE.parents[1]
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))


@pytest.fixture(scope="session")
def compiled_qm(tmp_path_factory: pytest.TempPathFactory, load_script) -> dict[str, Path]:
    """The repository's .ts files compiled afresh by the project's own build step."""
    root = tmp_path_factory.mktemp("build")
    (root / "translations").mkdir()
    for ts in (_ROOT / "translations").glob("*.ts"):
        shutil.copy(ts, root / "translations")
    build = load_script("build_translations")
    return {qm.stem.removeprefix("moatdesk_"): qm for qm in build.compile_translations(root)}


@pytest.fixture(scope="session")
def korean_qm(compiled_qm: dict[str, Path]) -> Path:
    return compiled_qm["ko"]
