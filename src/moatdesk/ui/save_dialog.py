"""Asking where to save an export: a proposed name in the last folder used (else the
Documents folder), the suffix kept.

Shared by the PDF roadmap and the JSON profile exports, so both propose a file name
that is safe on every file system and both add the suffix a founder left off.  The last
folder is kept in the app's settings (inside the data folder) when the dialog's window
has them, else for the rest of the session.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from moatdesk.ui.settings import AppSettings

# Qt's own file dialog (the widget-based one every Linux desktop without a platform
# theme gets) labels its rows "&Look in:" and "Files of &type:" since Qt 6 added the
# mnemonics, but the Korean qtbase_ko.qm that ships with Qt still only knows the old
# sources "Look in:" / "Files of type:" - so those two labels stayed English in the
# Korean UI while every other string of the dialog was Korean. Our own translation,
# asked before Qt's, supplies the two current sources (Korean in moatdesk_ko.ts;
# tests/i18n/test_file_dialog.py checks a real dialog's labels).
QT_FILE_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_file_stem(company: str, fallback: str = "MoatDesk") -> str:
    """A company name usable in a file name on every file system, and short enough that
    the suggested name around it stays within 255 bytes (the usual limit): at most
    STEM_BYTES of UTF-8 (a 200-character Hangul name is 600), cut between characters."""
    stem = _UNSAFE_IN_FILE_NAMES.sub("-", company).strip(" .") or fallback
    cut = stem.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore")
    return cut.rstrip(" .") or fallback


STEM_BYTES = 150  # + " MoatDesk roadmap 2026-Q4.pdf" or its Korean (~45 bytes) < 255


def default_export_dir() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


_session_dir: Path | None = None  # the last folder, when no window carries settings


def _settings_of(widget: QWidget | None) -> AppSettings | None:
    while widget is not None:  # the main window's controller holds them
        settings = getattr(getattr(widget, "controller", None), "settings", None)
        if isinstance(settings, AppSettings):
            return settings
        widget = widget.parentWidget()
    return None


def export_dir(parent: QWidget | None) -> Path:
    """Where a save dialog starts: the last folder used, if it still exists."""
    settings = _settings_of(parent)
    last = settings.export_dir() if settings is not None else _session_dir
    return last if last is not None and last.is_dir() else default_export_dir()


def remember_export_dir(parent: QWidget | None, folder: Path) -> None:
    global _session_dir
    _session_dir = folder
    settings = _settings_of(parent)
    if settings is not None:
        settings.set_export_dir(folder)


def ask_save_path(
    parent: QWidget, title: str, file_name: str, file_filter: str, suffix: str
) -> Path | None:
    """The path the founder chose for ``file_name`` (``suffix`` added if left off); None
    if they cancelled."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(export_dir(parent) / file_name), file_filter
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    remember_export_dir(parent, target.parent)
    return target
