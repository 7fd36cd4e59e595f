"""Calibration report: how the engine behaves over many seeded random answer sets.

    .venv/bin/python benchmarks/calibration.py [--sets 2000] [--seed 12] [--write-docs]

Every scored question gets a uniformly random valid answer (a number answer is drawn
between its zero- and full-level values, where its level changes), and the company
basics are random too.  For each moat it prints the median stop month, the share of
sets where the moat is already below the line at month 0, the share holding past month
60 and how many distinct stop months occur; then the roadmap's action counts.  The
targets (issue 12) are checked at the end; ``--write-docs`` replaces the figures in
docs/scoring-model.md ("Calibration").  tests/domain/test_calibration.py holds the
docs to a fresh run.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from moatdesk.domain.content import load_bank
from moatdesk.domain.models import Answer, AnswerValue, Assessment, CompanyBasics
from moatdesk.domain.questions import Question, QuestionBank, QuestionKind
from moatdesk.domain.results import Roadmap
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.taxonomy import Bucket, Moat, Sector, StackPosition, Stage

DOCS = Path(__file__).resolve().parents[1] / "docs" / "scoring-model.md"
SETS = 2000
SEED = 12
PAST = 61  # stands for "holds past month 60" in the stop-month statistics
QUARTER = "2026-Q4"
WHEN = datetime(2026, 10, 1, tzinfo=UTC)

# The targets.
MAX_SHARE_PAST_60 = 0.40
MAX_SHARE_AT_0 = 0.40
MIN_DISTINCT_STOP_MONTHS = 5
MAX_MEDIAN_ACTIONS = 10


def random_value(question: Question, rng: random.Random) -> AnswerValue:
    if question.kind is QuestionKind.SCALE:
        return rng.randint(0, 4)
    if question.kind is QuestionKind.YES_NO:
        return rng.random() < 0.5
    if question.kind is QuestionKind.CHOICE:
        return rng.choice(question.options).value
    assert question.number is not None
    rng_ = question.number
    low = max(rng_.minimum, min(rng_.zero_level_at, rng_.full_level_at))
    high = min(rng_.maximum, max(rng_.zero_level_at, rng_.full_level_at))
    return round(rng.uniform(low, high))


def random_basics(rng: random.Random) -> CompanyBasics:
    return CompanyBasics(
        name="Calibration Co",
        sector=rng.choice(list(Sector)),
        stage=rng.choice(list(Stage)),
        stack_position=rng.choice(list(StackPosition)),
        team_size=round(2 ** rng.uniform(0, 8)),  # 1 .. 256, log-uniform
        runway_months=rng.randint(0, 36),
    )


def random_assessment(bank: QuestionBank, rng: random.Random) -> Assessment:
    basics = random_basics(rng)
    answers = {
        q.id: Answer(value=random_value(q, rng))
        for q in bank.questions
        if q.kind is not QuestionKind.TEXT
    }
    return Assessment(
        quarter=QUARTER,
        basics=basics,
        bank_version=bank.version,
        answers=answers,
        created_at=WHEN,
        updated_at=WHEN,
    )


@dataclass
class MoatFigures:
    stops: list[int] = field(default_factory=list)  # PAST for "holds past 60"

    @property
    def median_stop(self) -> float:
        return statistics.median(self.stops)

    @property
    def share_at_0(self) -> float:
        return sum(m == 0 for m in self.stops) / len(self.stops)

    @property
    def share_past_60(self) -> float:
        return sum(m == PAST for m in self.stops) / len(self.stops)

    @property
    def distinct(self) -> int:
        return len({m for m in self.stops if m != PAST})


@dataclass
class Calibration:
    sets: int
    seed: int
    moats: dict[Moat, MoatFigures]
    actions: list[int]
    do_first: list[int]
    next_quarter: list[int]
    flags: list[int]
    deferred: list[int]

    def failures(self) -> list[str]:
        problems = []
        for moat, f in self.moats.items():
            if f.share_past_60 > MAX_SHARE_PAST_60:
                problems.append(f"{moat.value}: {f.share_past_60:.0%} hold past month 60")
            if f.share_at_0 > MAX_SHARE_AT_0:
                problems.append(f"{moat.value}: {f.share_at_0:.0%} at month 0")
            if f.distinct < MIN_DISTINCT_STOP_MONTHS:
                problems.append(f"{moat.value}: only {f.distinct} distinct stop months")
        if statistics.median(self.actions) > MAX_MEDIAN_ACTIONS:
            problems.append(f"median roadmap lists {statistics.median(self.actions)} actions")
        if max(self.do_first) > 3:
            problems.append("more than three do-first actions")
        return problems


def record(roadmap: Roadmap, calibration: Calibration) -> None:
    for outlook in roadmap.outlooks:
        month = outlook.holds_until_month
        calibration.moats[outlook.moat].stops.append(PAST if month is None else month)
    calibration.actions.append(len(roadmap.actions))
    calibration.do_first.append(sum(a.do_first for a in roadmap.actions))
    calibration.next_quarter.append(sum(a.bucket is Bucket.NEXT_QUARTER for a in roadmap.actions))
    calibration.flags.append(len(roadmap.flags))
    calibration.deferred.append(sum(a.deferred_by is not None for a in roadmap.actions))


def calibrate(sets: int = SETS, seed: int = SEED) -> Calibration:
    bank = load_bank()
    rng = random.Random(seed)
    calibration = Calibration(sets, seed, {m: MoatFigures() for m in Moat}, [], [], [], [], [])
    for _ in range(sets):
        assessment = random_assessment(bank, rng)
        record(build_roadmap(assessment.basics, assessment, bank), calibration)
    return calibration


def _spread(values: list[int]) -> str:
    ordered = sorted(values)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(values):g}, 90th percentile {p90}, max {max(values)}"


def render(c: Calibration) -> str:
    lines = [
        f"{c.sets:,} random answer sets, seed {c.seed} "
        "(benchmarks/calibration.py; a stop month of 61 = holds past month 60)",
        "",
        "| moat | median stop month | at month 0 | past month 60 | distinct stop months |",
        "|---|---|---|---|---|",
    ]
    for moat, f in c.moats.items():
        median = "past 60" if f.median_stop >= PAST else f"{f.median_stop:g}"
        lines.append(
            f"| {moat.value} | {median} | {f.share_at_0:.0%} | {f.share_past_60:.0%} "
            f"| {f.distinct} |"
        )
    lines += [
        "",
        f"- actions per roadmap: {_spread(c.actions)}",
        f"- of them in next quarter: {_spread(c.next_quarter)}",
        f"- do first: {_spread(c.do_first)}",
        f"- waiting for early PMF (section 7): {_spread(c.deferred)}",
        f"- flags raised: {_spread(c.flags)}",
        "",
        f"Distribution of action counts: {dict(sorted(Counter(c.actions).items()))}",
    ]
    return "\n".join(lines)


BEGIN = "<!-- calibration:begin -->"
END = "<!-- calibration:end -->"


def write_docs(text: str, path: Path = DOCS) -> None:
    doc = path.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(doc):
        raise SystemExit(f"{path} has no {BEGIN} ... {END} block")
    path.write_text(pattern.sub(lambda _: block, doc), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=SETS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args(argv)
    calibration = calibrate(args.sets, args.seed)
    text = render(calibration)
    print(text)
    problems = calibration.failures()
    print("\ntargets:", "all met" if not problems else "MISSED")
    for problem in problems:
        print(f"  - {problem}")
    if args.write_docs:
        write_docs(text)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
