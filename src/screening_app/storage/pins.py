"""The idle-lock PIN: verified against an Argon2id hash in the encrypted database.

The PIN never unwraps the database key: it only lets the same user back in while the program
still holds the key in memory (after 3 wrong PINs the key is dropped and the full password is
needed).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from screening_app.storage.kdf import MAX_PARALLELISM, Argon2Params, usable_cores

# One lane per usable core (at most 4): more lanes than cores wait for each other when the
# machine is busy (``storage.kdf``). A stored PIN hash keeps the parameters it was made with.
PIN_PARAMS = Argon2Params(
    memory_kib=65_536, iterations=3, parallelism=min(MAX_PARALLELISM, usable_cores())
)


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
