"""`moatdesk show`, `moatdesk compare` and multi-file `import`, through the entry point;
the JSON output held against docs/cli-json.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factories import summaries
from moatdesk.cli import main as cli_main
from moatdesk.domain.example import example_exchange_json, load_example_profile
from moatdesk.domain.history import since_previous
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.storage.store import ProfileStore

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli-json.md"
WRAPPER = "promptly-notes.json"


@pytest.fixture(autouse=True)
def only_our_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        cli_main,
        "COMMAND_MODULES",
        ("moatdesk.cli.roadmap_commands", "moatdesk.cli.profile_commands"),
    )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_example(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_text(example_exchange_json(name), encoding="utf-8")
    return path


@pytest.fixture
def stocked(data_dir: Path, tmp_path: Path) -> Path:
    with ProfileStore.open(data_dir) as store:
        for name in ("meridian-clinical-ai.json", WRAPPER):
            store.import_json(write_example(tmp_path, name))
    return data_dir


def show(capsys, *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "show", *argv, "--format", "json")
    assert (code, err) == (0, "")
    return json.loads(out)


# ------------------------------------------------------------------- show
def test_show_json_is_the_domains_roadmap(capsys, stocked) -> None:
    profile = load_example_profile(WRAPPER)
    latest = profile.assessments[-1]
    roadmap = build_roadmap(latest.basics, latest)
    comparison = since_previous(profile, latest.quarter)
    assert comparison is not None
    data = show(capsys, "Promptly Notes")
    assert data["quarter"] == latest.quarter == roadmap.quarter
    assert data["previous_quarter"] == comparison.from_quarter
    assert data["summary"]["holding"] == roadmap.summary.holding
    for moat, outlook, shift in zip(
        data["moats"], roadmap.outlooks, comparison.stop_shifts, strict=True
    ):
        assert moat["moat"] == outlook.moat.value
        assert (moat["status"], moat["stop_quarter"]) == (outlook.status, outlook.stop_quarter)
        assert moat["since_previous"]["quarters_moved"] == shift.quarters_moved
    assert [a["id"] for a in data["actions"]] == [a.id for a in roadmap.actions]
    assert [a["do_first"] for a in data["actions"]] == [a.do_first for a in roadmap.actions]
    written = {
        qid: latest.answers[qid].value
        for qid in ("speed.better_model_plan", "spinout.differentiated_hypothesis")
    }
    quoted = {q["question"]: q["text"] for a in data["actions"] for q in a["quotes"]}
    assert quoted == written  # verbatim (markup characters included), each once
    assert sum(len(a["quotes"]) for a in data["actions"]) == len(written)


def test_show_an_earlier_quarter_has_no_previous_review(capsys, stocked) -> None:
    first = load_example_profile(WRAPPER).assessments[0].quarter
    data = show(capsys, "Promptly Notes", "--quarter", first)
    assert data["quarter"] == first and data["previous_quarter"] is None
    assert all(m["since_previous"] is None for m in data["moats"])


def test_show_text_gives_stop_quarters_shifts_and_do_first(capsys, stocked) -> None:
    code, out, err = run(capsys, "show", "Meridian Clinical AI")
    assert (code, err) == (0, "")
    profile = load_example_profile("meridian-clinical-ai.json")
    latest = profile.assessments[-1]
    roadmap = build_roadmap(latest.basics, latest)
    assert f"{roadmap.summary.holding} of 9 moats hold now" in out
    for outlook in roadmap.outlooks:
        if outlook.status == "stops":
            assert f"{outlook.stop_quarter} (month {outlook.holds_until_month})" in out
        elif outlook.status == "holds_past":
            assert f"holds past {outlook.horizon_end}" in out
    comparison = since_previous(profile, latest.quarter)
    assert comparison is not None
    for shift in comparison.stop_shifts:
        if shift.quarters_moved and shift.quarters_moved > 1:
            moved = f"{shift.quarters_moved} quarters later than projected in 2026-Q2"
            assert moved in out
    assert out.index("Do first (next quarter):") < out.index("This year:")
    assert out.count("  1. ") == 1 and "  4. " not in out


def test_show_text_in_korean_names_moats_in_korean(capsys, stocked) -> None:
    code, out, _ = run(capsys, "--lang", "ko", "show", "Promptly Notes")
    assert code == 0 and "시장 선점" in out and "First to market" not in out


def test_show_and_compare_in_korean_have_no_english_words(capsys, stocked) -> None:
    """Headings, statuses, shifts and reasons follow --lang; raw flag ids never show."""
    profile = load_example_profile(WRAPPER)
    first, last = profile.assessments[0].quarter, profile.assessments[-1].quarter
    roadmap = build_roadmap(profile.assessments[-1].basics, profile.assessments[-1])
    for args in (
        ("show", "Promptly Notes"),
        ("compare", "Promptly Notes", "--from", first, "--to", last),
    ):
        code, out, _ = run(capsys, "--lang", "ko", *args)
        assert code == 0
        founder_text = {q for a in roadmap.actions for q in a.quotes}
        shown = "\n".join(
            line for line in out.splitlines() if line.strip("“” ") not in founder_text
        )
        shown = shown.replace("Promptly Notes", "").replace("PMF", "").replace("GTM", "")
        shown = shown.replace("MoatDesk", "")
        assert re.findall(r"[A-Za-z]{3,}", shown) == [], args
    _, out, _ = run(capsys, "show", "Promptly Notes")
    for flag in roadmap.flags:
        assert f"because: {flag.id}" not in out


def test_an_unanswered_review_is_not_assessed_and_asks_for_answers(capsys, data_dir: Path) -> None:
    from factories import basics

    with ProfileStore.open(data_dir) as store:
        profile = store.create_profile(basics(name="Blank Co"))
        store.save_draft(profile.id, "2026-Q4", {})
    data = show(capsys, "Blank Co")
    assert data["summary"] == {"moats": 9, "holding": 0, "not_holding": 0, "not_assessed": 9}
    assert all(m["score"] is None and m["status"] == "not_assessed" for m in data["moats"])
    assert [a["id"] for a in data["actions"]] == ["answer_open_questions"]
    _, out, _ = run(capsys, "show", "Blank Co")
    assert "0 of 9 moats hold now, 9 not assessed" in out and "Unanswered (" in out


# ------------------------------------------------------------------- compare
def test_compare_json_is_the_domains_comparison(capsys, stocked) -> None:
    profile = load_example_profile("meridian-clinical-ai.json")
    first, last = profile.assessments[0], profile.assessments[-1]
    code, out, err = run(
        capsys,
        "compare",
        "Meridian Clinical AI",
        "--from",
        first.quarter,
        "--to",
        last.quarter,
        "--format",
        "json",
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["from_quarter"], data["to_quarter"]) == (first.quarter, last.quarter)
    assert any(m["direction"] == "later" for m in data["moats"])
    assert data["answer_changes"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "2026-Q3", "--to", "2026-Q2"), "must be an earlier quarter than"),
        (("--from", "2026-Q3", "--to", "2026-Q3"), "must be an earlier quarter than"),
        (("--from", "2019-Q1", "--to", "2026-Q3"), "2019-Q1"),
    ],
)
def test_compare_errors_are_one_line_on_stderr(capsys, stocked, argv, message) -> None:
    code, out, err = run(capsys, "compare", "Meridian Clinical AI", *argv)
    assert (code, out) == (1, "")
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_compare_error_in_korean(capsys, stocked) -> None:
    argv = ("--lang", "ko", "compare", "Meridian Clinical AI", "--from", "2026-Q3", "--to")
    code, _, err = run(capsys, *argv, "2026-Q1")
    assert code == 1 and "분기보다 앞서야 합니다" in err


# ------------------------------------------------------------------- import
def test_import_takes_several_files_and_skips_a_bad_one(
    capsys, data_dir: Path, tmp_path: Path
) -> None:
    good = [write_example(tmp_path, n) for n in (WRAPPER, "lidar-again.json")]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "import", str(good[0]), str(bad), str(good[1]))
    assert code == 1
    assert "Imported 'Promptly Notes'" in out and "Imported 'Lidar Again'" in out
    assert str(bad) in err and "1 of 3 file(s) could not be imported" in err
    with ProfileStore.open(data_dir) as store:
        assert {s.name for s in summaries(store)} == {"Promptly Notes", "Lidar Again"}
    code, _, err = run(capsys, "--lang", "ko", "import", str(bad))
    assert code == 1 and "파일 1개 중 1개를 가져오지 못했습니다" in err


# ------------------------------------------------------------------- the docs
def documented_fields() -> dict[tuple[str, str], set[str]]:
    """(command, object heading) -> the field names listed in its table."""
    fields: dict[tuple[str, str], set[str]] = {}
    command = heading = ""
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            command, heading = line[3:].strip(), ""
        elif line.startswith("### "):
            heading = line[4:].strip()
        elif heading and (match := re.match(r"\| `([a-z_]+)` \|", line)):
            fields.setdefault((command, heading), set()).add(match.group(1))
    return fields


def test_the_json_has_exactly_the_documented_fields(capsys, stocked) -> None:
    docs = documented_fields()
    data = show(capsys, "Meridian Clinical AI")
    actions_with_quotes = [a for a in data["actions"] if a["quotes"]]
    assert actions_with_quotes and data["flags"]
    objects = {
        ("show", "top level"): [data],
        ("show", "summary"): [data["summary"]],
        ("show", "moats[]"): data["moats"],
        ("show", "moats[].since_previous"): [m["since_previous"] for m in data["moats"]],
        ("show", "flags[]"): data["flags"],
        ("show", "actions[]"): data["actions"],
        ("show", "actions[].quotes[]"): actions_with_quotes[0]["quotes"],
    }
    _, out, _ = run(
        capsys, "compare", "Promptly Notes", "--from", "2026-Q2", "--to", "2026-Q3",
        "--format", "json",
    )  # fmt: skip
    compared = json.loads(out)
    objects |= {
        ("compare", "top level"): [compared],
        ("compare", "compare moats[]"): compared["moats"],
        ("compare", "answer_changes[]"): compared["answer_changes"],
    }
    basics = {"basic", "before", "after"}  # no example changes its basics between reviews
    assert docs[("compare", "basics_changes[]")] == basics
    assert set(objects) | {("compare", "basics_changes[]")} == set(docs)
    for key, items in objects.items():
        assert items, key
        for item in items:
            assert set(item) == docs[key], key
