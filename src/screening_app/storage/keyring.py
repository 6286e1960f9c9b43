"""Building key-file entries: a user's sealed key pair, a database key wrapped for everyone.

The associated data of every seal binds it to one key file (``file_id``) and one place in it
(a user's tag, or a key generation and recipient), so entries cannot be swapped or moved.
"""

from __future__ import annotations

from screening_app.storage.kdf import Argon2Params, wipe
from screening_app.storage.keyfile import RECOVERY, DatabaseKeyRecord, KeyFile, UserRecord
from screening_app.storage.wrapping import (
    b64,
    new_key_pair,
    parse_recovery_key,
    public_of,
    recovery_private_key,
    seal_private_key,
    unb64,
    user_tag,
    wrap_database_key,
)


def user_aad(keyfile: KeyFile, tag: str) -> bytes:
    return f"trygstart-keyfile/{keyfile.file_id}/user/{tag}".encode("ascii")


def key_aad(keyfile: KeyFile, generation: int) -> bytes:
    return f"trygstart-keyfile/{keyfile.file_id}/key/{generation}/".encode("ascii")


def recovery_public(recovery_key: str) -> bytes:
    raw = parse_recovery_key(recovery_key)
    private = recovery_private_key(raw)
    try:
        return public_of(private)
    finally:
        wipe(raw)
        wipe(private)


def new_user_record(
    keyfile: KeyFile,
    username: str,
    password: str,
    params: Argon2Params,
) -> tuple[UserRecord, bytes]:
    """A new X25519 key pair for a user, the private half sealed under the password."""
    tag = user_tag(keyfile.tag_salt, username)
    private, public = new_key_pair()
    try:
        kdf, sealed = seal_private_key(private, password, params, user_aad(keyfile, tag))
    finally:
        wipe(private)
    return UserRecord(tag=tag, kdf=kdf, public_key=b64(public), private_key=sealed), public


def key_record(
    keyfile: KeyFile,
    database_key: bytearray,
    generation: int,
    state: str,
    recipients: list[tuple[str, bytes]],
) -> DatabaseKeyRecord:
    """The database key wrapped for each (tag, public key) and for the recovery key."""
    aad = key_aad(keyfile, generation)
    wraps = [wrap_database_key(database_key, public, tag, aad) for tag, public in recipients]
    wraps.append(wrap_database_key(database_key, unb64(keyfile.recovery_public_key), RECOVERY, aad))
    return DatabaseKeyRecord.model_validate(
        {"generation": generation, "state": state, "wraps": [w.model_dump() for w in wraps]}
    )
