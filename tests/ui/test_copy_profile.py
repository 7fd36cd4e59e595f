"""Copy Profile with 1,000 profiles in the store: the copy's free name comes from the list
on screen, so the store lists its profiles once (the refresh that shows the copy), not
twice (~20 ms each at 10,000 profiles, issue 16).  Counted, not timed."""

from __future__ import annotations

import pytest

from factories import basics
from listing import listed
from moatdesk.storage import profiles_repo
from moatdesk.storage.connection import transaction, utc_now

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_copy_profile_lists_the_profiles_once(qtbot, make_window, store, monkeypatch) -> None:
    now = utc_now()
    with transaction(store._conn, store.db_path) as conn:
        for n in range(1_000):
            pid = profiles_repo.new_profile_id()
            profiles_repo.insert(conn, pid, basics(name=f"Company {n:04d}"), now, now)
    acme = store.create_profile(basics(name="Acme"))
    store.create_profile(basics(name="Acme (copy)"))
    window = make_window()
    qtbot.keyClicks(window.panel.search, "acme")  # the 1,000 others hidden, still taken
    assert listed(window.panel) == ["Acme", "Acme (copy)"]
    window.panel.select(acme.id)
    calls: list[tuple] = []
    list_rows = store.list_profile_rows
    monkeypatch.setattr(
        store,
        "list_profile_rows",
        lambda *args, **kwargs: calls.append(args) or list_rows(*args, **kwargs),
    )

    window.actions_by_name["duplicate"].trigger()

    assert len(calls) == 1, "Copy Profile listed every profile more than once"
    assert listed(window.panel) == ["Acme", "Acme (copy 2)", "Acme (copy)"]  # search-key order
    assert window.panel.model.total() == 1_003
    copy = store.get_profile(window.panel.current_id())
    assert copy.basics.name == "Acme (copy 2)" and copy.id != acme.id
