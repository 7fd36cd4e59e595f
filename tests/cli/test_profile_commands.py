"""`moatdesk list | import | export-json | restore-backup` through the real entry point."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factories import basics as sample_basics
from moatdesk.cli import main as cli_main
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.quarters import add_quarters, previous_quarter, quarter_of
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.store import ProfileStore


@pytest.fixture(autouse=True)
def only_profile_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # Other engineers' command modules may not exist yet; ours are what is under test.
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("moatdesk.cli.profile_commands",))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seeded(data_dir: Path) -> str:
    basics = sample_basics(name="노을 Health", sector="healthcare", team_size=8, runway_months=14)
    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(basics)
        store.save_draft(
            profile.id, "2026-Q3", {"speed.steamroll_exposure": Answer(value=3, note="메모")}
        )
        store.finalise(profile.id, "2026-Q3")
    return profile.id


def test_list_on_an_empty_store(capsys):
    assert run(capsys, "list") == (0, "No profiles yet.\n", "")


def test_list_shows_name_id_quarter_status_and_due(capsys, seeded: str):
    code, out, _ = run(capsys, "list")
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["NAME", "ID", "LATEST", "STATUS", "REVIEW", "DUE"]
    assert row.split() == ["노을", "Health", seeded, "2026-Q3", "final", "yes"]


def test_list_prints_exactly_this_table(capsys, data_dir: Path):
    """Byte for byte, in both languages: columns as wide as their widest cell on screen
    (Hangul and full-width letters two columns, a combining accent none), two spaces
    apart, a format character shown escaped, no trailing spaces."""
    now = quarter_of(date.today())
    before, earlier = previous_quarter(now), add_quarters(now, -2)
    answer = {"speed.steamroll_exposure": Answer(value=3)}
    with ProfileStore.open(data_dir) as store:
        noeul = store.create_profile(sample_basics(name="노을 Health")).id
        store.save_draft(noeul, now, answer)
        store.finalise(noeul, now)
        acme = store.create_profile(sample_basics(name="Acme")).id
        store.save_draft(acme, before, answer)
        zero = store.create_profile(sample_basics(name="Zero\u200bwidth")).id
        cafe = store.create_profile(sample_basics(name="Cafe\u0301 ｆｕｌｌ")).id
        store.save_draft(cafe, earlier, answer)
        store.finalise(cafe, earlier)
    assert run(capsys, "list") == (
        0,
        "NAME             ID                                LATEST   STATUS  REVIEW DUE\n"
        f"Acme             {acme}  {before}  draft   yes\n"
        f"Cafe\u0301 ｆｕｌｌ    {cafe}  {earlier}  final   yes\n"
        f"Zero\\u200bwidth  {zero}  -        -       yes\n"
        f"노을 Health      {noeul}  {now}  final   no\n",
        "",
    )
    assert run(capsys, "--lang", "ko", "list") == (
        0,
        "이름             ID                                최근 분기  상태     점검 필요\n"
        f"Acme             {acme}  {before}    작성 중  예\n"
        f"Cafe\u0301 ｆｕｌｌ    {cafe}  {earlier}    확정     예\n"
        f"Zero\\u200bwidth  {zero}  -          -        예\n"
        f"노을 Health      {noeul}  {now}    확정     아니요\n",
        "",
    )


def test_list_search_asks_the_store_in_sql(capsys, seeded: str, data_dir: Path, monkeypatch):
    with ProfileStore.open(data_dir) as store:
        for name in ("100% Margin", "100x Growth", "ÉCOLE Labs"):
            store.create_profile(sample_basics(name=name))
    listed: list[str | None] = []
    rows = ProfileStore.list_table_rows
    monkeypatch.setattr(
        ProfileStore,
        "list_table_rows",
        lambda self, text=None: listed.append(text) or rows(self, text),
    )
    code, out, _ = run(capsys, "list", "--search", "%")
    assert code == 0 and listed == ["%"]  # the store searches: never everything, filtered here
    assert [row.split()[0] for row in out.splitlines()[1:]] == ["100%"]
    assert run(capsys, "list", "--search", "école")[1].splitlines()[1].startswith("ÉCOLE Labs")
    assert run(capsys, "list", "--search", "노을")[1].splitlines()[1].startswith("노을 Health")
    assert run(capsys, "list", "--search", "nobody") == (
        0,
        "No profile name contains “nobody”.\n",
        "",
    )
    code, out, _ = run(capsys, "--lang", "ko", "list", "--search", "nobody")
    assert code == 0 and "nobody" in out and "No profile" not in out


def test_list_speaks_korean_with_lang_ko(capsys, seeded: str):
    code, out, _ = run(capsys, "--lang", "ko", "list")
    assert code == 0
    header, row = out.splitlines()
    assert header.split() == ["이름", "ID", "최근", "분기", "상태", "점검", "필요"]
    assert row.split() == ["노을", "Health", seeded, "2026-Q3", "확정", "예"]


def test_an_empty_list_in_korean(capsys):
    assert run(capsys, "--lang", "ko", "list") == (0, "아직 프로필이 없습니다.\n", "")


def test_export_then_import_into_another_data_dir(capsys, seeded: str, tmp_path: Path):
    out_file = tmp_path / "noeul.json"
    code, out, err = run(capsys, "export-json", "노을 Health", "--out", str(out_file))
    assert (code, err) == (0, "") and str(out_file) in out
    assert json.loads(out_file.read_text(encoding="utf-8"))["profile"]["id"] == seeded
    other = tmp_path / "other-data"
    code, out, _ = run(capsys, "--data-dir", str(other), "import", str(out_file))
    assert code == 0 and "Imported '노을 Health'" in out
    code, out, _ = run(capsys, "--data-dir", str(other), "import", str(out_file))
    assert code == 0 and "nothing changed" in out
    code, out, _ = run(capsys, "--data-dir", str(other), "list")
    assert seeded in out


def test_errors_are_one_line_on_stderr_without_a_traceback(capsys, seeded, tmp_path: Path):
    code, out, err = run(capsys, "export-json", "Nobody", "--out", str(tmp_path / "x.json"))
    assert (code, out) == (1, "")
    assert err == "moatdesk: there is no profile with the name or id “Nobody”\n"
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "schema_version": 2}', encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad))
    assert code == 1 and "appears twice" in err and "Traceback" not in err


def test_restore_backup_lists_and_restores_a_damaged_database(capsys, seeded, data_dir: Path):
    code, out, _ = run(capsys, "restore-backup", "--list")
    assert code == 0 and "moatdesk-daily-" in out
    (data_dir / DB_FILENAME).write_bytes(b"garbage")
    code, _, err = run(capsys, "list")
    assert code == 1 and str(data_dir / DB_FILENAME) in err and "Restore a backup" in err
    code, out, _ = run(capsys, "restore-backup")
    assert code == 0 and "Restored the database from" in out
    assert run(capsys, "list")[0] == 0


def test_import_reads_the_whole_file_first_and_list_does_not(
    capsys, data_dir: Path, tmp_path: Path
):
    """Damage deep in the file (no root, nothing a list reads): `list` still lists, in
    constant time; `import`, which writes, reads every page first and refuses it."""
    import sqlite3

    notes = {f"speed.q{i}": Answer(value=1, note="메모 " * 200) for i in range(20)}
    with ProfileStore.open(data_dir) as store:
        for n in range(40):
            profile = store.create_profile(sample_basics(name=f"Company {n}"))
            store.save_draft(profile.id, "2026-Q4", notes)
        store.export_json(profile.id, tmp_path / "one.json")
    db_path = data_dir / DB_FILENAME
    conn = sqlite3.connect(db_path)
    [(page,)] = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'assessments' AND pagetype = 'leaf' "
        "ORDER BY path DESC LIMIT 1"
    ).fetchall()
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * 4096 : (page - 1) * 4096 + 8] = b"\xa5" * 8
    db_path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "list")
    assert code == 0 and len(out.splitlines()) == 41
    code, _, err = run(capsys, "import", str(tmp_path / "one.json"))
    assert code == 1 and "is damaged" in err and "Restore a backup" in err
    assert db_path.read_bytes() == bytes(data)  # nothing was written


def test_restoring_from_a_file_that_is_not_a_backup_is_refused(capsys, seeded, tmp_path: Path):
    not_a_backup = tmp_path / "notes.json"
    not_a_backup.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "restore-backup", str(not_a_backup))
    assert code == 1 and f"{not_a_backup} cannot be restored" in err
    assert run(capsys, "list")[1].count(seeded) == 1  # the database was not touched


def test_list_keeps_one_line_per_profile_and_aligns_wide_characters(capsys, data_dir: Path):
    import unicodedata

    names = ["노을 헬스케어", "two\nlines \x1b[31mred", "Plain"]
    with ProfileStore.open(data_dir) as store:
        ids = [
            store.create_profile(
                CompanyBasics(
                    name=name,
                    sector="other",
                    stage="seed",
                    stack_position="model_apis",
                    team_size=1,
                    runway_months=1,
                )
            ).id
            for name in names
        ]
    code, out, _ = run(capsys, "list")
    rows = out.splitlines()[1:]
    assert code == 0 and len(rows) == len(names)
    assert "\x1b" not in out and "two\\nlines \\x1b[31mred" in out

    def columns_before_id(row: str) -> int:
        before = row[: next(row.index(i) for i in ids if i in row)]
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in before)

    assert len({columns_before_id(row) for row in rows}) == 1
