"""The profile store: SQLite in the user data dir, migrations, backups, JSON exchange.

No Qt.  See docs/storage.md.
"""
