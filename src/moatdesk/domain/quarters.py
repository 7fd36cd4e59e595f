"""Quarters are written ``2026-Q4``; helpers to parse, order and step them."""

from __future__ import annotations

import re
from datetime import date

QUARTER_PATTERN = r"^\d{4}-Q[1-4]$"
_RE = re.compile(QUARTER_PATTERN)


def parse_quarter(text: str) -> tuple[int, int]:
    """``"2026-Q4"`` -> ``(2026, 4)``; ValueError with a readable message otherwise."""
    if not _RE.match(text):
        raise ValueError(f"{text!r} is not a quarter; write it like 2026-Q4")
    return int(text[:4]), int(text[-1])


def format_quarter(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of(day: date) -> str:
    return format_quarter(day.year, (day.month - 1) // 3 + 1)


def next_quarter(text: str) -> str:
    year, q = parse_quarter(text)
    return format_quarter(year + q // 4, q % 4 + 1)


def previous_quarter(text: str) -> str:
    year, q = parse_quarter(text)
    return format_quarter(year - (q == 1), (q - 2) % 4 + 1)


def quarter_index(text: str) -> int:
    """A number that orders quarters and subtracts to a distance in quarters."""
    year, q = parse_quarter(text)
    return year * 4 + (q - 1)


def quarter_from_index(index: int) -> str:
    """The inverse of ``quarter_index``."""
    return format_quarter(index // 4, index % 4 + 1)


def add_quarters(text: str, count: int) -> str:
    """The quarter ``count`` quarters after ``text`` (before it when negative)."""
    return quarter_from_index(quarter_index(text) + count)


def quarter_at_month(start: str, month: int) -> str:
    """The calendar quarter ``month`` whole months after the start of quarter ``start``.

    Projections are anchored at the first day of the assessment's quarter, so months
    0-2 fall in that quarter, 3-5 in the next, and so on.
    """
    return add_quarters(start, month // 3)
