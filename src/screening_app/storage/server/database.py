"""An open clinic record on the server: the same audited unit of work as the file.

``audited(...)`` opens one transaction, hands out the record stores and appends exactly one
audit entry to the clinic's chain in it; when the work fails, a ``refused`` or ``failed`` entry
is appended in a transaction of its own. A lost connection becomes ``server-unreachable`` (the
screens keep what was typed and the next operation connects again); nothing half-done is kept,
and what the server acknowledged (a committed transaction) is there after a restart.
"""

from __future__ import annotations

import contextlib
import os
import platform
import secrets
from collections.abc import Callable, Iterator

import psycopg

from screening_app.storage.audit import AuditEntry, ChainReport, Outcome
from screening_app.storage.audit_anchor import Anchor
from screening_app.storage.database import CheckReport
from screening_app.storage.errors import StorageError
from screening_app.storage.identity import ClinicIdentity, Summary, identity_from
from screening_app.storage.kdf import wipe
from screening_app.storage.records import User
from screening_app.storage.server import audit
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.oversight import (
    ServerAccessLog,
    ServerDataRequests,
    ServerStatistics,
)
from screening_app.storage.server.persons import ServerPersons
from screening_app.storage.server.records import (
    NoTrainingRuns,
    ServerAuditTrail,
    ServerClinicSettings,
    ServerFollowUp,
    ServerReferrals,
    ServerUsers,
)
from screening_app.storage.server.schema import LATEST
from screening_app.storage.server.screenings import ServerScreenings
from screening_app.storage.server.sql import Conn

Clock = Callable[[], str]
Connect = Callable[[], Conn]


class ServerWork:
    """What one audited operation may touch on the server."""

    def __init__(self, connection: Conn, now: str, cipher: FieldCipher, holder: str) -> None:
        self.now = now
        self.persons = ServerPersons(connection, now, cipher)
        self.screenings = ServerScreenings(connection, now, cipher, holder)
        self.referrals = ServerReferrals(connection, now, cipher)
        self.followup = ServerFollowUp(connection, now, cipher)
        self.users = ServerUsers(connection, now)
        self.settings = ServerClinicSettings(connection)
        self.statistics = ServerStatistics(connection, cipher)  # counts only, never a person
        self.requests = ServerDataRequests(connection, now, cipher)
        self.access_log = ServerAccessLog(connection, now, cipher)  # the audit trail, read
        self.audit_trail = ServerAuditTrail(connection, cipher)
        self.training_runs = NoTrainingRuns()
        self.person_id: int | None = None
        self.criterion: str | None = None

    def concerns(self, person_id: int) -> None:
        self.person_id = person_id


def server_version(connection: Conn) -> int:
    row = connection.execute("SELECT version FROM schema_version").fetchone()
    return 0 if row is None else int(row[0])


