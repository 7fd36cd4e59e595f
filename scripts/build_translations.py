"""Compile translations/*.ts into .qm files with pyside6-lrelease.

Used by setup.py (every build and install) and by tasks.py (every run), so a
changed .ts file never needs a manual compile step.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pyside6_tool(name: str) -> list[str]:
    """The command for a PySide6 tool (``lrelease``, ``lupdate``): beside this Python first,
    so a virtualenv's own copy wins over anything else on PATH."""
    executable = f"pyside6-{name}"
    beside_python = Path(sys.executable).parent / executable
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which(executable)
    if found:
        return [found]
    raise RuntimeError(f"{executable} not found: install PySide6-Essentials first")


def compile_translations(root: Path = ROOT) -> list[Path]:
    built = []
    for ts in sorted((root / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*pyside6_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    for path in compile_translations():
        print(f"compiled {path.relative_to(ROOT)}")
