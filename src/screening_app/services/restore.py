"""Restoring a backup (clinic IT, at 7 in the morning): what will replace what, then do it.

1. The backup's files are checked without a key (its manifest's hashes, no clear header, a key
   file) and copied into a staging folder inside the data folder.
2. The staged copy is opened with the given credentials (an administrator's password or the
   recovery key, valid in the backup): every page's HMAC, the structure and the audit chain are
   checked there. A damaged backup is refused as a damaged backup.
3. The database in the data folder, if there is one, is opened with the same credentials to
   say what it holds (it may be damaged, or have another password: then only its key file's id
   is known). Both sides are described: clinic, id, counts of persons and screenings, the
   backup's date.
4. A backup of another clinic database (another id) is refused unless ``other_clinic``.
5. The staged files are put in place by renames; the old files go to ``replaced-<time>``.

One ``restore`` audit entry goes into the restored database (and one into the current one
when it could be opened). Counting persons is not access to a person's data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from screening_app.services.accounts import RECOVERY_USER, Accounts
from screening_app.services.clock import Clock
from screening_app.storage.audit import Outcome
from screening_app.storage.database import Database
from screening_app.storage.embedded import embedded_vault
from screening_app.storage.errors import StorageError
from screening_app.storage.identity import ClinicIdentity
from screening_app.storage.lockfile import InstanceLock
from screening_app.storage.restore import backup_files, discard, install, stage
from screening_app.storage.vault import Vault

DAMAGE_CODES = ("database-damaged", "database-corrupt")
KEYFILE_CODES = ("keyfile-missing", "keyfile-corrupt", "keyfile-newer")
State = Literal["opened", "damaged", "not-opened", "none"]


@dataclass(frozen=True)
class Side:
    """One database in a restore: the one in the data folder, or the backup."""

    state: State
    identity: ClinicIdentity | None
    persons: int | None = None
    screenings: int | None = None
    latest_entry: str | None = None


@dataclass(frozen=True)
class RestorePlan:
    current: Side
    backup: Side
    backup_made: str | None  # from the backup's manifest (None for older backups)
    backup_kind: str | None  # "verified" or "unattended"
    same_clinic: bool | None  # None: the current database's identity is not known


@dataclass(frozen=True)
class RestoreResult:
    plan: RestorePlan
    moved: Path | None  # where the replaced files went (None: none, or a dry run)


@dataclass(frozen=True)
class Credentials:
    username: str | None = None
    password: str | None = None
    recovery_key: str | None = None

    def open(self, vault: Vault) -> tuple[Database, str]:
        """The database opened as an administrator (or with the recovery key) and who."""
        if self.recovery_key is not None:
            return vault.unlock_with_recovery(self.recovery_key), RECOVERY_USER
        database = vault.unlock(self.username or "", self.password or "")
        try:
            user = database.user_named(self.username or "")
            if user is None or not user.active:
                raise StorageError("wrong-credentials")
            if user.role != "admin":
                database.record_event(user.username, "restore", "refused")
                raise StorageError("not-permitted")
        except BaseException:
            database.close()
            raise
        return database, user.username


def restore_backup(
    accounts: Accounts,
    source: Path,
    *,
    clock: Clock,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
    other_clinic: bool = False,
    dry_run: bool = False,
    show: Callable[[RestorePlan], None] | None = None,
) -> RestoreResult:
    """Replace the clinic database with the backup in ``source`` (see the module)."""
    credentials = Credentials(username, password, recovery_key)
    vault = embedded_vault(accounts.vault)
    files = backup_files(source)
    staging = stage(files, vault.data_dir, clock())
    try:
        backup, actor = _open_backup(vault.sibling(staging), credentials, source)
        try:
            backup_side = _side(backup, vault.sibling(staging))
            current, opened = _open_current(vault, credentials)
            try:
                same = _same_clinic(current, backup_side)
                plan = RestorePlan(
                    current=current,
                    backup=backup_side,
                    backup_made=files.manifest.made if files.manifest else None,
                    backup_kind=files.manifest.kind if files.manifest else None,
                    same_clinic=same,
                )
                refused = same is False and not other_clinic
                if opened is not None:  # the current database's own entry about the restore
                    outcome: Outcome = "refused" if refused else "ok"
                    criterion = "dry-run" if dry_run else "replaced-by-backup"
                    opened[0].record_event(opened[1], "restore", outcome, criterion=criterion)
            finally:
                if opened is not None:
                    opened[0].close()
            if refused:
                raise StorageError(
                    "backup-other-clinic", backup=_named(backup_side), current=_named(current)
                )
            if show is not None:
                show(plan)
            if dry_run:
                return RestoreResult(plan, None)
            criterion = "other-clinic" if same is False else "same-clinic"
            kind = plan.backup_kind or "older"
            backup.record_event(actor, "restore", criterion=f"{criterion};{kind}")
        finally:
            backup.close()
        with InstanceLock(vault.lock_path):
            moved = install(staging, vault.database_path, clock())
        return RestoreResult(plan, moved)
    finally:
        discard(staging)


def _open_backup(staged: Vault, credentials: Credentials, source: Path) -> tuple[Database, str]:
    invalid = StorageError("backup-invalid", place=str(source))
    try:
        database, actor = credentials.open(staged)
    except StorageError as error:
        if error.code in DAMAGE_CODES or error.code in KEYFILE_CODES:
            raise invalid from None
        raise
    try:
        report = database.check()
        if not report.ok:
            raise invalid
    except StorageError as error:
        database.close()
        if error.code in DAMAGE_CODES:
            raise invalid from None
        raise
    except BaseException:
        database.close()
        raise
    return database, actor


def _side(database: Database, vault: Vault) -> Side:
    summary = database.summary()
    identity = summary.identity
    if identity is None:  # a backup from before clinic identities: its key file's
        keyfile = vault.read_keyfile()
        name = database.setting("clinic_name") or ""
        identity = ClinicIdentity(keyfile.file_id, name, keyfile.created)
    return Side("opened", identity, summary.persons, summary.screenings, summary.latest_entry)


def _open_current(
    vault: Vault, credentials: Credentials
) -> tuple[Side, tuple[Database, str] | None]:
    """The database in the data folder described, and left open when it could be opened."""
    if not vault.database_path.exists() and not vault.keyfile_path.exists():
        return Side("none", None), None
    identity = _identity_from_keyfile(vault)
    if not vault.database_path.exists():
        return Side("none", identity), None
    try:
        database, actor = credentials.open(vault)
    except StorageError as error:
        if error.code == "in-use":
            raise
        state: State = "damaged" if error.code in DAMAGE_CODES else "not-opened"
        return Side(state, identity), None
    try:
        return _side(database, vault), (database, actor)
    except BaseException:
        database.close()
        raise


def _identity_from_keyfile(vault: Vault) -> ClinicIdentity | None:
    try:
        keyfile = vault.read_keyfile()
    except StorageError:
        return None
    return ClinicIdentity(keyfile.file_id, "", keyfile.created)


def _same_clinic(current: Side, backup: Side) -> bool | None:
    if current.identity is None or backup.identity is None:
        return None
    return current.identity.clinic_id == backup.identity.clinic_id


def _named(side: Side) -> str:
    if side.identity is None:
        return "?"
    return side.identity.short()
