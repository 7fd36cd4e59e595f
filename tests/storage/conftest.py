"""Fixtures for the profile store tests: an open store in the isolated data dir, sample basics."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factories import basics
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.storage.store import ProfileStore


def _basics(name: str = "Acme Bio", **changes: object) -> CompanyBasics:
    return basics(name=name, **changes)


@pytest.fixture
def make_basics() -> Callable[..., CompanyBasics]:
    return _basics


@pytest.fixture
def store(data_dir: Path) -> Iterator[ProfileStore]:
    with ProfileStore.open(data_dir) as opened:
        yield opened


@pytest.fixture
def answers() -> dict[str, Answer]:
    return {
        # Questions of the bank, one of each kind the store must keep verbatim and typed.
        "speed.steamroll_exposure": Answer(value=4, note="weekly releases", confidence="high"),
        "speed.x_but_with_ai": Answer(value=True, note="hospital partnership 🏥"),
        "speed.better_model_plan": Answer(value="18개월", note=""),
        "data.proprietary_data_share": Answer(value=0.25),
    }


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SQL statement any connection runs from now on."""
    statements: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return statements
