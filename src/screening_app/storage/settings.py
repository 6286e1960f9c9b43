"""Clinic settings kept inside the encrypted database (clinic name, retention years...)."""

from __future__ import annotations

from screening_app.storage.connection import Connection

CLINIC_NAME = "clinic_name"
# The clinic database's identity: its key file's ``file_id`` (which every backup carries, and
# which stays through rekeys and password changes) and when the database was made.
CLINIC_ID = "clinic_id"
CLINIC_CREATED = "clinic_created"
RETENTION_YEARS = "retention_years"
DEFAULT_RETENTION_YEARS = 10
# How long the audit trail is kept (the former security order: 6 months to 5 years).
AUDIT_RETENTION_MONTHS = "audit_retention_months"
DEFAULT_AUDIT_RETENTION_MONTHS = 60
MIN_AUDIT_RETENTION_MONTHS = 6
MAX_AUDIT_RETENTION_MONTHS = 120


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
