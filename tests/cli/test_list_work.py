"""`moatdesk list` at thousands of profiles: the work counted, not timed (issue 16).

The table is made from the store's rows (plain tuples) a column at a time; a profile
costs no Python call of its own, and Python's cyclic collector does not walk the rows
while they are listed (its pauses made the slow lists of a run).
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from factories import basics
from listing import python_calls
from moatdesk.cli.profile_commands import list_text
from moatdesk.domain.models import Answer
from moatdesk.domain.quarters import quarter_of
from moatdesk.storage import profiles_repo
from moatdesk.storage.connection import transaction
from moatdesk.storage.store import ProfileStore


def _store(data_dir: Path, count: int, name: str = "Company {n:05d} 회사") -> ProfileStore:
    """``count`` profiles: a draft, a final review and the rest never reviewed (bulk
    inserted, as 3,000 one by one would be 3,000 fsyncs)."""
    store = ProfileStore.open(data_dir, daily_backup=False)
    now = datetime(2026, 11, 2, tzinfo=UTC)
    with transaction(store._conn, store.db_path) as conn:
        for n in range(count - 2):
            profile_id = profiles_repo.new_profile_id()
            shown = name.format(n=n) + ("\u200b" if n == 1 else "")  # shown escaped
            profiles_repo.insert(conn, profile_id, basics(name=shown), now, now)
    this_quarter = quarter_of(date.today())
    for n, final in ((count - 2, False), (count - 1, True)):
        profile = store.create_profile(basics(name=name.format(n=n)))
        store.save_draft(profile.id, this_quarter, {"speed.steamroll_exposure": Answer(value=3)})
        if final:  # reviewed this quarter: not due
            store.finalise(profile.id, this_quarter)
    return store


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[dict[int, ProfileStore]]:
    made = {count: _store(tmp_path / f"p{count}", count) for count in (300, 3_000)}
    yield made
    for store in made.values():
        store.close()


@pytest.mark.parametrize("lang", [None, "ko"])
def test_listing_3000_profiles_calls_as_much_python_as_300(stores, lang) -> None:
    """Korean names, one with a zero-width space (shown escaped).  Before issue 16 each
    profile was a ProfileSummary, and each character of its cells two generator steps
    (escaping, width): 3,000 profiles ran ~900,000 calls."""
    small, large = stores[300], stores[3_000]
    list_text(small, None, lang)  # once first: the translation and the taxonomy load
    calls = {
        n: python_calls(lambda s=store: list_text(s, None, lang)) for n, store in stores.items()
    }
    assert calls[3_000] == calls[300], calls
    lines = list_text(large, None, lang).splitlines()
    assert len(lines) == 3_001 and lines[1].startswith("Company 00000 회사 ")
    assert lines[2].startswith("Company 00001 회사\\u200b ")
    assert {line.split()[-1] for line in lines[1:]} == (
        {"yes", "no"} if lang is None else {"예", "아니요"}
    )
    assert len(list_text(small, "company 002", lang).splitlines()) == 1 + 100  # the search, in SQL


def test_the_collector_does_not_run_while_listing(stores) -> None:
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    list_text(stores[3_000], None, None)
    gc.callbacks.append(count)
    try:
        assert len(list_text(stores[3_000], None, None).splitlines()) == 3_001
    finally:
        gc.callbacks.remove(count)
    assert collections == []  # 3,000 rows used to start 4-5 collections
    assert gc.isenabled()
    gc.disable()
    try:
        list_text(stores[300], None, None)
        assert not gc.isenabled()  # left as it was (a worker's pause, the caller's choice)
    finally:
        gc.enable()


def _columns(text: str) -> int:
    """Terminal columns, worked out here character by character."""
    return sum(
        2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
        for ch in text
    )


def test_wide_combining_and_escaped_names_keep_the_columns_aligned(data_dir: Path) -> None:
    names = ["노을 Health", "Cafe\u0301 NFD", "Zero\u200bwidth", "ｆｕｌｌ", "Tab\tname", "Plain"]
    with ProfileStore.open(data_dir) as store:
        ids = [store.create_profile(basics(name=name)).id for name in names]
        lines = list_text(store, None, "ko").splitlines()
    starts = {_columns(line[: line.index(pid)]) for line in lines[1:] for pid in ids if pid in line}
    assert len(starts) == 1  # every id starts in the same terminal column
    assert starts == {_columns(lines[0][: lines[0].index("ID")])}
    assert any("Zero\\u200bwidth" in line for line in lines)
    assert any("Tab\\tname" in line for line in lines)
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize(
    "names",
    [
        ["노을 헬스케어", "Company 00001 회사", "ｆｕｌｌ 全角", "Plain"],  # all wide: counted in C
        ["École Numérique", "Straße AI", "Плато", "Plain"],  # all one column each
        ["노을 Health", "Cafe\u0301 NFD", "École", "Zero\u200bwidth 회사"],  # mixed, escaped
    ],
)
def test_each_kind_of_name_column_is_padded_to_one_width_on_screen(names: list[str]) -> None:
    """_padded's three ways to measure a column that is not ASCII, each against the
    widths worked out here character by character."""
    from moatdesk.cli.profile_commands import _cell, _padded

    column = ["NAME", *names]
    padded = _padded(column)
    shown = [_cell(name) for name in column]
    assert [cell.rstrip() for cell in padded] == shown
    assert {_columns(cell) for cell in padded} == {max(map(_columns, shown))}
