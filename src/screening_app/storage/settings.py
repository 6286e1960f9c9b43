"""Clinic settings kept inside the encrypted database (clinic name, retention years...)."""

from __future__ import annotations

from screening_app.storage.connection import Connection

CLINIC_NAME = "clinic_name"
RETENTION_YEARS = "retention_years"
DEFAULT_RETENTION_YEARS = 10


class SettingsRecords:
    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._c.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        self._c.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
