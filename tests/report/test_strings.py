"""The PDF's own words exist in both languages with the same placeholders."""

from __future__ import annotations

from datetime import date

from moatdesk.report.strings import STRINGS, format_date, placeholders, tn


def test_every_string_has_both_languages_and_the_same_placeholders() -> None:
    for key, (en, ko) in STRINGS.items():
        assert en.strip() and ko.strip(), key
        assert placeholders(en) == placeholders(ko), key


def test_dates_are_written_the_local_way() -> None:
    day = date(2026, 11, 27)
    assert format_date(day, "en") == "27 November 2026"
    assert format_date(day, "ko") == "2026년 11월 27일"


# Counts whose English does not change with the number ("month 6", "6 mo", "2 not assessed").
COUNT_NEUTRAL = {"month_n", "when_month", "moat_holds_until", "hold_counts_not_assessed"}


def test_every_count_has_an_english_singular() -> None:
    """'1 years', '1 answers': every string that counts has its '_one' form beside it."""
    counting = {k for k, (en, _) in STRINGS.items() if "n" in placeholders(en)}
    singulars = {k for k in counting if k.endswith("_one")}
    for key in counting - singulars - COUNT_NEUTRAL:
        assert f"{key}_one" in STRINGS, key
        assert placeholders(STRINGS[f"{key}_one"][0]) <= placeholders(STRINGS[key][0]), key
    assert tn("runway", "en", 1) == "1 month of runway"
    assert tn("runway", "en", 30) == "30 months of runway"
    assert tn("people", "en", 1200) == "1,200 people"
    assert tn("people", "ko", 1) == "1명"


def test_number_answers_of_one_read_in_the_singular() -> None:
    from moatdesk.domain.answers import display_value
    from moatdesk.domain.content import load_bank
    from moatdesk.domain.questions import QuestionKind

    numbers = [q for q in load_bank().questions if q.kind is QuestionKind.NUMBER]
    assert numbers
    for question in numbers:
        assert question.number is not None
        unit = question.number.unit.en
        one = display_value(question, 1, "en")
        if unit[:1].isalpha():  # a word, not a symbol like "%"
            assert question.number.unit_one is not None, question.id
            assert not one.endswith(f" {unit}"), one
        assert display_value(question, 2, "en").endswith(unit)
