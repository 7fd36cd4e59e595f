"""The results screen shows who can attack the company and what holds them off, in the UI's
language, as the domain reads it."""

from __future__ import annotations

from html import escape

import pytest

from moatdesk.domain.attacks import AttackStatus, load_attacks, read_attacks
from moatdesk.domain.example import load_example_profile
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.ui.i18n import LanguageSwitcher
from moatdesk.ui.results_view import ResultsView

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_results_show_the_attacks_and_follow_the_language(qtbot) -> None:
    profile = load_example_profile("promptly-notes.json")
    assessment = profile.assessments[-1]
    roadmap = build_roadmap(assessment.basics, assessment)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_results(profile, assessment, roadmap)
    texts = load_attacks().text
    readings = read_attacks(roadmap, assessment.answers)
    open_ones = [r for r in readings if r.status is AttackStatus.OPEN]
    assert open_ones  # a thin wrapper on model APIs is exposed
    panel = view.attacks
    assert panel.heading.text() == texts.heading.en
    for reading in readings:
        assert escape(reading.attack.title.en) in panel.body.text()  # rich text, escaped
    assert escape(texts.status_open.en) in panel.body.text()

    switcher = LanguageSwitcher()
    try:
        switcher.apply("ko")
        qtbot.waitUntil(lambda: panel.heading.text() == texts.heading.ko)
        assert escape(open_ones[0].attack.title.ko) in panel.body.text()
        assert escape(texts.status_open.ko) in panel.body.text()
    finally:
        switcher.apply("en")
