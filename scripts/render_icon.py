#!/usr/bin/env python3
"""Render the app icon (resources/icons/moatdesk.svg) to the PNG the app loads at start.

    .venv/bin/python scripts/render_icon.py

The window icon is a PNG because decoding SVG loads QtSvg and its image plugin
(~4 ms and ~3 MiB before the first frame, docs/benchmarks.md); the SVG stays the
source and the .desktop icon.  tests/ui/test_look.py fails when the PNG is stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 256


def render(svg: bytes, size: int = SIZE):
    """The SVG drawn on a transparent size x size QImage."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    image = render((ICONS / "moatdesk.svg").read_bytes())
    target = ICONS / f"moatdesk-{SIZE}.png"
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
