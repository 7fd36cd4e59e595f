"""Quarters on the calendar: which quarter a day is in, and the quarter before."""

from __future__ import annotations

from datetime import date

import pytest

from moatdesk.domain.quarters import next_quarter, previous_quarter, quarter_of


@pytest.mark.parametrize(
    ("day", "quarter"),
    [
        (date(2026, 1, 1), "2026-Q1"),
        (date(2026, 3, 31), "2026-Q1"),
        (date(2026, 4, 1), "2026-Q2"),
        (date(2026, 9, 30), "2026-Q3"),
        (date(2026, 12, 31), "2026-Q4"),
    ],
)
def test_a_day_is_in_its_calendar_quarter(day, quarter) -> None:
    assert quarter_of(day) == quarter


@pytest.mark.parametrize(
    ("quarter", "before"),
    [
        ("2026-Q1", "2025-Q4"),
        ("2026-Q2", "2026-Q1"),
        ("2026-Q3", "2026-Q2"),
        ("2026-Q4", "2026-Q3"),
    ],
)
def test_the_quarter_before_crosses_the_year_after_q1_only(quarter, before) -> None:
    assert previous_quarter(quarter) == before
    assert next_quarter(before) == quarter
