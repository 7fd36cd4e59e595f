"""i18n tests: this folder's helper module (ts_file) importable, and compiled .qm files.

pytest runs in importlib mode, which does not put test folders on sys.path.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

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


@pytest.fixture
def switcher(qapp, korean_qm: Path, monkeypatch: pytest.MonkeyPatch):
    """A LanguageSwitcher whose Korean is the repository's .ts, compiled in this run."""
    from moatdesk.ui import i18n
    from moatdesk.ui.pseudo import PSEUDO_VAR

    def load(lang):
        if lang != "ko":
            return None
        translator = QTranslator()
        assert translator.load(str(korean_qm))
        return translator

    monkeypatch.setattr(i18n, "load_translator", load)
    monkeypatch.delenv(PSEUDO_VAR, raising=False)
    switcher = i18n.LanguageSwitcher()
    yield switcher
    monkeypatch.delenv(PSEUDO_VAR, raising=False)
    switcher.apply("en")  # the next test starts in plain English
