"""Placeholders are filled in one pass (docs/translations.md): no chained .replace("%1").

``template.replace("%1", name).replace("%2", quarter)`` substitutes %2 inside a name the
founder typed ("Acme %2"); ``moatdesk.ui.i18n.fill`` does not.  One ``.replace("%1", x)``
on its own is safe and allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "moatdesk"


def _replaces_placeholder(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and node.args[0].value.startswith("%")
    )


def chained_replacements(source: str) -> list[int]:
    """Line numbers of a placeholder .replace() applied to another one's result."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if _replaces_placeholder(node)
        and isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and _replaces_placeholder(node.func.value)
    ]


def test_the_check_finds_a_chain_and_allows_a_single_replace() -> None:
    assert chained_replacements('t("%1 of %2").replace("%1", a).replace("%2", b)') == [1]
    assert chained_replacements('t("From %1").replace("%1", a)') == []
    assert chained_replacements('fill(t("%1 of %2"), a, b)') == []


def test_no_placeholder_is_filled_by_chained_replace() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in sorted(SRC.rglob("*.py"))
        for line in chained_replacements(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use moatdesk.ui.i18n.fill(template, a, b)"
