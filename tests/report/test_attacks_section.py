"""The PDF's "who can attack you, and what holds them off" section shows the domain's reading."""

from __future__ import annotations

import pytest

from moatdesk.domain.attacks import AttackStatus, load_attacks, read_attacks
from moatdesk.report.pdf import render_pdf


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_section_lists_each_attack_with_its_status_and_defences(
    report_data_factory, read_pdf, lang
) -> None:
    data = report_data_factory(lang=lang)
    view = read_pdf(render_pdf(data)[0])
    texts = load_attacks().text
    assert texts.heading.get(lang) in view.outline_titles()
    readings = read_attacks(data.roadmap, data.assessment.answers)
    assert any(r.status is not AttackStatus.QUIET for r in readings)  # the sample exposes us
    for reading in readings:
        title = reading.attack.title.get(lang)
        assert view.contains(title), title
        if reading.status is AttackStatus.QUIET:
            continue
        assert view.contains(f"{title}{texts.status(reading.status).get(lang)}")
        assert view.contains(reading.attack.description.get(lang))
    assert view.contains(texts.held_off_by.get(lang))


def test_a_quarter_without_answers_says_so(report_data_factory, read_pdf, profile_factory) -> None:
    profile = profile_factory()
    empty = profile.model_copy(
        update={"assessments": (profile.assessments[0].model_copy(update={"answers": {}}),)}
    )
    view = read_pdf(render_pdf(report_data_factory(profile=empty, lang="ko"))[0])
    assert view.contains(load_attacks().text.none.ko)
