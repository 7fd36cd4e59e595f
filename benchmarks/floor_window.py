#!/usr/bin/env python3
"""A floor for the start-up benchmark: a bare PySide6 window, painted once, then quit.

    python benchmarks/floor_window.py mainwindow|wizard [--data-layer]

``mainwindow`` shows an empty QMainWindow (the floor of the main-window rows),
``wizard`` an empty QWizard (the floor of the first-wizard-page rows).  With
``--data-layer`` it first imports what the store and the content need (a reference
row: what pydantic and the content cost on their own).  It reports its first frame
as the app does (first_frame.report_line), from inside the paint.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget, QWizard, QWizardPage

from first_frame import report_line


class QuitOncePainted(QObject):  # the same clock as moatdesk.ui.app._QuitAfterFrame
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.UpdateRequest or not isinstance(watched, QWidget):
            return False
        watched.removeEventFilter(self)
        QWidget.event(watched, event)
        print(report_line(), flush=True)
        QApplication.exit(0)
        return True


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
    watcher = QuitOncePainted()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], "--data-layer" in sys.argv[2:]))
