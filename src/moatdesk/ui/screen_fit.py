"""A first window never larger than the screen it opens on.

At a 1.5 scale factor a 1366x860 screen is 910x573 logical pixels: a window asking for
1200x780 (or a size saved on a bigger screen) would put its buttons off-screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# px for the window manager's title bar and borders, not known before the first show
FRAME_WIDTH, FRAME_HEIGHT = 16, 40


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available screen area and move it inside; call it after
    sizing (and restoring a saved geometry), before showing."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(window.width(), area.width() - FRAME_WIDTH)
    height = min(window.height(), area.height() - FRAME_HEIGHT)
    window.setMinimumSize(min(window.minimumWidth(), width), min(window.minimumHeight(), height))
    window.resize(width, height)
    x = min(max(window.x(), area.left()), area.right() - width - FRAME_WIDTH + 1)
    y = min(max(window.y(), area.top()), area.bottom() - height - FRAME_HEIGHT + 1)
    window.move(x, y)
