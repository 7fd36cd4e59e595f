#!/usr/bin/env python3
"""A floor for the start-up benchmark: a bare PySide6 window, painted once, then quit.

    python benchmarks/floor_window.py mainwindow|wizard [--data-layer] [--collector-paused]

``mainwindow`` shows an empty QMainWindow (the floor of the main-window rows),
``wizard`` an empty QWizard (the floor of the first-wizard-page rows).  With
``--data-layer`` it first imports what the store and the content need (a reference
row: what pydantic and the content cost on their own).  With ``--collector-paused``
the cyclic collector is off from before PySide's import, as the app's cli.main turns
it off (a reference row: what that pause alone is worth to a bare window).  Its first
frame is timed by the app's clock (frame_clock.QuitAfterFrame): the moment it is
flushed.
"""

from __future__ import annotations

import gc
import sys

if "--collector-paused" in sys.argv[2:]:
    gc.disable()

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget, QWizard, QWizardPage

from frame_clock import QuitAfterFrame


def main(kind: str, data_layer: bool) -> int:
    if data_layer:
        import moatdesk.storage.store  # noqa: F401
        from moatdesk.domain.content import load_bank, load_taxonomy

        load_bank()
        load_taxonomy()
    app = QApplication(sys.argv[:1])
    window: QWidget
    if kind == "wizard":
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        window = wizard
    else:
        window = QMainWindow()
        window.resize(1200, 780)
    window.show()
    QuitAfterFrame(window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], "--data-layer" in sys.argv[2:]))
