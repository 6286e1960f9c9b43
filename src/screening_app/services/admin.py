"""Use cases for clinic IT and administrators: users, keys, backups, checks, retention.

Every method needs an administrator's session (or the recovery-key session) and leaves one
audit entry.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from screening_app.services.accounts import Accounts, check_username
from screening_app.services.clock import Clock, add_months, add_years
from screening_app.services.session import UserSession
from screening_app.services.validation import one_of, short_text
from screening_app.storage.audit import AuditEntry, ChainReport, Outcome
from screening_app.storage.audit_anchor import Anchor
from screening_app.storage.audit_anchor import read as read_anchor
from screening_app.storage.audit_anchor import write as write_anchor
from screening_app.storage.backup import BackupReport, backup_to
from screening_app.storage.database import CheckReport
from screening_app.storage.embedded import embedded_database, embedded_vault
from screening_app.storage.errors import StorageError
from screening_app.storage.records import USER_ROLES, User
from screening_app.storage.settings import (
    AUDIT_RETENTION_MONTHS,
    CLINIC_ID,
    CLINIC_NAME,
    MAX_AUDIT_RETENTION_MONTHS,
    MIN_AUDIT_RETENTION_MONTHS,
    RETENTION_YEARS,
)
from screening_app.storage.snapshot import SnapshotReport
from screening_app.storage.snapshot import unattended_backup as snapshot
from screening_app.storage.vault import utc_text

MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class PurgeReport:
    persons: int
    cutoff: str


@dataclass(frozen=True)
class AuditPurgeReport:
    entries: int
    cutoff: str


class AdminService:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    # ------------------------------------------------------------------ users
    def add_user(
        self,
        username: str,
        password: str,
        *,
        display_name: str = "",
        title: str = "",
        role: str = "clinician",
    ) -> User:
        self._session.require_admin("user-admin")
        name = check_username(username)
        one_of(role, USER_ROLES, "role")
        display = short_text(display_name, "display name") or name
        with self._session.audited("user-admin", criterion=f"add-user:{name}") as work:
            if work.users.by_name(name) is not None:
                raise StorageError("user-exists")
            clinic = work.settings.get(CLINIC_NAME) or ""
            self._session.policy.check(password, [name, display, clinic])
            user_id = work.users.add(name, display, short_text(title, "title") or "", role)
            # The key file is written last: if it fails, the transaction rolls back.
            self._session.vault.add_user(self._session.database, name, password)
            user = work.users.get(user_id)
        assert user is not None
        return user

    def disable_user(self, username: str) -> None:
        """The user can no longer log in; their wraps leave the key file (run rekey after)."""
        self._session.require_admin("user-admin")
        with self._session.audited("user-admin", criterion=f"disable-user:{username}") as work:
            user = work.users.by_name(username)
            if user is None:
                raise StorageError("no-such-user")
            self._session.vault.remove_user(user.username)
            work.users.disable(user.id)

    def reset_password(self, username: str, new_password: str) -> None:
        """A new key pair for the user under the new password (admin or recovery key)."""
        self._session.require_admin("user-admin")
        with self._session.audited("user-admin", criterion=f"reset-password:{username}") as work:
            user = work.users.by_name(username)
            if user is None or not user.active:
                raise StorageError("no-such-user")
            clinic = work.settings.get(CLINIC_NAME) or ""
            self._session.policy.check(new_password, [user.username, user.display_name, clinic])
            self._session.vault.add_user(self._session.database, user.username, new_password)

    def users(self) -> list[User]:
        self._session.require_admin("user-admin")
        with self._session.audited("user-admin", criterion="list-users") as work:
            return work.users.all()

    # ------------------------------------------------------------------- keys
    def rekey(self) -> None:
        """A new database key (PRAGMA rekey), wrapped for every active user and the recovery
        key; atomic against kills."""
        self._session.require_admin("rekey")
        database = self._session.database
        try:
            self._session.vault.rekey(database, database.usernames(active_only=True))
        except StorageError:
            # Refused (on a clinic server: sealing every row again is not in this version).
            database.record_event(self._session.user.username, "rekey", "refused")
            raise
        database.record_event(self._session.user.username, "rekey")

    # ---------------------------------------------------------------- backups
    def backup(self, out: Path) -> BackupReport:
        self._session.require_admin("backup")
        database = self._session.database
        try:
            report = backup_to(embedded_database(database), out, utc_text(self._session.clock()))
        except StorageError:
            database.record_event(self._session.user.username, "backup", "refused")
            raise
        database.record_event(self._session.user.username, "backup")
        return report

    # ----------------------------------------------------------------- checks
    def check(self) -> CheckReport:
        self._session.require_admin("check")
        database = self._session.database
        report = database.check()
        outcome: Outcome = "ok" if report.ok else "failed"
        if report.damaged:
            # A damaged database may refuse the entry too: the report still stands.
            with contextlib.suppress(StorageError):
                database.record_event(self._session.user.username, "check", outcome)
        else:
            database.record_event(self._session.user.username, "check", outcome)
        return report

    def verify_audit(self, anchor: Path | None = None) -> ChainReport:
        """The chain from its start (a retention gap only with the purge's own entry), and,
        given an anchor file IT kept elsewhere, that it is still the chain that was anchored
        (``StorageError`` when it is not)."""
        self._session.require_admin("verify-audit")
        database = self._session.database
        user = self._session.user.username
        report = database.verify_audit()
        criterion = "anchor" if anchor is not None else None
        if anchor is not None and report.intact:
            try:
                database.check_anchor(read_anchor(anchor), self._clinic_id())
            except StorageError:
                database.record_event(user, "verify-audit", "failed", criterion=criterion)
                raise
        outcome: Outcome = "ok" if report.intact else "failed"
        database.record_event(user, "verify-audit", outcome, criterion=criterion)
        return report

    def audit_anchor(self, out: Path) -> Anchor:
        """Write the chain's head into the new file ``out`` (kept by IT outside the data
        folder) for ``verify_audit(anchor=out)`` to compare with later."""
        self._session.require_admin("audit-anchor")
        database = self._session.database
        user = self._session.user.username
        anchor = database.audit_head(self._clinic_id(), utc_text(self._session.clock()))
        try:
            write_anchor(out, anchor, self._session.vault.data_dir)
        except StorageError:
            database.record_event(user, "audit-anchor", "refused")
            raise
        database.record_event(user, "audit-anchor", criterion=f"seq:{anchor.seq}")
        return anchor

    def _clinic_id(self) -> str:
        return self._session.database.setting(CLINIC_ID) or (
            self._session.vault.read_keyfile().file_id
        )

    def export_person_audit(self, person_id: int) -> list[AuditEntry]:
        """Who looked at or changed one person's data (a GDPR access request)."""
        self._session.require_admin("export-audit")
        database = self._session.database
        entries = database.audit_entries(person_id)
        database.record_event(self._session.user.username, "export-audit", person_id=person_id)
        return entries

    # -------------------------------------------------------------- retention
    def set_retention_years(self, years: int) -> None:
        """How long records are kept after the last entry (midwives: at least 10 years)."""
        self._session.require_admin("settings-change")
        _check_years(years)
        with self._session.audited("settings-change", criterion=f"retention-years:{years}") as w:
            w.settings.set(RETENTION_YEARS, str(years))

    def purge(self, older_than_years: int | None = None) -> PurgeReport:
        """Delete persons whose last entry is older than the retention period (the clinic's
        setting unless given)."""
        self._session.require_admin("purge")
        if older_than_years is None:
            older_than_years = self._session.retention_years()
        _check_years(older_than_years)
        now = self._session.clock()
        cutoff = utc_text(_years_before(now, older_than_years))
        with self._session.audited("purge", criterion=f"older-than-years:{older_than_years}") as w:
            doomed = w.persons.older_than(cutoff)
            for person_id in doomed:
                w.persons.purge(person_id)
            w.criterion = f"older-than-years:{older_than_years};persons:{len(doomed)}"
        self._session.database.tidy()
        return PurgeReport(len(doomed), cutoff)

    def set_audit_retention_months(self, months: int) -> None:
        """How long the audit trail is kept (the former security order: 6 months-5 years)."""
        self._session.require_admin("settings-change")
        _check_months(months)
        criterion = f"audit-retention-months:{months}"
        with self._session.audited("settings-change", criterion=criterion) as w:
            w.settings.set(AUDIT_RETENTION_MONTHS, str(months))

    def purge_audit(self, older_than_months: int | None = None) -> AuditPurgeReport:
        """Remove audit entries older than the audit retention period (the oldest first).

        What remains still verifies: the hash of the last removed entry becomes the chain's
        anchor. The purge itself is the newest entry.
        """
        self._session.require_admin("purge")
        if older_than_months is None:
            older_than_months = self._session.audit_retention_months()
        _check_months(older_than_months)
        now = self._session.clock()
        cutoff_day = add_months(now.date(), -older_than_months)
        cutoff = utc_text(
            now.replace(year=cutoff_day.year, month=cutoff_day.month, day=cutoff_day.day)
        )
        criterion = f"audit-older-than-months:{older_than_months}"
        with self._session.audited("purge", criterion=criterion) as w:
            purged = w.audit_trail.purge_before(cutoff)
            # The purge's own entry names the new anchor: it is what makes the gap retention.
            w.criterion = ";".join(
                part
                for part in (criterion, f"entries:{purged.removed}", purged.criterion())
                if part
            )
        self._session.database.tidy()
        return AuditPurgeReport(purged.removed, cutoff)


def _check_months(months: int) -> None:
    if not MIN_AUDIT_RETENTION_MONTHS <= months <= MAX_AUDIT_RETENTION_MONTHS:
        raise StorageError(
            "invalid",
            detail=f"audit retention in months ({MIN_AUDIT_RETENTION_MONTHS}-"
            f"{MAX_AUDIT_RETENTION_MONTHS})",
        )


def _check_years(years: int) -> None:
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise StorageError("invalid", detail="retention in years (1-100)")


def _years_before(moment: dt.datetime, years: int) -> dt.datetime:
    day = add_years(moment.date(), -years)
    return moment.replace(year=day.year, month=day.month, day=day.day)


def unattended_backup(accounts: Accounts, out: Path, *, clock: Clock) -> SnapshotReport:
    """The nightly backup without a password (``storage.snapshot``): the encrypted pages
    copied as one committed state while TrygStart may be open, and checked as far as that
    is possible without the key. It reads no person data, and cannot write an audit entry
    (that needs the key): its manifest in the backup folder is its record."""
    return snapshot(embedded_vault(accounts.vault).database_path, out, utc_text(clock()))
