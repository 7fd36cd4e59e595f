#!/usr/bin/env python3
"""Regenerate the README screenshots: docs/screenshots/{wizard,results,pdf-page}.png.

    .venv/bin/python scripts/screenshots.py                 # the three README images
    .venv/bin/python scripts/screenshots.py --review DIR    # every page, EN and KO, to look at

Windows are grabbed offscreen (no display needed) from a throwaway data folder holding
the bundled example; the PDF page is rendered with pdftoppm (poppler-utils).  Nobody
edits these images by hand: change the UI, run this script, look at the result.
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
OUT = ROOT / "docs" / "screenshots"
SIZE = (1100, 760)  # at most: a smaller screen (QT_SCALE_FACTOR, a configfile) gets its own


def fitted(widget) -> tuple[int, int]:
    """SIZE, or the screen's available area if that is smaller (as the app fits its windows)."""
    area = widget.screen().availableGeometry()
    return min(SIZE[0], area.width()), min(SIZE[1], area.height())


README_WIZARD_PAGE = 1  # the first essay section, with carried-over answers to re-confirm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--review", type=Path, help="grab every page in EN and KO into DIR")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MOATDESK_DATA_DIR"] = str(Path(folder) / "data")
        if args.review:
            args.review.mkdir(parents=True, exist_ok=True)
            for lang in ("en", "ko"):
                shoot(lang, args.review, every_page=True)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            shoot("en", OUT, every_page=False)
    return 0


def shoot(lang: str, out: Path, every_page: bool) -> None:
    from PySide6.QtWidgets import QScrollArea

    from moatdesk.storage.store import ProfileStore
    from moatdesk.ui.app import create_application
    from moatdesk.ui.dialogs import SettingsDialog
    from moatdesk.ui.i18n import LanguageSwitcher
    from moatdesk.ui.main_window import MainWindow
    from moatdesk.ui.review_date_dialog import ReviewDateDialog
    from moatdesk.ui.settings import AppSettings
    from moatdesk.ui.wizard.wizard import REVIEW_PAGE

    app = create_application()
    from moatdesk.ui import quarter_dialog

    def choose_and_grab(parent, choices, default):
        """The quarter dialog, grabbed; the review is this quarter's (the default)."""
        dialog = quarter_dialog.QuarterDialog(choices, default, parent)
        dialog.show()
        if every_page:
            grab(app, dialog, out / f"quarter-choice{suffix}.png")
        dialog.close()
        return default

    data_dir = Path(os.environ["MOATDESK_DATA_DIR"]) / lang
    data_dir.mkdir(parents=True, exist_ok=True)
    switcher = LanguageSwitcher()
    switcher.apply(lang)  # type: ignore[arg-type]
    suffix = f"-{lang}" if every_page else ""
    with ProfileStore.open(data_dir) as store:
        window = MainWindow(
            store, AppSettings(data_dir), switcher, today=lambda: date(2026, 11, 20)
        )
        window.resize(*fitted(window))
        window.show()
        if every_page:
            grab(app, window, out / f"main-empty{suffix}.png")
        window.actions_by_name["open_example"].trigger()
        profile = window.controller.selected_profile()
        assert profile is not None
        if every_page:
            grab(app, window, out / f"main{suffix}.png")
        if every_page:
            window.detail.compare.button.click()
            grab(app, window.detail.compare_box, out / f"main-compare{suffix}.png")
            window.actions_by_name["settings"].trigger()
            grab(app, window.findChildren(SettingsDialog)[-1], out / f"settings{suffix}.png")
            window.actions_by_name["next_review_date"].trigger()  # the date dialog
            picker = window.findChildren(ReviewDateDialog)[-1]
            grab(app, picker, out / f"review-date{suffix}.png")
            picker.reject()
        quarter_dialog.choose_quarter = choose_and_grab  # the quarter dialog is modal
        window.actions_by_name["start_review"].trigger()  # this quarter, pre-filled from the last
        wizard = window.controller.wizard
        wizard.resize(*fitted(wizard))
        while wizard.currentId() < REVIEW_PAGE:
            if every_page and wizard.currentPage() is wizard.section_pages[0]:
                first_question = next(iter(wizard.section_pages[0].widgets.values()))
                first_question.help_button.setChecked(True)  # show the help once
            if every_page or wizard.currentId() == README_WIZARD_PAGE:
                grab(app, wizard, out / f"wizard-page{wizard.currentId()}{suffix}.png")
            wizard.next()
        if every_page:
            grab(app, wizard, out / f"review{suffix}.png")
        wizard.next()  # "Finish review": finalises the quarter, shows the results
        grab(app, wizard, out / f"results{suffix}.png")
        if every_page:
            body = wizard.results_page.view.findChild(QScrollArea).widget()
            grab(app, body, out / f"results-full{suffix}.png")
        wizard.close()
        if not every_page:
            (out / f"wizard-page{README_WIZARD_PAGE}.png").replace(out / "wizard.png")
        pdf_page(store.get_profile(profile.id), wizard.quarter, lang, out / f"pdf-page{suffix}.png")
        window.close()
        app.processEvents()


def grab(app, widget, path: Path) -> None:
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def pdf_page(profile, quarter: str, lang: str, path: Path) -> None:
    from moatdesk.report.pdf import ReportRequest, export_roadmap_pdf

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "roadmap.pdf"
        export_roadmap_pdf(ReportRequest(profile=profile, quarter=quarter, lang=lang), pdf)
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
            check=True,
        )
        prefix.with_suffix(".png").replace(path)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    raise SystemExit(main())
