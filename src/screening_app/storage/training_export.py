"""The file of training runs a course laptop exports and the trainer's laptop imports (no
network: a USB stick or a shared folder carries it).

The runs hold the trainees' names or course codes, so the file is never in clear: its content
(JSON) is sealed with AES-256-GCM under a key derived with Argon2id from a passphrase the trainer
gives the course (the same on every laptop and at the import). The envelope is JSON::

    {"format": "trygstart-training-runs", "version": 1,
     "kdf": {"algorithm": "argon2id", "memoryKib": ..., "iterations": ..., "parallelism": ...,
             "salt": "<b64>"},
     "nonce": "<b64>", "ciphertext": "<b64>"}

The associated data binds the ciphertext to the format and version. A wrong passphrase, a
changed byte or a file that is not an export gives one ``StorageError`` each; nothing is read
from a file that does not open whole.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import SALT_BYTES, Argon2Params, derive_key, password_bytes, wipe
from screening_app.storage.wrapping import b64, unb64

FORMAT = "trygstart-training-runs"
VERSION = 1
AAD = f"{FORMAT}/{VERSION}".encode("ascii")
# Above the floor of security.md check 16 (m >= 64 MiB, t >= 3).
EXPORT_PARAMS = Argon2Params(memory_kib=65_536, iterations=3, parallelism=1)
MIN_PASSPHRASE = 8
MAX_EXPORT_BYTES = 50_000_000
NONCE_BYTES = 12


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise StorageError("export-passphrase", minimum=MIN_PASSPHRASE)


def seal_runs(
    content: dict[str, Any], passphrase: str, params: Argon2Params = EXPORT_PARAMS
) -> bytes:
    """The export file's bytes for ``content`` (plain JSON data)."""
    check_passphrase(passphrase)
    salt = os.urandom(SALT_BYTES)
    secret = password_bytes(passphrase)
    key = derive_key(secret, salt, params)
    try:
        nonce = os.urandom(NONCE_BYTES)
        plain = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
        sealed = AESGCM(bytes(key)).encrypt(nonce, plain, AAD)
    finally:
        wipe(key)
        wipe(secret)
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {
            "algorithm": "argon2id",
            "memoryKib": params.memory_kib,
            "iterations": params.iterations,
            "parallelism": params.parallelism,
            "salt": b64(salt),
        },
        "nonce": b64(nonce),
        "ciphertext": b64(sealed),
    }
    return (json.dumps(envelope, indent=2, sort_keys=True) + "\n").encode("ascii")


def open_runs(data: bytes, passphrase: str) -> dict[str, Any]:
    """The content of an export file, or a ``StorageError`` saying why not."""
    invalid = StorageError("export-not-runs")
    if len(data) > MAX_EXPORT_BYTES:
        raise invalid
    try:
        envelope = json.loads(data.decode("ascii"))
        if envelope.get("format") != FORMAT or envelope.get("version") != VERSION:
            raise invalid
        kdf = envelope["kdf"]
        params = Argon2Params(
            int(kdf["memoryKib"]), int(kdf["iterations"]), int(kdf["parallelism"])
        )
        if kdf["algorithm"] != "argon2id" or not _sane(params):
            raise invalid
        salt, nonce = unb64(kdf["salt"]), unb64(envelope["nonce"])
        sealed = unb64(envelope["ciphertext"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise invalid from None
    secret = password_bytes(passphrase)
    key = derive_key(secret, salt, params)
    try:
        plain = AESGCM(bytes(key)).decrypt(nonce, sealed, AAD)
    except (InvalidTag, ValueError):
        raise StorageError("export-wrong-passphrase") from None
    finally:
        wipe(key)
        wipe(secret)
    try:
        content = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise invalid from None
    if not isinstance(content, dict):
        raise invalid
    return content


def _sane(params: Argon2Params) -> bool:
    """Parameters a file may ask for (a hostile file must not make the import take minutes)."""
    return (
        8 <= params.memory_kib <= 1_048_576  # noqa: PLR2004 - 8 KiB to 1 GiB
        and 1 <= params.iterations <= 20  # noqa: PLR2004
        and 1 <= params.parallelism <= 16  # noqa: PLR2004
    )
