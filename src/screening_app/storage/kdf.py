"""Deriving a key from a password with Argon2id, and the parameters TrygStart uses.

Production parameters (``DEFAULT_PARAMS``) are calibrated when a key is made (a clinic set
up, a user added, a password changed or reset): Argon2id with m = 131,072 KiB (128 MiB, twice
the floor of security.md check 16, never lowered), p = the cores this process may use (at most
4), and t chosen so that one derivation takes about ``TARGET_MS`` here, never below t = 3 (the
floor) and never above t = 10; 16-byte random salt, 32-byte output. The parameters, and the time
the derivation took, are written into the key file with each user's entry, so every key keeps
opening with the parameters it was made with (existing files with t = 6, p = 4 too), and a
password change calibrates again.

Why: p = 4 on a 2-core workstation runs four threads that wait for each other at every slice;
with the machine busy, one derivation took 1.1-1.6 s (t = 3-6) where p = 2 took 0.46-0.97 s
(measured here, two busy processes beside it; issue 10 saw 2.5 s with t = 6, p = 4). Idle, the
same machine took 0.19-0.41 s for t = 3 at any p. The target of 400 ms idle keeps a loaded
2-core machine within about 1 s, and each guess still costs 128 MiB for at least three passes.
``bench/storage.py``, ``screening-app selftest`` and ``admin check`` print the figure for the
machine they run on.

Tests inject cheap parameters (``TEST_PARAMS``) through the ``Vault`` constructor; the key file
records what was used, and a test checks the production parameters meet the floor.
"""

from __future__ import annotations

import os
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

MIN_MEMORY_KIB = 65_536
MIN_ITERATIONS = 3
SALT_BYTES = 16
KEY_BYTES = 32


MEMORY_KIB = 131_072  # every production key: 128 MiB
MAX_ITERATIONS = 10
MAX_PARALLELISM = 4
TARGET_MS = 400.0  # one derivation, on the machine where the key is made
CALIBRATION_SECONDS = 600.0  # a calibration is reused this long within one process


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id's parameters. ``iterations`` and ``parallelism`` 0: calibrated when a key is
    made (``resolved``)."""

    memory_kib: int
    iterations: int
    parallelism: int

    @property
    def calibrated(self) -> bool:
        return self.iterations == 0 or self.parallelism == 0

    def meets_floor(self) -> bool:
        return self.memory_kib >= MIN_MEMORY_KIB and self.iterations >= MIN_ITERATIONS

    def resolved(self) -> Argon2Params:
        """The parameters to make a key with: these, or (for the calibrated production
        parameters) t and p chosen for this machine now."""
        return calibrate(self.memory_kib) if self.calibrated else self


# Production: m fixed, t and p calibrated when a key is made (``calibrate``).
DEFAULT_PARAMS = Argon2Params(memory_kib=MEMORY_KIB, iterations=0, parallelism=0)
# Only for tests and the crash subprocess: far below the floor, never for a clinic database.
TEST_PARAMS = Argon2Params(memory_kib=64, iterations=1, parallelism=1)


def password_bytes(password: str) -> bytearray:
    """The password as UTF-8 of its NFC form (so the same typed text always gives one key)."""
    return bytearray(unicodedata.normalize("NFC", password).encode("utf-8"))


def derive_key(secret: bytes | bytearray, salt: bytes, params: Argon2Params) -> bytearray:
    """Argon2id(secret, salt) -> 32 bytes, returned in a bytearray the caller wipes."""
    params = params.resolved()
    raw = hash_secret_raw(
        bytes(secret),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return bytearray(raw)


def usable_cores() -> int:
    """The processors this process may run on (its affinity where the system says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


_calibrated: dict[int, tuple[float, Argon2Params]] = {}
_calibration_lock = threading.Lock()


def calibrate(
    memory_kib: int = MEMORY_KIB,
    target_ms: float = TARGET_MS,
    measure: Callable[[Argon2Params], float] | None = None,
) -> Argon2Params:
    """m as given, p = the usable cores (at most 4), t for about ``target_ms`` per derivation
    here (one derivation at t = 3 measures a pass), within t = 3..10. Reused within a process
    for ``CALIBRATION_SECONDS`` (adding several users costs one measurement); ``measure``
    (tests) replaces the measurement and the reuse."""
    with _calibration_lock:
        now = time.monotonic()
        known = _calibrated.get(memory_kib)
        if measure is None and known is not None and now - known[0] < CALIBRATION_SECONDS:
            return known[1]
        parallelism = min(MAX_PARALLELISM, usable_cores())
        probe = Argon2Params(memory_kib, MIN_ITERATIONS, parallelism)
        taken = measure(probe) if measure is not None else measure_ms(probe, repeats=1)
        iterations = int(target_ms // max(taken / MIN_ITERATIONS, 1.0))
        chosen = Argon2Params(
            memory_kib, max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations)), parallelism
        )
        if measure is None:
            _calibrated[memory_kib] = (time.monotonic(), chosen)
        return chosen


def measure_ms(params: Argon2Params, repeats: int = 3) -> float:
    """The median time of one derivation with ``params``, in milliseconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        derive_key(b"measure", b"\x00" * SALT_BYTES, params)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def wipe(buffer: bytearray | None) -> None:
    """Overwrite key material held in a bytearray (Python strings and bytes cannot be wiped)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))
