"""The PySide6 desktop app: main window, wizard, results and history views.

Views only display and collect; every rule lives in the domain, every file in storage.
"""

from moatdesk.ui.compat import make_none_immortal

# Before any Qt call: see compat.py (a PySide6 6.12 refcount bug aborts Python 3.11).
make_none_immortal()
