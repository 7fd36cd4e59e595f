"""Entry point of `moatdesk` and `python -m moatdesk`.

No subcommand opens the GUI.  Subcommands live in small modules, each exposing
``register(subparsers)``; they import their heavy dependencies (reportlab, the
store) inside the command function so that start-up stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from moatdesk import __version__
from moatdesk.domain.errors import ERRORS_CONTEXT, MoatDeskError

# Each module adds its subcommands; order is the order of `--help`.
COMMAND_MODULES: tuple[str, ...] = (
    "moatdesk.cli.profile_commands",  # list, import, export-json, restore-backup
    "moatdesk.cli.roadmap_commands",  # show, compare
    "moatdesk.cli.report_command",  # report
    "moatdesk.cli.example_command",  # example
    "moatdesk.cli.whatif_command",  # what-if
)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moatdesk",
        description="Strategy self-assessment for AI founders. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"MoatDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where profiles are kept (default: $MOATDESK_DATA_DIR, else the user data folder)",
    )
    parser.add_argument("--lang", choices=("en", "ko"), help="language of the app's interface")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def error_cause(exc: MoatDeskError, lang: str | None) -> str:
    """The cause in English unless --lang asks for another language (CLI output is
    often scripted, so the system locale does not decide)."""
    if lang in (None, "en"):
        return str(exc)
    # Qt is loaded only here, on the way out with an error: commands stay Qt-free.
    from moatdesk.cli.text import cli_text

    return exc.render(cli_text(lang, exc.template, ERRORS_CONTEXT))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from moatdesk.ui.app import run_gui

            return run_gui(data_dir=args.data_dir, lang=args.lang)
        return int(args.func(args) or 0)
    except MoatDeskError as exc:
        print(f"moatdesk: {error_cause(exc, args.lang)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("moatdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a message, never a traceback
        print(f"moatdesk: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
