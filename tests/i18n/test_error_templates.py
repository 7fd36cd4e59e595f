"""Every error a founder may see is a translatable template with named values.

A MoatDeskError built with an English f-string would reach a Korean founder in
English.  This scans the syntax tree of src/moatdesk: each construction of a
MoatDeskError subclass must pass QT_TRANSLATE_NOOP("Errors", "<literal>") first (or a
module constant holding one), and give every {name} of the template as a keyword.
Re-wrapping another error goes through ``Error.from_error(other)``, which carries
the other error's template and values.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass, field
from pathlib import Path

from ts_file import KO_TS, placeholders, read_ts

from moatdesk.domain.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, MoatDeskError

SRC = Path(__file__).resolve().parents[2] / "src" / "moatdesk"
MARKER = QT_TRANSLATE_NOOP.__name__


@dataclass
class Found:
    templates: dict[str, str] = field(default_factory=dict)  # template -> where
    problems: list[str] = field(default_factory=list)


def error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """Names of MoatDeskError and every class that derives from it, across the package."""
    known = {MoatDeskError.__name__}
    classes = [
        (node.name, {getattr(base, "id", getattr(base, "attr", "")) for base in node.bases})
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for name, bases in classes:
            if name not in known and bases & known:
                known.add(name)
                grew = True
    return known


def _marked_literal(node: ast.expr) -> str | None:
    """The template of QT_TRANSLATE_NOOP("Errors", "<literal>"), else None."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == MARKER
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        context, template = (a.value for a in node.args)  # type: ignore[attr-defined]
        return template if context == ERRORS_CONTEXT else None
    return None


def _module_templates(tree: ast.Module) -> dict[str, str]:
    """Module constants such as ``_UNSTORABLE_NOTE = QT_TRANSLATE_NOOP("Errors", "...")``."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, template = node.targets[0], _marked_literal(node.value)
            if isinstance(target, ast.Name) and template is not None:
                constants[target.id] = template
    return constants


def _template_fields(template: str) -> set[str] | None:
    """The {name} fields of ``template``; None if it has a positional or formatted field."""
    names = set()
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            return None
        names.add(name)
    return names


def scan(trees: dict[str, ast.Module]) -> Found:
    """Check every construction of an error class in ``trees`` (file name -> syntax tree)."""
    classes = error_classes(trees)
    found = Found()
    for where_file, tree in trees.items():
        constants = _module_templates(tree)
        for template in constants.values():
            found.templates.setdefault(template, where_file)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else None
            if name not in classes:
                continue  # Error.from_error(other) and cls(...) are attribute/other calls
            where = f"{where_file}:{node.lineno}"
            first = node.args[0] if node.args else None
            template = _marked_literal(first) if first is not None else None
            if template is None and isinstance(first, ast.Name):
                template = constants.get(first.id)
            if template is None:
                found.problems.append(
                    f'{where}: {name}(...) needs QT_TRANSLATE_NOOP("Errors", "...") first'
                )
                continue
            found.templates.setdefault(template, where)
            fields = _template_fields(template)
            given = {k.arg for k in node.keywords}
            if fields is None:
                found.problems.append(f"{where}: use plain {{name}} fields in {template!r}")
            elif None in given or len(node.args) > 1:
                found.problems.append(f"{where}: give the values as name=value keywords")
            elif fields != given:
                found.problems.append(
                    f"{where}: {template!r} needs {sorted(fields)}, got {sorted(given)}"  # type: ignore[type-var]
                )
    return found


def scan_package() -> Found:
    trees = {
        str(path.relative_to(SRC)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(SRC.rglob("*.py"))
    }
    return scan(trees)


def scan_snippet(code: str) -> Found:
    prelude = "class MoatDeskError(Exception): ...\nclass DiskWriteError(MoatDeskError): ...\n"
    return scan({"snippet.py": ast.parse(prelude + code)})


def test_every_error_a_founder_may_see_is_a_marked_template_with_its_values() -> None:
    found = scan_package()
    assert not found.problems, "\n".join(found.problems)
    assert len(found.templates) > 50  # the scan reaches the raise sites (files, store, cli…)


def test_every_error_template_has_a_finished_korean_translation_with_its_fields() -> None:
    korean = {m.source: m for m in read_ts(KO_TS) if m.context == ERRORS_CONTEXT}
    templates = scan_package().templates
    missing = sorted(t for t in templates if t not in korean)
    assert not missing, f"run scripts/update_translations.py and translate: {missing}"
    for template in templates:
        message = korean[template]
        assert not message.kind, f"{template!r} is {message.kind}"
        [translation] = message.translations
        assert placeholders(translation) == placeholders(template), (template, translation)


def test_the_scan_catches_an_english_only_raise_site() -> None:
    found = scan_snippet('raise DiskWriteError(f"could not write {path}")\n')
    assert found.problems and "needs QT_TRANSLATE_NOOP" in found.problems[0]


def test_the_scan_catches_a_subclass_a_missing_value_and_a_wrong_context() -> None:
    subclass = "class Mine(DiskWriteError): ...\nraise Mine('plain text')\n"
    assert scan_snippet(subclass).problems
    missing_value = 'raise DiskWriteError(QT_TRANSLATE_NOOP("Errors", "{path} is full"))\n'
    assert "needs ['path'], got []" in scan_snippet(missing_value).problems[0]
    wrong_context = 'raise DiskWriteError(QT_TRANSLATE_NOOP("Wizard", "full"))\n'
    assert scan_snippet(wrong_context).problems
    conversion = 'raise DiskWriteError(QT_TRANSLATE_NOOP("Errors", "{path!r}"), path=p)\n'
    assert "plain {name} fields" in scan_snippet(conversion).problems[0]
    spread = 'raise DiskWriteError(QT_TRANSLATE_NOOP("Errors", "{path}"), **values)\n'
    assert "keywords" in scan_snippet(spread).problems[0]


def test_the_scan_accepts_marked_templates_constants_and_rewraps() -> None:
    good = (
        'FULL = QT_TRANSLATE_NOOP("Errors", "the disk is full at {path}")\n'
        'raise DiskWriteError(QT_TRANSLATE_NOOP("Errors", "no room for {path}"), path=p)\n'
        "raise DiskWriteError(FULL, path=p)\n"
        "raise DiskWriteError.from_error(other)\n"
    )
    found = scan_snippet(good)
    assert not found.problems
    assert set(found.templates) == {"the disk is full at {path}", "no room for {path}"}
