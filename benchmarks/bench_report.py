"""PDF export speed: the full roadmap of a profile with 8 quarters of history, against a
floor built in the same run — a plain reportlab document with the same font and the same
amount of text (the text extracted from the roadmap, one Paragraph per line).

    .venv/bin/python benchmarks/bench_report.py [--runs N]

Targets (issue 5): at most 2x the floor, and under 0.5 s in-process.  Font loading is
cached per process, so both are measured warm, after one untimed export.
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

QUARTERS = [f"{2025 + i // 4}-Q{i % 4 + 1}" for i in range(8)]  # 2025-Q1 .. 2026-Q4


def eight_quarter_profile() -> Profile:
    """The bundled example company, its quarters replayed to make eight final ones."""
    example = load_example_profile()
    assessments = [
        example.assessments[step % len(example.assessments)].model_copy(
            update={"quarter": quarter, "status": AssessmentStatus.FINAL}
        )
        for step, quarter in enumerate(QUARTERS)
    ]
    return example.model_copy(update={"assessments": assessments})


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from pypdf import PdfReader

    profile = eight_quarter_profile()
    requests = {lang: ReportRequest(profile, QUARTERS[-1], lang) for lang in ("en", "ko")}
    for lang, request in requests.items():
        start = time.perf_counter()
        pdf, result = build_pdf_bytes(request)  # warm-up: fonts, content, imports
        print(f"{lang}: first export in this process {(time.perf_counter() - start) * 1000:.0f} ms")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        lines = [line for line in text.splitlines() if line.strip()]
        floor_pdf(lines)
        export_s, floor_s, ratio = interleaved(
            lambda r=request: build_pdf_bytes(r), lambda ls=lines: floor_pdf(ls), args.runs
        )
        print(
            f"{lang}: roadmap {result.pages} pages, {len(text):,} characters: "
            f"export {export_s * 1000:.0f} ms, floor {floor_s * 1000:.0f} ms, "
            f"ratio {export_s / floor_s:.2f}x (medians of {args.runs} alternating runs; "
            f"median of per-run ratios {ratio:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
