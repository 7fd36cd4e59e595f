"""Issue 10's messages in the GUI, as the CLI prints them: where a restore kept the
database it replaced, and how many imported answers were kept for a newer question bank."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from moatdesk.domain.models import Answer
from moatdesk.ui import startup

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def shown_boxes(monkeypatch) -> list[QMessageBox]:
    """Message boxes opened with exec(), closed at once and kept to read."""
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_restore_at_start_says_where_the_replaced_database_is_kept(
    qapp, data_dir: Path, basics_named, monkeypatch, shown_boxes, switcher
):
    from moatdesk.storage.connection import DB_FILENAME
    from moatdesk.storage.store import ProfileStore

    data_dir.mkdir(parents=True)
    with ProfileStore.open(data_dir) as store:  # opening takes today's backup
        store.create_profile(basics_named("Saved After The Backup Co"))
    (data_dir / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    monkeypatch.setattr(startup, "_ask_restore", lambda problem: True)

    store = startup.open_store_interactive(data_dir)
    assert store is not None
    store.close()
    [aside] = [p for p in data_dir.iterdir() if ".replaced-" in p.name]
    [told] = shown_boxes
    assert "backups" in told.text() and str(aside) in told.informativeText()


def test_the_restore_message_speaks_korean(
    qapp, tmp_path: Path, shown_boxes, switcher, korean_from_source
):
    switcher.apply("ko")
    startup.tell_restored(tmp_path / "backups" / "b.db", tmp_path / "moatdesk.db.replaced-1")
    [told] = shown_boxes
    assert "백업" in told.text() and "moatdesk.db.replaced-1" in told.informativeText()
    assert "The database" not in told.informativeText()


@pytest.fixture
def newer_bank_export(store, basics_named, tmp_path: Path) -> Path:
    """An export whose 2026-Q3 review says a newer bank wrote it, with two answers to
    questions this MoatDesk does not know."""
    profile = store.create_profile(basics_named("Future Bank Co"))
    store.save_draft(profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=3)})
    path = store.export_json(profile.id, tmp_path / "future.json")
    store.delete_profile(profile.id)
    store.purge_trash(older_than_days=0)
    data = json.loads(path.read_text(encoding="utf-8"))
    [review] = data["profile"]["assessments"]
    review["bank_version"] = "99.0"
    for new_id in ("speed.from_the_future", "data.from_the_future"):
        review["answers"][new_id] = {"value": 2, "note": "", "confidence": None}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_import_says_how_many_answers_were_kept_for_a_newer_bank(
    qtbot, make_window, newer_bank_export, monkeypatch, shown_boxes
):
    window = make_window()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(newer_bank_export), "")
    )
    window.actions_by_name["import_json"].trigger()
    [told] = shown_boxes
    assert told.text() == "Answers kept for a newer question bank: 2"
    assert "newer MoatDesk" in told.informativeText()
    # wide enough for its four lines (it came out a narrow column of nine)
    assert told.sizeHint().width() >= 64 * told.fontMetrics().averageCharWidth()
    assert sorted(told.detailedText().splitlines()) == [
        "2026-Q3: data.from_the_future",
        "2026-Q3: speed.from_the_future",
    ]


def test_an_ordinary_import_asks_nothing(
    qtbot, make_window, store, basics_named, tmp_path, monkeypatch, shown_boxes
):
    profile = store.create_profile(basics_named("Plain Co"))
    path = store.export_json(profile.id, tmp_path / "plain.json")
    store.delete_profile(profile.id)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_name["import_json"].trigger()
    assert shown_boxes == []
    assert "Plain Co" in window.statusBar().currentMessage()
