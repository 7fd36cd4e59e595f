"""Every repository path and every MoatDesk module the docs name exists.

The docs (docs/*.md, README.md) and the module docstrings of src/moatdesk are read for
file names ("src/moatdesk/files.py", "tests/domain/test_scoring.py", a bare
"instance_lock.py") and for dotted names in backticks ("`moatdesk.domain.results`",
"`storage.files.write_atomic`").  A path must name a file or folder of the repository (a
bare file name: one somewhere in it); a dotted name must import, attribute by attribute.
Renaming or removing a module then fails here until its docs follow.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIP_DIRS = {".git", ".venv", "build", "dist", "mutants", "__pycache__"}
EXTENSIONS = "py|md|toml|sh|spec|xml|desktop|ts|json|svg|png|ttf|txt|cfg|yml|yaml"
# A path-like word: optional folders, a name, a known extension; not part of a URL,
# a placeholder such as <pid>.tmp or {lang}.qm, or a longer word.
PATH = re.compile(rf"(?<![\w/.~<>{{$%:-])((?:[\w.-]+/)*[\w-][\w.-]*\.(?:{EXTENSIONS}))(?![\w/-])")
# Placeholders the docs use for the user's own files (CLI usage lines).
PLACEHOLDERS = {"FILE.json", "FILE.pdf"}
LAYERS = ("domain", "storage", "report", "ui", "cli", "files")
DOTTED = re.compile(rf"`((?:moatdesk\.)?(?:{'|'.join(LAYERS)})(?:\.\w+)+)(?:\(\))?`")
# File names that look dotted ("moatdesk.lock", "storage.md"): the path check has them.
NOT_MODULES = re.compile(rf"\.(lock|sqlite3|qm|{EXTENSIONS})$")


def texts() -> Iterator[tuple[str, str]]:
    for doc in [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]:
        yield str(doc.relative_to(ROOT)), doc.read_text(encoding="utf-8")
    for module in sorted((ROOT / "src" / "moatdesk").rglob("*.py")):
        docstring = ast.get_docstring(ast.parse(module.read_text(encoding="utf-8")))
        if docstring:
            yield str(module.relative_to(ROOT)), docstring


@cache
def repository_files() -> frozenset[str]:
    """Every file and folder of the checkout, as posix paths from its root."""
    found = set()
    for folder, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")]
        for name in [*dirs, *names]:
            found.add((Path(folder) / name).relative_to(ROOT).as_posix())
    return frozenset(found)


@cache
def repository_names() -> frozenset[str]:
    return frozenset(path.rsplit("/", 1)[-1] for path in repository_files())


def path_exists(name: str, where: str) -> bool:
    name = name.removeprefix("./")
    if name.startswith(("build/", "dist/")):
        # what `tasks.py bundle` writes, named as its output: there only after a build
        # (it passed only when tests/test_bundle.py had run first)
        return True
    if "/" not in name:
        return name in repository_names()
    bases = [ROOT, ROOT / "src", ROOT / "src" / "moatdesk", (ROOT / where).parent]
    if any((base / name).exists() for base in bases):
        return True
    # "wizard/autosave.py" in docs/ui.md: a path inside a layer's folder
    return any(path.endswith("/" + name) for path in repository_files())


def dotted_exists(name: str) -> bool:
    parts = name.removeprefix("moatdesk.").split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module("moatdesk." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False


def references() -> list[tuple[str, str, str]]:
    found = []
    for where, text in texts():
        for match in PATH.finditer(text):
            if match[1] not in PLACEHOLDERS:
                found.append((where, "path", match[1]))
        for match in DOTTED.finditer(text):
            if not NOT_MODULES.search(match[1]):
                found.append((where, "module", match[1]))
    return found


def test_the_docs_name_many_paths_and_modules() -> None:
    kinds = [kind for _where, kind, _name in references()]
    # the scan itself works: a regex that matched nothing would pass everything below
    assert kinds.count("path") > 100 and kinds.count("module") > 20


def test_the_scan_tells_a_missing_path_from_a_present_one() -> None:
    assert path_exists("src/moatdesk/files.py", "docs/storage.md")
    assert path_exists("wizard/autosave.py", "docs/ui.md")
    assert not path_exists("src/moatdesk/storage/atomic.py", "docs/storage.md")
    assert not path_exists("compat.py", "docs/ui.md")
    assert dotted_exists("moatdesk.files.write_atomic") and dotted_exists("storage.store")
    assert not dotted_exists("storage.atomic.write_atomic")


@pytest.mark.parametrize("kind", ["path", "module"])
def test_every_named_path_and_module_exists(kind: str) -> None:
    check = path_exists if kind == "path" else lambda name, _where: dotted_exists(name)
    missing = [
        f"{where}: {name}"
        for where, k, name in references()
        if k == kind and not check(name, where)
    ]
    assert missing == []
