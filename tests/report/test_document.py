"""The PDF as a document: numbered pages, running header/footer, metadata, outline, fonts."""

from __future__ import annotations

import re

import pytest

from moatdesk.domain.taxonomy import Bucket, Moat
from moatdesk.report.pdf import render_pdf


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", r"Page (\d+) of (\d+)"), ("ko", r"(\d+)쪽 중 (\d+)쪽")],
)
def test_every_page_is_numbered_page_x_of_y(report_data_factory, read_pdf, lang, pattern) -> None:
    pdf, result = render_pdf(report_data_factory(lang=lang))
    view = read_pdf(pdf)
    assert result.pages == len(view.reader.pages) > 1
    for number, page in enumerate(view.reader.pages, start=1):
        found = re.search(pattern, page.extract_text())
        assert found, f"no page number on page {number}"
        page_no, total = (found[1], found[2]) if lang == "en" else (found[2], found[1])
        assert (int(page_no), int(total)) == (number, result.pages)


def test_header_and_footer_name_company_and_quarter(
    report_data_factory, profile_factory, read_pdf
) -> None:
    pdf, _ = render_pdf(report_data_factory(profile_factory(name="Northwind AI")))
    pages = read_pdf(pdf).reader.pages
    for page in pages:
        text = page.extract_text()
        assert text.count("Northwind AI") >= 2  # header (title on the cover) and footer
        assert "2026-Q3" in text
        assert "27 November 2026" in text


def test_metadata_title_author_subject_language(
    report_data_factory, profile_factory, read_pdf
) -> None:
    pdf, _ = render_pdf(report_data_factory(profile_factory(name="Acme <Inc>"), lang="ko"))
    reader = read_pdf(pdf).reader
    meta = reader.metadata
    assert "Acme <Inc>" in meta.title and "2026-Q3" in meta.title
    assert meta.author == "Acme <Inc>"
    assert "2026-Q3" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "ko-KR"


def test_outline_has_every_section_and_moat(report_data_factory, read_pdf) -> None:
    from moatdesk.domain.content import load_taxonomy

    pdf, _ = render_pdf(report_data_factory(history=3))
    titles = read_pdf(pdf).outline_titles()
    for section in (
        "Which moat stops holding when",
        "Do first",
        "Gravest risks",
        "Moat by moat",
        "Risks and opportunities",
        "Roadmap",
        "Trend across quarters",
        "Appendix: every question and answer",
        "Methodology",
        "Essay reference",
        "About this report",
    ):
        assert section in titles
    taxonomy = load_taxonomy()
    for member in (*Moat, *Bucket):
        assert taxonomy.label(member).en in titles


def test_korean_is_drawn_with_the_embedded_nanum_subset(report_data_factory, read_pdf) -> None:
    pdf, _ = render_pdf(report_data_factory(lang="ko"))
    view = read_pdf(pdf)
    fonts = view.font_names()
    # An embedded subset is named with a tag: /AAAAAA+NanumGothic.
    assert {"NanumGothic", "NanumGothicBold"} <= {n.split("+")[-1] for n in fonts if "+" in n}
    assert "메타-해자" in view.text


def test_trend_shows_each_quarter_when_there_is_history(report_data_factory, read_pdf) -> None:
    single, _ = render_pdf(report_data_factory(history=1))
    several, _ = render_pdf(report_data_factory(history=3))
    first = read_pdf(single)
    assert "First review:" in first.reader.pages[0].extract_text()  # one line, on page 1
    assert "Trend across quarters" not in first.text  # and no page for it
    trend = read_pdf(several).text.split("Trend across quarters")[-1]
    for quarter in ("2026-Q1", "2026-Q2", "2026-Q3"):
        assert quarter in trend


def test_viewers_open_with_the_outline_showing(report_data_factory, read_pdf) -> None:
    pdf, _ = render_pdf(report_data_factory())
    assert read_pdf(pdf).reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


@pytest.mark.parametrize(
    ("team", "runway", "expected", "unexpected"),
    [
        (1, 1, ("1 person", "1 month"), ("1 people", "1 months")),
        (12, 18, ("12 people", "18 months"), ()),
    ],
)
def test_cover_counts_read_naturally_in_english(
    report_data_factory, profile_factory, read_pdf, team, runway, expected, unexpected
) -> None:
    profile = profile_factory()
    basics = profile.basics.model_copy(update={"team_size": team, "runway_months": runway})
    quarters = [a.model_copy(update={"basics": basics}) for a in profile.assessments]
    pdf, _ = render_pdf(report_data_factory(profile.model_copy(update={"assessments": quarters})))
    text = read_pdf(pdf).text
    for phrase in expected:
        assert phrase in text
    for phrase in unexpected:
        assert phrase not in text


def test_an_old_quarters_pdf_shows_that_quarters_basics(profile_factory, read_pdf) -> None:
    """Re-exporting 2026-Q2 after the team grew shows the team of 2026-Q2 (issue 12)."""
    from moatdesk.report.data import build_report_data

    profile = profile_factory(quarters=("2026-Q2", "2026-Q3"))
    old, new = profile.assessments
    then = old.basics.model_copy(update={"team_size": 4, "runway_months": 7})
    now = new.basics.model_copy(update={"team_size": 40, "runway_months": 30})
    profile = profile.model_copy(
        update={
            "basics": now,
            "assessments": [
                old.model_copy(update={"basics": then}),
                new.model_copy(update={"basics": now}),
            ],
        }
    )
    text = read_pdf(render_pdf(build_report_data(profile, "2026-Q2", "en"))[0]).text
    assert "4 people" in text and "7 months" in text
    assert "40 people" not in text and "30 months" not in text
    latest = read_pdf(render_pdf(build_report_data(profile, "2026-Q3", "en"))[0]).text
    assert "40 people" in latest


@pytest.mark.parametrize("brief", [True, False])
def test_an_export_leaves_nothing_for_the_garbage_collector_but_the_pdf_objects(
    report_data_factory, brief
) -> None:
    """Once rendered, the flowables, the chart and the report data are freed with the
    result, not left in the document's reference cycle for the garbage collector to
    find (whose collections of them cost a brief up to a quarter of its floor's time)."""
    import gc
    from dataclasses import replace

    from reportlab.platypus import Flowable

    from moatdesk.report.data import Length, ReportData

    data = replace(report_data_factory(), length=Length.BRIEF if brief else Length.FULL)
    render_pdf(data)  # fonts and caches, before counting
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        pdf, result = render_pdf(data)
        del pdf, result
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, Flowable | ReportData)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []
