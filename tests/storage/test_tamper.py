"""security.md check 4: one flipped bit anywhere in the file is detected (200 trials)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from screening_app.storage.connection import integrity_problems, open_connection
from screening_app.storage.errors import StorageError
from screening_app.storage.migrations import migrate

KEY = bytes(range(3, 35))
TRIALS = 200


@pytest.mark.slow
def test_flipped_bits_are_detected(tmp_path: Path) -> None:
    source = tmp_path / "db"
    connection = open_connection(source, KEY, create=True)
    migrate(connection, source)
    connection.execute("BEGIN")
    for n in range(300):
        connection.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{n}", "v" * 100))
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    original = source.read_bytes()
    rng = random.Random(4)
    detected = 0
    for trial in range(TRIALS):
        damaged = bytearray(original)
        bit = rng.randrange(len(damaged) * 8)
        damaged[bit // 8] ^= 1 << (bit % 8)
        copy = tmp_path / f"copy{trial}"
        copy.write_bytes(bytes(damaged))
        try:
            opened = open_connection(copy, KEY)
        except StorageError as error:
            detected += error.code == "database-corrupt"
            continue
        try:
            if integrity_problems(opened):
                detected += 1
        finally:
            opened.close()
    assert detected == TRIALS
