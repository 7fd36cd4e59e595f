"""The app is measured as installed: starting from bytecode.

pip compiles an installed wheel's modules; a checkout run under
PYTHONDONTWRITEBYTECODE (set on this machine) would compile each module from source
in every process instead, a cost no founder's start pays: 10 of the 98 ms of a first
View results in one run on 2026-12-03 (bench_ui.py).
"""

from __future__ import annotations

import compileall
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "moatdesk"


def compile_sources(*other_srcs: Path) -> None:
    """Write the bytecode of this checkout's package (and of each other ``src``'s),
    which every later import reads, whatever PYTHONDONTWRITEBYTECODE says."""
    for package in (SRC, *(src / "moatdesk" for src in other_srcs)):
        compileall.compile_dir(str(package), quiet=1)
