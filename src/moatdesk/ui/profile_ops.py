"""Main-window operations on one profile: example, JSON in/out, rename, duplicate, delete.

Each takes the main window, asks the user what it needs (file dialogs, a name) and
calls the store; MoatDeskError is left to the window's guard to show.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from moatdesk.domain.textrules import MAX_NAME_CHARS
from moatdesk.ui.i18n import fill
from moatdesk.ui.save_dialog import ask_save_path, default_export_dir, safe_file_stem

translate = QCoreApplication.translate


def open_example(window) -> None:
    """Import the bundled example profile (or show it, if it is already there)."""
    from moatdesk.domain.example import example_exchange_json

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "example.json"
        source.write_text(example_exchange_json(), encoding="utf-8")
        result = window.store.import_json(source)
    window.reload(select=result.profile.id)


def import_json(window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("ProfileOps", "Import a profile"),
        str(default_export_dir()),
        translate("ProfileOps", "MoatDesk profiles (*.json)"),
    )
    if not path:
        return
    result = window.store.import_json(Path(path))
    if result.created:
        message = translate("ProfileOps", "Imported “%1”.").replace(
            "%1", result.profile.basics.name
        )
    else:
        quarters = ", ".join(result.merged_quarters) or translate("ProfileOps", "none")
        message = fill(
            translate("ProfileOps", "“%1” already exists; added quarters: %2."),
            result.profile.basics.name,
            quarters,
        )
    window.reload(select=result.profile.id)
    window.statusBar().showMessage(message, 8000)


def export_json(window) -> None:
    profile = window.selected_profile()
    if profile is None:
        return
    target = ask_save_path(
        window,
        translate("ProfileOps", "Export the profile"),
        fill(
            translate("ProfileOps", "%1 MoatDesk profile.json"),
            safe_file_stem(profile.basics.name, fallback="profile"),
        ),
        translate("ProfileOps", "MoatDesk profiles (*.json)"),
        ".json",
    )
    if target is None:
        return
    saved = window.store.export_json(profile.id, target)
    window.statusBar().showMessage(
        translate("ProfileOps", "Exported to %1").replace("%1", str(saved)), 8000
    )


def rename(window) -> None:
    profile = window.selected_profile()
    if profile is None:
        return
    name, ok = QInputDialog.getText(
        window,
        translate("ProfileOps", "Rename profile"),
        translate("ProfileOps", "New company name:"),
        QLineEdit.EchoMode.Normal,
        profile.basics.name,
    )
    if ok and name.strip() and name != profile.basics.name:
        window.store.rename_profile(profile.id, name)
        window.reload(select=profile.id)


def duplicate(window) -> None:
    profile = window.selected_profile()
    if profile is not None:
        name = copy_name(profile.basics.name, {s.name for s in window.store.list_profiles()})
        copy = window.store.duplicate_profile(profile.id, name)
        window.reload(select=copy.id)


def copy_name(name: str, taken: set[str]) -> str | None:
    """“Name (copy)”, “Name (copy 2)”… in the UI's language (the store's default is English).

    None when the name is too long to extend: the store then shortens it itself.
    """
    for n in range(1, 1000):
        candidate = (
            fill(translate("ProfileOps", "%1 (copy)"), name)
            if n == 1
            else fill(translate("ProfileOps", "%1 (copy %2)"), name, n)
        )
        if len(candidate) > MAX_NAME_CHARS:
            return None
        if candidate not in taken:
            return candidate
    return None


def delete(window) -> None:
    """Move to the trash at once; the undo bar (and Ctrl+Z) bring it back."""
    profile = window.selected_profile()
    if profile is None:
        return
    window.store.delete_profile(profile.id)

    def restore(profile_id: str = profile.id) -> None:
        window.store.restore_profile(profile_id)
        window.reload(select=profile_id)

    window.undo_bar.show_undo(
        translate("ProfileOps", "Moved “%1” to the trash.").replace("%1", profile.basics.name),
        restore,
    )
    window.reload()
    window.actions["undo"].setEnabled(True)
