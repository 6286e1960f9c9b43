"""The key file's users and keys, for an open vault: adding and removing users, changing a
password, and ``rekey`` (a new database key, atomic against kills; see ``storage.vault``).

A mixin of ``Vault``: it works on the vault's key file, Argon2 parameters, throttle and clock.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path

from screening_app.storage.connection import KEY_BYTES, key_literal
from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Store
from screening_app.storage.kdf import Argon2Params, wipe
from screening_app.storage.keyfile import KeyFile, write_keyfile
from screening_app.storage.keyring import key_aad, key_record, new_user_record, user_aad
from screening_app.storage.throttle import LoginThrottle
from screening_app.storage.wrapping import (
    UnwrapError,
    open_private_key,
    seal_private_key,
    unb64,
    user_tag,
    wrap_database_key,
)


class KeyFileUsers:
    keyfile_path: Path
    throttle: LoginThrottle
    _clock: Callable[[], dt.datetime]
    _params: Argon2Params

    def read_keyfile(self) -> KeyFile:
        raise NotImplementedError

    def _burn(self, keyfile: KeyFile, tag: str, password: str) -> None:
        raise NotImplementedError

    def _write_keyfile(self, keyfile: KeyFile) -> None:
        """Keep the key file (beside the database; a server keeps it in its key table)."""
        write_keyfile(self.keyfile_path, keyfile)

    # -------------------------------------------------------------------- users
    def add_user(self, database: Store, username: str, password: str) -> None:
        """Give a user (new, or whose password is reset) a key pair and the database key."""
        keyfile = self.read_keyfile()
        user, public = new_user_record(keyfile, username, password, self._params)
        key = database.key_copy()
        try:
            records = []
            for record in keyfile.database_keys:
                wraps = [w for w in record.wraps if w.to != user.tag]
                if record.state == "current":
                    aad = key_aad(keyfile, record.generation)
                    wraps.append(wrap_database_key(key, public, user.tag, aad))
                records.append(record.model_copy(update={"wraps": wraps}))
        finally:
            wipe(key)
        users = [u for u in keyfile.users if u.tag != user.tag] + [user]
        self._write_keyfile(
            keyfile.model_copy(update={"users": users, "database_keys": records}),
        )

    def remove_user(self, username: str) -> None:
        """Take a user's key pair and wraps out of the key file (a disabled user)."""
        keyfile = self.read_keyfile()
        tag = user_tag(keyfile.tag_salt, username)
        records = [
            record.model_copy(update={"wraps": [w for w in record.wraps if w.to != tag]})
            for record in keyfile.database_keys
        ]
        self._write_keyfile(
            keyfile.model_copy(
                update={
                    "users": [u for u in keyfile.users if u.tag != tag],
                    "database_keys": records,
                }
            ),
        )

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Re-seal the user's private key under the new password; the data is not touched."""
        keyfile = self.read_keyfile()
        tag = user_tag(keyfile.tag_salt, username)
        self.throttle.begin_attempt(tag, self._clock())
        user = keyfile.user(tag)
        if user is None:
            self._burn(keyfile, tag, old_password)
            raise StorageError("wrong-credentials")
        aad = user_aad(keyfile, tag)
        try:
            private = open_private_key(user.kdf, user.private_key, old_password, aad)
        except UnwrapError:
            raise StorageError("wrong-credentials") from None
        self.throttle.succeeded(tag, self._clock())
        try:
            kdf, sealed = seal_private_key(private, new_password, self._params, aad)
        finally:
            wipe(private)
        users = [
            u.model_copy(update={"kdf": kdf, "private_key": sealed}) if u.tag == tag else u
            for u in keyfile.users
        ]
        self._write_keyfile(keyfile.model_copy(update={"users": users}))

    def has_user(self, username: str) -> bool:
        keyfile = self.read_keyfile()
        return keyfile.user(user_tag(keyfile.tag_salt, username)) is not None

    # --------------------------------------------------------------------- rekey
    def rekey(self, database: Database, active_usernames: Iterable[str]) -> None:
        """A new database key, wrapped for every active user and the recovery key."""
        keyfile = self.read_keyfile()
        active = {user_tag(keyfile.tag_salt, name) for name in active_usernames}
        current = next(r for r in keyfile.database_keys if r.state == "current")
        recipients = [(u.tag, unb64(u.public_key)) for u in keyfile.users if u.tag in active]
        new_key = bytearray(secrets.token_bytes(KEY_BYTES))
        try:
            pending = key_record(keyfile, new_key, current.generation + 1, "pending", recipients)
            write_keyfile(
                self.keyfile_path,
                keyfile.model_copy(update={"database_keys": [current, pending]}),
            )
            connection = database.connection
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute(f"PRAGMA rekey = {key_literal(new_key)}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            write_keyfile(
                self.keyfile_path,
                keyfile.model_copy(
                    update={
                        "users": [u for u in keyfile.users if u.tag in active],
                        "database_keys": [pending.model_copy(update={"state": "current"})],
                    }
                ),
            )
            database.replace_key(bytearray(new_key))
        finally:
            wipe(new_key)
