#!/usr/bin/env python3
"""Screenshots of the main window, settings and every wizard page, per language mode.

    .venv/bin/python scripts/i18n_screenshots.py OUT_DIR            # en, ko, pseudo, pseudo-ko
    .venv/bin/python scripts/i18n_screenshots.py OUT_DIR --modes ko

Each mode runs in its own process (offscreen, throwaway data folder holding the
bundled example), so the pseudo translator (MOATDESK_PSEUDO=1) never leaks into the
plain runs.  Look at the PNGs after a UI or translation change: see docs/translations.md.
Message boxes are answered "Yes" and printed instead of shown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "en": ("en", False),
    "ko": ("ko", False),
    "pseudo": ("en", True),
    "pseudo-ko": ("ko", True),
}
SIZE = (1100, 760)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: shoot this mode here
    args = parser.parse_args()
    if args.one:
        shoot(MODES[args.one][0], args.out / args.one)
        return 0
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    for mode in args.modes:
        pseudo = MODES[mode][1]
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "MOATDESK_PSEUDO": "1" if pseudo else "",
        }
        subprocess.run(
            [sys.executable, __file__, str(args.out), "--one", mode],
            env=env,
            check=True,
            timeout=300,
        )
    return 0


def shoot(lang: str, out: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    def answer_yes(_parent, title, text, *_args, **_kwargs):
        print(f"[message box] {title}: {text}")
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "information", "question", "critical"):
        setattr(QMessageBox, kind, staticmethod(answer_yes))

    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.app import create_application
    from moatdesk.ui.dialogs import SettingsDialog
    from moatdesk.ui.i18n import LanguageSwitcher
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.settings import AppSettings

    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    switcher = LanguageSwitcher()
    switcher.apply(lang)  # type: ignore[arg-type]

    def grab(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    with tempfile.TemporaryDirectory() as folder, ProfileStore.open(Path(folder)) as store:
        window = MainWindow(
            store, AppSettings(Path(folder)), switcher, today=lambda: date(2026, 11, 20)
        )
        window.resize(*SIZE)
        window.show()
        grab(window, "main-empty")
        window.actions_by_name["open_example"].trigger()
        grab(window, "main")
        window.actions_by_name["settings"].trigger()
        grab(window.findChildren(SettingsDialog)[-1], "settings")
        window.findChildren(SettingsDialog)[-1].close()
        window.actions_by_name["start_review"].trigger()  # this quarter, pre-filled from the last
        wizard = window.controller.wizard
        wizard.resize(*SIZE)
        while True:
            page = wizard.currentId()
            grab(wizard, f"wizard-page{page}")
            wizard.next()  # the review page's Next finishes the review
            if wizard.currentId() == page:
                break
        window.close()
        app.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
