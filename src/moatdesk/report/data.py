"""Everything a roadmap PDF shows, computed before anything is drawn.

The roadmap of the requested quarter, the roadmaps of the quarters before it (final
assessments only) for the trend, and the comparison with the last of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from moatdesk.domain.content import load_bank
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Assessment, Profile
from moatdesk.domain.quarters import parse_quarter
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import Comparison, Roadmap
from moatdesk.domain.textrules import Lang
from moatdesk.report.errors import UnknownQuarterError

if TYPE_CHECKING:
    from moatdesk.domain.leverage import Leverage
    from moatdesk.report.scenario_data import ScenarioPage

MAX_TREND_QUARTERS = 8  # columns that fit the page's width


@dataclass(frozen=True)
class ReportData:
    profile: Profile
    lang: Lang
    assessment: Assessment
    roadmap: Roadmap
    bank: QuestionBank
    history: tuple[tuple[str, Roadmap], ...]  # oldest first, ends with this quarter
    previous: Assessment | None  # the last final assessment before this quarter
    comparison: Comparison | None  # previous -> this quarter
    made_on: date
    # The optional scenarios page (report/scenario_data.py): empty, no page.
    scenarios: tuple[ScenarioPage, ...] = ()
    leverage: Leverage | None = None

    @property
    def quarter(self) -> str:
        return self.assessment.quarter


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
    profile: Profile, quarter: str, lang: Lang, made_on: date | None = None
) -> ReportData:
    # The engine is imported here so that renderer tests can build ReportData by hand.
    from moatdesk.domain.history import previous_final, review_history, since_previous

    assessment = find_assessment(profile, quarter)
    bank = load_bank()
    # the domain decides which reviews the trend shows (the same as the main window's)
    history = review_history(profile, quarter, bank, limit=MAX_TREND_QUARTERS)
    roadmap = history[-1][1]
    return ReportData(
        profile=profile,
        lang=lang,
        assessment=assessment,
        roadmap=roadmap,
        bank=bank,
        history=history,
        previous=previous_final(profile, quarter),
        comparison=since_previous(profile, quarter, bank),
        made_on=made_on or date.today(),
    )
