"""Issue 10 item 10: profile names that look alike, hide or shadow something.

Each case was accepted before: a name of only spaces; a name equal to another profile's
id (the id wins every lookup, the name is unreachable); NFC "Café", NFD "Café" and
"Café" with a zero-width space as three profiles; a right-to-left override printed raw by
`list`; a suggested export file name over 255 bytes; export removing temp files it did
not create.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from factories import summaries
from moatdesk.cli import main as cli_main
from moatdesk.files import clean_stale_temps, temp_path_in
from moatdesk.storage.errors import InvalidInputError, NameTakenError

NFC = "Caf\u00e9"
NFD = "Cafe\u0301"
ZERO_WIDTH = "Caf\u200b\u00e9"


@pytest.mark.parametrize("name", ["   ", "\u3000\t", "\u200b", " \u200d "])
def test_a_name_with_nothing_visible_is_refused(store, make_basics, name):
    with pytest.raises(InvalidInputError) as raised:
        store.create_profile(make_basics(name))
    assert "visible" in str(raised.value)
    profile = store.create_profile(make_basics("Acme"))
    with pytest.raises(InvalidInputError):
        store.rename_profile(profile.id, name)
    assert [s.name for s in summaries(store)] == ["Acme"]


def test_a_name_that_is_a_profile_id_is_refused(store, make_basics):
    first = store.create_profile(make_basics("Acme"))
    with pytest.raises(InvalidInputError) as raised:
        store.create_profile(make_basics(first.id))
    assert "id" in str(raised.value)
    with pytest.raises(InvalidInputError):
        store.create_profile(make_basics("0123456789abcdef" * 2))  # any id-shaped name
    assert store.get_profile(first.id).basics.name == "Acme"


@pytest.mark.parametrize("lookalike", [NFD, ZERO_WIDTH, "Cafe\u0301\u200b"])
def test_names_that_look_the_same_are_one_name(store, make_basics, lookalike):
    store.create_profile(make_basics(NFC))
    with pytest.raises(NameTakenError):
        store.create_profile(make_basics(lookalike))
    other = store.create_profile(make_basics("Other"))
    with pytest.raises(NameTakenError):
        store.rename_profile(other.id, lookalike)
    assert sorted(s.name for s in summaries(store)) == sorted([NFC, "Other"])


def test_a_name_is_kept_verbatim_and_found_by_what_it_looks_like(store, make_basics):
    created = store.create_profile(make_basics(NFD))
    assert store.get_profile(created.id).basics.name == NFD  # verbatim, not normalised
    assert store.get_profile(NFD).id == created.id
    assert store.get_profile(NFC).id == created.id  # typed the other way, same profile


def test_an_import_with_a_lookalike_name_comes_in_as_a_copy(store, make_basics, tmp_path):
    original = store.create_profile(make_basics(NFD))
    exported = store.export_json(original.id, tmp_path / "cafe.json")
    text = exported.read_text(encoding="utf-8").replace(original.id, "b" * 32)
    exported.write_text(text.replace(NFD, ZERO_WIDTH), encoding="utf-8")
    result = store.import_json(exported)
    assert result.created and result.profile.basics.name == f"{ZERO_WIDTH} (imported)"


def test_list_shows_bidi_controls_escaped(data_dir, make_basics, capsys, monkeypatch):
    from moatdesk.storage.store import ProfileStore

    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("moatdesk.cli.profile_commands",))
    with ProfileStore.open(data_dir) as store:
        store.create_profile(make_basics("evil\u202etxt.exe"))
        store.create_profile(make_basics("\u2067isolate\u2069"))
    assert cli_main.main(["list"]) == 0
    out = capsys.readouterr().out
    for control in ("\u202e", "\u2067", "\u2069"):
        assert control not in out
    assert "evil\\u202etxt.exe" in out and "\\u2067isolate\\u2069" in out


def test_the_suggested_export_file_names_fit_in_255_bytes():
    from moatdesk.ui.pdf_export import suggested_pdf_name
    from moatdesk.ui.save_dialog import safe_file_stem

    name = "가" * 200  # the longest name a profile may have, three bytes a character
    for full in (
        f"{safe_file_stem(name)} MoatDesk profile.json",
        suggested_pdf_name(name, "2026-Q4"),
    ):
        assert len(full.encode("utf-8")) <= 255
    stem = safe_file_stem(name)
    assert stem == "가" * len(stem) and len(stem) > 30  # cut between characters, still useful
    assert safe_file_stem("Acme") == "Acme"


def test_stale_temp_clean_up_removes_only_files_moatdesk_created(tmp_path: Path):
    ours = temp_path_in(tmp_path)
    ours.write_bytes(b"left by a killed export")
    theirs = [tmp_path / ".moatdesk-notes.tmp", tmp_path / ".moatdesk-backup-of-mine.tmp"]
    for path in theirs:
        path.write_bytes(b"someone else's")
    old = time.time() - 3600
    for path in (ours, *theirs):
        os.utime(path, (old, old))
    assert clean_stale_temps(tmp_path) == 1
    assert not ours.exists()
    assert all(path.exists() for path in theirs)
