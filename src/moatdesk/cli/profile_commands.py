"""`moatdesk list | import | export-json | restore-backup`: the profile store from a shell.

The store is imported inside each command so that `moatdesk --help` and the GUI's
start-up never pay for it.  User errors are MoatDeskErrors (StoreError, DiskWriteError), which
cli/main.py prints without a traceback.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.cli.text import cli_text
from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError

if TYPE_CHECKING:
    from moatdesk.domain.taxonomy import AssessmentStatus
    from moatdesk.storage.store import ProfileStore


class ImportFailedError(MoatDeskError):
    """Some of the files given to `import` could not be imported (the rest were)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("list", help="list the saved profiles")
    p.add_argument(
        "--search",
        metavar="TEXT",
        help="only the profiles whose name contains TEXT (any case; as the name looks)",
    )
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser(
        "import",
        help="import profiles from exchange JSON files",
        description=(
            "Import one or more exchange JSON files, each on its own: a file that cannot be "
            "read is reported and skipped, the others are still imported."
        ),
    )
    p.add_argument("files", metavar="FILE.json", type=Path, nargs="+")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("export-json", help="export one profile with all its quarters")
    p.add_argument("profile", metavar="PROFILE", help="profile name or id")
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p.set_defaults(func=cmd_export_json)

    p = subparsers.add_parser(
        "restore-backup", help="list the database backups or restore one (newest if none given)"
    )
    p.add_argument("backup", metavar="BACKUP", nargs="?", type=Path)
    p.add_argument("--list", action="store_true", help="only list the backups")
    p.set_defaults(func=cmd_restore_backup)


def _open(args: argparse.Namespace) -> ProfileStore:
    from moatdesk.cli.store_access import open_store

    return open_store(args)


def _cell(text: str) -> str:
    """Names are shown verbatim except control characters, which would break the table
    (or drive the terminal), and format characters (a right-to-left override reorders
    the rest of the line, a zero-width space hides): those are shown escaped, e.g.
    ``\\n``, ``\\u202e``."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Cf")
        else ch
        for ch in text
    )


def _width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(
        2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
        for ch in text
    )


def _table(rows: list[list[str]]) -> str:
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    return "\n".join(
        "  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        # In SQL (ProfileStore.search_profiles), not by filtering the whole list here.
        summaries = store.search_profiles(args.search) if args.search else store.list_profiles()
    lang = args.lang
    if not summaries and args.search:
        none = cli_text(lang, QT_TRANSLATE_NOOP("Cli", "No profile name contains “{text}”."))
        print(none.replace("{text}", _cell(args.search)))
        return 0
    if not summaries:
        print(cli_text(lang, QT_TRANSLATE_NOOP("Cli", "No profiles yet.")))
        return 0
    header = (
        QT_TRANSLATE_NOOP("Cli", "NAME"),
        "ID",  # the same in every language
        QT_TRANSLATE_NOOP("Cli", "LATEST"),
        QT_TRANSLATE_NOOP("Cli", "STATUS"),
        QT_TRANSLATE_NOOP("Cli", "REVIEW DUE"),
    )
    yes, no = QT_TRANSLATE_NOOP("Cli", "yes"), QT_TRANSLATE_NOOP("Cli", "no")
    rows = [[cli_text(lang, h) for h in header]]
    for s in summaries:
        rows.append(
            [
                s.name,
                s.id,
                s.latest_quarter or "-",
                _status(s.latest_status, lang) if s.latest_status else "-",
                cli_text(lang, yes if s.review_due else no),
            ]
        )
    print(_table(rows))
    return 0


def _status(status: AssessmentStatus, lang: str | None) -> str:
    """The status word: the stable value in English (scripts read it), the taxonomy's
    label (작성 중 / 확정) in Korean."""
    if lang in (None, "en"):
        return status.value
    from moatdesk.domain.content import load_taxonomy

    return load_taxonomy().label(status).get(lang)  # type: ignore[arg-type]


def cmd_import(args: argparse.Namespace) -> int:
    from moatdesk.cli.main import error_cause
    from moatdesk.cli.store_access import app_closed, data_dir_of, open_store

    data_dir = data_dir_of(args)
    failed: list[str] = []
    with app_closed(data_dir), open_store(args, data_dir, reading=False) as store:
        for path in args.files:
            try:
                result = store.import_json(path)
            except MoatDeskError as exc:  # this file only; the others still go in
                print(f"moatdesk: {error_cause(exc, args.lang)}", file=sys.stderr)
                failed.append(str(path))
                continue
            name = result.profile.basics.name
            if result.created:
                print(f"Imported {name!r} ({result.profile.id}).")
            elif result.merged_quarters:
                merged = ", ".join(result.merged_quarters)
                print(f"Merged {merged} into {name!r} ({result.profile.id}).")
            else:
                print(f"{name!r} already has every quarter in {path}; nothing changed.")
            if result.kept_unknown:
                print(
                    f"Kept {len(result.kept_unknown)} answers to questions this MoatDesk does "
                    "not know; the file says they come from a newer question bank: "
                    + ", ".join(result.kept_unknown)
                )
    if failed:
        raise ImportFailedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{failed} of {total} file(s) could not be imported: {files}"
            ),
            failed=len(failed),
            total=len(args.files),
            files=", ".join(failed),
        )
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    with _open(args) as store:
        profile = store.get_profile(args.profile)
        path = store.export_json(profile.id, args.out)
    print(f"Exported {profile.basics.name!r} to {path}")
    return 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from moatdesk.cli.store_access import app_closed, data_dir_of
    from moatdesk.storage.backups import list_backups_in
    from moatdesk.storage.store import restore_backup_into, restore_latest_backup

    data_dir = data_dir_of(args)
    if args.list:
        backups = list_backups_in(data_dir)
        if not backups:
            print("No backups yet.")
        for b in backups:
            print(f"{b.path}  {b.created_at:%Y-%m-%d %H:%M} UTC  {b.size_bytes} bytes")
        return 0
    # Works even when the database cannot be opened (that is when it is needed).
    with app_closed(data_dir):
        if args.backup is None:
            restored = restore_latest_backup(data_dir)
        else:
            restored = restore_backup_into(data_dir, args.backup)
    print(f"Restored the database from {restored.backup}")
    if restored.set_aside is not None:
        print(f"The database it replaced is kept at {restored.set_aside}")
    return 0
