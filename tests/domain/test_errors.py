"""MoatDeskError: English by default, and the template and values for another language."""

from __future__ import annotations

import pickle

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError
from moatdesk.report.errors import ReportError, UnknownQuarterError

NAME = "Acme {x} %1 <b>"  # a name a founder typed, placeholders and markup included
TEMPLATE = QT_TRANSLATE_NOOP("Errors", "a profile named “{name}” already exists")


def test_the_english_text_is_the_template_filled_and_the_parts_are_kept() -> None:
    error = MoatDeskError(TEMPLATE, name=NAME)
    assert str(error) == f"a profile named “{NAME}” already exists"
    assert error.template == TEMPLATE
    assert error.params == {"name": NAME}


def test_values_become_text() -> None:
    assert MoatDeskError("schema {version}", version=7).params == {"version": "7"}


def test_a_translation_is_filled_afterwards_so_typed_values_stay_verbatim() -> None:
    error = MoatDeskError(TEMPLATE, name=NAME)
    assert error.render("“{name}” 프로필이 이미 있습니다.") == f"“{NAME}” 프로필이 이미 있습니다."


def test_a_translation_with_the_wrong_fields_falls_back_to_english() -> None:
    error = MoatDeskError(TEMPLATE, name=NAME)
    assert error.render("“{nmae}” 프로필이 이미 있습니다.") == str(error)
    assert error.render("{0} 프로필") == str(error)


def test_a_rewrap_carries_the_template_and_values_not_english_text() -> None:
    inner = MoatDeskError(TEMPLATE, name=NAME)
    outer = UnknownQuarterError.from_error(inner)
    assert isinstance(outer, ReportError)
    assert (outer.template, outer.params, str(outer)) == (TEMPLATE, inner.params, str(inner))


def test_an_error_survives_pickling_with_braces_in_its_values() -> None:
    copy = pickle.loads(pickle.dumps(UnknownQuarterError(TEMPLATE, name=NAME)))
    assert type(copy) is UnknownQuarterError
    assert (copy.template, copy.params) == (TEMPLATE, {"name": NAME})
