"""How the app looks everywhere: the bundled Hangul font and the app icon.

Both are read from the package with importlib.resources, so Korean renders and the
icon shows on a machine without Korean fonts, in a wheel or an editable checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPixmap

HANGUL_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
# A PNG rendered from moatdesk.svg (scripts/render_icon.py): decoding SVG would load
# QtSvg before the first frame.
ICON_FILE = "moatdesk-256.png"

_hangul: list[str | None] = []  # once per process: [the family drawing Hangul, or None]


def ensure_hangul_font() -> str | None:
    """Make sure the UI draws Hangul, once per process (later calls cost nothing).

    A system with a Korean font draws Hangul itself (fontconfig's fallback): nothing is
    loaded.  Without one (a clean Linux install, a CI box) every Hangul glyph would be
    a box, so the bundled NanumGothic, the PDF's font, is registered (about 20 ms, on
    those machines only: docs/ui.md).  It runs before the first frame: that frame may
    already show Korean (the Korean UI, a Hangul company name).  Called when the
    application is created and when a language is applied, so the app, the scripts
    and the tests all draw the same glyphs.  Returns the registered family, or None.
    """
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return None  # no fonts without a GUI application (a CLI run): ask again later
    if not _hangul:
        if QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
            _hangul.append(None)
        else:
            _hangul.append(register_hangul_font(QGuiApplication.font()))
    return _hangul[0]


def register_hangul_font(base_font: QFont) -> str | None:
    """Register NanumGothic and make it the fallback for the UI font's family.

    Returns the registered family name, or None if the font could not be loaded
    (the app still works; Hangul then depends on the system's fonts).
    """
    fonts = files("moatdesk.resources") / "fonts"
    family: str | None = None
    for name in HANGUL_FONT_FILES:
        resource = fonts / name
        if isinstance(resource, Path) and resource.is_file():
            # From the file, FreeType maps the 4.6 MB font lazily instead of Qt holding a
            # copy in memory: start-up peak memory is measured (benchmarks/bench_startup.py).
            font_id = QFontDatabase.addApplicationFont(str(resource))
        else:  # inside a zip: no file to map, hand Qt the bytes
            font_id = QFontDatabase.addApplicationFontFromData(resource.read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        # Latin text keeps the system font; glyphs it lacks (Hangul) come from Nanum.
        QFont.insertSubstitution(base_font.family(), family)
    return family


def set_qt_property(target: QObject, name: str, keys: str) -> None:
    """Set an enum or flags property of ``target`` by the C++ names of its values:
    ``set_qt_property(label, "alignment", "AlignCenter")`` is
    ``label.setAlignment(Qt.AlignmentFlag.AlignCenter)``.

    For the widgets of the first frames: the first use of PySide's ``Qt`` namespace
    builds its ~90 Python enums (20-40 ms, more than the rest of a widget page;
    docs/benchmarks.md "Start-up"); Qt's property system reads the names itself.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} cannot be {keys!r}")


_ICON: list[QIcon] = []  # made once per process (the app and each window ask)


def app_icon() -> QIcon:
    if not _ICON:
        resource = files("moatdesk.resources") / "icons" / ICON_FILE
        if isinstance(resource, Path) and resource.is_file():
            # From the file, Qt decodes the PNG (~2 ms) only when a pixmap is first asked
            # for: on X11 as the window is created, never under a platform that shows
            # no icon (offscreen, the tests), and never twice.
            icon = QIcon(str(resource))
        else:  # inside a zip: decode the bytes now
            pixmap = QPixmap()
            icon = QIcon()
            if pixmap.loadFromData(resource.read_bytes(), "PNG"):  # 256 px; Qt scales down
                icon.addPixmap(pixmap)
        _ICON.append(icon)
    return QIcon(_ICON[0])  # a copy: a caller changing it changes only its own
