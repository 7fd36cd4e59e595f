"""`moatdesk what-if PROFILE --scenario ID [--quarter Q] [--format text|json]` and --list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moatdesk.cli import main as cli_main
from moatdesk.domain.example import example_exchange_json, load_example_profile
from moatdesk.domain.leverage import leverage_search
from moatdesk.domain.scenarios import load_scenarios
from moatdesk.domain.whatif import evaluate_scenario
from moatdesk.storage.connection import DB_FILENAME
from moatdesk.storage.store import ProfileStore

COMPANY = load_example_profile().basics.name


@pytest.fixture(autouse=True)
def only_our_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("moatdesk.cli.whatif_command",))


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


def test_list_names_every_preset_in_both_languages(capsys) -> None:
    code, out, err = run(capsys, "what-if", "--list")
    assert (code, err) == (0, "")
    for scenario in load_scenarios().scenarios:
        assert scenario.id in out and scenario.title.en in out
    code, out, _ = run(capsys, "--lang", "ko", "what-if", "--list")
    assert "기반 모델이 100배 좋아집니다" in out
    code, out, _ = run(capsys, "what-if", "--list", "--format", "json")
    assert [s["id"] for s in json.loads(out)] == [s.id for s in load_scenarios().scenarios]


def test_json_is_the_domains_effect_and_nothing_is_written(capsys, store_with_example) -> None:
    db = store_with_example / DB_FILENAME
    before = db.read_bytes()
    code, out, err = run(
        capsys, "what-if", COMPANY, "--scenario", "frontier_lab_ships_core", "--format", "json"
    )
    assert (code, err) == (0, "")
    assert db.read_bytes() == before
    data = json.loads(out)
    profile = load_example_profile()
    review = profile.assessments[-1]
    effect = evaluate_scenario(
        review.basics, review, load_scenarios().get("frontier_lab_ships_core")
    )
    assert data["quarter"] == review.quarter == effect.quarter
    assert data["earliest_stop"]["quarters_moved"] == effect.earliest_moved
    assert [m["quarters_moved"] for m in data["moats"]] == [m.quarters_moved for m in effect.moats]
    assert [c["question"] for c in data["changes"]] == [c.question for c in effect.changes]
    assert data["do_first_added"] == list(effect.do_first_added)
    top = leverage_search(review.basics, review).top()
    assert [(o["question"], o["after"]) for o in data["leverage"]["top"]] == [
        (o.question, o.after) for o in top
    ]


def test_text_for_an_earlier_quarter_in_korean(capsys, store_with_example) -> None:
    first = load_example_profile().assessments[0].quarter
    code, out, err = run(
        capsys,
        "--lang",
        "ko",
        "what-if",
        COMPANY,
        "--scenario",
        "capital_tightens",
        "--quarter",
        first,
    )
    assert (code, err) == (0, "")
    assert f"{first} review" in out and "자본 조달이 어려워집니다" in out
    assert "런웨이가 절반으로" in out  # the reasons, in the chosen language


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["what-if"], "give a profile and --scenario ID"),
        (["what-if", COMPANY], "give a profile and --scenario ID"),
        (["what-if", COMPANY, "--scenario", "nope"], "no scenario “nope”"),
        (["what-if", "Nobody Inc", "--scenario", "capital_tightens"], "Nobody Inc"),
        (["what-if", COMPANY, "--scenario", "capital_tightens", "--quarter", "2019-Q1"], "2019-Q1"),
    ],
)
def test_errors_are_one_line_on_stderr(capsys, store_with_example, argv, message) -> None:
    code, out, err = run(capsys, *argv)
    assert code == cli_main.EXIT_ERROR and out == ""
    assert err.startswith("moatdesk: ") and message in err and "Traceback" not in err


def test_errors_in_korean(capsys, store_with_example) -> None:
    code, _, err = run(capsys, "--lang", "ko", "what-if", COMPANY, "--scenario", "nope")
    assert code == cli_main.EXIT_ERROR and "시나리오가 없습니다" in err


def test_report_with_a_preset_and_a_saved_scenario(
    capsys, store_with_example, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from moatdesk.domain.scenarios import SavedScenario, WhatIfSpec

    profile = load_example_profile()
    quarter = profile.assessments[-1].quarter
    with ProfileStore.open(store_with_example) as store:
        spec = WhatIfSpec(basics={"runway_months": 4})
        store.save_scenario(profile.id, SavedScenario(name="Runway 4", quarter=quarter, spec=spec))
    commands = ("moatdesk.cli.report_command", "moatdesk.cli.whatif_command")
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", commands)
    out = tmp_path / "r.pdf"
    code, _, err = run(
        capsys,
        "report",
        COMPANY,
        "--out",
        str(out),
        "--scenario",
        "capital_tightens",
        "--scenario",
        "Runway 4",
    )
    assert (code, err) == (0, "")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "What if: scenarios" in text and "Runway 4" in text and "Capital tightens" in text
    code, _, err = run(capsys, "report", COMPANY, "--out", str(out), "--scenario", "nope")
    assert code == cli_main.EXIT_ERROR and "no scenario “nope”" in err
