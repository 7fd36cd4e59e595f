"""DESIGN.md's one-way layering, enforced: a lower layer never imports a higher one.

Scans every module's imports (including the lazy ones inside functions), so a
shortcut such as the PDF writer reaching into the store fails here, not in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "moatdesk"

# package -> top-level names it must never import
FORBIDDEN: dict[str, set[str]] = {
    "domain": {
        "PySide6",
        "reportlab",
        "sqlite3",
        "moatdesk.storage",
        "moatdesk.report",
        "moatdesk.ui",
        "moatdesk.cli",
        "moatdesk.files",
    },
    "storage": {"PySide6", "reportlab", "moatdesk.report", "moatdesk.ui", "moatdesk.cli"},
    "report": {"PySide6", "sqlite3", "moatdesk.storage", "moatdesk.ui", "moatdesk.cli"},
    "files.py": {
        "PySide6",
        "reportlab",
        "sqlite3",
        "moatdesk.storage",
        "moatdesk.report",
        "moatdesk.ui",
        "moatdesk.cli",
    },
}


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violates(name: str, banned: set[str]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    target = SRC / layer
    modules = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    assert modules, f"no modules found for {layer}"
    offences = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in modules
        for name in sorted(imported_names(path))
        if violates(name, FORBIDDEN[layer])
    ]
    assert not offences, "\n".join(offences)
