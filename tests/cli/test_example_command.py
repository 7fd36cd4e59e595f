"""`moatdesk example --out FILE.json` writes the bundled example, ready to import."""

from __future__ import annotations

from pathlib import Path

import pytest

from moatdesk.cli.main import main
from moatdesk.domain.models import ProfileExchange


def test_example_writes_a_valid_exchange_file(tmp_path: Path, capsys) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "example.json"
    assert main(["example", "--out", str(target)]) == 0
    exchange = ProfileExchange.model_validate_json(target.read_text(encoding="utf-8"))
    assert exchange.schema_version == 2
    assert exchange.profile.basics.name == "Meridian Clinical AI"
    assert len(exchange.profile.assessments) >= 2
    assert "Meridian Clinical AI" in capsys.readouterr().out
    assert [p.name for p in out_dir.iterdir()] == ["example.json"]  # no temp file left


def test_example_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "example.json"
    target.write_text("old content", encoding="utf-8")
    assert main(["example", "--out", str(target)]) == 0
    ProfileExchange.model_validate_json(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("where", ["missing/example.json", "."])
def test_example_into_a_bad_place_fails_with_a_message(tmp_path: Path, capsys, where) -> None:
    target = tmp_path / where
    assert main(["example", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("moatdesk: could not write")
    assert "Traceback" not in err


def test_the_contrasting_examples_can_be_written_too(tmp_path: Path, capsys) -> None:
    target = tmp_path / "wrapper.json"
    assert main(["example", "--out", str(target), "--company", "promptly-notes"]) == 0
    exchange = ProfileExchange.model_validate_json(target.read_text(encoding="utf-8"))
    assert exchange.profile.basics.name == "Promptly Notes"

    assert main(["example", "--out", str(target), "--company", "nope"]) == 1
    err = capsys.readouterr().err
    assert "no bundled example “nope”" in err and "lidar-again" in err
    assert ProfileExchange.model_validate_json(target.read_text(encoding="utf-8"))  # untouched
