"""The window icon: a PNG rendered from the SVG source, kept in step with it."""

from __future__ import annotations

from importlib.resources import files

import pytest
from PySide6.QtGui import QImage

from moatdesk.ui.look import app_icon


@pytest.mark.gui
def test_committed_png_icon_is_a_fresh_render_of_the_svg(qapp, load_script) -> None:
    icons = files("moatdesk.resources") / "icons"
    fresh = load_script("render_icon").render((icons / "moatdesk.svg").read_bytes())
    committed = QImage()
    assert committed.loadFromData((icons / "moatdesk-256.png").read_bytes(), "PNG")
    committed = committed.convertToFormat(fresh.format())
    assert committed.size() == fresh.size()
    differing = sum(
        committed.pixel(x, y) != fresh.pixel(x, y)
        for x in range(0, fresh.width(), 4)
        for y in range(0, fresh.height(), 4)
    )
    assert differing <= 40, "resources/icons/moatdesk-256.png is stale: run scripts/render_icon.py"


@pytest.mark.gui
def test_the_app_icon_loads(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert icon.availableSizes()[0].width() == 256
