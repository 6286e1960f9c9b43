"""The data directory: database, key file, instance lock, login counters; and the keys.

``Vault`` creates a clinic database, unlocks it with a user's password or the recovery key,
and keeps the key file in step (users added, passwords changed or reset, users removed, a
new database key by ``rekey``). It returns an open ``Database``; it never keeps one.

Rekey is atomic against kills (security.md check 7): the new key is first added to the key
file as ``pending`` (atomic write), then ``PRAGMA rekey`` re-encrypts the database in one
transaction, then the key file keeps only the new key. Opening tries the current key, then the
pending one, and finishes or discards the half-done rekey: after a kill at any point exactly
one key opens the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.connection import (
    KEY_BYTES,
    open_connection,
    verify_pages,
)
from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.kdf import DEFAULT_PARAMS, Argon2Params, wipe
from screening_app.storage.keyfile import (
    RECOVERY,
    DatabaseKeyRecord,
    KeyFile,
    keyfile_path,
    read_keyfile,
    write_keyfile,
)
from screening_app.storage.keyring import (
    key_aad,
    key_record,
    new_user_record,
    recovery_public,
    user_aad,
)
from screening_app.storage.lockfile import InstanceLock
from screening_app.storage.migrations import Upgrade, migrate, recover_interrupted
from screening_app.storage.private import (
    create_private_file,
    database_files,
    private_folder,
    tighten_all,
)
from screening_app.storage.throttle import LoginThrottle, Pending
from screening_app.storage.vault_users import KeyFileUsers
from screening_app.storage.wrapping import (
    UnwrapError,
    b64,
    burn_equal_work,
    new_recovery_key,
    open_private_key,
    parse_recovery_key,
    public_of,
    recovery_private_key,
    unb64,
    unwrap_database_key,
    user_tag,
)

DATABASE_NAME = "trygstart.db"
UtcClock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Created:
    database: Database
    recovery_key: str  # shown once, never stored


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


class Vault(KeyFileUsers):
    def __init__(
        self,
        data_dir: Path,
        *,
        clock: UtcClock,
        kdf_params: Argon2Params = DEFAULT_PARAMS,
        throttle: LoginThrottle | None = None,
        training: bool = False,
    ) -> None:
        self.data_dir = data_dir
        # A training vault makes and opens only training databases; a clinic vault refuses them.
        self.training = training
        self.database_path = data_dir / DATABASE_NAME
        self.keyfile_path = keyfile_path(self.database_path)
        self.throttle = throttle or LoginThrottle(
            data_dir / "login-attempts.json", database_exists=self.database_path.exists
        )
        self.lock_path = data_dir / "trygstart.lock"
        self._clock = clock
        self._params = kdf_params
        # What the last opening did to the schema (the app says it in one sentence).
        self.last_upgrade: Upgrade | None = None
        self._pages_verified = False

    def sibling(self, data_dir: Path) -> Vault:
        """A vault for another folder (a backup being restored) that counts attempts in this
        one's throttle: the restore command is no way around the login delays."""
        return Vault(
            data_dir,
            clock=self._clock,
            kdf_params=self._params,
            throttle=self.throttle,
            training=self.training,
        )

    def now(self) -> dt.datetime:
        return self._clock()

    def now_text(self) -> str:
        return utc_text(self._clock())

    @property
    def place(self) -> str:
        """Where the clinic's record is, as the sentences name it (the data folder)."""
        return str(self.data_dir)

    def exists(self) -> bool:
        return self.database_path.exists()

    def read_keyfile(self) -> KeyFile:
        if not self.database_path.exists():
            raise StorageError("no-database", place=str(self.data_dir))
        keyfile = read_keyfile(self.keyfile_path)
        if keyfile.purpose == "training" and not self.training:
            raise StorageError("training-database")
        if self.training and keyfile.purpose != "training":
            raise StorageError("clinic-database")
        return keyfile

    # -------------------------------------------------------------------- create
    def create(self, admin_username: str, admin_password: str) -> Created:
        """A new, empty, migrated database and its key file; the admin is the first user."""
        if self.database_path.exists() or self.keyfile_path.exists():
            raise StorageError("already-exists", place=str(self.data_dir))
        private_folder(self.data_dir)
        lock = self._lock()
        database_key = bytearray(secrets.token_bytes(KEY_BYTES))
        recovery_key = new_recovery_key()
        try:
            recovery_point = recovery_public(recovery_key)
            file_id = secrets.token_hex(32)
            tag_salt = b64(os.urandom(16))
            base = KeyFile(
                format="trygstart-keyfile",
                version=1,
                file_id=file_id,
                tag_salt=tag_salt,
                created=self.now_text(),
                purpose="training" if self.training else None,
                users=[],
                recovery_public_key=b64(recovery_point),
                database_keys=[DatabaseKeyRecord(generation=1, state="current", wraps=[])],
            )
            user, public = new_user_record(base, admin_username, admin_password, self._params)
            keyfile = base.model_copy(
                update={
                    "users": [user],
                    "database_keys": [
                        key_record(base, database_key, 1, "current", [(user.tag, public)])
                    ],
                }
            )
            try:
                create_private_file(self.database_path)  # 0600, and so its WAL and SHM
            except OSError as error:
                raise error_from_os(error, str(self.data_dir)) from None
            connection = open_connection(self.database_path, database_key, create=True)
            try:
                migrate(connection, self.database_path)
            finally:
                connection.close()
            self.throttle.initialise()  # from now on a missing counter file means tampering
            write_keyfile(self.keyfile_path, keyfile)
            return Created(self._database(database_key, lock), recovery_key)
        except BaseException:
            wipe(database_key)
            if not self.keyfile_path.exists():
                # The database made a moment ago has no key file: it can never be opened,
                # holds nothing, and would block the next attempt. Remove only it.
                for suffix in ("", "-wal", "-shm"):
                    self.database_path.with_name(self.database_path.name + suffix).unlink(
                        missing_ok=True
                    )
            lock.release()
            raise

    # -------------------------------------------------------------------- unlock
    def unlock(self, username: str, password: str) -> Database:
        """Open with a user's password. Unknown users get the same work and the same answer."""
        keyfile = self.read_keyfile()
        tag = user_tag(keyfile.tag_salt, username)
        self.throttle.begin_attempt(tag, self._clock())
        user = keyfile.user(tag)
        if user is None:
            self._burn(keyfile, tag, password)
            raise StorageError("wrong-credentials")
        try:
            private = open_private_key(user.kdf, user.private_key, password, user_aad(keyfile, tag))
        except UnwrapError:
            raise StorageError("wrong-credentials") from None
        try:
            # The password is proven: whatever the database file says next is not a guess.
            self.throttle.succeeded(tag, self._clock())
            return self._open_as(keyfile, tag, private)
        finally:
            wipe(private)

    def verify_password(self, username: str, password: str) -> bool:
        """Is this the user's password? Checked against the key file with the same Argon2id
        work and the same throttle as a login, without opening the database (which may be
        open already). A failed attempt stays in the throttle's events to be audited."""
        keyfile = self.read_keyfile()
        tag = user_tag(keyfile.tag_salt, username)
        self.throttle.begin_attempt(tag, self._clock())
        user = keyfile.user(tag)
        if user is None:
            self._burn(keyfile, tag, password)
            return False
        try:
            private = open_private_key(user.kdf, user.private_key, password, user_aad(keyfile, tag))
        except UnwrapError:
            return False
        wipe(private)
        self.throttle.succeeded(tag, self._clock())
        return True

    def unlock_with_recovery(self, recovery_key: str) -> Database:
        keyfile = self.read_keyfile()
        self.throttle.begin_attempt(RECOVERY, self._clock())
        try:
            raw = parse_recovery_key(recovery_key)
        except UnwrapError:
            raise StorageError("wrong-recovery-key") from None
        private = recovery_private_key(raw)
        wipe(raw)
        try:
            if not secrets.compare_digest(public_of(private), unb64(keyfile.recovery_public_key)):
                raise StorageError("wrong-recovery-key")
            self.throttle.succeeded(RECOVERY, self._clock())
            return self._open_as(keyfile, RECOVERY, private)
        finally:
            wipe(private)

    def _burn(self, keyfile: KeyFile, tag: str, password: str) -> None:
        """An unknown user costs the same Argon2id work as a known one (the file's params)."""
        params = self._params
        if keyfile.users:
            kdf = keyfile.users[0].kdf
            params = Argon2Params(kdf.memory_kib, kdf.iterations, kdf.parallelism)
        burn_equal_work(params, password, hashlib.sha256(tag.encode()).digest()[:16])

    def pending_attempts(self) -> Pending:
        """Failed logins (and lost counters) waiting for the audit trail; they stay until
        ``forget_attempts`` (call it once they are in the trail)."""
        return self.throttle.pending(self._clock())

    def forget_attempts(self, done: Pending) -> None:
        self.throttle.forget(done, self._clock())

    def tag_of(self, username: str) -> str:
        return user_tag(self.read_keyfile().tag_salt, username)

    def _open_as(self, keyfile: KeyFile, to: str, private: bytearray) -> Database:
        candidates: list[tuple[DatabaseKeyRecord, bytearray]] = []
        for record in keyfile.keys_in_order():
            wrap = next((w for w in record.wraps if w.to == to), None)
            if wrap is None:
                continue
            try:
                candidates.append(
                    (
                        record,
                        unwrap_database_key(wrap, private, key_aad(keyfile, record.generation)),
                    )
                )
            except UnwrapError:
                continue
        if not candidates:
            raise StorageError("keyfile-corrupt")
        self.make_private()
        lock = self._lock()
        try:
            recover_interrupted(self.database_path)  # a killed upgrade: its copy back first
            return self._open_first(keyfile, candidates, lock)
        except BaseException:
            lock.release()
            raise
        finally:
            for _record, key in candidates:
                wipe(key)

    def _open_first(
        self,
        keyfile: KeyFile,
        candidates: list[tuple[DatabaseKeyRecord, bytearray]],
        lock: InstanceLock,
    ) -> Database:
        last_error: StorageError | None = None
        for record, key in candidates:
            try:
                connection = open_connection(self.database_path, key)
            except StorageError as error:
                if error.code != "database-corrupt":
                    raise
                last_error = error
                continue
            try:
                # Every page against its HMAC before anything is written (migrations, the
                # login's audit entry): a damaged file is refused as it is, whole. Once per
                # vault (per start of the application, per admin command): about 2.4 ms per
                # MB, and an unlock after quick-hide should not pay it again (the pages read
                # meanwhile are checked by SQLCipher as they are read).
                if not self._pages_verified:
                    verify_pages(connection)
                    self._pages_verified = True
                self.last_upgrade = migrate(connection, self.database_path)
            except BaseException:
                connection.close()
                raise
            if len(keyfile.database_keys) > 1:
                # A rekey was interrupted: keep only the key that opened the database.
                write_keyfile(
                    self.keyfile_path,
                    keyfile.model_copy(
                        update={"database_keys": [record.model_copy(update={"state": "current"})]}
                    ),
                )
            connection.close()
            return self._database(bytearray(key), lock)
        assert last_error is not None
        raise last_error

    def _database(self, key: bytearray, lock: InstanceLock) -> Database:
        connection = open_connection(self.database_path, key)
        tighten_all(database_files(self.database_path))
        return Database(self.database_path, connection, key, lock, self.now_text)

    def make_private(self) -> None:
        """The data folder 0700 and every file of ours in it 0600 (a folder IT made with wider
        modes, or files an older version left readable, are tightened here)."""
        private_folder(self.data_dir)
        tighten_all(
            [
                *database_files(self.database_path),
                self.keyfile_path,
                self.lock_path,
                *self.throttle.files(),
            ]
        )

    def _lock(self) -> InstanceLock:
        lock = InstanceLock(self.lock_path)
        lock.acquire()
        return lock
