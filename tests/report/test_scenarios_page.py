"""The optional scenarios page: only when picked; each what-if beside the review, the
founder's scenario name verbatim, and the highest-leverage answers."""

from __future__ import annotations

from moatdesk.domain.example import load_example_profile
from moatdesk.domain.leverage import leverage_search
from moatdesk.domain.scenarios import WhatIfSpec, load_scenarios
from moatdesk.domain.whatif import evaluate_spec
from moatdesk.report.pdf import ReportRequest, build_pdf_bytes
from moatdesk.report.scenario_data import PickedScenario
from moatdesk.report.strings import moved_words, outlook_words

PROFILE = load_example_profile()
QUARTER = PROFILE.assessments[-1].quarter
PICKS = (
    PickedScenario(None, WhatIfSpec(preset="base_model_100x")),
    PickedScenario("Cash <b>crunch</b> & co", WhatIfSpec(basics={"runway_months": 3})),
)


def test_no_scenarios_no_page(read_pdf) -> None:
    pdf, _ = build_pdf_bytes(ReportRequest(PROFILE, QUARTER, "en"))
    view = read_pdf(pdf)
    assert not view.contains("What if: scenarios")
    assert "What if: scenarios" not in view.outline_titles()


def test_the_picked_scenarios_and_the_leverage_are_on_their_page(read_pdf) -> None:
    from moatdesk.report.context import RenderContext
    from moatdesk.report.data import build_report_data

    pdf, _ = build_pdf_bytes(ReportRequest(PROFILE, QUARTER, "en", scenarios=PICKS))
    view = read_pdf(pdf)
    assert "What if: scenarios" in view.outline_titles()
    assert view.contains(load_scenarios().get("base_model_100x").title.en)
    assert view.contains("Cash <b>crunch</b> & co")  # the founder's name, verbatim
    review = PROFILE.assessments[-1]
    ctx = RenderContext(build_report_data(PROFILE, QUARTER, "en"))
    for pick in PICKS:
        effect = evaluate_spec(review.basics, review, pick.spec)
        assert view.contains("Earliest stop: ")
        for moat in effect.moats:
            before, after = (
                outlook_words(status, stop, moat.horizon_end, "en", "cell")
                for status, stop in (
                    (moat.status_before, moat.stop_before),
                    (moat.status_after, moat.stop_after),
                )
            )
            moved = moved_words(moat.quarters_moved, "en", moat.open_ended)
            row = f"{moat.score_before:.0f} → {moat.score_after:.0f}{before}{after}{moved}"
            assert view.contains(row), row
    assert view.contains("Your highest-leverage answers")
    for option in leverage_search(review.basics, review).top():
        assert view.contains(ctx.question_text(option.question))


def test_the_scenarios_page_in_korean(read_pdf) -> None:
    pdf, _ = build_pdf_bytes(ReportRequest(PROFILE, QUARTER, "ko", scenarios=PICKS[:1]))
    view = read_pdf(pdf)
    assert "가정: 시나리오" in view.outline_titles()
    assert view.contains(load_scenarios().get("base_model_100x").title.ko)
    assert view.contains("가장 영향이 큰 답")
