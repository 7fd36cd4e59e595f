"""The app's own preferences, kept in an INI file inside the data folder.

Keeping them beside the data (not in the user's real config) means a portable
data folder carries its language and window layout, and tests never touch ~/.config.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "settings.ini"


class AppSettings:
    """Typed access to the few keys MoatDesk stores."""

    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return value if value in ("en", "ko") else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)
        self._qs.sync()

    def export_dir(self) -> Path | None:
        """The folder the last export went to."""
        value = self._qs.value("export/last_dir")
        return Path(value) if isinstance(value, str) and value else None

    def set_export_dir(self, folder: Path) -> None:
        self._qs.setValue("export/last_dir", str(folder))
        self._qs.sync()

    def snoozed_until(self, profile_id: str) -> str | None:
        """The ISO date before which the review-due reminder stays quiet for a profile."""
        value = self._qs.value(f"reminder/{profile_id}")
        return value if isinstance(value, str) else None

    def snooze(self, profile_id: str, until: str) -> None:
        self._qs.setValue(f"reminder/{profile_id}", until)
        self._qs.sync()

    def profiles_with_review_settings(self) -> set[str]:
        """The profiles with a picked review date or a "later" (keys of their own); every
        other profile is judged by its latest quarter alone, so the start-up check does
        not ask the settings about each of 10,000 profiles."""
        found: set[str] = set()
        for group in ("next_review", "reminder"):
            self._qs.beginGroup(group)
            found.update(self._qs.childKeys())
            self._qs.endGroup()
        return found

    def review_date(self, profile_id: str) -> date | None:
        """The day the founder picked for a profile's next review (ui/reminder.py)."""
        value = self._qs.value(f"next_review/{profile_id}")
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:  # edited by hand: as if none was picked
            return None

    def set_review_date(self, profile_id: str, day: date | None) -> None:
        if day is None:
            self._qs.remove(f"next_review/{profile_id}")
        else:
            self._qs.setValue(f"next_review/{profile_id}", day.isoformat())
        self._qs.sync()

    def geometry(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{key}", value)
        self._qs.sync()
