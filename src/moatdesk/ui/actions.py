"""Every main-window action: its shortcut, its menu and its (translated) text.

One table, so menus, buttons and the shortcut list never disagree.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate

# name -> (menu, shortcut); the order is the order in the menus.
ACTION_TABLE: dict[str, tuple[str, str]] = {
    "new_profile": ("file", "Ctrl+N"),
    "open_example": ("file", "Ctrl+Shift+O"),
    "import_json": ("file", "Ctrl+I"),
    "export_json": ("file", "Ctrl+E"),
    "export_pdf": ("file", "Ctrl+P"),
    "settings": ("file", "Ctrl+,"),
    "quit": ("file", "Ctrl+Q"),
    "undo": ("edit", "Ctrl+Z"),
    "rename": ("edit", "F2"),
    "duplicate": ("edit", "Ctrl+Shift+D"),
    "delete": ("edit", "Del"),
    "trash": ("edit", "Ctrl+Shift+T"),
    "start_review": ("review", "Ctrl+R"),
    "continue_draft": ("review", "Ctrl+Shift+R"),
    "view_results": ("review", "Ctrl+Return"),
    "what_if": ("review", "Ctrl+Shift+W"),
    "next_review_date": ("review", ""),
    "export_reminder": ("review", ""),
    "guide": ("help", "F1"),
    "about": ("help", ""),
}


def action_texts() -> dict[str, str]:
    return {
        "new_profile": translate("Actions", "&New profile…"),
        "open_example": translate("Actions", "Open the &example"),
        "import_json": translate("Actions", "&Import profile (JSON)…"),
        "export_json": translate("Actions", "E&xport profile (JSON)…"),
        "export_pdf": translate("Actions", "Export PDF &roadmap…"),
        "settings": translate("Actions", "&Settings…"),
        "quit": translate("Actions", "&Quit"),
        "undo": translate("Actions", "&Undo delete"),
        "rename": translate("Actions", "&Rename…"),
        "duplicate": translate("Actions", "D&uplicate"),
        "delete": translate("Actions", "&Delete"),
        "trash": translate("Actions", "&Trash…"),
        "start_review": translate("Actions", "&Start this quarter's review"),
        "continue_draft": translate("Actions", "&Continue draft"),
        "view_results": translate("Actions", "&View results"),
        "what_if": translate("Actions", "&What if…"),
        "next_review_date": translate("Actions", "Set the next review &date…"),
        "export_reminder": translate("Actions", "Export review &reminder (.ics)…"),
        "guide": translate("Actions", "&Guide and shortcuts"),
        "about": translate("Actions", "&About MoatDesk"),
    }


def menu_titles() -> dict[str, str]:
    return {
        "file": translate("Actions", "&File"),
        "edit": translate("Actions", "&Edit"),
        "review": translate("Actions", "&Review"),
        "help": translate("Actions", "&Help"),
    }


def make_actions(parent: QObject) -> dict[str, QAction]:
    actions = {}
    for name, (_menu, keys) in ACTION_TABLE.items():
        action = QAction(parent)
        action.setObjectName(name)
        # setShortcuts, not setShortcut: resolving setShortcut's overloads builds Qt's
        # namespace of enums (~20-40 ms), which the first frame otherwise never needs.
        action.setShortcuts([QKeySequence(keys)])
        actions[name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for name, text in action_texts().items():
        action = actions[name]
        action.setText(text)
        # Without the mnemonic: Korean's "(&S)" too, which a button's icon text would keep
        # (Qt drops only the "&"), showing a letter that does nothing there.
        plain = re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
        action.setIconText(plain)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
