"""Entry point of `moatdesk` and `python -m moatdesk`.

No subcommand opens the GUI.  Subcommands live in small modules, each exposing
``register(subparsers)``; they import their heavy dependencies (reportlab, the
store) inside the command function so that start-up stays fast.
"""

from __future__ import annotations

import argparse
import gc
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


# The options of the app itself (no command): the GUI opens with only these.
GUI_OPTIONS = ("--data-dir", "--lang")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``with_commands`` only the app's own options
    (every command module is imported to add its subcommands)."""
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def opens_the_app(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only the app's own options (no command, no --help):
    the GUI starts without importing the command modules and building their parsers
    (argparse, gettext and five modules: ~10 ms of the app's start-up)."""
    rest = list(argv)
    while rest:
        option, has_value, _value = rest.pop(0).partition("=")
        if option not in GUI_OPTIONS:
            return False
        if not has_value:
            if not rest:
                return False  # the option's value is missing: the full parser says so
            rest.pop(0)
    return True


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """``argv`` parsed.  None at all (a founder's start from the menu entry or the
    bundle) is the app with its defaults, without building a parser (argparse's
    help texts ask gettext for translations on every option: ~2 ms of start-up)."""
    if not argv:
        return argparse.Namespace(data_dir=None, lang=None, command=None)
    return build_parser(with_commands=not opens_the_app(argv)).parse_args(argv)


def error_cause(exc: MoatDeskError, lang: str | None) -> str:
    """The cause in English unless --lang asks for another language (CLI output is
    often scripted, so the system locale does not decide)."""
    if lang in (None, "en"):
        return str(exc)
    # Qt is loaded only here, on the way out with an error: commands stay Qt-free.
    from moatdesk.cli.text import cli_text

    return exc.render(cli_text(lang, exc.template, ERRORS_CONTEXT))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse_arguments(argv)
    try:
        if args.command is None:
            # The app's start makes many objects and few cycles: the cyclic collector is
            # paused from here (PySide's import) until after the first frames, where
            # run_gui turns it back on (~40 collections, 6-12 ms CPU before the frame).
            gc.disable()
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
