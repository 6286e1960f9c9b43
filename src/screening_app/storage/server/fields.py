"""What leaves the workstation: sealed fields and keyed blind indexes.

Two keys are derived from the clinic's data key with HKDF-SHA256 (the data key itself never
reaches the server): one seals fields with AES-256-GCM, one computes blind indexes with
HMAC-SHA256. A sealed field is ``version (1) | nonce (12) | ciphertext and tag``; its associated
data names the table, the column and the row, so a sealed value cannot be moved to another row
or column without failing to open. A blind index is the first 16 bytes of
HMAC(index key, kind NUL value): equal values give equal tokens, so the server can find them, and
learns which rows share a value and how often a value occurs (nothing else).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import wipe

SEAL_VERSION = 1
NONCE_BYTES = 12
TOKEN_BYTES = 16
# Name prefixes are indexed from this many letters up to ``MAX_PREFIX`` (longer typed words are
# narrowed by their first ``MAX_PREFIX`` letters, then checked on the workstation).
MIN_PREFIX = 1
MAX_PREFIX = 12


def _derive(key: bytes | bytearray, info: bytes) -> bytearray:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info)
    return bytearray(hkdf.derive(bytes(key)))


class FieldCipher:
    """Seals and opens fields, and computes blind-index tokens, for one clinic's data key."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        seal_key = _derive(data_key, b"trygstart server fields v1")
        self._aead = AESGCM(bytes(seal_key))
        wipe(seal_key)
        self._index_key = _derive(data_key, b"trygstart blind index v1")

    def close(self) -> None:
        wipe(self._index_key)

    # ------------------------------------------------------------------ sealing
    def seal(self, value: bytes, where: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return bytes([SEAL_VERSION]) + nonce + self._aead.encrypt(nonce, value, where.encode())

    def open(self, sealed: bytes, where: str) -> bytes:
        data = bytes(sealed)
        if not data or data[0] != SEAL_VERSION:
            raise StorageError("database-damaged")
        nonce, body = data[1 : 1 + NONCE_BYTES], data[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, where.encode())
        except InvalidTag:
            # A value that does not open under its own row and column was changed or moved.
            raise StorageError("database-damaged") from None

    def seal_json(self, value: Any, where: str) -> bytes:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return self.seal(text.encode("utf-8"), where)

    def open_json(self, sealed: bytes, where: str) -> Any:
        return json.loads(self.open(sealed, where).decode("utf-8"))

    def seal_text(self, value: str | None, where: str) -> bytes | None:
        return None if value is None else self.seal(value.encode("utf-8"), where)

    def open_text(self, sealed: bytes | None, where: str) -> str | None:
        return None if sealed is None else self.open(sealed, where).decode("utf-8")

    # ------------------------------------------------------------- blind index
    def token(self, kind: str, value: str) -> bytes:
        message = kind.encode("ascii") + b"\x00" + value.encode("utf-8")
        return hmac.new(self._index_key, message, hashlib.sha256).digest()[:TOKEN_BYTES]

    def cpr_token(self, cpr: str) -> bytes:
        return self.token("cpr", cpr)

    def birth_token(self, day: dt.date) -> bytes:
        """One token for a birth date, whether recorded as a date or read from a CPR number's
        first six digits (the century is the caller's to check)."""
        return self.token("born", f"{day:%d%m}{day.year % 100:02d}")

    def cpr_birth_token(self, cpr: str) -> bytes:
        return self.token("born", cpr[:6])

    def name_tokens(self, words: set[str]) -> set[bytes]:
        tokens: set[bytes] = set()
        for word in words:
            for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
                tokens.add(self.token("name", word[:length]))
        return tokens

    def name_query_token(self, word: str) -> bytes:
        return self.token("name", word[:MAX_PREFIX])
