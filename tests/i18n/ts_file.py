"""Reading Qt Linguist .ts files and the marks a translation must keep.

Shared by the i18n tests; the .ts format is Qt's XML (context > message > source,
translation with an optional type="unfinished" / "obsolete" / "vanished").
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KO_TS = ROOT / "translations" / "moatdesk_ko.ts"
UPDATE_SCRIPT = ROOT / "scripts" / "update_translations.py"

# Qt placeholders (%1, %L1, %n) and Python-style {name} fields.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]\w*\}")
# A single "&" before a visible character marks a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\S)")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per numerus form
    kind: str  # "" when finished, else Qt's type attribute
    where: str  # file:line, for failure messages

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] or [
                (translation.text or "") if translation is not None else ""
            ]
            location = message.find("location")
            where = (
                f"{location.get('filename')}:{location.get('line')}"
                if location is not None
                else name
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=tuple(texts),
                    kind=translation.get("type", "") if translation is not None else "missing",
                    where=where,
                )
            )
    return messages


def fresh_extraction(target: Path) -> list[Message]:
    """Run the project's lupdate step into ``target`` and read what it found in the code."""
    subprocess.run(
        [sys.executable, str(UPDATE_SCRIPT), "--output", str(target)],
        check=True,
        capture_output=True,
    )
    return read_ts(target)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text))


EN_TS = ROOT / "translations" / "moatdesk_en.ts"
UI_SOURCES = ROOT / "src" / "moatdesk" / "ui"


class _TrCalls(ast.NodeVisitor):
    """translate("Context", "text") and self.tr("text") calls, read from the syntax tree."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.not_literal: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
        on_self = owner == "self"
        is_translate = isinstance(func, ast.Name) or owner in ("QCoreApplication", "QApplication")
        if name == "translate" and is_translate and len(node.args) >= 2:
            self._record(node, node.args[0], node.args[1])
        elif name == "tr" and on_self and node.args and self.classes:
            self._record(node, ast.Constant(self.classes[-1]), node.args[0])
        self.generic_visit(node)

    def _record(self, node: ast.Call, context: ast.expr, source: ast.expr) -> None:
        if isinstance(context, ast.Name) and context.id == "ERRORS_CONTEXT":
            # moatdesk.ui.i18n.error_text looks up an error's template at run time; the
            # templates reach the .ts through their QT_TRANSLATE_NOOP markers instead
            # (tests/i18n/test_error_templates.py checks every raise site).
            return
        if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
            self.found.add((str(context.value), str(source.value)))
        else:
            self.not_literal.append(f"{self.path.name}:{node.lineno}")


def tr_calls_in_code(folder: Path = UI_SOURCES) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every translation call, and the calls lupdate cannot read."""
    found: set[tuple[str, str]] = set()
    not_literal: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        visitor = _TrCalls(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found |= visitor.found
        not_literal += visitor.not_literal
    return found, not_literal
