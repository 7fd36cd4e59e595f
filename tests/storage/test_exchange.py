"""JSON export and import: strict refusals leave the store unchanged; never a silent overwrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.domain.models import SCHEMA_VERSION, ProfileExchange
from moatdesk.storage.errors import ImportRejectedError, NewerSchemaError
from moatdesk.storage.exchange import MAX_DEPTH
from moatdesk.storage.limits import MAX_IMPORT_BYTES


@pytest.fixture
def exported(store, make_basics, answers, tmp_path: Path) -> Path:
    profile = store.create_profile(make_basics("Acme 한글"))
    store.save_draft(profile.id, "2026-Q3", answers)
    store.finalise(profile.id, "2026-Q3")
    store.save_draft(profile.id, "2026-Q4", answers)
    return store.export_json(profile.id, tmp_path / "acme.json")


def _state(store) -> list[str]:
    return [p.model_dump_json() for s in summaries(store) for p in [store.get_profile(s.id)]]


def test_export_carries_the_schema_version_and_every_quarter(store, exported: Path):
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert [a["quarter"] for a in data["profile"]["assessments"]] == ["2026-Q3", "2026-Q4"]
    assert ProfileExchange.model_validate(data).profile == store.get_profile("Acme 한글")


def test_import_into_an_empty_store_recreates_the_profile(store, exported: Path, data_dir):
    original = store.get_profile("Acme 한글")
    store.delete_profile(original.id)
    store.purge_trash(older_than_days=0)
    result = store.import_json(exported)
    assert result.created and result.merged_quarters == ["2026-Q3", "2026-Q4"]
    assert result.profile == original


def test_same_profile_id_merges_only_the_missing_quarters(store, exported: Path):
    profile = store.get_profile("Acme 한글")
    data = json.loads(exported.read_text(encoding="utf-8"))
    extra = dict(data["profile"]["assessments"][0], quarter="2027-Q1")
    changed = dict(data["profile"]["assessments"][1], answers={})  # differs from the store's
    data["profile"]["assessments"] = [data["profile"]["assessments"][0], changed, extra]
    exported.write_text(json.dumps(data), encoding="utf-8")
    result = store.import_json(exported)
    assert not result.created and result.merged_quarters == ["2027-Q1"]
    after = store.get_profile(profile.id)
    assert [a.quarter for a in after.assessments] == ["2026-Q3", "2026-Q4", "2027-Q1"]
    assert after.assessments[1].answers == profile.assessments[1].answers  # not overwritten
    assert store.import_json(exported).merged_quarters == []


def test_same_name_other_profile_is_imported_as_a_copy(store, exported: Path):
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["profile"]["id"] = "f" * 32
    exported.write_text(json.dumps(data), encoding="utf-8")
    first = store.import_json(exported)
    assert first.created and first.profile.basics.name == "Acme 한글 (imported)"
    data["profile"]["id"] = "e" * 32
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert store.import_json(exported).profile.basics.name == "Acme 한글 (imported 2)"
    assert len(summaries(store)) == 3


def _mutations(good: str) -> dict[str, tuple[bytes, str]]:
    data = json.loads(good)
    unknown = json.loads(good)
    unknown["profile"]["basics"]["valuation"] = 5
    wrong_type = json.loads(good)
    wrong_type["profile"]["basics"]["team_size"] = "twelve"
    quoted = json.loads(good)
    quoted["profile"]["basics"]["runway_months"] = "18"
    nan = good.replace('"team_size": 12', '"team_size": NaN')
    duplicate = good.replace('"team_size": 12', '"team_size": 12, "team_size": 13')
    surrogate = good.replace('"Acme 한글"', '"Acme \\ud800"')
    twice = json.loads(good)
    twice["profile"]["assessments"].append(twice["profile"]["assessments"][0])
    return {
        "malformed": (b"{not json", "not valid JSON"),
        "truncated": (good.encode()[: len(good) // 2], "truncated"),
        "not utf-8": (good.encode("utf-16"), "not UTF-8"),
        "nested": (("[" * 100_000 + "]" * 100_000).encode(), "nested"),
        "nested-shallow": (("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode(), "nested"),
        "unknown field": (json.dumps(unknown).encode(), "valuation"),
        "wrong type": (json.dumps(wrong_type).encode(), "team_size"),
        "quoted number": (json.dumps(quoted).encode(), "runway_months"),
        "nan": (nan.encode(), "NaN"),
        "duplicate key": (duplicate.encode(), "team_size"),
        "lone surrogate": (surrogate.encode(), "surrogate"),
        "quarter twice": (json.dumps(twice).encode(), "more than one assessment"),
        "array": (b"[]", "not a MoatDesk profile"),
        "empty": (b"", "not valid JSON"),
        "infinity": (
            json.dumps(data).replace('"runway_months": 18', '"runway_months": -Infinity').encode(),
            "Infinity",
        ),
    }


def test_every_bad_file_is_refused_with_its_cause_and_the_store_is_unchanged(
    store, exported: Path, tmp_path: Path
):
    good = exported.read_text(encoding="utf-8")
    before = _state(store)
    for label, (content, cause) in _mutations(good).items():
        bad = tmp_path / f"{label}.json"
        bad.write_bytes(content)
        with pytest.raises(ImportRejectedError) as caught:
            store.import_json(bad)
        assert cause in str(caught.value), label
        assert str(bad) in str(caught.value), label
        assert _state(store) == before, label


def test_a_huge_file_is_refused_before_it_is_read(store, tmp_path: Path, monkeypatch):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:
        fh.truncate(MAX_IMPORT_BYTES + 1)  # sparse: the cap's bytes without writing them
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: pytest.fail("opened it to read"))
    cap = MAX_IMPORT_BYTES // (1024 * 1024)  # derived from the store's limits
    with pytest.raises(ImportRejectedError, match=f"larger than {cap} MB") as raised:
        store.import_json(huge)
    assert str(raised.value).startswith(f"{huge} is larger")  # names the file
    assert summaries(store) == []


def test_importing_a_small_file_allocates_about_its_size_not_the_cap(store, exported: Path):
    import tracemalloc

    size = exported.stat().st_size
    tracemalloc.start()
    try:
        store.import_json(exported)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Reading up to the cap once allocated MAX_IMPORT_BYTES (181 MiB) per import, which a
    # machine without overcommit refuses; parsing and checking take a few MiB.
    assert peak < 8 * 1024 * 1024 < MAX_IMPORT_BYTES, (size, peak)


def test_a_file_grown_since_it_was_measured_is_read_whole(store, exported: Path, monkeypatch):
    real_stat = Path.stat
    measured = []

    def stale_stat(self, *args, **kwargs):  # the size before the last write landed
        result = real_stat(self, *args, **kwargs)
        if self == exported:
            measured.append(True)
            return type(result)((*result[:6], 10, *result[7:]))  # st_size: 10 bytes
        return result

    monkeypatch.setattr(Path, "stat", stale_stat)
    result = store.import_json(exported)  # its first 11 bytes alone are not valid JSON
    assert measured
    assert result.profile.basics.name == "Acme 한글" and not result.created


def test_a_newer_schema_version_is_refused(store, exported: Path):
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["schema_version"] = SCHEMA_VERSION + 1
    data["profile"]["future_field"] = True
    exported.write_text(json.dumps(data), encoding="utf-8")
    before = _state(store)
    with pytest.raises(NewerSchemaError, match="newer MoatDesk"):
        store.import_json(exported)
    assert _state(store) == before


def test_a_missing_file_is_reported(store, tmp_path: Path):
    with pytest.raises(ImportRejectedError, match="no file"):
        store.import_json(tmp_path / "nope.json")


def test_the_bundled_examples_pass_the_strict_import(store):
    from importlib.resources import as_file, files

    examples = [f for f in files("moatdesk.resources").joinpath("examples").iterdir()]
    json_files = [f for f in examples if f.name.endswith(".json")]
    assert json_files
    for resource in json_files:
        with as_file(resource) as path:
            result = store.import_json(path)
        assert result.created and result.merged_quarters
    assert len(summaries(store)) == len(json_files)
