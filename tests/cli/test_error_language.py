"""`moatdesk --lang ko COMMAND` explains a failure in Korean; without --lang, in English."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from moatdesk.cli import main as cli_main

HANGUL = re.compile(r"[\uac00-\ud7a3]")
MISSING = "Nobody {x} %1"  # a typed name comes back verbatim in either language


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_missing_profile_is_reported_in_korean_with_lang_ko(capsys, tmp_path: Path):
    out = tmp_path / "x.pdf"
    code, stdout, err = run(capsys, "--lang", "ko", "report", MISSING, "--out", str(out))
    assert (code, stdout) == (1, "")
    assert err == f"moatdesk: 이름이나 ID가 “{MISSING}”인 프로필이 없습니다.\n"
    assert not out.exists()


def test_without_lang_the_cause_stays_english_for_scripts(capsys, tmp_path: Path):
    code, _out, err = run(capsys, "report", MISSING, "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert err == f"moatdesk: there is no profile with the name or id “{MISSING}”\n"
    assert not HANGUL.search(err)


def test_qt_is_loaded_only_to_translate_an_error(tmp_path: Path):
    """Commands stay Qt-free (fast, headless); --lang ko loads QtCore on the error path."""
    code = (
        "import sys; from moatdesk.cli.main import main; "
        "rc = main(sys.argv[1:]); print(rc, 'PySide6.QtCore' in sys.modules)"
    )
    data = ["--data-dir", str(tmp_path / "data")]

    def qt_loaded(*argv: str) -> tuple[str, str]:
        done = subprocess.run(
            [sys.executable, "-c", code, *data, *argv], capture_output=True, text=True, check=True
        )
        return done.stdout.strip().splitlines()[-1], done.stderr

    assert qt_loaded("list") == ("0 False", "")
    assert qt_loaded("report", "Nobody", "--out", "x.pdf")[0] == "1 False"
    rc_and_qt, err = qt_loaded("--lang", "ko", "report", "Nobody", "--out", "x.pdf")
    assert rc_and_qt == "1 True" and HANGUL.search(err)