class ServerDatabase:
    def __init__(self, connect: Connect, key: bytearray, clock: Clock, place: str) -> None:
        self._connect = connect
        self._connection: Conn | None = None
        self._key: bytearray | None = key
        self._cipher: FieldCipher | None = FieldCipher(key)
        self._clock = clock
        self.place = place  # the server, as the sentences name it
        # This workstation's session: what a screening's lease names.
        self.holder = f"{platform.node()}/{os.getpid()}/{secrets.token_hex(4)}"
        self._open_connection()

    # ----------------------------------------------------------------- lifecycle
    @property
    def is_open(self) -> bool:
        return self._key is not None

    def key_copy(self) -> bytearray:
        if self._key is None:
            raise StorageError("locked")
        return bytearray(self._key)

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise StorageError("locked")
        return self._cipher

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(psycopg.Error):
                self._connection.close()
            self._connection = None
        if self._cipher is not None:
            self._cipher.close()
            self._cipher = None
        wipe(self._key)
        self._key = None

    def _open_connection(self) -> Conn:
        if self._key is None:
            raise StorageError("locked")
        if self._connection is None or self._connection.closed or self._connection.broken:
            try:
                self._connection = self._connect()
            except psycopg.OperationalError:
                self._connection = None
                raise StorageError("server-unreachable") from None
            version = server_version(self._connection)
            if version != LATEST:
                self._connection.close()
                self._connection = None
                raise StorageError("server-schema", found=version, known=LATEST)
        return self._connection

    # -------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Conn]:
        connection = self._open_connection()
        try:
            with connection.transaction():
                yield connection
        except psycopg.OperationalError:
            # The server went away mid-work: nothing of this transaction was kept.
            with contextlib.suppress(psycopg.Error):
                connection.close()
            raise StorageError("server-unreachable") from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[Conn]:
        with self.transaction() as connection:
            yield connection

    @contextlib.contextmanager
    def audited(
        self,
        user: str,
        action: str,
        *,
        person_id: int | None = None,
        criterion: str | None = None,
    ) -> Iterator[ServerWork]:
        from screening_app.storage.audit import ACTIONS

        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        now = self._clock()
        work: ServerWork | None = None
        try:
            with self.transaction() as connection:
                work = ServerWork(connection, now, self.cipher, self.holder)
                work.person_id = person_id
                work.criterion = criterion
                yield work
                audit.append(
                    connection,
                    self.cipher,
                    at=now,
                    user=user,
                    action=action,
                    outcome="ok",
                    person_id=work.person_id,
                    criterion=work.criterion,
                )
        except BaseException as error:
            if isinstance(error, (KeyboardInterrupt, SystemExit)) or self._key is None:
                raise
            if isinstance(error, StorageError) and error.code == "server-unreachable":
                raise
            refused = isinstance(error, (StorageError, ValueError))
            outcome: Outcome = "refused" if refused else "failed"
            chosen = work.person_id if work is not None else person_id
            with (
                contextlib.suppress(StorageError, psycopg.Error),
                self.transaction() as connection,
            ):
                audit.append(
                    connection,
                    self.cipher,
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
        outcome: Outcome = "ok",
        *,
        person_id: int | None = None,
        criterion: str | None = None,
        at: str | None = None,
    ) -> None:
        with self.transaction() as connection:
            audit.append(
                connection,
                self.cipher,
                at=at or self._clock(),
                user=user,
                action=action,
                outcome=outcome,
                person_id=person_id,
                criterion=criterion,
            )

    def record_events(self, events: list[tuple[str, str, Outcome, str, str | None]]) -> None:
        with self.transaction() as connection:
            for user, action, outcome, at, criterion in events:
                audit.append(
                    connection,
                    self.cipher,
                    at=at,
                    user=user,
                    action=action,
                    outcome=outcome,
                    criterion=criterion,
                )

    # -------------------------------------------------------------------- reads
    def user_named(self, username: str) -> User | None:
        with self.reading() as connection:
            return ServerUsers(connection, self._clock()).by_name(username)

    def setting(self, key: str) -> str | None:
        with self.reading() as connection:
            return ServerClinicSettings(connection).get(key)

    def usernames(self, *, active_only: bool = False) -> list[str]:
        with self.reading() as connection:
            users = ServerUsers(connection, self._clock()).all()
        return [user.username for user in users if user.active or not active_only]

    def _identity(self, connection: Conn) -> ClinicIdentity | None:
        return identity_from(ServerClinicSettings(connection))

    def summary(self) -> Summary:
        with self.reading() as connection:
            persons = connection.execute("SELECT count(*) FROM persons").fetchone()
            screenings = connection.execute("SELECT count(*) FROM screenings").fetchone()
            latest = connection.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
            return Summary(
                identity=self._identity(connection),
                persons=int(persons[0]) if persons else 0,
                screenings=int(screenings[0]) if screenings else 0,
                latest_entry=None if latest is None else str(latest[0]),
            )

    def verify_audit(self) -> ChainReport:
        with self.reading() as connection:
            return audit.verify(connection, self.cipher)

    def audit_entries(self, person_id: int | None = None) -> list[AuditEntry]:
        with self.reading() as connection:
            return list(audit.entries(connection, self.cipher, person_id))

    def schema_version(self) -> int:
        with self.reading() as connection:
            return server_version(connection)

    def tidy(self) -> None:
        """Nothing to do: the server's own maintenance (autovacuum) gives space back."""

    def check(self) -> CheckReport:
        """The audit chain (the server's pages and structure are its administrators' to
        check: amcheck, their backups' verification)."""
        with self.reading() as connection:
            chain = audit.verify(connection, self.cipher)
            return CheckReport([], [], chain, self._identity(connection))

    def audit_head(self, clinic_id: str, now: str) -> Anchor:
        """The clinic chain's head as an anchor for IT to keep away from the server: a chain
        rewritten on the server (by anyone with the owner's rights) no longer holds it."""
        with self.reading() as connection:
            row = connection.execute(
                "SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        if row is None:
            raise StorageError("no-such-record")
        return Anchor(clinic_id, int(row[0]), str(row[1]), str(row[2]), now)

    def check_anchor(self, anchor: Anchor, clinic_id: str) -> None:
        """The anchored entry is still in the clinic's chain with its hash (the app never
        deletes audit entries on a server, so the chain always starts at 1)."""
        if anchor.clinic_id != clinic_id:
            raise StorageError("anchor-other-clinic")
        with self.reading() as connection:
            last = connection.execute("SELECT max(seq) FROM audit").fetchone()
            if last is None or last[0] is None or anchor.seq > int(last[0]):
                raise StorageError("anchor-truncated", seq=anchor.seq, at=anchor.at)
            row = connection.execute(
                "SELECT hash FROM audit WHERE seq = %s", (anchor.seq,)
            ).fetchone()
        if row is None or str(row[0]) != anchor.hash:
            raise StorageError("anchor-mismatch", seq=anchor.seq, at=anchor.at)
