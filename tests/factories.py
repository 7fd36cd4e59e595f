"""Sample data every test suite builds: one place for a valid CompanyBasics.

Importable from any test (tests/conftest.py puts this folder on sys.path; pytest's
importlib mode does not).  Tests pass only the fields that matter to them.
"""

from __future__ import annotations

from moatdesk.domain.models import CompanyBasics

DEFAULT_BASICS: dict[str, object] = {
    "name": "Acme Bio",
    "sector": "bio",
    "stage": "seed",
    "stack_position": "model_apis",
    "team_size": 12,
    "runway_months": 18,
}


def basics(**changes: object) -> CompanyBasics:
    """Validated basics: the defaults above with ``changes`` applied."""
    return CompanyBasics.model_validate({**DEFAULT_BASICS, **changes})


def reviewed(store, make_basics, name: str, quarter: str) -> str:
    """A new profile whose ``quarter`` review is final (nothing answered); its id."""
    profile = store.create_profile(make_basics(name))
    store.start_review(profile.id, quarter)
    store.finalise(profile.id, quarter)
    return profile.id


def summaries(store, text: str | None = None) -> list:
    """The store's list (``list_profile_rows``, what the GUI and ``moatdesk list`` read)
    as records.ProfileSummary, to assert on by field; with ``text``, its search."""
    from moatdesk.storage.records import ProfileSummary

    return [ProfileSummary.from_row(row) for row in store.list_profile_rows(text)]
