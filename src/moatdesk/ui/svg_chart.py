"""Shows an SVG (the report's moat × horizon chart) scaled to fit, never distorted.

QtSvg is imported here only, and this module only when a results view opens, so it
stays off the start-up path.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


class SvgChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_svg(self, data: bytes) -> bool:
        ok = self._renderer.load(data)
        self.updateGeometry()
        self.update()
        return ok

    def is_valid(self) -> bool:
        return self._renderer.isValid()

    def _ratio(self) -> float:
        size = self._renderer.defaultSize()
        return size.height() / size.width() if size.width() > 0 else 0.55

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(min(width, 900) * self._ratio())

    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = min(self.width(), 900)
        height = self.heightForWidth(width)
        x = (self.width() - width) / 2
        self._renderer.render(painter, QRectF(x, 0, width, min(height, self.height())))
        painter.end()
