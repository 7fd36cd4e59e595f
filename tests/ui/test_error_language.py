"""A founder reads why something failed in the language of the app, with their own words intact."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from moatdesk.storage import assessments_repo
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.ui import startup
from moatdesk.ui.i18n import error_text
from moatdesk.ui.pdf_export import PdfExportJob
from moatdesk.ui.pseudo import PSEUDO_VAR

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TYPED_NAME = "Acme {x} %1 <b>bold</b>"  # placeholders and markup a founder may type


@pytest.fixture
def korean(switcher, korean_from_source) -> None:
    switcher.apply("ko")  # the switcher fixture puts English back afterwards


def english_words(text: str, *allowed: str) -> list[str]:
    """Latin words left in ``text`` once paths and names in ``allowed`` are taken out."""
    for part in allowed:
        text = text.replace(part, "")
    return re.findall(r"[A-Za-z]{2,}", text)


def as_shown(text: str) -> str:
    """What a QMessageBox displays for ``text`` (it guesses rich text, as Qt does)."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def read_only(*_args, **_kwargs):
    raise sqlite3.OperationalError("attempt to write a readonly database")


def save_status_after_failed_save(founder, make_window, store, basics_named, failure, monkeypatch):
    """Answer the first page of a review while the disk refuses every write."""
    store.create_profile(basics_named("Hangul Labs"))
    window = make_window()
    window.actions_by_name["start_review"].trigger()
    wizard = window.controller.wizard
    founder.click(wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.section_pages[0]
    monkeypatch.setattr(assessments_repo, "save_answers", failure)
    founder.answer_page(page)
    wizard.autosaver.flush()
    return page.footer.text()


@pytest.mark.parametrize(
    ("failure", "cause"), [(disk_full, "디스크 공간이 부족해"), (read_only, "읽기 전용")]
)
def test_a_failed_save_tells_a_korean_founder_why_in_korean(
    qtbot, founder, make_window, store, basics_named, korean, monkeypatch, failure, cause
):
    status = save_status_after_failed_save(
        founder, make_window, store, basics_named, failure, monkeypatch
    )
    assert status.startswith("저장되지 않음: ")
    assert cause in status and "바뀐 내용은 없습니다" in status
    assert str(store.db_path) in status  # which file: the founder can find it
    assert not english_words(status, str(store.db_path))


def test_a_failed_save_tells_an_english_founder_why_in_english(
    qtbot, founder, make_window, store, basics_named, switcher, monkeypatch
):
    status = save_status_after_failed_save(
        founder, make_window, store, basics_named, disk_full, monkeypatch
    )
    assert status == (
        f"Not saved: the disk is full; could not write {store.db_path}. Nothing was changed."
    )


def test_a_database_from_a_newer_version_says_update_in_korean(
    qapp, data_dir: Path, korean, monkeypatch
):
    data_dir.mkdir(parents=True)
    db_path = data_dir / DB_FILENAME
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))

    assert startup.open_store_interactive(data_dir) is None
    [text] = shown
    assert "더 새로운 버전의 MoatDesk" in text and "업데이트하세요" in text
    assert "999" in text
    assert not english_words(text, str(db_path), "MoatDesk")


def test_a_rejected_import_is_explained_in_korean(
    qtbot, make_window, korean, tmp_path: Path, monkeypatch
):
    bad = tmp_path / "twice.json"
    bad.write_text('{"프로필": 1, "프로필": 2}', encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window = make_window()
    window.actions_by_name["import_json"].trigger()
    [text] = warned
    assert as_shown(text) == f"{bad}: 한 객체 안에 “프로필” 키가 두 번 나옵니다."


def test_a_name_a_founder_typed_comes_back_verbatim_in_a_korean_message(
    qtbot, founder, make_window, store, basics_named, korean, monkeypatch
):
    store.create_profile(basics_named(TYPED_NAME))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window = make_window()
    window.actions_by_name["new_profile"].trigger()
    wizard = window.controller.wizard
    founder.fill_basics(wizard, TYPED_NAME)
    founder.next(wizard)
    assert wizard.currentId() == 0  # the basics page stays
    [text] = warned
    assert as_shown(text) == f"“{TYPED_NAME}” 프로필이 이미 있습니다. 다른 이름을 입력하세요."


def test_the_pdf_export_worker_reports_its_failure_in_korean(
    qtbot, founder, make_window, store, korean, tmp_path: Path, monkeypatch
):
    window = make_window()
    founder.click(window.empty.example_button)
    target = tmp_path / "no such folder" / "roadmap.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.actions_by_name["export_pdf"].trigger()
    job = window.findChildren(PdfExportJob)[-1]
    qtbot.waitUntil(lambda: job.dialog.save_button.isEnabled(), timeout=60_000)
    with qtbot.waitSignal(job.finished, timeout=60_000) as outcome:
        founder.click(job.dialog.save_button)
    assert outcome.args[0] is False
    [text] = warned
    assert as_shown(text) == (
        f"로드맵을 내보내지 못했습니다:\n{target.parent} 폴더가 없어 저장하지 못했습니다. "
        "바뀐 내용은 없습니다."
    )


def test_pseudo_mode_keeps_the_named_fields_of_an_error(
    qapp, switcher, monkeypatch, tmp_path: Path
):
    from moatdesk.files import DiskWriteError, write_atomic

    monkeypatch.setenv(PSEUDO_VAR, "1")
    switcher.apply("en")
    with pytest.raises(DiskWriteError) as caught:
        write_atomic(tmp_path / "missing" / "x.json", b"{}")
    text = error_text(caught.value)
    assert text.startswith("⟦") and text.endswith("⟧")
    assert str(tmp_path / "missing") in text  # {path} was filled, not mangled
