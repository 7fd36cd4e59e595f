#!/usr/bin/env python3
"""Refresh translations/*.ts from the source (UI strings, error templates) with pyside6-lupdate.

    .venv/bin/python scripts/update_translations.py            # update ko.ts and en.ts
    .venv/bin/python scripts/update_translations.py --output /tmp/fresh.ts

New strings arrive as type="unfinished" (translate them in the .ts, e.g. with
pyside6-linguist); strings that vanished from the code are dropped (-no-obsolete),
so the .ts always matches the code.  moatdesk_ko.ts holds every UI string;
moatdesk_en.ts only the plural ones ("%n people" -> "1 person" / "2 people"), since
the English source text serves as the English translation everywhere else.
``--output`` writes a fresh full extraction to another file instead (the i18n tests
use it to compare source strings).
Compiling to .qm is a separate build step: scripts/build_translations.py.
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from build_translations import pyside6_tool  # same folder: run as a script

ROOT = Path(__file__).resolve().parent.parent
# The whole package: the Qt layer's translate()/tr() calls, and the error templates every
# layer marks with QT_TRANSLATE_NOOP("Errors", ...) (moatdesk.domain.errors, no Qt needed).
SOURCES = ("src/moatdesk",)
TS_FILES = ("translations/moatdesk_ko.ts", "translations/moatdesk_en.ts")
PLURALS_ONLY = ("moatdesk_en.ts",)


def run_lupdate(ts_file: Path, root: Path = ROOT) -> None:
    """Merge the source strings of SOURCES into ``ts_file`` (created if missing)."""
    plurals_only = ["-pluralonly"] if ts_file.name in PLURALS_ONLY else []
    subprocess.run(
        [
            *pyside6_tool("lupdate"),
            "-silent",
            *plurals_only,
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "absolute",
            *SOURCES,
            "-ts",
            str(ts_file.resolve()),
        ],
        cwd=root,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="write a fresh extraction here instead")
    args = parser.parse_args(argv)
    targets = [args.output] if args.output else [ROOT / name for name in TS_FILES]
    for ts_file in targets:
        run_lupdate(ts_file)
        print(f"updated {ts_file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
