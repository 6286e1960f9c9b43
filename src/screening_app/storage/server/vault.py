"""The clinic's keys on the server: the key file's document, kept in the ``keyring`` table.

The same key hierarchy as the embedded file (``storage.keyfile``): a random 256-bit data key,
wrapped once per user (her X25519 key pair sealed under Argon2id of her password) and once for
the clinic's recovery key. The server holds only wrapped keys; the data key exists on a
workstation while someone is logged in, and seals and indexes what is sent (``fields``).
Login attempts are counted on this workstation, as with the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import psycopg
from pydantic import ValidationError

from screening_app.storage.connection import KEY_BYTES
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import DEFAULT_PARAMS, Argon2Params, wipe
from screening_app.storage.keyfile import RECOVERY, DatabaseKeyRecord, KeyFile
from screening_app.storage.keyring import (
    key_aad,
    key_record,
    new_user_record,
    recovery_public,
    user_aad,
)
from screening_app.storage.migrations import Upgrade
from screening_app.storage.private import private_folder
from screening_app.storage.server import audit
from screening_app.storage.server.database import Connect, ServerDatabase, server_version
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.schema import LATEST
from screening_app.storage.throttle import LoginThrottle, Pending
from screening_app.storage.vault import UtcClock, utc_text
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


@dataclass(frozen=True)
class ServerCreated:
    database: ServerDatabase
    recovery_key: str  # shown once, never stored


class ServerVault(KeyFileUsers):
    def __init__(
        self,
        connect: Connect,
        data_dir: Path,
        *,
        clock: UtcClock,
        place: str,
        kdf_params: Argon2Params = DEFAULT_PARAMS,
    ) -> None:
        self._connect = connect
        self.place = place
        # This workstation's folder: only the login counters live here.
        self.data_dir = data_dir
        self.keyfile_path = data_dir / "on-the-server.keys"  # never written: see _write_keyfile
        # This workstation's login counters start with its first use of the server; from then
        # on a missing counter file is tampering (as beside a database file).
        self._joined = data_dir / "server-workstation"
        self.throttle = LoginThrottle(
            data_dir / "login-attempts.json", database_exists=self._joined.exists
        )
        self._clock = clock
        self._params = kdf_params
        self.last_upgrade: Upgrade | None = None

    def now(self) -> dt.datetime:
        return self._clock()

    def now_text(self) -> str:
        return utc_text(self._clock())

    def _connection(self) -> psycopg.Connection[tuple[object, ...]]:
        try:
            connection = self._connect()
        except psycopg.OperationalError:
            raise StorageError("server-unreachable") from None
        version = server_version(connection)
        if version != LATEST:
            connection.close()
            raise StorageError("server-schema", found=version, known=LATEST)
        return connection

    # ------------------------------------------------------------------ key file
    def exists(self) -> bool:
        with self._connection() as connection:
            return connection.execute("SELECT 1 FROM keyring").fetchone() is not None

    def read_keyfile(self) -> KeyFile:
        with self._connection() as connection:
            row = connection.execute("SELECT document FROM keyring").fetchone()
        if row is None:
            raise StorageError("no-database", place=self.place)
        try:
            return KeyFile.model_validate_json(str(row[0]))
        except ValidationError:
            raise StorageError("keyfile-corrupt") from None

    def _write_keyfile(self, keyfile: KeyFile) -> None:
        fields = keyfile.model_dump_json(by_alias=True, exclude_none=True)
        with self._connection() as connection, connection.transaction():
            updated = connection.execute("UPDATE keyring SET document = %s", (fields,)).rowcount
            if updated == 0:
                connection.execute("INSERT INTO keyring (document) VALUES (%s)", (fields,))

    # -------------------------------------------------------------------- create
    def create(self, admin_username: str, admin_password: str) -> ServerCreated:
        """The clinic's keys on the server and its audit chain; the admin is the first user."""
        if self.exists():
            raise StorageError("already-exists", place=self.place)
        private_folder(self.data_dir)
        database_key = bytearray(secrets.token_bytes(KEY_BYTES))
        recovery_key = new_recovery_key()
        try:
            base = KeyFile(
                format="trygstart-keyfile",
                version=1,
                file_id=secrets.token_hex(32),
                tag_salt=b64(os.urandom(16)),
                created=self.now_text(),
                users=[],
                recovery_public_key=b64(recovery_public(recovery_key)),
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
            fields = keyfile.model_dump_json(by_alias=True, exclude_none=True)
            with self._connection() as connection, connection.transaction():
                try:
                    connection.execute("INSERT INTO keyring (document) VALUES (%s)", (fields,))
                except psycopg.errors.UniqueViolation:
                    raise StorageError("already-exists", place=self.place) from None
                audit.start_chain(connection)
            self._join()
            return ServerCreated(self._database(database_key), recovery_key)
        finally:
            wipe(database_key)

    def _database(self, key: bytearray) -> ServerDatabase:
        return ServerDatabase(self._connect, bytearray(key), self.now_text, self.place)

    # -------------------------------------------------------------------- unlock
    def _join(self) -> None:
        if not self._joined.exists():
            private_folder(self.data_dir)
            self.throttle.initialise()
            self._joined.touch(mode=0o600)

    def unlock(self, username: str, password: str) -> ServerDatabase:
        keyfile = self.read_keyfile()
        self._join()
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
            self.throttle.succeeded(tag, self._clock())
            return self._open_as(keyfile, tag, private)
        finally:
            wipe(private)

    def verify_password(self, username: str, password: str) -> bool:
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

    def unlock_with_recovery(self, recovery_key: str) -> ServerDatabase:
        keyfile = self.read_keyfile()
        self._join()
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

    def _open_as(self, keyfile: KeyFile, to: str, private: bytearray) -> ServerDatabase:
        record = next(r for r in keyfile.keys_in_order() if r.state == "current")
        wrap = next((w for w in record.wraps if w.to == to), None)
        if wrap is None:
            raise StorageError("keyfile-corrupt")
        try:
            key = unwrap_database_key(wrap, private, key_aad(keyfile, record.generation))
        except UnwrapError:
            raise StorageError("keyfile-corrupt") from None
        try:
            database = self._database(key)
            self._prove(database)
            return database
        finally:
            wipe(key)

    @staticmethod
    def _prove(database: ServerDatabase) -> None:
        """The key must open what is stored: the newest sealed audit criterion, if any."""
        with database.reading() as connection:
            row = connection.execute(
                "SELECT seq, criterion_sealed FROM audit WHERE criterion_sealed IS NOT NULL"
                " ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        if row is not None:
            try:
                database.cipher.open(row[1], f"audit/{row[0]}")
            except StorageError:
                database.close()
                raise StorageError("database-corrupt") from None

    def _burn(self, keyfile: KeyFile, tag: str, password: str) -> None:
        params = self._params
        if keyfile.users:
            kdf = keyfile.users[0].kdf
            params = Argon2Params(kdf.memory_kib, kdf.iterations, kdf.parallelism)
        burn_equal_work(params, password, hashlib.sha256(tag.encode()).digest()[:16])

    def pending_attempts(self) -> Pending:
        return self.throttle.pending(self._clock())

    def forget_attempts(self, done: Pending) -> None:
        self.throttle.forget(done, self._clock())

    def tag_of(self, username: str) -> str:
        return user_tag(self.read_keyfile().tag_salt, username)

    def rekey(self, database: object, active_usernames: object) -> None:
        """A new data key on a server means sealing every row again; not in this version."""
        del database, active_usernames
        raise StorageError("not-on-server")


__all__ = ["FieldCipher", "ServerCreated", "ServerVault"]
