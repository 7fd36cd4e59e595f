"""Company basics as levels 0..1 ("basics.<field>"), which mechanisms and flags weigh."""

from __future__ import annotations

import math

from engine_helpers import basics

from moatdesk.domain.basics import RUNWAY, TEAM_SIZE, basics_levels
from moatdesk.domain.parameters import load_model

PARAMS = load_model().basics


def test_runway_and_team_rise_to_one_and_stop_there() -> None:
    small = basics_levels(basics(team_size=8, runway_months=9), PARAMS)
    full = math.log(8) / math.log(PARAMS.team_size_full_at)
    assert small[TEAM_SIZE] == round(full, 4) and 0 < small[TEAM_SIZE] < 1  # a log scale
    assert small[RUNWAY] == round(9 / PARAMS.runway_full_at_months, 4) < 1
    big = basics_levels(basics(team_size=1_000_000, runway_months=600), PARAMS)
    assert (big[TEAM_SIZE], big[RUNWAY]) == (1.0, 1.0)
