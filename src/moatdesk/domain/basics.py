"""Company basics as levels 0..1, so mechanisms and flags can weigh them like answers.

The essay gives reasons for some basics (model.toml ``[basics]`` says which and why):
runway and stage are the capital a company can turn into compute and talent without
slowing down (sections 1 and 7); team size is how much hiring limits iteration
(section 1).  Each becomes a pseudo-answer ``basics.<field>`` that a mechanism's
``questions`` or a flag's ``signals`` may name.  Sector and stack position stay
categorical (flags.toml ``locked_data_sector``, ``stack_positions``).
"""

from __future__ import annotations

import math

from moatdesk.domain.models import CompanyBasics
from moatdesk.domain.parameters import BasicsParams

PREFIX = "basics."
RUNWAY = PREFIX + "runway_months"
STAGE = PREFIX + "stage"
TEAM_SIZE = PREFIX + "team_size"
BASICS_LEVEL_IDS: tuple[str, ...] = (RUNWAY, STAGE, TEAM_SIZE)


def is_basic(level_id: str) -> bool:
    """True for a ``basics.<field>`` pseudo-answer (not a question of the bank)."""
    return level_id.startswith(PREFIX)


def basic_field(level_id: str) -> str:
    """``"basics.runway_months"`` -> ``"runway_months"`` (the CompanyBasics field)."""
    return level_id.removeprefix(PREFIX)


def basics_levels(basics: CompanyBasics, params: BasicsParams) -> dict[str, float]:
    """Each weighed basic as a level 0..1 (1 = the most of what helps the company)."""
    runway = min(1.0, basics.runway_months / params.runway_full_at_months)
    team = min(1.0, math.log(basics.team_size) / math.log(params.team_size_full_at))
    return {
        RUNWAY: round(runway, 4),
        STAGE: params.stage_levels[basics.stage],
        TEAM_SIZE: round(team, 4),
    }
