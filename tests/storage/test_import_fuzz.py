"""Whatever bytes an import is given, the outcome is a StoreError message or a valid import."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from budget import examples
from factories import basics as sample_basics
from factories import summaries
from moatdesk.domain.models import Answer
from moatdesk.storage.errors import StoreError
from moatdesk.storage.store import ProfileStore

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProfileStore, bytes, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    with ProfileStore.open(folder / "data") as store:
        basics = sample_basics(name="Fuzz 퍼즈", sector="other", team_size=4, runway_months=12)
        profile = store.create_profile(basics)
        store.save_draft(profile.id, "2026-Q4", {"q": Answer(value=3, note="메모")})
        good = store.export_json(profile.id, folder / "good.json").read_bytes()
        store.delete_profile(profile.id)
        store.purge_trash(older_than_days=0)
        yield store, good, folder


def _attempt(store: ProfileStore, folder: Path, content: bytes) -> None:
    source = folder / f"{uuid.uuid4().hex}.json"
    source.write_bytes(content)
    before = [s.id for s in summaries(store)]
    try:
        result = store.import_json(source)
    except StoreError as exc:
        assert str(source) in str(exc)
        assert [s.id for s in summaries(store)] == before
    else:  # a mutation that is still a valid profile: fine, then remove it again
        store.delete_profile(result.profile.id)
        store.purge_trash(older_than_days=0)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values)
def test_arbitrary_json_is_refused_with_a_message(setup, value):
    store, _, folder = setup
    _attempt(store, folder, json.dumps(value).encode())


@settings(max_examples=examples(150), deadline=None)
@given(data=st.data())
def test_damaged_exports_are_refused_or_imported_never_crash(setup, data):
    store, good, folder = setup
    content = bytearray(good)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(content) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            content[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del content[at:]
            if not content:
                break
        else:
            content[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    _attempt(store, folder, bytes(content))
