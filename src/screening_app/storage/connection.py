"""The one function that opens every database connection, and the settings it pins.

Every connection to the clinic database is made here, so every connection has the same
protection (security.md check 2):

- ``cipher_log_level = NONE`` first: SQLCipher's own error lines never reach stderr; the caller
  turns failures into the app's one sentence.
- ``cipher_memory_security = ON`` before the key: SQLCipher wipes and locks its key memory.
  It stays on, and it is not free: it locks and wipes every allocation of the process (every
  connection, keyed or not). ``bench/storage.py`` measures it in processes of its own: on the
  2-core development machine, the bare queries took 1.3-11.6x as long as with it off (a
  year's statistics over 100,000 screenings: 19.9 ms against 1.7 ms), the audited use cases
  1.0-10x (answer commit 0.85-1.03 ms against 0.47-0.72 ms), building a clinic 6-8x.
- the key as a raw 256-bit key ``x'<64 hex>'``: never a passphrase spliced into SQL (SQLCipher's
  PBKDF2 is then skipped; our Argon2id wrapping in ``keyfile`` is the barrier to guessing).
- ``temp_store = MEMORY`` (SQLCipher does not encrypt temporary files), ``journal_mode = WAL``,
  ``synchronous = FULL`` (a committed answer survives a power cut), ``secure_delete = ON``,
  ``foreign_keys = ON``; extension loading is switched off (sqlcipher3 leaves the C-level
  ``load_extension`` on by default).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlcipher3

from screening_app.storage.errors import StorageError, error_from_sqlite

Connection = Any  # sqlcipher3.Connection (the package ships no type information)
DatabaseError = sqlcipher3.DatabaseError
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
CACHE_SIZE = -32_768  # KiB (negative: a size, not a page count)

# What every open connection must report (pragma -> expected value, as SQLite reports it).
PINNED: Mapping[str, object] = {
    "cipher_memory_security": "1",
    "temp_store": 2,  # MEMORY
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
    "foreign_keys": 1,
}


def key_literal(key: bytes | bytearray) -> str:
    """The SQL text of a raw key. Only hex digits ever reach SQL."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    return f"\"x'{bytes(key).hex()}'\""


def open_connection(path: Path, key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open ``path`` with ``key``, pin the settings, and prove the key is right.

    Raises ``StorageError`` (wrong key or damaged file: "database-corrupt"; missing file:
    "no-database"; read-only place...) and never leaves a half-open connection behind.
    """
    if not create and not path.is_file():
        raise StorageError("no-database", place=str(path.parent))
    try:
        connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=5.0)
    except sqlcipher3.Error as error:
        raise _mapped(error, path) from None
    try:
        _configure(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def _configure(connection: Connection, key: bytes | bytearray) -> None:
    # sqlcipher3 leaves the C-level load_extension() enabled: switch it off for good.
    connection.enable_load_extension(False)
    # No statement trace may see the key statement (none is installed; make sure).
    connection.set_trace_callback(None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA cipher_memory_security = ON")
        connection.execute(f"PRAGMA key = {key_literal(key)}")
        # The first read proves the key (SQLCipher checks the HMAC of page 1).
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("PRAGMA temp_store = MEMORY")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StorageError("read-only", place="the database folder")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA foreign_keys = ON")
        # Decrypted pages are kept (SQLCipher wipes them when freed): 32 MiB of page cache.
        connection.execute(f"PRAGMA cache_size = {CACHE_SIZE}")
    except sqlcipher3.Error as error:
        raise _mapped(error, None) from None
    problems = pinned_problems(connection)
    if problems:  # pragma: no cover - a build of SQLCipher that ignores a setting
        raise RuntimeError(f"database settings not applied: {', '.join(problems)}")


def pinned_problems(connection: Connection) -> list[str]:
    """The pinned settings this connection does not have (empty when all hold)."""
    problems = []
    for pragma, expected in PINNED.items():
        value = connection.execute(f"PRAGMA {pragma}").fetchone()[0]
        if value != expected:
            problems.append(f"{pragma}={value!r}")
    version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    if not str(version).startswith("4."):
        problems.append(f"cipher_version={version!r}")
    return problems


def page_problems(connection: Connection) -> list[str]:
    """``cipher_integrity_check``: every page of the database file against its HMAC.

    It reads the file itself (not the WAL) and decrypts nothing: about 2 ms per MB on the
    development machine (115 MB in 0.23 s). Empty when every page is sound; it still works on
    a connection that a failed page has put into an error state.
    """
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.Error as error:
        return [f"unreadable: {type(error).__name__}"]


def verify_pages(connection: Connection) -> None:
    """Refuse a database file with a page that fails its HMAC, before anything is written.

    A page check that fails while the WAL holds frames is repeated after a checkpoint: only
    then is the file itself the database (a rekey interrupted before its checkpoint finished
    leaves pages of both keys in the file, and all of the new ones in the WAL).
    """
    if not page_problems(connection):
        return
    try:
        busy, frames, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlcipher3.Error:
        raise StorageError("database-damaged") from None
    if frames > 0 and not busy and not page_problems(connection):
        return
    raise StorageError("database-damaged")


def classified(error: Exception, connection: Connection | None, place: str) -> Exception:
    """The sentence for an error on an open connection: damage first, then the error's text.

    A page that failed its check makes SQLCipher report later statements as "readonly", "disk
    I/O error" or "malformed"; which one depends on the statement. When the pages fail their
    check the database is damaged, whatever the text says. On a connection that opened (its key
    proven), "malformed" is damage too, not a key that does not match.
    """
    mapped = error_from_sqlite(error, place)
    suspicious = mapped is None or mapped.code in ("read-only", "io-error", "database-corrupt")
    if connection is not None and suspicious and page_problems(connection):
        return StorageError("database-damaged")
    if connection is not None and mapped is not None and mapped.code == "database-corrupt":
        return StorageError("database-damaged")
    return mapped if mapped is not None else error


def integrity_problems(connection: Connection) -> list[str]:
    """``cipher_integrity_check`` (page HMACs) and ``integrity_check`` (structure) together.

    Empty when both pass. Never returns row data: only SQLite's own descriptions.
    """
    try:
        cipher = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
        structure = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except sqlcipher3.Error as error:
        return [f"unreadable: {type(error).__name__}"]
    if structure == ["ok"]:
        structure = []
    return cipher + structure


def has_plain_header(path: Path) -> bool:
    """True if the file starts with SQLite's clear-text header (an unencrypted database)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _mapped(error: Exception, path: Path | None) -> Exception:
    place = str(path.parent) if path is not None else "the database folder"
    mapped = error_from_sqlite(error, place)
    return mapped if mapped is not None else error
