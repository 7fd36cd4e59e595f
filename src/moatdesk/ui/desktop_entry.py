"""Install MoatDesk into the Linux desktop menu (freedesktop .desktop entry + icon).

    python -m moatdesk.ui.desktop_entry            # install for the current user
    python -m moatdesk.ui.desktop_entry --remove   # take it out again

The entry and the SVG icon ship inside the package (resources/); this copies them to
$XDG_DATA_HOME (default ~/.local/share), pointing Exec at the ``moatdesk`` launcher of
the Python environment running this command.  No Qt needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from importlib.resources import files
from pathlib import Path

ENTRY_NAME = "moatdesk.desktop"
ICON_NAME = "moatdesk.svg"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> str:
    """The gui-script installed beside this Python, else whatever `moatdesk` is on PATH."""
    beside = Path(sys.executable).parent / "moatdesk"
    return str(beside) if beside.exists() else (shutil.which("moatdesk") or "moatdesk")


def entry_text(exec_path: str) -> str:
    template = (files("moatdesk.resources") / ENTRY_NAME).read_text(encoding="utf-8")
    quoted = f'"{exec_path}"' if " " in exec_path else exec_path
    return template.replace("Exec=moatdesk", f"Exec={quoted}", 1)


def install(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    entry = home / "applications" / ENTRY_NAME
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_text(launcher()), encoding="utf-8")
    icon.write_bytes((files("moatdesk.resources") / "icons" / ICON_NAME).read_bytes())
    return [entry, icon]


def remove(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    paths = [
        home / "applications" / ENTRY_NAME,
        home / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME,
    ]
    removed = [p for p in paths if p.exists()]
    for path in removed:
        path.unlink()
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Add MoatDesk to the desktop menu.")
    parser.add_argument("--remove", action="store_true", help="remove the menu entry")
    args = parser.parse_args(argv)
    try:
        paths = remove() if args.remove else install()
    except OSError as exc:
        print(f"moatdesk: cannot write the desktop entry: {exc}", file=sys.stderr)
        return 1
    verb = "removed" if args.remove else "installed"
    for path in paths:
        print(f"{verb} {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
