"""`moatdesk report PROFILE --out FILE.pdf [--lang en|ko] [--quarter YYYY-Qn]`, headless."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from moatdesk.cli import main as cli_main
from moatdesk.domain.example import example_exchange_json, load_example_profile
from moatdesk.storage.store import ProfileStore

COMPANY = load_example_profile().basics.name


@pytest.fixture(autouse=True)
def only_our_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cli_main,
        "COMMAND_MODULES",
        ("moatdesk.cli.profile_commands", "moatdesk.cli.report_command"),
    )


@pytest.fixture
def store_with_example(data_dir: Path, tmp_path: Path) -> Path:
    source = tmp_path / "example.json"
    source.write_text(example_exchange_json(), encoding="utf-8")
    with ProfileStore.open(data_dir) as store:
        store.import_json(source)
    return data_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_in_korean_for_a_chosen_quarter(capsys, store_with_example, tmp_path) -> None:
    out = tmp_path / "roadmap.pdf"
    code, stdout, err = run(
        capsys, "report", COMPANY, "--out", str(out), "--lang", "ko", "--quarter", "2026-Q2"
    )
    assert (code, err) == (0, "")
    assert str(out) in stdout and "2026-Q2" in stdout
    text = pdf_text(out)
    assert COMPANY in text
    assert "메타-해자 로드맵 · 2026-Q2" in text
    assert "2026-Q3" not in text  # a later quarter never leaks into an earlier report


def test_defaults_are_the_latest_quarter_and_the_global_language(
    capsys, store_with_example, tmp_path
) -> None:
    latest = load_example_profile().assessments[-1].quarter
    english, korean = tmp_path / "en.pdf", tmp_path / "ko.pdf"
    assert run(capsys, "report", COMPANY, "--out", str(english))[0] == 0
    assert run(capsys, "--lang", "ko", "report", COMPANY, "--out", str(korean))[0] == 0
    assert f"Meta-moat roadmap · {latest}" in pdf_text(english)
    assert f"메타-해자 로드맵 · {latest}" in pdf_text(korean)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "Nobody Inc", "--quarter", "2026-Q3"], "Nobody Inc"),
        (
            [
                "report",
                COMPANY,
                "--quarter",
                "2031-Q1",
            ],
            "no assessment for 2031-Q1 (it has: 2026-Q1, 2026-Q2, 2026-Q3)",
        ),
        (["report", COMPANY, "--quarter", "Q3-2026"], "write it like 2026-Q4"),
    ],
)
def test_unknown_profile_or_quarter_fails_cleanly(
    capsys, store_with_example, tmp_path, argv, message
) -> None:
    out = tmp_path / "never.pdf"
    code, _, err = run(capsys, *argv, "--out", str(out))
    assert code == 1
    assert err.startswith("moatdesk: ") and message in err
    assert "Traceback" not in err
    assert not out.exists()


def test_unwritable_target_fails_cleanly_and_keeps_the_old_file(
    capsys, store_with_example, tmp_path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    old = folder / "roadmap.pdf"
    old.write_bytes(b"the previous export")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        code, _, err = run(capsys, "report", COMPANY, "--out", str(old))
    finally:
        folder.chmod(0o700)
    assert code == 1 and "no permission to write" in err
    assert old.read_bytes() == b"the previous export"


def test_report_runs_headless_without_qt(store_with_example, tmp_path) -> None:
    out = tmp_path / "headless.pdf"
    probe = (
        "import sys; from moatdesk.cli.main import main; "
        f"code = main(['report', {COMPANY!r}, '--out', {str(out)!r}]); "
        "print('qt loaded' if 'PySide6' in sys.modules else 'no qt'); sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("no qt")
    assert out.read_bytes().startswith(b"%PDF")


def test_target_that_is_a_folder_fails_cleanly(capsys, store_with_example, tmp_path) -> None:
    folder = tmp_path / "roadmap.pdf"
    (folder / "inside").mkdir(parents=True)
    code, _, err = run(capsys, "report", COMPANY, "--out", str(folder))
    assert code == 1 and "could not write" in err and str(folder) in err
    assert "Traceback" not in err
    assert (folder / "inside").is_dir()
    assert [p.name for p in folder.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_characters_no_font_draws_are_warned_about_and_the_pdf_is_still_written(
    capsys, store_with_example, tmp_path
) -> None:
    with ProfileStore.open(store_with_example) as store:
        profile = store.get_profile(COMPANY)
        store.rename_profile(profile.id, "Thumbs 👍 Clinical")
    out = tmp_path / "thumbs.pdf"
    code, stdout, err = run(capsys, "report", "Thumbs 👍 Clinical", "--out", str(out))
    assert code == 0 and str(out) in stdout
    assert "warning" in err and "'👍'" in err and "company name" in err
    assert "Thumbs \ufffd Clinical" in pdf_text(out)


def test_brief_investor_report_is_short_and_says_what_it_withheld(
    capsys, store_with_example, tmp_path
) -> None:
    out = tmp_path / "brief.pdf"
    code, stdout, err = run(capsys, "report", COMPANY, "--out", str(out), "--brief", "--investor")
    assert (code, err) == (0, "")
    assert "brief, investor view" in stdout and "Withheld from this view:" in stdout
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) <= 2
    assert "Investor view" in reader.pages[0].extract_text()
