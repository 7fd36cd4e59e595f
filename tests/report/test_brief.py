"""Page 1 is the brief; the brief alone is at most two pages; long histories stay legible.

Built with the real engine on the bundled examples (full, brief and investor; English and
Korean), so what a founder hands over is what is tested.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache

import pytest
from pypdf import PdfReader

from moatdesk.domain.example import example_names, load_example_profile
from moatdesk.domain.models import Profile
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.report.data import TREND_QUARTERS, build_report_data
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes, render_pdf
from moatdesk.report.strings import t

from .conftest import BODY_BOTTOM, BODY_TOP, squash

EXAMPLES = example_names()
LANGS = ("en", "ko")


@cache
def rendered(name: str, lang: str, brief: bool = False, investor: bool = False):
    profile = load_example_profile(name)
    request = ReportRequest(
        profile, profile.assessments[-1].quarter, lang, brief=brief, investor=investor
    )
    pdf, result = build_pdf_bytes(request)
    return profile, PdfReader(io.BytesIO(pdf)), result


def body_text(page) -> str:
    """A page's text between the running header and the footer."""
    parts: list[str] = []

    def keep(text: str, cm: list, tm: list, *_: object) -> None:
        if BODY_BOTTOM < tm[5] * cm[3] + cm[5] < BODY_TOP:
            parts.append(text)

    page.extract_text(visitor_text=keep)
    return "".join(parts)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_page_one_has_every_stop_quarter_and_every_do_first_action(name, lang) -> None:
    profile, reader, _ = rendered(name, lang)
    page_one = squash(reader.pages[0].extract_text())
    data = build_report_data(profile, profile.assessments[-1].quarter, lang)
    roadmap = data.roadmap
    for outlook in roadmap.outlooks:
        if outlook.status == "stops":
            assert squash(outlook.stop_quarter or "") in page_one, outlook.moat
    if any(o.status == "holds_past" for o in roadmap.outlooks):
        assert squash(t("holds_past", lang, quarter=roadmap.outlooks[0].horizon_end)) in page_one
    assert len(roadmap.do_first) <= 3
    for action in roadmap.do_first:
        assert squash(action.title.get(lang)) in page_one, action.id
    # The metadata is in the appendix, not on page 1.
    for key in ("about_bank", "about_app", "about_language", "sec_about"):
        assert squash(t(key, lang)) not in page_one, key
    assert squash(t("about_bank", lang)) in squash(reader.pages[-1].extract_text())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_page_one_names_the_gravest_raised_risks(name, lang) -> None:
    profile, reader, _ = rendered(name, lang)
    page_one = squash(reader.pages[0].extract_text())
    data = build_report_data(profile, profile.assessments[-1].quarter, lang)
    risks = [f for f in data.roadmap.flags if f.kind.value == "risk"]
    if not risks:
        assert squash(t("risks_none", lang)) in page_one
        return
    gravest = max(risks, key=lambda f: ("low", "medium", "high").index(f.severity.value))
    assert squash(gravest.title.get(lang)) in page_one


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("investor", [False, True])
def test_the_brief_is_at_most_two_pages(name, lang, investor) -> None:
    _, reader, result = rendered(name, lang, brief=True, investor=investor)
    assert result.pages == len(reader.pages) <= 2


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("brief", [False, True])
def test_no_page_holds_a_lone_sentence(name, lang, brief) -> None:
    _, reader, _ = rendered(name, lang, brief=brief)
    for number, page in enumerate(reader.pages, start=1):
        text = body_text(page)
        assert len(squash(text)) > 200, f"page {number}: {text!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_is_printed_twice(lang) -> None:
    """The strengths month by month are the picture's (not repeated per moat); each
    do-first action's why-now, each flag's explanation and each horizon's meaning are
    printed once."""
    from moatdesk.domain.content import load_taxonomy
    from moatdesk.domain.taxonomy import Horizon
    from moatdesk.report.context import RenderContext
    from moatdesk.report.sections.brief import why_now

    profile, reader, _ = rendered("promptly-notes.json", lang)
    text = squash("".join(page.extract_text() for page in reader.pages))
    assert squash("→ 6 mo") not in text and squash("→ 6개월") not in text
    data = build_report_data(profile, profile.assessments[-1].quarter, lang)
    ctx = RenderContext(data)
    assert data.roadmap.do_first and data.roadmap.flags
    once = [why_now(ctx, a) for a in data.roadmap.do_first]
    once += [f.explanation.get(lang) for f in data.roadmap.flags]
    once += [load_taxonomy().description(h).get(lang) for h in Horizon]
    for sentence in once:
        assert text.count(squash(sentence)) == 1, sentence


