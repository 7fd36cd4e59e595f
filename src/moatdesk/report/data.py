"""Everything a roadmap PDF shows, computed before anything is drawn.

The roadmap of the requested quarter, the roadmaps of the quarters before it (final
assessments only) for the trend, and the comparison with the last of them.  Which
document: the full roadmap or the brief alone (``Length``); an investor view is this
data passed through ``redact.redact_for_investor`` (``withheld`` then says what left).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from moatdesk.domain.content import load_bank
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Assessment, CompanyBasics, Profile
from moatdesk.domain.quarters import parse_quarter
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import Comparison, Roadmap
from moatdesk.domain.textrules import Lang
from moatdesk.report.errors import UnknownQuarterError

if TYPE_CHECKING:
    from moatdesk.domain.leverage import Leverage
    from moatdesk.report.scenario_data import ScenarioPage


# Quarter columns of the trend tables: "2031-Q4" at the 7.5 pt cell size needs about 39 pt
# with padding, and the A4 frame leaves about 336 pt beside the moat names and the change
# column: 8 fit (tests/report/test_brief.py checks it). Earlier reviews are counted.
TREND_QUARTERS = 8


class Length(StrEnum):
    FULL = "full"  # the brief, then every detail
    BRIEF = "brief"  # the brief alone: at most two pages


@dataclass(frozen=True)
class Withheld:
    """What an investor view left out, counted for the reader and the preview."""

    notes: int  # answers whose note was withheld
    free_text: int  # free-text answers withheld
    private: int  # answers the founder marked private (value and confidence withheld)
    quotes: int  # quotations of the founder's words in roadmap actions
    questions: frozenset[str]  # question ids whose answer shows as "withheld"
    scenario_names: int = 0  # saved what-ifs shown under a preset's title or "Scenario 2"

    @property
    def anything(self) -> bool:
        return bool(
            self.notes or self.free_text or self.private or self.quotes or self.scenario_names
        )


@dataclass(frozen=True)
class ReportData:
    profile: Profile
    lang: Lang
    assessment: Assessment
    roadmap: Roadmap
    bank: QuestionBank
    history: tuple[tuple[str, Roadmap], ...]  # the reviews the trend shows, oldest first
    previous: Assessment | None  # the last final assessment before this quarter
    comparison: Comparison | None  # previous -> this quarter
    made_on: date
    # The optional scenarios page (report/scenario_data.py): empty, no page.
    scenarios: tuple[ScenarioPage, ...] = ()
    leverage: Leverage | None = None
    left_out: tuple[str, ...] = ()  # earlier final reviews the trend has no room for
    length: Length = Length.FULL
    withheld: Withheld | None = None  # None: not an investor view

    @property
    def quarter(self) -> str:
        return self.assessment.quarter

    @property
    def basics(self) -> CompanyBasics:
        """The company basics as they were that quarter (stage, team, runway…)."""
        return self.assessment.basics

    @property
    def company(self) -> str:
        """The company's name: the profile's, today's (a rename applies to old quarters)."""
        return self.profile.basics.name

    @property
    def first_review(self) -> bool:
        return self.previous is None


def find_assessment(profile: Profile, quarter: str) -> Assessment:
    try:
        parse_quarter(quarter)
    except ValueError:
        raise UnknownQuarterError(
            QT_TRANSLATE_NOOP("Errors", "“{quarter}” is not a quarter; write it like 2026-Q4"),
            quarter=quarter,
        ) from None
    for assessment in profile.assessments:
        if assessment.quarter == quarter:
            return assessment
    if not profile.assessments:
        raise UnknownQuarterError(
            QT_TRANSLATE_NOOP(
                "Errors", "profile “{name}” has no assessment for {quarter} (it has none yet)"
            ),
            name=profile.basics.name,
            quarter=quarter,
        )
    raise UnknownQuarterError(
        QT_TRANSLATE_NOOP(
            "Errors", "profile “{name}” has no assessment for {quarter} (it has: {known})"
        ),
        name=profile.basics.name,
        quarter=quarter,
        known=", ".join(a.quarter for a in profile.assessments),
    )


def build_report_data(
    profile: Profile,
    quarter: str,
    lang: Lang,
    made_on: date | None = None,
    length: Length = Length.FULL,
    known: Mapping[str, Roadmap] | None = None,
) -> ReportData:
    """``known``: roadmaps already computed for ``profile``'s reviews, by quarter (the
    app's cache, ui/roadmap_cache.py); every other review the report shows is scored."""
    # The engine is imported here so that renderer tests can build ReportData by hand.
    from moatdesk.domain.history import (
        final_reviews,
        previous_final,
        review_history,
        since_previous,
    )

    assessment = find_assessment(profile, quarter)
    bank = load_bank()
    # The domain decides which reviews a trend shows (the same as the main window's); the
    # brief shows no trend, so it builds only this quarter's roadmap and the previous one.
    room = TREND_QUARTERS if length is Length.FULL else 2
    history = review_history(profile, quarter, bank, limit=room, known=known)
    roadmap = history[-1][1]
    shown = {q for q, _ in history}
    left_out = tuple(
        a.quarter for a in final_reviews(profile, before=quarter) if a.quarter not in shown
    )
    return ReportData(
        profile=profile,
        lang=lang,
        assessment=assessment,
        roadmap=roadmap,
        bank=bank,
        history=history,
        previous=previous_final(profile, quarter),
        comparison=since_previous(profile, quarter, bank, history),
        made_on=made_on or date.today(),
        left_out=left_out if length is Length.FULL else (),
        length=length,
    )
