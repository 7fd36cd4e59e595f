"""`moatdesk example --out FILE.json`: write the bundled example profile, ready to import."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from moatdesk.domain.errors import MoatDeskError


class ExampleWriteError(MoatDeskError):
    """The example file could not be written where the user asked."""


def write_atomically(target: Path, text: str) -> None:
    """Write via a temporary file in the same folder, then rename: never a half file."""
    folder = target.parent
    if not folder.is_dir():
        raise ExampleWriteError(f"cannot write {target}: folder {folder} does not exist")
    if target.is_dir():
        raise ExampleWriteError(f"cannot write {target}: it is a folder")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExampleWriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExampleWriteError(f"cannot write {target}: {exc.strerror or exc}") from None


def run_example(args: argparse.Namespace) -> int:
    from moatdesk.domain.example import example_exchange_json, load_example_profile

    target = Path(args.out).expanduser()
    write_atomically(target, example_exchange_json())
    profile = load_example_profile()
    print(f"wrote example profile {profile.basics.name!r} to {target}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "example",
        help="write the bundled example profile as JSON, ready to `import`",
        description="Write the bundled example profile (Meridian Clinical AI, three quarters) "
        "in the exchange format. An existing file is replaced.",
    )
    parser.add_argument("--out", required=True, metavar="FILE.json", help="where to write it")
    parser.set_defaults(func=run_example)
