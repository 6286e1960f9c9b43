"""A logged-in user: the open database, idle lock with a PIN, logout.

While the session is locked every use case refuses (``StorageError("locked")``). With a PIN
set, ``lock()`` keeps the database key in memory and the same user may come back with the PIN;
after ``PIN_TRIES`` wrong PINs, or on ``logout()``, the database is closed, its key wiped, and
only the full password opens it again. The PIN never unwraps the key (security.md check 10).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from screening_app.services.attempts import audit_pending
from screening_app.services.clock import Clock
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import KeyVault, Store, Work
from screening_app.storage.passwords import PasswordPolicy, check_pin
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import User
from screening_app.storage.settings import (
    AUDIT_RETENTION_MONTHS,
    CLINIC_NAME,
    DEFAULT_AUDIT_RETENTION_MONTHS,
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS,
)

PIN_TRIES = 3
RECOVERY_USER_ID = 0
# What a clinic leader may do: statistics and the access log's spot checks (staff activity and
# person ids, never a person's data), and their own PIN. Every other use case is refused here,
# in the one place all of them pass, so no screen can open a person to a leader by mistake.
LEADER_ACTIONS = frozenset({"view-statistics", "export-statistics", "spot-check"})
LEADER_USER_ADMIN = frozenset({"set-pin"})


class UserSession:
    def __init__(
        self,
        vault: KeyVault,
        database: Store,
        user: User,
        *,
        clock: Clock,
        policy: PasswordPolicy,
        pins: PinHasher,
        training: bool = False,
    ) -> None:
        self.vault = vault
        # A session on a training database (fictitious persons only: see PersonService).
        self.training = training
        self.user = user
        self.clock = clock
        self.policy = policy
        self._pins = pins
        self._database: Store | None = database
        self._locked = False
        self._pin_tries = PIN_TRIES

    # ------------------------------------------------------------------- state
    @property
    def is_locked(self) -> bool:
        return self._locked or self._database is None

    @property
    def is_recovery(self) -> bool:
        """Opened with the clinic recovery key (no staff account behind it)."""
        return self.user.id == RECOVERY_USER_ID

    @property
    def is_leader(self) -> bool:
        """A clinic leader: statistics and spot checks, never a person."""
        return self.user.role == "leader"

    @property
    def can_use_pin(self) -> bool:
        """True while locked with the key still held and PIN tries left."""
        return self._locked and self._database is not None and self.user.pin_hash is not None

    @property
    def database(self) -> Store:
        if self.is_locked or self._database is None:
            raise StorageError("locked")
        return self._database

    @contextlib.contextmanager
    def audited(
        self, action: str, *, person_id: int | None = None, criterion: str | None = None
    ) -> Iterator[Work]:
        """One audited operation as this user (the only way the use cases reach records).

        The recovery-key session exists to reset passwords: it reaches no person data. A
        leader's session reaches statistics and spot checks only (``LEADER_ACTIONS``).
        """
        if self.is_recovery and action != "user-admin":
            self.database.record_event(self.user.username, action, "refused")
            raise StorageError("not-permitted")
        if self.is_leader and not _leader_may(action, criterion):
            self.database.record_event(
                self.user.username, action, "refused", person_id=person_id, criterion=criterion
            )
            raise StorageError("not-permitted")
        with self.database.audited(
            self.user.username, action, person_id=person_id, criterion=criterion
        ) as work:
            yield work

    def require_admin(self, action: str) -> None:
        if self.user.role != "admin":
            with contextlib.suppress(StorageError):
                self.database.record_event(self.user.username, action, "refused")
            raise StorageError("not-permitted")

    def require_overseer(self, action: str) -> None:
        """An administrator or a leader (statistics, spot checks of the access log)."""
        if self.user.role not in ("admin", "leader"):
            with contextlib.suppress(StorageError):
                self.database.record_event(self.user.username, action, "refused")
            raise StorageError("not-permitted")

    # -------------------------------------------------------------------- lock
    def lock(self) -> None:
        """Idle lock or quick-hide: keep the key only if the user has a PIN."""
        if self._database is None or self._locked:
            return
        self._database.record_event(self.user.username, "lock")
        self._locked = True
        self._pin_tries = PIN_TRIES
        if self.user.pin_hash is None:
            self._close()

    def unlock_with_pin(self, pin: str) -> None:
        if not self.can_use_pin or self._database is None or self.user.pin_hash is None:
            raise StorageError("pin-exhausted")
        if self._pins.verify(self.user.pin_hash, pin):
            self._locked = False
            self._pin_tries = PIN_TRIES
            self._database.record_event(self.user.username, "unlock", criterion="pin")
            return
        self._pin_tries -= 1
        self._database.record_event(self.user.username, "unlock-failed", "refused", criterion="pin")
        if self._pin_tries <= 0:
            self._close()
            raise StorageError("pin-exhausted")
        raise StorageError("wrong-pin")

    def unlock_with_password(self, password: str) -> None:
        """Unlock with the full password (``StorageError("wrong-credentials")`` if wrong).

        While the key is still held (locked with a PIN) the password is checked against the key
        file and the database stays open: a wrong password closes nothing and leaves the PIN
        tries as they were. After a lock without PIN the database is opened again. The password
        is checked even when the session is not locked: this is never a way around it.
        """
        database = self._database
        if database is None:
            database = self.vault.unlock(self.user.username, password)
            self._database = database
        elif not self.vault.verify_password(self.user.username, password):
            self.audit_failed_attempts("password")
            raise StorageError("wrong-credentials")
        self._locked = False
        self._pin_tries = PIN_TRIES
        database.record_event(self.user.username, "unlock", criterion="password")

    def audit_failed_attempts(self, criterion: str) -> None:
        """Move the failed attempts the throttle counted into the audit trail: this user's as
        ``unlock-failed`` (at their times), anyone else's as ``login-failed``."""
        database = self._database
        if database is None:
            return
        audit_pending(self.vault, database, mine=(self.user.username, criterion))

    def logout(self) -> None:
        if self._database is not None:
            with contextlib.suppress(StorageError):
                self._database.record_event(self.user.username, "logout")
        self._close()

    def _close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None

    def audit_retention_months(self) -> int:
        """How long the audit trail is kept (staff configuration, not person data)."""
        value = self.database.setting(AUDIT_RETENTION_MONTHS)
        return int(value) if value is not None else DEFAULT_AUDIT_RETENTION_MONTHS

    def retention_years(self) -> int:
        """The clinic's retention setting (staff configuration, not person data)."""
        value = self.database.setting(RETENTION_YEARS)
        return int(value) if value is not None else DEFAULT_RETENTION_YEARS

    # ---------------------------------------------------------------- secrets
    def set_pin(self, pin: str) -> None:
        check_pin(pin)
        pin_hash = self._pins.hash(pin)
        with self.audited("user-admin", criterion="set-pin") as work:
            work.users.set_pin_hash(self.user.id, pin_hash)
        self.user = _with_pin(self.user, pin_hash)

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-wraps the user's key under the new password; the data is not re-encrypted."""
        database = self.database
        with database.audited(self.user.username, "change-password") as work:
            clinic = work.settings.get(CLINIC_NAME) or ""
            self.policy.check(new_password, [self.user.username, self.user.display_name, clinic])
            self.vault.change_password(self.user.username, old_password, new_password)


def _leader_may(action: str, criterion: str | None) -> bool:
    if action in LEADER_ACTIONS:
        return True
    return action == "user-admin" and criterion in LEADER_USER_ADMIN


def _with_pin(user: User, pin_hash: str | None) -> User:
    return User(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        title=user.title,
        role=user.role,
        active=user.active,
        pin_hash=pin_hash,
    )
