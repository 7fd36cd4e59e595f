"""The PySide6 desktop app: main window, wizard, results and history views.

Views only display and collect; every rule lives in the domain, every file in storage.
"""
