"""The PDF's own words exist in both languages with the same placeholders."""

from __future__ import annotations

from datetime import date

from moatdesk.report.strings import STRINGS, format_date, placeholders


def test_every_string_has_both_languages_and_the_same_placeholders() -> None:
    for key, (en, ko) in STRINGS.items():
        assert en.strip() and ko.strip(), key
        assert placeholders(en) == placeholders(ko), key


def test_dates_are_written_the_local_way() -> None:
    day = date(2026, 11, 27)
    assert format_date(day, "en") == "27 November 2026"
    assert format_date(day, "ko") == "2026년 11월 27일"
