"""Whether a name is taken, at 2,000 profiles: a seek in the list's index, not a scan.

A create, rename, copy or import asks whether a live profile's name looks like the new
one (textrules.name_key: NFC, no zero-width characters).  That compared the name key of
every live profile (~20-50 ms at 10,000, issue 16); now only the names with the same
search key (the name key case-folded) are compared.  Counted, not timed.
"""

from __future__ import annotations

import pytest

from moatdesk.storage import profiles_repo
from moatdesk.storage.connection import transaction, utc_now
from moatdesk.storage.errors import NameTakenError


def test_a_new_name_compares_only_the_names_that_fold_alike(store, make_basics, monkeypatch):
    now = utc_now()
    with transaction(store._conn, store.db_path) as conn:
        for n in range(2_000):
            pid = profiles_repo.new_profile_id()
            profiles_repo.insert(conn, pid, make_basics(f"Company {n:04d}"), now, now)
    store.create_profile(make_basics("Caf\u00e9"))
    keyed: list[str] = []
    name_key = profiles_repo.name_key
    monkeypatch.setattr(
        profiles_repo, "name_key", lambda name: keyed.append(name) or name_key(name)
    )

    with pytest.raises(NameTakenError):
        store.create_profile(make_basics("Cafe\u0301"))  # NFD: looks the same
    with pytest.raises(NameTakenError):
        store.create_profile(make_basics("Caf\u200b\u00e9"))  # a zero-width space
    store.create_profile(make_basics("CAF\u00c9"))  # another case: another name
    copy = store.duplicate_profile(store.get_profile("CAF\u00c9").id)
    assert copy.basics.name == "CAF\u00c9 (copy)"
    assert len(keyed) < 20, len(keyed)  # the typed names and the few that fold alike
