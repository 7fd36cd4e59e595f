"""`moatdesk list | import | export-json | restore-backup`: the profile store from a shell.

The store is imported inside each command so that `moatdesk --help` and the GUI's
start-up never pay for it.  User errors are MoatDeskErrors (StoreError, DiskWriteError), which
cli/main.py prints without a traceback.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.cli.text import cli_text
from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError

if TYPE_CHECKING:
    from moatdesk.domain.taxonomy import AssessmentStatus
    from moatdesk.storage.records import TableRow
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


class _Widths(dict[str, int]):
    """Terminal columns of a character (Hangul and other wide characters take two,
    combining ones none), looked up in Unicode's tables once per character."""

    def __missing__(self, ch: str) -> int:
        wide = unicodedata.east_asian_width(ch) in "WF"
        width = self[ch] = 2 if wide else 0 if unicodedata.combining(ch) else 1
        return width


_WIDTHS = _Widths()
_ASCII_RUNS = re.compile("[\x00-\x7f]+")  # removed, a column leaves its other characters


def _table(rows: list[list[str]]) -> str:
    """``rows`` (the header first) in columns, each as wide as its widest cell on screen
    (``_cell``, ``_Widths``), two spaces apart, no spaces at the ends of lines."""
    return _columns_table([list(column) for column in zip(*rows, strict=True)])


def _columns_table(columns: Sequence[list[str]]) -> str:
    """``_table`` of its columns (each with its header first)."""
    padded = list(map(_padded, columns))
    return "\n".join(map(str.rstrip, map("  ".join, zip(*padded, strict=True))))


def _padded(cells: list[str]) -> list[str]:
    """``cells`` as ``_cell`` shows them, padded with spaces to one width on screen.

    A whole column at a time, in C where it can be (issue 16): a column of plain ASCII
    (ids, quarters) is measured by ``len``; a text repeated down the column (a status)
    is measured once; a cell needs Python only to escape it (``_cell``).  The widths of
    names that are not ASCII come from the column's distinct characters: when all of
    those are wide (Hangul, CJK) a name's width is its length plus its non-ASCII
    characters, counted in C; otherwise each name's characters are added up from
    ``_WIDTHS`` (~0.7 µs a name: 10,000 Korean names took half the table's time)."""
    joined = "".join(cells)
    if not joined.isprintable():  # a control or format character somewhere (both "Other")
        cells = [cell if cell.isprintable() else _cell(cell) for cell in cells]
        joined = "".join(cells)
    if joined.isascii():
        most = max(map(len, cells))
        return list(map(str.ljust, cells, repeat(most)))
    kinds = set(map(_WIDTHS.__getitem__, set(_ASCII_RUNS.sub("", joined))))
    unique = dict.fromkeys(cells)
    if kinds == {2}:
        width = {cell: 2 * len(cell) - len(cell.encode("ascii", "ignore")) for cell in unique}
    elif kinds == {1}:
        width = {cell: len(cell) for cell in unique}
    else:
        chars = _WIDTHS.__getitem__
        width = {cell: len(cell) if cell.isascii() else sum(map(chars, cell)) for cell in unique}
    most = max(width.values())
    padded = {cell: cell + " " * (most - cell_width) for cell, cell_width in width.items()}
    return list(map(padded.__getitem__, cells))


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        text = list_text(store, args.search, args.lang)
    print(text)
    return 0


def list_text(store: ProfileStore, search: str | None, lang: str | None) -> str:
    """What ``moatdesk list [--search TEXT]`` prints (without the last newline): the
    table, or the sentence that there is nothing to list.

    The search is SQL (``list_table_rows(search)``), not a filter of the whole list
    here.  The rows are the store's tuples, laid out column by column (``list_table``),
    with the cyclic collector paused: the 10,000 profiles' strings, tuples and lists all
    live until the table is made and none is in a cycle; collecting walked them ~10 times
    a list and, once in a few lists, the whole heap (issue 16, docs/benchmarks.md)."""
    with _collector_paused():  # until all but the text is freed (then nothing is left)
        return _list_text(store, search, lang)


def _list_text(store: ProfileStore, search: str | None, lang: str | None) -> str:
    rows = store.list_table_rows(search)
    if rows:
        return list_table(rows, lang)
    if search:
        none = cli_text(lang, QT_TRANSLATE_NOOP("Cli", "No profile name contains “{text}”."))
        return none.replace("{text}", _cell(search))
    return cli_text(lang, QT_TRANSLATE_NOOP("Cli", "No profiles yet."))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off meanwhile (left off if it already was)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def list_table(rows: Sequence[TableRow], lang: str | None) -> str:
    """The table ``moatdesk list`` prints: a header, then a line per profile, from the
    store's rows (records.TableRow) with no object made per profile."""
    from moatdesk.domain.taxonomy import AssessmentStatus
    from moatdesk.storage.records import ROW_DUE, ROW_ID, ROW_NAME, ROW_QUARTER, ROW_STATUS

    def column(index: int) -> list:
        return list(map(itemgetter(index), rows))

    header = (
        QT_TRANSLATE_NOOP("Cli", "NAME"),
        "ID",  # the same in every language
        QT_TRANSLATE_NOOP("Cli", "LATEST"),
        QT_TRANSLATE_NOOP("Cli", "STATUS"),
        QT_TRANSLATE_NOOP("Cli", "REVIEW DUE"),
    )
    yes, no = QT_TRANSLATE_NOOP("Cli", "yes"), QT_TRANSLATE_NOOP("Cli", "no")
    statuses = column(ROW_STATUS)
    status_word = {s: _status(AssessmentStatus(s), lang) for s in set(statuses) if s}
    status_word[None] = "-"
    due_word = (cli_text(lang, no), cli_text(lang, yes))
    cells = (
        column(ROW_NAME),
        column(ROW_ID),
        [quarter or "-" for quarter in column(ROW_QUARTER)],
        list(map(status_word.__getitem__, statuses)),
        list(map(due_word.__getitem__, column(ROW_DUE))),  # 0 or 1
    )
    return _columns_table([[cli_text(lang, h), *c] for h, c in zip(header, cells, strict=True)])


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
