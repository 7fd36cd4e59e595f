"""The optional scenarios page's data: the what-ifs the founder picked, each evaluated on
the report's review, and the review's highest-leverage answers.

Computed before anything is drawn, like the rest of ``ReportData``; the review's own
roadmap is reused, so each scenario costs one roadmap build.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from moatdesk.domain.leverage import Leverage, leverage_search
from moatdesk.domain.scenarios import WhatIfSpec, load_scenarios
from moatdesk.domain.whatif import WhatIf, evaluate_spec
from moatdesk.report.data import ReportData


@dataclass(frozen=True)
class PickedScenario:
    """A what-if the founder chose for the PDF: a saved one (its name) or a preset (None:
    the preset's own title is used)."""

    name: str | None
    spec: WhatIfSpec


@dataclass(frozen=True)
class ScenarioPage:
    title: str  # the saved name (the founder's, verbatim) or the preset's title
    users_name: bool  # the title is the founder's text (escaped and reported as such)
    summary: str | None  # the preset's summary, if any
    effect: WhatIf
    preset_title: str | None = None  # the preset's own title (an investor view shows it)


def scenario_pages(data: ReportData, picks: tuple[PickedScenario, ...]) -> tuple[ScenarioPage, ...]:
    review = data.assessment
    library = load_scenarios()
    pages = []
    for pick in picks:
        preset = library.get(pick.spec.preset) if pick.spec.preset else None
        effect = evaluate_spec(review.basics, review, pick.spec, data.bank, before=data.roadmap)
        if pick.name is not None:
            title, users = pick.name, True
        elif preset is not None:
            title, users = preset.title.get(data.lang), False
        else:
            title, users = "", False
        summary = preset.summary.get(data.lang) if preset is not None else None
        preset_title = preset.title.get(data.lang) if preset is not None else None
        pages.append(ScenarioPage(title, users, summary, effect, preset_title))
    return tuple(pages)


def with_scenarios(data: ReportData, picks: tuple[PickedScenario, ...]) -> ReportData:
    """The report data with its scenarios page (none picked: unchanged, no page)."""
    if not picks:
        return data
    leverage: Leverage = leverage_search(
        data.assessment.basics, data.assessment, data.bank, before=data.roadmap
    )
    return replace(data, scenarios=scenario_pages(data, picks), leverage=leverage)
