"""PySide6's import hook reads each module's source to see whether it uses PySide; the
app keeps it from holding those texts in memory (~14 MiB by the end of a run)."""

from __future__ import annotations

import linecache
import subprocess
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


def test_install_forgets_the_sources_pyside_read_before_it(tmp_path: Path) -> None:
    """A module imported between PySide6 and ``install`` had its file read into
    ``linecache`` by PySide's own check; ``install`` lets that text go."""
    probe = tmp_path / "moatdesk_probe_early.py"
    probe.write_text("z = 3\n" * 500)
    code = (
        "import linecache, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import PySide6.QtCore\n"
        "import moatdesk_probe_early\n"
        f"read = {str(probe)!r} in linecache.cache\n"
        "linecache.cache['<made>'] = (6, None, ['w = 4\\n'], '<made>')\n"
        "from moatdesk.ui import pyside_sources\n"
        "assert pyside_sources.install()\n"
        f"print(read, {str(probe)!r} in linecache.cache, '<made>' in linecache.cache)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    # PySide read it; install dropped it; a source with no file to re-read stays.
    assert out.split() == ["True", "False", "True"]
