"""What-if speed: scenario evaluation and the leverage search, against one roadmap build.

    .venv/bin/python benchmarks/bench_whatif.py [--write-docs]

The review is the bundled example's latest quarter (45 answers).  The floor is one
``build_roadmap`` of that review, timed in the same run, alternately with the work, so
the ratios mean something on any machine.  The panel figures drive the real what-if
panel offscreen: from the moment a change is made to the moment the side-by-side table
shows it (the budget is 50 ms), and one turn of the event loop while the leverage search
runs.  With --write-docs the figures replace the "What-if" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from moatdesk.domain.content import load_bank
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.leverage import leverage_search
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.scenarios import load_scenarios
from moatdesk.domain.whatif import evaluate_scenario

DOCS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
BUDGET_MS = 50.0


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _alternating(
    work: Callable[[], object], floor: Callable[[], object], rounds: int
) -> tuple[list[float], list[float]]:
    """Work and floor timed in turns, so a busy moment of the machine hits both."""
    work_ms, floor_ms = [], []
    for _ in range(rounds):
        work_ms.append(_ms(work))
        floor_ms.append(_ms(floor))
    return work_ms, floor_ms


def _panel_figures(review, rounds: int) -> dict[str, list[float]]:
    """Each kind of interaction on the real panel, timed until the table shows it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from moatdesk.ui.app import create_application
    from moatdesk.ui.whatif_panel import WhatIfPanel

    create_application()
    profile = load_example_profile()
    panel = WhatIfPanel(profile, review)
    panel.resize(1180, 760)
    panel.show()
    presets = [s.id for s in load_scenarios().scenarios]
    question = "speed.shipping_culture"
    figures: dict[str, list[float]] = {
        "choose a preset": [],
        "change an answer": [],
        "change a basic": [],
        "reset": [],
        "one leverage-search turn": [],
    }
    for i in range(rounds):
        figures["choose a preset"].append(
            _ms(lambda i=i: panel.choose_preset(presets[i % len(presets)]))
        )
        figures["change an answer"].append(_ms(lambda i=i: panel.set_answer(question, i % 5)))
        figures["change a basic"].append(
            _ms(lambda i=i: panel.set_basic("runway_months", 6 + i % 30))
        )
        figures["reset"].append(_ms(panel.reset_all))
    search = panel._search  # the panel's own search, one turn at a time
    while not search.done:
        figures["one leverage-search turn"].append(_ms(panel._search_some))
    return figures


def _row(name: str, times: list[float], floor: float) -> str:
    median = statistics.median(times)
    return f"| {name} | {median:.2f} ms | {max(times):.2f} ms | {median / floor:.1f}x |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    profile = load_example_profile()
    review = profile.assessments[-1]
    basics = review.basics
    bank = load_bank()
    answered = len(review.answers)
    build = lambda: build_roadmap(basics, review, bank)  # noqa: E731
    build()  # content loaded once, outside the timings

    rows = []
    floors: list[float] = []
    for scenario in load_scenarios().scenarios:
        work, floor = _alternating(
            lambda s=scenario: evaluate_scenario(basics, review, s, bank),
            build,
            args.rounds,
        )
        floors += floor
        rows.append((f"scenario `{scenario.id}`", work))
    leverage = leverage_search(basics, review, bank)
    work, floor = _alternating(lambda: leverage_search(basics, review, bank), build, 5)
    floors += floor
    floor_ms = statistics.median(floors)
    panel = _panel_figures(review, args.rounds)
    worst = max(max(times) for name, times in panel.items())
    ok = worst < BUDGET_MS

    lines = [
        f"Review: the example's {review.quarter} ({answered} answers); Python "
        f"{platform.python_version()}, {platform.machine()}. Floor: one `build_roadmap` of it, "
        f"timed alternately with the work: median {floor_ms:.2f} ms. Load average while it ran: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (the ratios carry; the absolute"
        " figures grow with the load).",
        "",
        "| work | median | max | ratio to one build |",
        "|---|---|---|---|",
        *(_row(name, times, floor_ms) for name, times in rows),
        _row(f"leverage search ({leverage.evaluated} one-step changes)", work, floor_ms),
        "",
        f"The what-if panel, offscreen, {args.rounds} rounds (until the table shows the change;"
        f" budget {BUDGET_MS:.0f} ms):",
        "",
        "| interaction | median | max | ratio to one build |",
        "|---|---|---|---|",
        *(_row(name, times, floor_ms) for name, times in panel.items()),
        "",
        f"Slowest interaction {worst:.1f} ms: {'within' if ok else 'OVER'} the {BUDGET_MS:.0f} ms"
        " budget. A scenario costs one build at most: the review's own roadmap is the one the"
        " results or the detail pane cached, and a what-if that changes nothing (the panel's"
        " start, Reset) reuses it; the search costs one build per one-step change and runs"
        " one build per turn of the event loop, so the panel answers while it runs.",
        "",
        "Command: `.venv/bin/python benchmarks/bench_whatif.py --write-docs`",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write_docs:
        text = DOCS.read_text(encoding="utf-8")
        section = f"## What-if\n\n{report}\n"
        if "## What-if\n" in text:
            text = re.sub(r"## What-if\n.*?(?=\n## |\Z)", section, text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + section
        DOCS.write_text(text, encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
