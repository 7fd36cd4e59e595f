"""scripts/screenshots.py, which docs/ui.md tells a developer to run before calling UI
work done, still runs: an import moved in the UI once left it broken unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SCREENS = (
    "main",
    "main-empty",
    "main-compare",
    "quarter-choice",
    "review-date",
    "settings",
    "review",
    "results",
    "results-full",
    "pdf-page",
)


def _has_content(path: Path) -> bool:
    """A real picture of a window: not empty, and more than one flat colour."""
    image = QImage(str(path))
    if image.isNull() or image.width() < 200 or image.height() < 80:
        return False
    grid = {
        image.pixel(x * image.width() // 64, y * image.height() // 64)
        for x in range(64)
        for y in range(64)
    }
    return len(grid) >= 4


def test_the_review_screenshots_are_taken_in_both_languages(tmp_path: Path, qapp) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--review", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    names = {p.name for p in out.glob("*.png")}
    for lang in ("en", "ko"):
        expected = {f"{screen}-{lang}.png" for screen in SCREENS}
        expected |= {f"wizard-page{n}-{lang}.png" for n in range(7)}
        assert expected <= names, sorted(expected - names)
        for name in expected:
            assert _has_content(out / name), name
