"""PySide6's import hook reads each module's source to see whether it uses PySide; the
app keeps it from holding those texts in memory (~14 MiB by the end of a run)."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

from moatdesk.ui import pyside_sources


def test_modules_imported_after_pyside_leave_no_source_in_memory(
    tmp_path: Path, monkeypatch
) -> None:
    assert pyside_sources.install()  # this PySide6 has the hook, and it is wrapped
    assert pyside_sources.install()  # once: a second call changes nothing
    uses = tmp_path / "moatdesk_probe_uses_qt.py"
    uses.write_text("from PySide6.QtCore import QObject\n" + "x = 1\n" * 500)
    plain = tmp_path / "moatdesk_probe_plain.py"
    plain.write_text("y = 2\n" * 500)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("moatdesk_probe_uses_qt", "moatdesk_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # as an import statement does (the hook is on __import__)
        monkeypatch.delitem(sys.modules, name)
    assert str(uses) not in linecache.cache and str(plain) not in linecache.cache
    # PySide's own answer is kept: the first uses PySide, the second does not.
    decided = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert decided["moatdesk_probe_uses_qt"] == 0 and decided["moatdesk_probe_plain"] == -1
    # A traceback still finds the lines.
    assert linecache.getline(str(uses), 2) == "x = 1\n"
