"""security.md checks 2, 3 and the pinned settings: every open connection is the same."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from screening_app.storage.connection import (
    PINNED,
    integrity_problems,
    open_connection,
    pinned_problems,
)
from screening_app.storage.errors import StorageError

KEY = bytes(range(32))


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db"
    connection = open_connection(path, KEY, create=True)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES ('hello')")
    connection.close()
    return path


def test_every_pinned_setting_holds_after_open(database: Path) -> None:
    connection = open_connection(database, KEY)
    values = {p: connection.execute(f"PRAGMA {p}").fetchone()[0] for p in PINNED}
    assert values == {
        "cipher_memory_security": "1",
        "temp_store": 2,
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "foreign_keys": 1,
    }
    assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert connection.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
    assert pinned_problems(connection) == []
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert integrity_problems(connection) == []
    connection.close()


def test_pinned_problems_names_a_setting_that_drifted(database: Path) -> None:
    connection = open_connection(database, KEY)
    connection.execute("PRAGMA foreign_keys = OFF")
    assert pinned_problems(connection) == ["foreign_keys=0"]
    connection.close()


def test_extension_loading_is_off(database: Path) -> None:
    connection = open_connection(database, KEY)
    with pytest.raises(Exception, match="not authorized"):
        connection.load_extension("/nonexistent/extension")
    with pytest.raises(Exception, match="not authorized"):
        connection.execute("SELECT load_extension('/nonexistent/extension')").fetchall()
    connection.close()


def test_the_key_is_raw_hex_never_a_passphrase(database: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_connection(database, b"a passphrase")


def test_hundred_wrong_keys_fail_cleanly(database: Path, capfd: pytest.CaptureFixture[str]) -> None:
    codes = []
    for _ in range(100):
        try:
            open_connection(database, secrets.token_bytes(32)).close()
            codes.append("accepted")
        except StorageError as error:
            codes.append(error.code)
    assert codes == ["database-corrupt"] * 100
    captured = capfd.readouterr()
    assert captured.err == ""  # SQLCipher's own "ERROR CORE ..." lines are silenced
    assert captured.out == ""


def test_missing_database_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as error:
        open_connection(tmp_path / "nothing.db", KEY)
    assert error.value.code == "no-database"
    assert not (tmp_path / "nothing.db").exists()


def test_file_is_not_plain_sqlite(database: Path) -> None:
    assert not database.read_bytes().startswith(b"SQLite format 3")
    assert database.stat().st_size > 0
