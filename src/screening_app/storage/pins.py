"""The idle-lock PIN: verified against an Argon2id hash in the encrypted database.

The PIN never unwraps the database key: it only lets the same user back in while the program
still holds the key in memory (after 3 wrong PINs the key is dropped and the full password is
needed).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from screening_app.storage.kdf import Argon2Params

PIN_PARAMS = Argon2Params(memory_kib=65_536, iterations=3, parallelism=4)


class PinHasher:
    def __init__(self, params: Argon2Params = PIN_PARAMS) -> None:
        self._hasher = PasswordHasher(
            time_cost=params.iterations,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
        )

    def hash(self, pin: str) -> str:
        return str(self._hasher.hash(pin))

    def verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return bool(self._hasher.verify(pin_hash, pin))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
