"""Qt's own file dialog and the suggested export names speak the UI's language.

The widget-based QFileDialog (what Linux desktops without a platform theme get, and
what the offscreen platform gets) labels two rows "&Look in:" and "Files of &type:";
Qt's qtbase_ko.qm only knows the older sources without the '&', so those stayed
English until our own translation supplied them (moatdesk.ui.save_dialog).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel
from ts_file import HANGUL

from moatdesk.ui.pdf_export import suggested_pdf_name
from moatdesk.ui.save_dialog import ask_save_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _open_save_dialog_and_read_it() -> dict[str, object]:
    """Run the app's real save dialog, read its labels while it is open, cancel it."""
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):  # not shown yet: look again next turn
            QTimer.singleShot(0, inspect)
            return
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel"):
            seen[name] = dialog.findChild(QLabel, name).text()
        texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()]
        texts += [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()]
        seen["english"] = [t for t in texts if not HANGUL.search(t)]
        dialog.reject()

    QTimer.singleShot(0, inspect)
    seen["result"] = ask_save_path(None, "t", "x.pdf", "PDF (*.pdf)", ".pdf")
    return seen


def test_the_real_save_dialog_is_korean_in_the_korean_ui(qtbot, switcher) -> None:
    switcher.apply("ko")
    seen = _open_save_dialog_and_read_it()
    assert seen["result"] is None  # cancelled
    assert seen["lookInLabel"] == "다음에서 찾기(&L):"
    assert seen["fileTypeLabel"] == "파일 형식(&T):"
    assert seen["fileNameLabel"] == "파일 이름(&N):"
    assert seen["english"] == [], "English left in the Korean file dialog"


def test_the_save_dialog_stays_english_in_english(qtbot, switcher) -> None:
    switcher.apply("en")
    seen = _open_save_dialog_and_read_it()
    assert seen["lookInLabel"] == "&Look in:"
    assert seen["fileTypeLabel"] == "Files of &type:"


def test_the_suggested_pdf_name_follows_the_language(qtbot, switcher) -> None:
    assert suggested_pdf_name("Acme %2", "2026-Q4") == "Acme %2 MoatDesk roadmap 2026-Q4.pdf"
    switcher.apply("ko")
    assert suggested_pdf_name("Acme %2", "2026-Q4") == "Acme %2 MoatDesk 로드맵 2026-Q4.pdf"
    assert suggested_pdf_name("a/b", "2026-Q4") == "a-b MoatDesk 로드맵 2026-Q4.pdf"
