"""The committed JSON Schema of the exchange format matches the pydantic models."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest

from moatdesk.domain.models import SCHEMA_VERSION, ProfileExchange


@pytest.fixture
def generator(load_script):
    return load_script("generate_schema")


def test_committed_schema_equals_a_fresh_generation(generator) -> None:
    committed = files("moatdesk.resources").joinpath("schema", "profile-exchange.schema.json")
    assert committed.read_text(encoding="utf-8") == generator.schema_text(), (
        "resources/schema/profile-exchange.schema.json is stale: "
        "run .venv/bin/python scripts/generate_schema.py"
    )


def test_schema_describes_the_exchange_document(generator) -> None:
    schema = json.loads(generator.schema_text())
    assert schema["type"] == "object"
    assert set(schema["required"]) == {
        name for name, field in ProfileExchange.model_fields.items() if field.is_required()
    }
    assert schema["additionalProperties"] is False
    assert f"schema_version {SCHEMA_VERSION}" in schema["description"]
    assert "Assessment" in schema["$defs"] and "Answer" in schema["$defs"]


def test_check_mode_reports_drift(generator, tmp_path: Path, monkeypatch, capsys) -> None:
    stale = tmp_path / "profile-exchange.schema.json"
    stale.write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(generator, "SCHEMA_FILE", stale)
    assert generator.main(["--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    monkeypatch.setattr(generator, "TARGET", tmp_path)
    assert generator.main([]) == 0
    assert generator.main(["--check"]) == 0
