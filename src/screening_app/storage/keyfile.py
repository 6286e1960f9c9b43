"""The key file beside the database: the database key, wrapped, never in clear.

JSON, versioned (``"version": 1``), written atomically with mode 0600. It holds:

- ``users``: per active user an X25519 key pair; the private half sealed (AES-256-GCM) under a
  key derived from the user's password with Argon2id (parameters and salt stored with it).
  Users appear by ``tag`` (SHA-256 of a per-file salt and the user name), not by name.
- ``recovery``: the public half of the clinic recovery key pair (the private half is derived
  from the recovery key shown once at set-up, and is never stored).
- ``databaseKeys``: the 256-bit database key, wrapped once for each user and for the recovery
  key (X25519 + HKDF-SHA256 + AES-256-GCM). Public-key wrapping lets ``rekey`` wrap a new
  database key for every active user without knowing their passwords; a disabled user's copy of
  an old key file then opens nothing after a rekey. During a rekey there are two entries
  (``current`` and ``pending``); opening the database decides which one is real.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from screening_app.domain.base import StrictModel
from screening_app.storage.atomic import write_atomically
from screening_app.storage.errors import StorageError, error_from_os

FORMAT = "trygstart-keyfile"
VERSION = 1
MAX_KEYFILE_BYTES = 1_000_000
RECOVERY = "recovery"

B64 = Annotated[str, Field(pattern=r"^[A-Za-z0-9+/]*={0,2}$", max_length=400)]
Hex = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class KdfRecord(StrictModel):
    algorithm: Literal["argon2id"]
    memory_kib: Annotated[int, Field(ge=8, le=4_194_304)]
    iterations: Annotated[int, Field(ge=1, le=100)]
    parallelism: Annotated[int, Field(ge=1, le=64)]
    salt: B64
    measured_ms: int | None = None


class Sealed(StrictModel):
    """AES-256-GCM: a 12-byte nonce and ciphertext with its 16-byte tag."""

    nonce: B64
    ciphertext: B64


class UserRecord(StrictModel):
    tag: Hex
    kdf: KdfRecord
    public_key: B64
    private_key: Sealed


class KeyWrap(StrictModel):
    to: Annotated[str, Field(pattern=r"^([0-9a-f]{64}|recovery)$")]
    ephemeral_key: B64
    sealed: Sealed


class DatabaseKeyRecord(StrictModel):
    generation: Annotated[int, Field(ge=1)]
    state: Literal["current", "pending"]
    wraps: list[KeyWrap]


class KeyFile(StrictModel):
    format: Literal["trygstart-keyfile"]
    version: Literal[1]
    # "training" marks a training database's key file (absent for a clinic's, whose files keep
    # exactly their old form): the clinic's code refuses it, training mode needs it.
    purpose: Literal["training"] | None = None
    file_id: Hex
    tag_salt: B64
    created: str
    users: list[UserRecord]
    recovery_public_key: B64
    database_keys: Annotated[list[DatabaseKeyRecord], Field(min_length=1, max_length=2)]

    def user(self, tag: str) -> UserRecord | None:
        return next((user for user in self.users if user.tag == tag), None)

    def keys_in_order(self) -> list[DatabaseKeyRecord]:
        """Current first, then pending (the order in which opening tries them)."""
        return sorted(self.database_keys, key=lambda record: record.state != "current")


def keyfile_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def read_keyfile(path: Path) -> KeyFile:
    try:
        if path.stat().st_size > MAX_KEYFILE_BYTES:
            raise StorageError("keyfile-corrupt")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise StorageError("keyfile-missing") from None
    except UnicodeDecodeError:
        raise StorageError("keyfile-corrupt") from None
    except OSError as error:
        raise error_from_os(error, str(path.parent)) from None
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise StorageError("keyfile-corrupt") from None
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        version = raw.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise StorageError("keyfile-newer")
    try:
        return KeyFile.model_validate(raw)
    except ValidationError:
        raise StorageError("keyfile-corrupt") from None


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    fields = keyfile.model_dump(by_alias=True)
    if fields["purpose"] is None:
        del fields["purpose"]
    data = json.dumps(fields, indent=2, sort_keys=True) + "\n"
    try:
        write_atomically(path, data.encode("utf-8"))
    except OSError as error:
        raise error_from_os(error, str(path.parent)) from None
