"""Where the data lives: --data-dir, else $MOATDESK_DATA_DIR, else the platform's folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from moatdesk.storage.location import resolve_data_dir


def test_an_explicit_folder_wins_then_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MOATDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "given") == (tmp_path / "given").resolve()
    assert resolve_data_dir() == (tmp_path / "from-env").resolve()


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG data folder is Linux's")
def test_without_either_it_is_the_users_data_folder_named_moatdesk(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("MOATDESK_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert resolve_data_dir() == tmp_path / "share" / "MoatDesk"
