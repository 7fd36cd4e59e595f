"""Korean shows on a machine without Korean fonts (issue 17: Hangul was boxes in the
offscreen screenshots of the tests).  Each case runs in a child process whose
fontconfig sees only the fonts the test gives it, so the result does not depend on
what this machine has installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

# Prints how many glyphs of a Korean label come out as the missing-glyph box (index 0),
# then the family ensure_hangul_font registered ("-": none).
PROBE = """
import sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
how = sys.argv[1]
if how == "app":
    from moatdesk.ui.app import create_application
    app = create_application()
else:
    app = QApplication([])
    if how == "switcher":  # the tests' and scripts' path: a window needs a switcher
        from moatdesk.ui.i18n import LanguageSwitcher
        LanguageSwitcher().apply("en")
from moatdesk.ui import look
layout = QTextLayout("분기 점검을 시작하세요", app.font())
layout.beginLayout()
layout.createLine()
layout.endLayout()
boxes = sum(g == 0 for run in layout.glyphRuns() for g in run.glyphIndexes())
print(boxes, (look._hangul or [None])[0] or "-")
"""


def run_with_fonts(tmp_path: Path, fonts: list[str], how: str) -> tuple[int, str]:
    folder = tmp_path / "fonts"
    folder.mkdir(exist_ok=True)
    bundled = files("moatdesk.resources") / "fonts"
    for name in fonts:
        with (bundled / name).open("rb") as source, (folder / name).open("wb") as target:
            shutil.copyfileobj(source, target)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FONTCONFIG_PATH", None)
    run = subprocess.run(
        [sys.executable, "-c", PROBE, how],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    boxes, family = run.stdout.split()
    return int(boxes), family


def test_without_a_korean_font_hangul_is_boxes_unless_the_app_brings_its_own(tmp_path):
    latin_only = ["DejaVuSans.ttf"]
    assert run_with_fonts(tmp_path, latin_only, "bare")[0] > 0  # what the tests drew
    assert run_with_fonts(tmp_path, latin_only, "app") == (0, "NanumGothic")
    assert run_with_fonts(tmp_path, latin_only, "switcher") == (0, "NanumGothic")


def test_a_system_korean_font_is_used_and_nothing_is_loaded(tmp_path):
    assert run_with_fonts(tmp_path, ["DejaVuSans.ttf", "NanumGothic.ttf"], "app") == (0, "-")
