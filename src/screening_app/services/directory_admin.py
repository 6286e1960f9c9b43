"""The services directory for administrators: the clinic's own entries, edited and saved.

The bundled national entries are read-only; the clinic's file holds its local entries and any
bundled entry it replaced (a number filled in, a local address). Saving checks every entry,
writes the file atomically (``directory.save_clinic_entries``) and leaves a "settings-change"
audit entry; only an administrator may do it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from screening_app.directory import (
    FieldProblem,
    entry_data,
    remove,
    save_clinic_entries,
    upsert,
    validate_entry,
    verified_today,
)
from screening_app.domain.support import Directory, ServiceEntry
from screening_app.loading.errors import DocumentError
from screening_app.services.clock import local_date
from screening_app.services.session import UserSession

AUDIT_CRITERION = "services-directory"


class DirectoryAdminService:
    def __init__(
        self, session: UserSession, *, bundled: Sequence[ServiceEntry], clinic_file: Path
    ) -> None:
        self._session = session
        self._bundled = list(bundled)
        self._bundled_ids = {entry.id for entry in bundled}
        self.clinic_file = clinic_file

    @property
    def today(self) -> dt.date:
        return local_date(self._session.clock)

    @property
    def admin_name(self) -> str:
        user = self._session.user
        return user.display_name.strip() or user.username

    def require_admin(self) -> None:
        """StorageError("not-permitted") (and a refused audit entry) for anyone else."""
        self._session.require_admin("settings-change")

    def is_bundled(self, service_id: str) -> bool:
        return service_id in self._bundled_ids

    def bundled_entry(self, service_id: str) -> ServiceEntry | None:
        return next((e for e in self._bundled if e.id == service_id), None)

    @staticmethod
    def clinic_entries(directory: Directory) -> list[ServiceEntry]:
        """The entries the clinic's file holds now."""
        return [entry for entry in directory if entry.id in directory.clinic_ids]

    def verified_now(self, entry: ServiceEntry) -> ServiceEntry:
        return verified_today(entry, self.today, self.admin_name)

    def save(self, clinic_entries: Sequence[ServiceEntry]) -> Directory:
        """Check and write the clinic's file; the merged directory to use from now on."""
        self.require_admin()
        with self._session.audited("settings-change", criterion=AUDIT_CRITERION):
            save_clinic_entries(self.clinic_file, clinic_entries)
        return Directory.merge(self._bundled, clinic_entries)


# What the directory screens use of the directory's own functions and errors.
__all__ = [
    "DirectoryAdminService",
    "DocumentError",
    "FieldProblem",
    "entry_data",
    "remove",
    "upsert",
    "validate_entry",
]
