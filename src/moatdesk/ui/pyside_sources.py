"""Keep PySide6's import hook from holding every module's source text (issue 16).

Once PySide6 is imported, each module imported after it is checked for whether it uses
PySide (for ``from __feature__ import …``): shibokensupport's ``_mod_uses_pyside`` calls
``inspect.getsource``, which reads the whole file into ``linecache`` and keeps it.  By the
end of a run (pydantic, the domain, the views, reportlab) that was 320 files, 5.8 MB of
text, ~14 MiB of resident memory as lists of line strings.  It was slow too: decoding
and splitting ~90 files into lines before the first frame took 15-20 ms of CPU, more
than a tenth of a bare window's whole start (docs/benchmarks.md "Start-up").

``install`` replaces the check with the same question asked of the file's bytes: does
the source file (``__file__``, a ``.py``) contain ``PySide6``?  Python source is in an
ASCII-compatible encoding, so that is PySide's answer, without decoding, without
``linecache``.  A module without such a file (built in, an extension, inside a zip)
gets PySide's own check, and what it read is dropped right after.  A traceback still
shows source lines: ``linecache`` reads them when asked.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "moatdesk_drops_sources"


def install() -> bool:
    """Wrap the check (once); False if this PySide6 has no such hook (nothing to do)."""
    import PySide6.QtCore  # noqa: F401  # loads shibokensupport

    feature = sys.modules.get("shibokensupport.feature")
    check: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return False
    if getattr(check, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # not a file after all: PySide's own check says
        cached = path in linecache.cache if path else True
        try:
            return check(module)
        finally:
            if not cached:
                linecache.cache.pop(path, None)  # type: ignore[arg-type]

    setattr(uses_pyside, _MARK, True)
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  # a module of PySide
    drop_read_sources()
    return True


def drop_read_sources() -> None:
    """Forget the files PySide's own check read before ``install`` (enum, typing, os…:
    ~0.8 MiB of lines by the end of a run).  Only entries read from a file go (they have
    a modification time); a source registered without a file (mtime None) stays."""
    for path, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            del linecache.cache[path]
