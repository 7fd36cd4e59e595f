"""PDF export speed: each document (full roadmap, brief, investor view) of a profile with
8 quarters of history, against a floor built in the same run — a plain reportlab document
with the same font and the same text (everything extracted from that document, one
Paragraph per line); and the full roadmap of a 50-quarter profile.

    .venv/bin/python benchmarks/bench_report.py [--runs N]

Targets (issue 16): each document at most 1.5x its floor and under 0.3 s for 8 quarters;
issue 15: 50 quarters under a second.  Font loading is cached per process, so everything
is measured warm, after one untimed export.  Whether reportlab's C accelerator
(rl_accel) is loaded is printed first.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable

from moatdesk.domain.example import load_example_profile
from moatdesk.domain.models import Profile
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes


def quarters(count: int, last_year: int = 2026) -> list[str]:
    """``count`` consecutive quarters ending with ``last_year``-Q4."""
    first = (last_year + 1) * 4 - count
    return [f"{i // 4}-Q{i % 4 + 1}" for i in range(first, first + count)]


QUARTERS = quarters(8)  # 2025-Q1 .. 2026-Q4


def replayed_profile(count: int) -> Profile:
    """The bundled example company, its quarters replayed to make ``count`` final ones."""
    example = load_example_profile()
    assessments = [
        example.assessments[step % len(example.assessments)].model_copy(
            update={"quarter": quarter, "status": AssessmentStatus.FINAL}
        )
        for step, quarter in enumerate(quarters(count))
    ]
    return example.model_copy(update={"assessments": assessments})


def eight_quarter_profile() -> Profile:
    return replayed_profile(8)


VARIANTS = {
    "full": {},
    "brief": {"brief": True},
    "investor": {"investor": True},
}


def floor_pdf(lines: list[str]) -> bytes:
    """The same text in the same font, as plain paragraphs: what any PDF export costs."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from moatdesk.report.fonts import register_fonts

    fonts = register_fonts()
    style = ParagraphStyle("floor", fontName=fonts.regular, fontSize=9.5, leading=14)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    doc.build([Paragraph(escape(line), style) for line in lines])
    return buffer.getvalue()


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(export: Callable[[], object], floor: Callable[[], object], runs: int):
    """Median export and floor times, run alternately so that load on the machine
    affects both alike; and the median of the per-pair ratios."""
    pairs = [(seconds(export), seconds(floor)) for _ in range(runs)]
    return (
        statistics.median(e for e, _ in pairs),
        statistics.median(f for _, f in pairs),
        statistics.median(e / f for e, f in pairs),
    )


def print_page_counts() -> int:
    """Pages of each bundled example's latest quarter: full, brief, investor; en and ko."""
    from moatdesk.domain.example import example_names

    print("| example | full en | full ko | brief en | brief ko | investor en | investor ko |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in example_names():
        profile = load_example_profile(name)
        quarter = profile.assessments[-1].quarter
        cells = []
        for options in VARIANTS.values():
            for lang in ("en", "ko"):
                _, result = build_pdf_bytes(ReportRequest(profile, quarter, lang, **options))
                cells.append(str(result.pages))
        print(f"| {profile.basics.name} ({quarter}) | " + " | ".join(cells) + " |")
    return 0


def rl_accel_loaded() -> bool:
    from reportlab.lib import rl_accel

    return not rl_accel._py_funcs  # every function came from the C extension


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--pages", action="store_true", help="only print the bundled examples' page counts"
    )
    args = parser.parse_args()
    if args.pages:
        return print_page_counts()

    from pypdf import PdfReader

    print(f"rl_accel (C accelerator) loaded: {rl_accel_loaded()}")
    profile = eight_quarter_profile()
    print(
        "| document | language | pages | export (median) | floor (median) | ratio | per-run ratio |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for lang in ("en", "ko"):
        for name, options in VARIANTS.items():
            request = ReportRequest(profile, QUARTERS[-1], lang, **options)
            pdf, result = build_pdf_bytes(request)  # warm-up: fonts, content, imports
            text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
            lines = [line for line in text.splitlines() if line.strip()]
            floor_pdf(lines)
            export_s, floor_s, ratio = interleaved(
                lambda r=request: build_pdf_bytes(r), lambda ls=lines: floor_pdf(ls), args.runs
            )
            print(
                f"| {name} | {lang} | {result.pages} | {export_s * 1000:.0f} ms | "
                f"{floor_s * 1000:.0f} ms | {export_s / floor_s:.2f}x | {ratio:.2f}x |"
            )
    long = replayed_profile(50)
    last = long.assessments[-1].quarter
    for lang in ("en", "ko"):
        request = ReportRequest(long, last, lang)
        build_pdf_bytes(request)
        times = sorted(seconds(lambda r=request: build_pdf_bytes(r)) for _ in range(5))
        pdf, result = build_pdf_bytes(request)
        print(
            f"50 quarters, full, {lang}: {result.pages} pages, median of 5 {times[2] * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
