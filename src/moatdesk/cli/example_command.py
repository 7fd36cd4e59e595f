"""`moatdesk example --out FILE.json`: write the bundled example profile, ready to import."""

from __future__ import annotations

import argparse
from pathlib import Path

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError


class UnknownExampleError(MoatDeskError):
    """The user asked for an example company that is not bundled."""


def run_example(args: argparse.Namespace) -> int:
    # Imported here: the store's atomic write (and sqlite3 with it) stays off start-up.
    from moatdesk.domain.example import (
        EXAMPLE_FILE,
        example_exchange_json,
        example_names,
        load_example_profile,
    )
    from moatdesk.files import write_atomic

    name = f"{args.company}.json" if args.company else EXAMPLE_FILE
    if name not in example_names():
        known = ", ".join(n.removesuffix(".json") for n in example_names())
        raise UnknownExampleError(
            QT_TRANSLATE_NOOP("Errors", "no bundled example “{name}”; choose one of: {known}"),
            name=args.company,
            known=known,
        )
    target = Path(args.out).expanduser()
    write_atomic(target, example_exchange_json(name).encode("utf-8"))
    profile = load_example_profile(name)
    print(f"wrote example profile {profile.basics.name!r} to {target}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "example",
        help="write the bundled example profile as JSON, ready to `import`",
        description="Write a bundled example profile in the exchange format, ready to "
        "`moatdesk import`: by default Meridian Clinical AI (a full-stack healthcare AI "
        "company, three quarters). An existing file is replaced, atomically.",
    )
    parser.add_argument("--out", required=True, metavar="FILE.json", help="where to write it")
    parser.add_argument(
        "--company",
        metavar="NAME",
        help="another bundled example: promptly-notes (a thin wrapper on a model API) "
        "or lidar-again (a spinout recreating its former employer)",
    )
    parser.set_defaults(func=run_example)
