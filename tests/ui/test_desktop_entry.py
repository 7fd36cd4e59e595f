"""The Linux menu entry installs for the current user and points at this environment."""

from __future__ import annotations

import configparser
from pathlib import Path

from moatdesk.ui import desktop_entry


def test_install_writes_a_valid_entry_and_icon_then_remove_cleans_up(tmp_path: Path):
    home = tmp_path / "share"
    entry, icon = desktop_entry.install(home)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in .desktop files
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "MoatDesk"
    assert section["Icon"] == "moatdesk"
    assert section["Exec"].strip('"').endswith("moatdesk")
    assert "메타-해자" in section["GenericName[ko]"]
    assert icon.read_bytes().startswith(b"<svg")
    assert desktop_entry.remove(home) == [entry, icon]
    assert not entry.exists() and not icon.exists()
