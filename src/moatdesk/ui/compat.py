"""Work-arounds for bugs in the Qt binding that MoatDesk cannot fix upstream.

PySide6 6.12.0 returns ``None`` for a null pointer or an empty QVariant without
taking a reference (``QTreeWidget.currentItem()`` with no current item,
``QComboBox.currentData()`` on an item without data, emitting ``None`` through a
``Signal(object)``...), and ``Signal.emit()`` returns ``True``/``False`` the same
way.  Each such call drops one reference to the singleton; on Python 3.11, where
``None``, ``True`` and ``False`` are not yet immortal, a long session eventually
deallocates one and the interpreter aborts ("none_dealloc", "bool_dealloc").
Python 3.12+ makes them immortal (PEP 683), so the bug is harmless there; on 3.11
we do the same by hand.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than any session can drop, far below Py_ssize_t's limit.
_NONE_BALLAST = 1 << 40


def make_none_immortal() -> None:
    """Give None/True/False reference counts no refcount bug can exhaust (Python < 3.12)."""
    if sys.version_info >= (3, 12) or getattr(make_none_immortal, "done", False):
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: first field
        refcount.value += _NONE_BALLAST
    make_none_immortal.done = True  # type: ignore[attr-defined]
