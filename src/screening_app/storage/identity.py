"""The clinic database's identity and what it holds, in numbers: what ``restore`` shows.

The identity is three settings in the encrypted database: ``clinic_id`` (the key file's
``file_id``: random when the clinic was set up, kept by rekeys and password changes, carried by
every backup, and readable without a key from the key file), ``clinic_created`` and the clinic's
name. No schema change: a database made before the identity existed gets it at its first login
(``services.accounts`` writes it, audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from screening_app.storage.connection import Connection
from screening_app.storage.settings import CLINIC_CREATED, CLINIC_ID, CLINIC_NAME, SettingsRecords


@dataclass(frozen=True)
class ClinicIdentity:
    clinic_id: str
    name: str
    created: str

    def short(self) -> str:
        """The name and the first 8 characters of the id (enough to tell two apart)."""
        return f"{self.name or '?'}, id {self.clinic_id[:8]}"


@dataclass(frozen=True)
class Summary:
    """What a database holds, as ``restore`` shows it (numbers, no person data)."""

    identity: ClinicIdentity | None
    persons: int
    screenings: int
    latest_entry: str | None  # the time of the newest audit entry


class ClinicSettingsReader(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...


def read_identity(connection: Connection) -> ClinicIdentity | None:
    return identity_from(SettingsRecords(connection))


def identity_from(settings: ClinicSettingsReader) -> ClinicIdentity | None:
    """The clinic's identity from its settings (the file's or the server's store)."""
    clinic_id = settings.get(CLINIC_ID)
    if clinic_id is None:
        return None
    return ClinicIdentity(
        clinic_id=clinic_id,
        name=settings.get(CLINIC_NAME) or "",
        created=settings.get(CLINIC_CREATED) or "",
    )


def summary(connection: Connection) -> Summary:
    def count(table: str) -> int:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    latest = connection.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return Summary(
        identity=read_identity(connection),
        persons=count("persons"),
        screenings=count("screenings"),
        latest_entry=None if latest is None else str(latest[0]),
    )
