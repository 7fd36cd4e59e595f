"""The screen, the what-if panel, the PDF's page 1 and the CLI say a stop quarter and
its shift in the same words, in English and in Korean (one table: report.strings).

Each output is asked through its own function, for the same outlook or shift, and the
answers are compared with each other, so an edit to one place that the others do not
share fails here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from moatdesk.cli.roadmap_output import compare_text
from moatdesk.cli.roadmap_output import stop_text as cli_stop
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.history import since_previous
from moatdesk.domain.results import MoatOutlook, StopShift
from moatdesk.domain.textrules import LANGS, Lang
from moatdesk.report.clock import MoatClock
from moatdesk.report.context import RenderContext
from moatdesk.report.data import build_report_data
from moatdesk.report.sections.brief import _shift_text
from moatdesk.report.sections.moats import stop_phrase
from moatdesk.report.strings import capitalized, chart_outcome
from moatdesk.ui.results_text import outlook_text, shift_text
from moatdesk.ui.whatif_panel import moved_text
from moatdesk.ui.whatif_panel import stop_text as whatif_stop

PROFILE = load_example_profile()
QUARTER = PROFILE.assessments[-1].quarter
COMPARISON = since_previous(PROFILE, QUARTER)
assert COMPARISON is not None
SINCE = COMPARISON.from_quarter

# What a founder reads for the example's outlooks and shifts, as written in the brief.
ENGLISH = {
    "stops": "Stops holding around 2027-Q3 (month 9)",
    "holds_past": "Holds past 2031-Q3",
    "not_holding": "Does not hold now",
    "not_assessed": "Not assessed",
    "later_2": f"2 quarters later than projected in {SINCE}",
    "later_1": f"1 quarter later than projected in {SINCE}",
    "earlier_2": f"2 quarters earlier than projected in {SINCE}",
    "same": f"same as projected in {SINCE}",
    "was_not_assessed": f"not assessed in {SINCE}",
    "now_not_assessed": "not comparable",
}
KOREAN = {
    "stops": "2027-Q3 무렵 유지되지 않음 (9개월째)",
    "holds_past": "2031-Q3 이후에도 유지",
    "not_holding": "현재 유지되지 않음",
    "not_assessed": "평가되지 않음",
    "later_2": f"{SINCE} 전망보다 2개 분기 늦춰짐",
    "earlier_2": f"{SINCE} 전망보다 2개 분기 앞당겨짐",
    "same": f"{SINCE} 전망과 같음",
}


@pytest.fixture(params=LANGS)
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[Lang]:
    """The UI's language (ui.i18n.ui_lang reads the default locale)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if request.param == "ko" else "en"))
    yield request.param
    QLocale.setDefault(before)


def _outlook(status: str) -> MoatOutlook:
    base = build_report_data(PROFILE, QUARTER, "en").roadmap.outlooks[0]
    stop = {"stops": "2027-Q3", "not_holding": QUARTER}.get(status)
    month = 9 if status == "stops" else 0 if status == "not_holding" else None
    return base.model_copy(
        update={
            "status": status,
            "stop_quarter": stop,
            "holds_until_month": month,
            "horizon_end": "2031-Q3",
            "assessed": status != "not_assessed",
        }
    )


OUTLOOKS = {s: _outlook(s) for s in ("stops", "holds_past", "not_holding", "not_assessed")}


def _shifts() -> dict[str, StopShift]:
    """One shift for every way the domain can say a stop quarter moved, one per moat."""
    cases = {
        "later_2": ("2026-Q4", "2027-Q2", "stops", "stops", 2, "later"),
        "later_1": ("2026-Q4", "2027-Q1", "stops", "stops", 1, "later"),
        "earlier_2": ("2027-Q2", "2026-Q4", "stops", "stops", -2, "earlier"),
        "same": ("2027-Q2", "2027-Q2", "stops", "stops", 0, "same"),
        "both_past": (None, None, "holds_past", "holds_past", None, "same"),
        "now_past": ("2027-Q2", None, "stops", "holds_past", None, "later"),
        "now_stops": (None, "2028-Q1", "holds_past", "stops", None, "earlier"),
        "was_not_assessed": (None, "2027-Q2", "not_assessed", "stops", None, "not_comparable"),
        "now_not_assessed": ("2027-Q2", None, "stops", "not_assessed", None, "not_comparable"),
    }
    moats = [s.moat for s in COMPARISON.stop_shifts]
    assert len(moats) == len(cases)
    return {
        name: StopShift(
            moat=moat,
            before=before,
            after=after,
            before_status=before_status,
            after_status=after_status,
            quarters_moved=moved,
            direction=direction,
        )
        for moat, (name, (before, after, before_status, after_status, moved, direction)) in zip(
            moats, cases.items(), strict=True
        )
    }


SHIFTS = _shifts()