def first_quarter_only(profile: Profile) -> Profile:
    return profile.model_copy(update={"assessments": profile.assessments[:1]})


@pytest.mark.parametrize("lang", LANGS)
def test_a_first_review_says_so_in_one_line(lang) -> None:
    profile = first_quarter_only(load_example_profile())
    pdf, _ = build_pdf_bytes(ReportRequest(profile, profile.assessments[0].quarter, lang))
    reader = PdfReader(io.BytesIO(pdf))
    page_one = reader.pages[0].extract_text()
    line = t("first_review", lang)
    assert squash(line) in squash(page_one)
    text = squash("".join(page.extract_text() for page in reader.pages))
    assert text.count(squash(line)) == 1
    assert squash(t("sec_trend", lang)) not in text  # no trend page for one review


def long_profile(count: int) -> Profile:
    example = load_example_profile()
    first = 2014 * 4
    assessments = [
        example.assessments[i % len(example.assessments)].model_copy(
            update={
                "quarter": f"{(first + i) // 4}-Q{(first + i) % 4 + 1}",
                "status": AssessmentStatus.FINAL,
            }
        )
        for i in range(count)
    ]
    return example.model_copy(update={"assessments": assessments})


def test_a_fifty_quarter_history_shows_what_fits_and_counts_the_rest(monkeypatch) -> None:
    from moatdesk.domain import history, roadmap

    built: list[str] = []
    real = roadmap.build_roadmap

    def counting(basics, assessment, bank=None):
        built.append(assessment.quarter)
        return real(basics, assessment, bank)

    monkeypatch.setattr(history, "build_roadmap", counting)
    profile = long_profile(50)
    last = profile.assessments[-1].quarter
    data = build_report_data(profile, last, "en")
    # Only the reviews shown are scored, each once: work does not grow with the history.
    assert len(built) == TREND_QUARTERS == len(data.history)
    assert len(data.left_out) == 50 - TREND_QUARTERS
    pdf, _ = render_pdf(data)
    text = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    first, last_left = data.left_out[0], data.left_out[-1]
    expected = f"{50 - TREND_QUARTERS} earlier reviews ({first} to {last_left}) are left out"
    assert squash(expected) in text
    for quarter, _ in data.history:
        assert quarter in text


def test_the_trend_columns_fit_a_quarter_legibly() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from moatdesk.report.fonts import register_fonts
    from moatdesk.report.sections.trend import column_width
    from moatdesk.report.styles import stylesheet

    fonts = register_fonts()
    size = stylesheet("en")["CellRightSmall"].fontSize
    needed = stringWidth("2031-Q4", fonts.regular, size) + 8  # the cell's padding
    assert column_width(TREND_QUARTERS) >= needed
    assert column_width(TREND_QUARTERS + 2) < needed * 1.25  # and not many more would


def test_roadmaps_the_app_already_built_are_not_scored_again(monkeypatch) -> None:
    """``known`` (the app's cache, by quarter): an export scores only the other reviews,
    and the document is the same as one that scored them all."""
    from moatdesk.domain import history, roadmap
    from moatdesk.report.pdf import ReportRequest, build_pdf_bytes

    profile = long_profile(10)
    last = profile.assessments[-1].quarter
    every = dict(history.review_history(profile, last))
    built: list[str] = []
    real = roadmap.build_roadmap

    def counting(basics, assessment, bank=None):
        built.append(assessment.quarter)
        return real(basics, assessment, bank)

    monkeypatch.setattr(history, "build_roadmap", counting)
    plain, _ = build_pdf_bytes(ReportRequest(profile, last, "en", made_on=date(2026, 12, 2)))
    assert len(built) == TREND_QUARTERS
    built.clear()
    some = {q: r for q, r in every.items() if q != last}  # this quarter not shown yet
    reused, _ = build_pdf_bytes(
        ReportRequest(profile, last, "en", made_on=date(2026, 12, 2), known=some)
    )
    assert built == [last]

    def text(pdf: bytes) -> str:
        return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    assert text(reused) == text(plain)
