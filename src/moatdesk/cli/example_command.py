"""`moatdesk example --out FILE.json`: write the bundled example profile, ready to import."""

from __future__ import annotations

import argparse
from pathlib import Path


def run_example(args: argparse.Namespace) -> int:
    # Imported here: the store's atomic write (and sqlite3 with it) stays off start-up.
    from moatdesk.domain.example import example_exchange_json, load_example_profile
    from moatdesk.storage.atomic import write_atomic

    target = Path(args.out).expanduser()
    write_atomic(target, example_exchange_json().encode("utf-8"))
    profile = load_example_profile()
    print(f"wrote example profile {profile.basics.name!r} to {target}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "example",
        help="write the bundled example profile as JSON, ready to `import`",
        description="Write the bundled example profile (Meridian Clinical AI, three quarters) "
        "in the exchange format. An existing file is replaced, atomically.",
    )
    parser.add_argument("--out", required=True, metavar="FILE.json", help="where to write it")
    parser.set_defaults(func=run_example)
