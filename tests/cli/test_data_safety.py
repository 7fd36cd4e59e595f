"""Issue 10: no CLI path loses a founder's data (restore, output targets, imports, backups).

Each test reproduces a failure that was found: restore beside a running app, restore
after a crash with commits still in the -wal, output written over the store's own files,
a failed daily backup never reported, a BOM or a 5,000-digit number in an import.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from factories import basics as sample_basics
from moatdesk.cli import main as cli_main
from moatdesk.domain.models import Answer
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.instance_lock import LOCK_FILENAME, InstanceLock
from moatdesk.storage.store import ProfileStore


@pytest.fixture(autouse=True)
def only_profile_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cli_main,
        "COMMAND_MODULES",
        ("moatdesk.cli.profile_commands", "moatdesk.cli.report_command"),
    )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seeded(data_dir: Path) -> str:
    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(sample_basics(name="Acme"))
        store.save_draft(
            profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=3, note="메모")}
        )
        store.finalise(profile.id, "2026-Q3")
    return profile.id


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# ---- 1. writing commands take the GUI's lock ------------------------------------------------


@pytest.mark.parametrize("argv", [("restore-backup",), ("import", "{file}")])
def test_writing_commands_refuse_while_the_app_holds_the_folder(
    capsys, seeded, data_dir: Path, tmp_path: Path, argv
):
    exported = tmp_path / "acme.json"
    assert run(capsys, "export-json", "Acme", "--out", str(exported))[0] == 0
    with InstanceLock(data_dir) as held:  # what the GUI holds while it is open
        assert held.acquired
        before = _folder_bytes(data_dir)
        code, out, err = run(capsys, *(a.format(file=exported) for a in argv))
        assert code == 1 and out == ""
        assert "MoatDesk is open" in err and str(os.getpid()) in err
        assert "Nothing was changed" in err
        assert _folder_bytes(data_dir) == before
    # With the app closed the same command works, and leaves no lock file behind.
    assert run(capsys, *(a.format(file=exported) for a in argv))[0] == 0
    assert not (data_dir / LOCK_FILENAME).exists()


def test_restore_list_is_reading_and_works_while_the_app_is_open(capsys, seeded, data_dir):
    with InstanceLock(data_dir):
        code, out, _ = run(capsys, "restore-backup", "--list")
    assert code == 0 and "moatdesk-daily-" in out


def test_list_and_its_search_read_while_the_app_is_open(capsys, seeded, data_dir: Path):
    with InstanceLock(data_dir) as held:  # the open app's lock: list only reads
        assert held.acquired
        before = _folder_bytes(data_dir)
        listed = run(capsys, "list")
        found = run(capsys, "list", "--search", "acm")
        assert _folder_bytes(data_dir) == before
    assert listed[0] == 0 and "Acme" in listed[1]
    assert found[0] == 0 and "Acme" in found[1]


# ---- 2. restore after a crash keeps every committed save -------------------------------------


def test_restore_after_a_crash_sets_aside_one_database_with_every_commit(
    capsys, seeded, data_dir: Path, tmp_path: Path
):
    db = data_dir / DB_FILENAME
    # A process that committed into the -wal and died before any checkpoint: copy its
    # files while its connection is still open (what a SIGKILL leaves on disk).
    with ProfileStore.open(data_dir) as store:
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        late = store.create_profile(sample_basics(name="Saved after the backup"))
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(str(db) + suffix, crashed / (DB_FILENAME + suffix))
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(crashed / (DB_FILENAME + suffix), str(db) + suffix)
    assert (data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0

    code, out, err = run(capsys, "restore-backup")
    assert code == 0, err
    [aside] = sorted(data_dir.glob(f"{DB_FILENAME}.replaced-*"))
    assert str(aside) in out  # says where it is
    assert not [p for p in data_dir.glob("*.replaced-*") if p != aside]  # one file, not three
    conn = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {n for (n,) in conn.execute("SELECT name FROM profiles")}
    finally:
        conn.close()
    assert names == {"Acme", "Saved after the backup"}
    assert late.id  # the commit that was only in the -wal is in the file set aside


# ---- 3. output paths never replace the store's own files -------------------------------------


@pytest.mark.parametrize(
    "target", [DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", LOCK_FILENAME, "backup"]
)
@pytest.mark.parametrize("command", ["export-json", "report"])
def test_output_onto_the_stores_own_files_is_refused(
    capsys, seeded, data_dir: Path, tmp_path: Path, target: str, command: str
):
    with ProfileStore.open(data_dir) as store:  # leaves a -wal/-shm while another one is open
        [backup] = store.list_backups()
        path = backup.path if target == "backup" else data_dir / target
        path.touch()
        link = tmp_path / "innocent-looking.out"
        link.symlink_to(path)
        before = _folder_bytes(data_dir)
        for out_path in (path, link):
            code, out, err = run(capsys, command, "Acme", "--out", str(out_path))
            assert code == 1, (out_path, out)
            assert "MoatDesk keeps its own data" in err
            assert _folder_bytes(data_dir) == before
        assert store.get_profile("Acme").assessments  # the store still reads


def test_exporting_onto_a_symlink_writes_its_target_and_keeps_the_link(
    capsys, seeded, tmp_path: Path
):
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "export-json", "Acme", "--out", str(link))[0] == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["profile"]["basics"]["name"] == "Acme"


# ---- 9. a failed daily backup is said on stderr ----------------------------------------------


def test_a_failed_daily_backup_is_printed_on_stderr(capsys, seeded, data_dir: Path):
    shutil.rmtree(data_dir / "backups")
    (data_dir / "backups").write_text("a file where the backups folder should be")
    code, out, err = run(capsys, "list")
    assert code == 0 and "Acme" in out
    assert "today's backup could not be taken" in err and "backups" in err


# ---- 6. a BOM and a 5,000-digit number -------------------------------------------------------


def test_an_export_with_a_utf8_bom_imports(capsys, seeded, data_dir: Path, tmp_path: Path):
    exported = tmp_path / "acme.json"
    run(capsys, "export-json", "Acme", "--out", str(exported))
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["profile"]["id"] = "a" * 32
    data["profile"]["basics"]["name"] = "Acme BOM"
    exported.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode())
    code, out, err = run(capsys, "import", str(exported))
    assert code == 0, err
    assert "Acme BOM" in out


def test_a_5000_digit_number_is_refused_with_a_message(capsys, seeded, tmp_path: Path):
    exported = tmp_path / "acme.json"
    run(capsys, "export-json", "Acme", "--out", str(exported))
    text = exported.read_text(encoding="utf-8").replace(
        '"team_size": 12', '"team_size": ' + "9" * 5000
    )
    assert "9" * 5000 in text
    exported.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "import", str(exported))
    assert code == 1
    assert "unexpected" not in err and "set_int_max_str_digits" not in err
    assert "digits" in err and str(exported) in err