def test_an_outlook_reads_the_same_on_the_screen_in_the_what_if_and_in_the_cli(lang) -> None:
    ctx = RenderContext(build_report_data(PROFILE, QUARTER, lang))
    for status, outlook in OUTLOOKS.items():
        screen = outlook_text(outlook)
        cell = whatif_stop(outlook.status, outlook.stop_quarter, outlook.horizon_end)
        cli = cli_stop(outlook, lang)
        expected = (ENGLISH if lang == "en" else KOREAN)[status]
        assert screen == expected, status
        clock = MoatClock(
            outlook.moat, outlook.assessed, status, outlook.stop_quarter, outlook.horizon_end, 50
        )
        moat_page = stop_phrase(ctx, clock)  # the PDF's moat pages and roadmap
        assert capitalized(moat_page) == screen.removesuffix(" (month 9)").removesuffix(
            " (9개월째)"
        )
        if status == "stops":  # under a "stops" heading: the quarter, with or without month
            month = cli.removeprefix(f"{cell} ")
            assert cell == "2027-Q3" and month == {"en": "(month 9)", "ko": "(9개월째)"}[lang]
            assert screen.endswith(f" {month}") and cell in screen
        else:
            assert screen == cell and screen.casefold() == cli.casefold(), status


def test_a_shift_reads_the_same_on_the_screen_in_the_cli_and_on_page_one(lang) -> None:
    comparison = COMPARISON.model_copy(update={"stop_shifts": tuple(SHIFTS.values())})
    cli = compare_text("Example", comparison, lang)
    ctx = RenderContext(build_report_data(PROFILE, QUARTER, lang))
    known = ENGLISH if lang == "en" else KOREAN
    said = set()
    for name, shift in SHIFTS.items():
        screen = shift_text(shift, SINCE)
        assert screen and screen in cli, name  # the CLI's SHIFT column
        assert screen not in {shift_text(s, SINCE) for s in SHIFTS.values() if s is not shift}
        if name in known:
            assert screen == known[name], name
        moved = moved_text(shift.quarters_moved)
        page_one = _shift_text(ctx, shift)
        if shift.direction in ("later", "earlier") and shift.quarters_moved:
            # the count of quarters: the what-if's words, inside the screen's, on page 1
            assert moved in screen and f"({moved})" in page_one, name
            said.add(shift.direction)
        else:
            assert "(" not in page_one.split("</b>", 1)[1], name
    assert said == {"later", "earlier"}


def test_page_one_says_each_side_of_a_shift_as_the_chart_does(lang) -> None:
    """Each side as its own review's chart said it: "past 2031-Q2" for the earlier
    review's horizon, not the current one's."""
    from moatdesk.domain.decay import horizon_end

    ctx = RenderContext(build_report_data(PROFILE, QUARTER, lang))
    assert ctx.data.comparison is not None
    horizons = (horizon_end(ctx.data.comparison.from_quarter), horizon_end(QUARTER))
    assert horizons[0] != horizons[1]
    for name, shift in SHIFTS.items():
        sides = []
        for status, stop, horizon in (
            (shift.before_status, shift.before, horizons[0]),
            (shift.after_status, shift.after, horizons[1]),
        ):
            outlook = OUTLOOKS[status].model_copy(
                update={"stop_quarter": stop, "horizon_end": horizon}
            )
            sides.append(chart_outcome(outlook, lang)[0])
        assert f"{sides[0]} → {sides[1]}" in _shift_text(ctx, shift), name


@pytest.mark.parametrize("open_moats", [0, 1, 2])
def test_how_many_moats_hold_reads_the_same_everywhere(lang, open_moats) -> None:
    """The results screen, the CLI's `show`, page 1 and (short) the history's column
    count the holding moats in one phrase, with '1 not assessed' when one is."""
    import dataclasses

    from moatdesk.cli.roadmap_output import show_text
    from moatdesk.domain.results import HoldSummary
    from moatdesk.report.sections.brief import headline
    from moatdesk.ui.profile_detail import hold_summary_text
    from moatdesk.ui.results_text import hold_summary

    assessment = PROFILE.assessments[-1]
    data = build_report_data(PROFILE, QUARTER, lang)
    outlooks = list(data.roadmap.outlooks)
    for index in range(open_moats):  # the first moats left not assessed
        outlooks[index] = outlooks[index].model_copy(
            update={"assessed": False, "status": "not_assessed", "stop_quarter": None}
        )
    roadmap = data.roadmap.model_copy(update={"outlooks": tuple(outlooks)})
    summary = roadmap.summary
    assert isinstance(summary, HoldSummary) and summary.not_assessed == open_moats
    screen = hold_summary(summary)
    cli = show_text(PROFILE.basics.name, assessment, roadmap, None, lang)
    ctx = RenderContext(dataclasses.replace(data, roadmap=roadmap))
    assert screen in cli
    assert capitalized(screen) + "." in headline(ctx)
    short = hold_summary_text(roadmap)
    assert (("not assessed" in screen) if lang == "en" else ("평가되지 않음" in screen)) == (
        open_moats > 0
    )
    assert str(summary.holding) in short and str(summary.total) in short
    assert screen.endswith(short.split(", ", 1)[1]) if open_moats else "," not in short
