"""Profiles: create, find, rename, duplicate, trash and the profiles list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.domain.taxonomy import AssessmentStatus
from moatdesk.storage.errors import InvalidInputError, NameTakenError, ProfileNotFoundError
from moatdesk.storage.store import ProfileStore


def test_created_profile_is_found_by_id_and_by_exact_name(store, make_basics):
    created = store.create_profile(make_basics("Acme Bio"))
    assert store.get_profile(created.id) == created
    assert store.get_profile("Acme Bio") == created
    with pytest.raises(ProfileNotFoundError, match="acme bio"):
        store.get_profile("acme bio")


def test_profiles_survive_closing_and_reopening(data_dir: Path, make_basics):
    with ProfileStore.open(data_dir) as store:
        created = store.create_profile(make_basics("노을 AI", sector="healthcare"))
    with ProfileStore.open(data_dir) as store:
        assert store.get_profile(created.id).basics == created.basics


def test_two_live_profiles_cannot_share_a_name(store, make_basics):
    store.create_profile(make_basics("Acme"))
    with pytest.raises(NameTakenError, match="Acme"):
        store.create_profile(make_basics("Acme"))
    other = store.create_profile(make_basics("Other"))
    with pytest.raises(NameTakenError):
        store.rename_profile(other.id, "Acme")


def test_rename_and_update_basics(store, make_basics):
    profile = store.create_profile(make_basics("Old"))
    renamed = store.rename_profile(profile.id, "New <b>name</b>")
    assert renamed.basics.name == "New <b>name</b>"
    assert store.get_profile("New <b>name</b>").id == profile.id
    updated = store.update_basics(profile.id, make_basics("New <b>name</b>", team_size=40))
    assert updated.basics.team_size == 40
    with pytest.raises(InvalidInputError):
        store.rename_profile(profile.id, "")


def test_duplicate_copies_basics_and_history_under_a_free_name(store, make_basics, answers):
    profile = store.create_profile(make_basics("Acme"))
    store.save_draft(profile.id, "2026-Q3", answers)
    store.finalise(profile.id, "2026-Q3")
    copy = store.duplicate_profile(profile.id)
    assert copy.id != profile.id
    assert copy.basics.name == "Acme (copy)"
    assert [a.answers for a in copy.assessments] == [answers]
    assert store.duplicate_profile(profile.id).basics.name == "Acme (copy 2)"
    assert store.duplicate_profile(profile.id, "Acme B").basics.name == "Acme B"


def test_delete_moves_to_trash_and_restore_brings_it_back(store, make_basics, answers):
    profile = store.create_profile(make_basics("Acme"))
    store.save_draft(profile.id, "2026-Q4", answers)
    store.delete_profile(profile.id)
    assert summaries(store) == []
    with pytest.raises(ProfileNotFoundError):
        store.get_profile("Acme")
    [trashed] = store.list_trash()
    assert (trashed.id, trashed.name) == (profile.id, "Acme")
    assert trashed.purge_after - trashed.deleted_at == timedelta(days=30)
    restored = store.restore_profile(profile.id)
    assert restored.assessments[0].answers == answers
    assert store.list_trash() == []


def test_restoring_into_a_taken_name_renames_the_restored_profile(store, make_basics):
    first = store.create_profile(make_basics("Acme"))
    store.delete_profile(first.id)
    store.create_profile(make_basics("Acme"))
    assert store.restore_profile(first.id).basics.name == "Acme (restored)"


def test_purge_removes_only_profiles_trashed_long_enough(store, make_basics):
    old = store.create_profile(make_basics("Old"))
    recent = store.create_profile(make_basics("Recent"))
    store.delete_profile(old.id)
    store.delete_profile(recent.id)
    store._conn.execute(  # as if deleted 31 days ago
        "UPDATE profiles SET deleted_at = '2000-01-01T00:00:00.000000+00:00' WHERE id = ?",
        (old.id,),
    )
    assert store.purge_trash() == 1
    assert [t.id for t in store.list_trash()] == [recent.id]
    with pytest.raises(ProfileNotFoundError):
        store.restore_profile(old.id)


def test_list_shows_latest_quarter_status_and_whether_review_is_due(
    data_dir: Path, make_basics, answers
):
    with ProfileStore.open(data_dir, today=lambda: date(2026, 11, 27)) as store:
        done = store.create_profile(make_basics("Done"))
        store.save_draft(done.id, "2026-Q3", answers)
        store.finalise(done.id, "2026-Q3")
        store.save_draft(done.id, "2026-Q4", answers)
        store.finalise(done.id, "2026-Q4")
        drafting = store.create_profile(make_basics("drafting"))
        store.save_draft(drafting.id, "2026-Q4", answers)
        fresh = store.create_profile(make_basics("Fresh"))
        rows = {s.name: s for s in summaries(store)}
    assert [s for s in rows] == ["Done", "drafting", "Fresh"]  # case-insensitive order
    assert (rows["Done"].latest_quarter, rows["Done"].latest_status) == (
        "2026-Q4",
        AssessmentStatus.FINAL,
    )
    assert not rows["Done"].review_due and not rows["Done"].has_draft
    assert rows["drafting"].review_due and rows["drafting"].has_draft
    assert rows["drafting"].latest_status is AssessmentStatus.DRAFT
    assert rows["Fresh"].latest_quarter is None and rows["Fresh"].review_due
    assert rows["Fresh"].id == fresh.id
    # A new calendar quarter makes the review due again.
    with ProfileStore.open(data_dir, today=lambda: date(2027, 1, 2)) as store:
        assert {s.name: s.review_due for s in summaries(store)}["Done"] is True


def test_unknown_profile_ids_are_reported(store):
    for call in (
        lambda: store.delete_profile("0" * 32),
        lambda: store.history("0" * 32),
        lambda: store.rename_profile("0" * 32, "x"),
        lambda: store.save_draft("0" * 32, "2026-Q4", {}),
    ):
        with pytest.raises(ProfileNotFoundError):
            call()


def test_a_name_too_long_is_refused_with_the_reason_and_the_old_name_kept(store, make_basics):
    profile = store.create_profile(make_basics("Acme"))
    with pytest.raises(InvalidInputError, match=r"that name cannot be used: .*200"):
        store.rename_profile(profile.id, "A" * 201)
    assert store.get_profile(profile.id).basics.name == "Acme"


def test_restoring_a_profile_that_is_not_in_the_trash_names_it(store, make_basics):
    profile = store.create_profile(make_basics("Acme"))
    with pytest.raises(ProfileNotFoundError) as raised:
        store.restore_profile(profile.id)
    assert str(raised.value) == f"there is no profile “{profile.id}” in the trash"
