"""upgrade_exchange: a version-1 exchange file in today's shape, and a malformed one left
for validation to name (storage's import tests read real version-1 files)."""

from __future__ import annotations

from moatdesk.domain.models import SCHEMA_VERSION, upgrade_exchange

BASICS = {"name": "Old Co"}


def test_each_version_1_assessment_gets_the_profile_basics_unless_it_has_its_own() -> None:
    own = {"quarter": "2026-Q2", "basics": {"name": "Then Co"}}
    raw = {
        "schema_version": 1,
        "profile": {"basics": BASICS, "assessments": [{"quarter": "2026-Q1"}, own, "junk"]},
    }
    upgraded = upgrade_exchange(raw)
    assert upgraded["schema_version"] == SCHEMA_VERSION
    assert upgraded["profile"]["assessments"] == [
        {"basics": BASICS, "quarter": "2026-Q1"},
        own,  # its own basics kept
        "junk",  # not an assessment: left for validation to name
    ]
    assert raw["schema_version"] == 1 and "basics" not in raw["profile"]["assessments"][0]


def test_a_malformed_version_1_file_only_gets_the_new_version() -> None:
    for profile in ([], {"basics": BASICS}, {"assessments": "none"}):
        raw = {"schema_version": 1, "profile": profile}
        assert upgrade_exchange(raw) == {"schema_version": SCHEMA_VERSION, "profile": profile}
    current = {"schema_version": SCHEMA_VERSION, "profile": {}}
    assert upgrade_exchange(current) is current
