"""An open, unlocked clinic database: one connection, its key, and the instance lock.

Person data is reached only through ``Database.audited(...)``: it opens one write
transaction, hands out the record stores, and writes exactly one audit entry for the
operation, in the same transaction when it succeeds, or in its own transaction (outcome
``refused`` or ``failed``) when it does not. There is no other way to get a record store, so a
use case cannot read or write person data without an audit entry.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage import audit, audit_anchor
from screening_app.storage.access_log import AccessLogRecords
from screening_app.storage.connection import (
    Connection,
    DatabaseError,
    classified,
    integrity_problems,
    pinned_problems,
)
from screening_app.storage.data_requests import DataRequestRecords
from screening_app.storage.errors import StorageError
from screening_app.storage.followup import FollowUpRecords
from screening_app.storage.identity import ClinicIdentity, Summary, read_identity, summary
from screening_app.storage.kdf import wipe
from screening_app.storage.lockfile import InstanceLock
from screening_app.storage.persons import PersonRecords
from screening_app.storage.records import User
from screening_app.storage.referrals import ReferralRecords
from screening_app.storage.screenings import ScreeningRecords
from screening_app.storage.settings import SettingsRecords
from screening_app.storage.statistics import StatisticsRecords
from screening_app.storage.training_runs import TrainingRunRecords
from screening_app.storage.users import UserRecords

Clock = Callable[[], str]  # returns the current UTC time as ISO 8601 text


class AuditTrail:
    """The one change the audit trail allows (the retention purge of its oldest entries), and
    reading the entries about one person."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def purge_before(self, cutoff: str) -> audit.Purged:
        return audit.purge_before(self._c, cutoff)

    def about(self, person_id: int) -> list[audit.AuditEntry]:
        """The entries that name one person (her access log, for her own copy)."""
        return list(audit.entries(self._c, person_id))


class Work:
    """What one audited operation may touch; it names the person it concerns."""

    def __init__(self, connection: Connection, now: str) -> None:
        self.now = now
        self.persons = PersonRecords(connection, now)
        self.screenings = ScreeningRecords(connection, now)
        self.referrals = ReferralRecords(connection, now)
        self.followup = FollowUpRecords(connection, now)
        self.users = UserRecords(connection, now)
        self.settings = SettingsRecords(connection)
        self.statistics = StatisticsRecords(connection)  # counts only, never a person
        self.requests = DataRequestRecords(connection, now)
        self.access_log = AccessLogRecords(connection, now)  # the audit trail, read
        self.audit_trail = AuditTrail(connection)
        self.training_runs = TrainingRunRecords(connection, now)  # a training database only
        self.person_id: int | None = None
        self.criterion: str | None = None

    def concerns(self, person_id: int) -> None:
        """The person this operation reads or writes (set as soon as it is known)."""
        self.person_id = person_id


@dataclass(frozen=True)
class CheckReport:
    settings: list[str]
    integrity: list[str]
    audit: audit.ChainReport | None  # None: not verified, the database is damaged
    identity: ClinicIdentity | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.integrity) or self.audit is None

    @property
    def ok(self) -> bool:
        return (
            not self.settings
            and not self.damaged
            and self.audit is not None
            and (self.audit.intact)
        )


