"""Exports are atomic: a failed write names its cause and leaves the old file and no temp."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from moatdesk.files import TEMP_PREFIX, clean_stale_temps, write_atomic
from moatdesk.storage.errors import DiskWriteError, InvalidInputError


@pytest.fixture
def profile_id(store, make_basics, answers) -> str:
    profile = store.create_profile(make_basics("Acme"))
    store.save_draft(profile.id, "2026-Q4", answers)
    return profile.id


def _fail_fsync(code: int):
    def fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    return fsync


@pytest.mark.parametrize(
    ("code", "cause"),
    [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "read-only")],
)
def test_a_failed_export_names_the_cause_and_leaves_the_old_file(
    store, profile_id, tmp_path: Path, monkeypatch, code, cause
):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "acme.json"
    target.write_text("previous export", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _fail_fsync(code))
    with pytest.raises(DiskWriteError, match=cause) as caught:
        store.export_json(profile_id, target)
    assert str(target) in str(caught.value)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["acme.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_is_named(store, profile_id, tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(DiskWriteError, match="read-only"):
            store.export_json(profile_id, folder / "acme.json")
    finally:
        folder.chmod(0o700)


def test_exporting_to_a_missing_folder_or_a_folder_path_is_reported(store, profile_id, tmp_path):
    with pytest.raises(DiskWriteError, match="does not exist"):
        store.export_json(profile_id, tmp_path / "missing" / "acme.json")
    with pytest.raises(InvalidInputError, match="is a folder"):
        store.export_json(profile_id, tmp_path)


def test_leftover_temp_files_of_dead_or_old_writers_are_removed(tmp_path: Path):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    dead = tmp_path / f"{TEMP_PREFIX}999999999-aaaaaaaaaaaa.tmp"  # no such pid
    old = tmp_path / f"{TEMP_PREFIX}{os.getppid()}-bbbbbbbbbbbb.tmp"  # a live pid, but stale
    live = tmp_path / f"{TEMP_PREFIX}{os.getppid()}-cccccccccccc.tmp"  # a live writer, just now
    other = tmp_path / "notes.tmp"
    for path in (dead, old, live, other):
        path.write_text("x", encoding="utf-8")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    write_atomic(tmp_path / "out.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name, "out.json"])
    assert clean_stale_temps(tmp_path, older_than_s=-1) == 1  # `live` too, once old enough
