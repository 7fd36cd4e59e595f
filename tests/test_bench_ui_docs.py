"""`bench_ui.py --write-docs` replaces the figures of docs/benchmarks.md's "Main window"
section and keeps the hand-written text below its marker (what was cut, what was
measured and left): a re-run must not put back an older text or drop the notes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def bench_ui(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import bench_ui as module

    docs = tmp_path / "benchmarks.md"
    monkeypatch.setattr(module, "DOCS", docs)
    yield module
    sys.modules.pop("bench_ui", None)


def test_the_figures_are_replaced_and_the_notes_below_the_marker_kept(bench_ui) -> None:
    bench_ui.DOCS.write_text(
        "# Benchmarks\n\n## Store\n\nstore figures\n\n## Main window\n\nold table\n\n"
        f"{bench_ui.KEEP_MARKER}\n\nWhat was cut: the banner's sheet.\n\n"
        "Command: `old command`\n\n## Review wizard\n\nwizard figures\n",
        encoding="utf-8",
    )
    bench_ui.write_docs("| new | table |")
    bench_ui.write_docs("| newer | table |")  # a second run keeps the same notes once
    text = bench_ui.DOCS.read_text(encoding="utf-8")
    assert "old table" not in text and "| new |" not in text
    assert text.count("| newer | table |") == 1
    assert text.count("What was cut: the banner's sheet.") == 1
    assert text.count(bench_ui.KEEP_MARKER) == 1
    assert "old command" not in text and text.count("Command: `") == 1
    assert text.index("| newer |") < text.index("What was cut") < text.index("## Review")
    assert "store figures" in text and "wizard figures" in text


def test_a_docs_file_without_the_section_gets_it_at_the_end(bench_ui) -> None:
    bench_ui.DOCS.write_text("# Benchmarks\n\n## Store\n\nstore figures\n", encoding="utf-8")
    bench_ui.write_docs("| first | table |")
    text = bench_ui.DOCS.read_text(encoding="utf-8")
    assert text.index("store figures") < text.index("## Main window") < text.index("| first |")