class Database:
    def __init__(
        self,
        path: Path,
        connection: Connection,
        key: bytearray,
        lock: InstanceLock,
        clock: Clock,
    ) -> None:
        self.path = path
        self._connection: Connection | None = connection
        self._key: bytearray | None = key
        self._lock = lock
        self._clock = clock

    # ----------------------------------------------------------------- lifecycle
    @property
    def is_open(self) -> bool:
        return self._connection is not None

    @property
    def connection(self) -> Connection:
        if self._connection is None:
            raise StorageError("locked")
        return self._connection

    def key_copy(self) -> bytearray:
        """A copy of the database key (for rekey and backup); the caller wipes it."""
        if self._key is None:
            raise StorageError("locked")
        return bytearray(self._key)

    def close(self) -> None:
        """Close the connection, wipe the key, release the instance lock."""
        if self._connection is not None:
            with contextlib.suppress(DatabaseError):
                # No waiting: a nightly backup may hold checkpoints off (storage.shm_lock),
                # and locking must be instant. The WAL then stays until the next checkpoint.
                self._connection.execute("PRAGMA busy_timeout = 0")
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None
        wipe(self._key)
        self._key = None
        self._lock.release()

    def replace_key(self, key: bytearray) -> None:
        wipe(self._key)
        self._key = key

    # -------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        connection = self.connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except DatabaseError as error:
            raise self._known(error) from None
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(DatabaseError):
                connection.execute("ROLLBACK")
            if isinstance(error, DatabaseError):
                raise self._known(error) from None
            raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """Reads outside a transaction, with their errors in the storage's sentences."""
        connection = self.connection
        try:
            yield connection
        except DatabaseError as error:
            raise self._known(error) from None

    def _known(self, error: DatabaseError) -> Exception:
        return classified(error, self._connection, str(self.path.parent))

    @contextlib.contextmanager
    def audited(
        self,
        user: str,
        action: str,
        *,
        person_id: int | None = None,
        criterion: str | None = None,
    ) -> Iterator[Work]:
        """One operation, one transaction, one audit entry."""
        if action not in audit.ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        now = self._clock()
        work: Work | None = None
        try:
            with self.transaction() as connection:
                work = Work(connection, now)
                work.person_id = person_id
                work.criterion = criterion
                yield work
                audit.append(
                    connection,
                    at=now,
                    user=user,
                    action=action,
                    outcome="ok",
                    person_id=work.person_id,
                    criterion=work.criterion,
                )
        except BaseException as error:
            refused = isinstance(error, (StorageError, ValueError))
            outcome: audit.Outcome = "refused" if refused else "failed"
            if isinstance(error, (KeyboardInterrupt, SystemExit)) or self._connection is None:
                raise
            chosen = work.person_id if work is not None else person_id
            with contextlib.suppress(StorageError, DatabaseError), self.transaction() as conn:
                audit.append(
                    conn,
                    at=now,
                    user=user,
                    action=action,
                    outcome=outcome,
                    person_id=chosen,
                    criterion=work.criterion if work is not None else criterion,
                )
            raise

    def record_event(
        self,
        user: str,
        action: str,
        outcome: audit.Outcome = "ok",
        *,
        person_id: int | None = None,
        criterion: str | None = None,
        at: str | None = None,
    ) -> None:
        """An audit entry for an event that touches no person data (login, backup...)."""
        with self.transaction() as connection:
            audit.append(
                connection,
                at=at or self._clock(),
                user=user,
                action=action,
                outcome=outcome,
                person_id=person_id,
                criterion=criterion,
            )

    def user_named(self, username: str) -> User | None:
        """A staff account by name (staff data, not person data: no audit entry)."""
        with self.reading() as connection:
            return UserRecords(connection, self._clock()).by_name(username)

    def setting(self, key: str) -> str | None:
        """A clinic setting (configuration, not person data: no audit entry)."""
        with self.reading() as connection:
            return SettingsRecords(connection).get(key)

    def usernames(self, *, active_only: bool = False) -> list[str]:
        with self.reading() as connection:
            users = UserRecords(connection, self._clock()).all()
        return [user.username for user in users if user.active or not active_only]

    def record_events(self, events: list[tuple[str, str, audit.Outcome, str, str | None]]) -> None:
        """Several events (user, action, outcome, time, criterion) in one transaction: the
        login attempts and alerts the throttle kept while the database was closed."""
        with self.transaction() as connection:
            for user, action, outcome, at, criterion in events:
                audit.append(
                    connection,
                    at=at,
                    user=user,
                    action=action,
                    outcome=outcome,
                    criterion=criterion,
                )

    # --------------------------------------------------------------------- checks
    def check(self) -> CheckReport:
        """Settings, both integrity checks, then the audit chain: the chain is walked only in
        a database whose pages and structure are sound (a damaged one cannot be trusted to
        read, and its chain is not the question any more)."""
        with self.reading() as connection:
            settings = pinned_problems(connection)
            integrity = integrity_problems(connection)
            if integrity:
                return CheckReport(settings, integrity, None)
            try:
                chain = audit.verify(connection)
                identity = read_identity(connection)
            except DatabaseError as error:
                return CheckReport(settings, [f"audit unreadable: {type(error).__name__}"], None)
        return CheckReport(settings, integrity, chain, identity)

    def summary(self) -> Summary:
        """The clinic's identity and how many persons and screenings it holds (numbers, not
        person data: no audit entry of its own; ``restore`` records one for what it does)."""
        with self.reading() as connection:
            return summary(connection)

    def schema_version(self) -> int:
        from screening_app.storage.migrations import schema_version

        with self.reading() as connection:
            return schema_version(connection)

    def tidy(self) -> None:
        """After a large delete: fold the WAL back into the file (its freed pages wiped)."""
        with self.reading() as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def verify_audit(self) -> audit.ChainReport:
        with self.reading() as connection:
            return audit.verify(connection)

    def audit_head(self, clinic_id: str, now: str) -> audit_anchor.Anchor:
        with self.reading() as connection:
            return audit_anchor.head(connection, clinic_id, now)

    def check_anchor(self, anchor: audit_anchor.Anchor, clinic_id: str) -> None:
        with self.reading() as connection:
            audit_anchor.check(connection, anchor, clinic_id)

    def audit_entries(self, person_id: int | None = None) -> list[audit.AuditEntry]:
        with self.reading() as connection:
            return list(audit.entries(connection, person_id))
