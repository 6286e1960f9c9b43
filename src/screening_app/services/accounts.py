"""Setting up a clinic, logging in, and the recovery key (the entry points before a session)."""

from __future__ import annotations

from dataclasses import dataclass

from screening_app.services.attempts import RECOVERY_USER, audit_pending
from screening_app.services.clock import Clock
from screening_app.services.session import RECOVERY_USER_ID, UserSession
from screening_app.services.validation import refuse_control_characters
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import KeyVault, Store
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import USER_ROLES, User
from screening_app.storage.settings import (
    CLINIC_CREATED,
    CLINIC_ID,
    CLINIC_NAME,
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS,
)
from screening_app.storage.training_runs import PURPOSE_KEY, TRAINING

MAX_NAME = 200


@dataclass(frozen=True)
class Setup:
    session: UserSession
    recovery_key: str  # show once; never stored


def check_username(username: str) -> str:
    name = username.strip()
    refuse_control_characters(name, "user name")
    if not name or len(name) > MAX_NAME or any(ch.isspace() for ch in name):
        raise StorageError("invalid", detail="user name (one word, 1-200 characters)")
    return name


def refuse_training(database: Store) -> None:
    """A database marked as training is never a clinic's (its key file says so too; this is the
    second lock, for a key file that lost its mark)."""
    if database.setting(PURPOSE_KEY) == TRAINING:
        raise StorageError("training-database")


class Accounts:
    def __init__(
        self, vault: KeyVault, *, clock: Clock, policy: PasswordPolicy, pins: PinHasher
    ) -> None:
        self.vault = vault
        self.clock = clock
        self.policy = policy
        self.pins = pins

    def setup(
        self,
        *,
        clinic_name: str,
        admin_username: str,
        admin_password: str,
        admin_display_name: str = "",
        admin_title: str = "",
    ) -> Setup:
        """A new clinic database with its first administrator; the recovery key is shown once."""
        if self.vault.exists() or self.vault.keyfile_path.exists():
            raise StorageError("already-exists", place=str(self.vault.data_dir))
        username = check_username(admin_username)
        clinic = clinic_name.strip()
        refuse_control_characters(clinic, "clinic name")
        if not clinic or len(clinic) > MAX_NAME:
            raise StorageError("invalid", detail="clinic name")
        display = admin_display_name.strip() or username
        refuse_control_characters(display, "display name")
        refuse_control_characters(admin_title, "title")
        self.policy.check(admin_password, [username, display, clinic])
        created = self.vault.create(username, admin_password)
        database = created.database
        try:
            clinic_id = self.vault.read_keyfile().file_id
            with database.audited(username, "user-admin", criterion="init") as work:
                work.settings.set(CLINIC_NAME, clinic)
                work.settings.set(CLINIC_ID, clinic_id)
                work.settings.set(CLINIC_CREATED, self.vault.now_text())
                work.settings.set(RETENTION_YEARS, str(DEFAULT_RETENTION_YEARS))
                user_id = work.users.add(username, display, admin_title, "admin")
                user = work.users.get(user_id)
            assert user is not None
        except BaseException:
            database.close()
            raise
        return Setup(self._session(database, user), created.recovery_key)

    def login(self, username: str, password: str) -> UserSession:
        """Open the database as a user. One answer for every failure: no user enumeration."""
        database = self.vault.unlock(username, password)
        try:
            refuse_training(database)
            record = database.user_named(username)
            self._audit_failed_attempts(database)
            if record is None or not record.active:
                database.record_event("(unknown)", "login-failed", "refused")
                raise StorageError("wrong-credentials")
            database.record_event(record.username, "login")
            self._give_identity(database, record.username)
        except BaseException:
            database.close()
            raise
        return self._session(database, record)

    def recover(self, recovery_key: str) -> UserSession:
        """Open the database with the clinic recovery key (to reset a password)."""
        database = self.vault.unlock_with_recovery(recovery_key)
        try:
            refuse_training(database)
            self._audit_failed_attempts(database)
            database.record_event(RECOVERY_USER, "login", criterion="recovery-key")
            self._give_identity(database, RECOVERY_USER)
        except BaseException:
            database.close()
            raise
        user = User(
            id=RECOVERY_USER_ID,
            username=RECOVERY_USER,
            display_name=RECOVERY_USER,
            title="",
            role="admin",
            active=True,
            pin_hash=None,
        )
        return self._session(database, user)

    def _give_identity(self, database: Store, username: str) -> None:
        """A database made before clinic identities existed gets one (its key file's id and
        creation time) at its first login after the upgrade: one audited settings change."""
        if database.setting(CLINIC_ID) is not None:
            return
        keyfile = self.vault.read_keyfile()
        with database.audited(username, "settings-change", criterion="clinic-identity") as work:
            work.settings.set(CLINIC_ID, keyfile.file_id)
            work.settings.set(CLINIC_CREATED, keyfile.created)

    def _audit_failed_attempts(self, database: Store) -> None:
        """Move failed logins counted before the database could be opened into the trail."""
        audit_pending(self.vault, database)

    def _session(self, database: Store, user: User) -> UserSession:
        return UserSession(
            self.vault, database, user, clock=self.clock, policy=self.policy, pins=self.pins
        )


__all__ = ["RECOVERY_USER", "USER_ROLES", "Accounts", "Setup", "check_username"]
