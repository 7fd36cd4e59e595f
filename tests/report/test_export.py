"""export_roadmap_pdf with the real engine: the example profile, its history, the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from moatdesk.domain.example import load_example_profile
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.report.errors import UnknownQuarterError
from moatdesk.report.pdf import ReportRequest, export_roadmap_pdf


def test_example_roadmap_is_written_with_its_trend(tmp_path: Path, read_pdf) -> None:
    profile = load_example_profile()
    latest = profile.assessments[-1].quarter
    target = tmp_path / "roadmap.pdf"
    result = export_roadmap_pdf(ReportRequest(profile, latest, "en"), target)
    assert result.path == target and result.missing_glyphs == []
    view = read_pdf(target.read_bytes())
    assert result.pages == len(view.reader.pages) > 5
    trend = view.text.split("Trend across quarters")[-1]
    for earlier in profile.assessments:
        assert earlier.quarter in trend
    previous = profile.assessments[-2].quarter
    assert f"What changed since {previous}" in view.text


def test_drafts_before_the_quarter_stay_out_of_the_trend(tmp_path: Path, read_pdf) -> None:
    profile = load_example_profile()
    first, middle, last = (a.quarter for a in profile.assessments[-3:])
    drafted = profile.model_copy(
        update={
            "assessments": [
                a.model_copy(update={"status": AssessmentStatus.DRAFT})
                if a.quarter == middle
                else a
                for a in profile.assessments
            ]
        }
    )
    target = tmp_path / "roadmap.pdf"
    export_roadmap_pdf(ReportRequest(drafted, last, "en"), target)
    trend = read_pdf(target.read_bytes()).text.split("Trend across quarters")[-1]
    assert first in trend and middle not in trend
    assert f"What changed since {first}" in trend


def test_earliest_quarter_has_no_trend_yet(tmp_path: Path, read_pdf) -> None:
    profile = load_example_profile()
    target = tmp_path / "first.pdf"
    export_roadmap_pdf(ReportRequest(profile, profile.assessments[0].quarter, "ko"), target)
    view = read_pdf(target.read_bytes())
    assert "첫 점검입니다" in view.reader.pages[0].extract_text()
    assert "분기별 추이" not in view.text


def test_unknown_quarter_names_the_quarters_there_are(tmp_path: Path) -> None:
    profile = load_example_profile()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UnknownQuarterError, match=r"2030-Q2 \(it has: 2026-Q1"):
        export_roadmap_pdf(ReportRequest(profile, "2030-Q2", "en"), folder / "x.pdf")
    assert list(folder.iterdir()) == []


def test_export_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    profile = load_example_profile()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "roadmap.pdf"
    target.write_bytes(b"old")
    export_roadmap_pdf(ReportRequest(profile, profile.assessments[-1].quarter, "en"), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in folder.iterdir()] == ["roadmap.pdf"]  # no temp file left


def test_a_quarter_without_answers_still_exports_and_says_so(tmp_path: Path, read_pdf) -> None:
    profile = load_example_profile()
    empty = profile.assessments[-1].model_copy(
        update={"answers": {}, "status": AssessmentStatus.DRAFT, "quarter": "2026-Q4"}
    )
    profile = profile.model_copy(update={"assessments": [*profile.assessments, empty]})
    target = tmp_path / "empty.pdf"
    result = export_roadmap_pdf(ReportRequest(profile, "2026-Q4", "en"), target)
    assert result.pages > 1
    assert "No question is answered yet for 2026-Q4" in read_pdf(target.read_bytes()).text
