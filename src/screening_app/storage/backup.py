"""Encrypted backups made with the database key: a verified copy and its key file.

``backup_to`` writes ``OUT/trygstart.db`` (``sqlcipher_export`` into a database attached with
the same raw key) and ``OUT/trygstart.db.keys``, refuses and removes a copy that starts with the
clear ``SQLite format 3`` header, then opens the copy, runs both integrity checks and compares
the row count of every table with the source before giving it its final name.

``storage.restore`` puts a backup back; ``storage.snapshot`` is the unattended backup that
needs no key.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.atomic import copy_durably, fsync_directory
from screening_app.storage.backup_target import checked_target, made_folders, remove_made
from screening_app.storage.connection import (
    Connection,
    DatabaseError,
    has_plain_header,
    integrity_problems,
    key_literal,
    open_connection,
    page_problems,
)
from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError, error_from_os, error_from_sqlite
from screening_app.storage.kdf import wipe
from screening_app.storage.keyfile import keyfile_path, read_keyfile
from screening_app.storage.manifest import (
    MANIFEST_NAME,
    Manifest,
    file_digest,
    write_manifest,
)
from screening_app.storage.private import create_private_file

BACKUP_NAME = "trygstart.db"
PARTIAL_NAME = BACKUP_NAME + ".partial"
SQLITE_SUFFIXES = ("", "-journal", "-wal", "-shm")
# Every file a backup (or a failed attempt at one) can leave in its folder.
BACKUP_FILES = (
    *(name + suffix for name in (BACKUP_NAME, PARTIAL_NAME) for suffix in SQLITE_SUFFIXES),
    BACKUP_NAME + ".keys",
    MANIFEST_NAME,
)


@dataclass(frozen=True)
class BackupReport:
    directory: Path
    rows: dict[str, int]


def row_counts(connection: Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in names
    }


def backup_to(database: Database, out: Path, now: str) -> BackupReport:
    """Write a verified encrypted backup into the new folder ``out``.

    The target is checked first (``backup_target``); a failure at any later step removes every
    file and folder this made, so the rerun finds the place as it was.
    """
    target = checked_target(out, database.path.parent)
    try:
        made = made_folders(target)
    except OSError as error:
        raise error_from_os(error, str(target.parent)) from None
    key = database.key_copy()
    try:
        report = _export(database, key, target, now)
    except BaseException as error:
        remove_made(made, BACKUP_FILES)
        if isinstance(error, OSError):
            raise error_from_os(error, str(target)) from None
        raise
    finally:
        wipe(key)
    return report


def _export(database: Database, key: bytearray, out: Path, now: str) -> BackupReport:
    partial = out / PARTIAL_NAME
    final = out / BACKUP_NAME
    create_private_file(partial)  # 0600 before SQLite opens it (and its journal follows)
    source = database.connection
    try:
        source.execute(f"ATTACH DATABASE ? AS backup KEY {key_literal(key)}", (str(partial),))
        try:
            source.execute("SELECT sqlcipher_export('backup')")
            version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
            source.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE backup")
    except DatabaseError as error:
        mapped = error_from_sqlite(error, str(out))
        raise mapped if mapped is not None else error from None
    if has_plain_header(partial):
        partial.unlink()
        raise StorageError("backup-unencrypted")
    expected = row_counts(source)
    _verify_copy(partial, key, expected, out)
    _fsync_file(partial)
    partial.replace(final)
    keys = keyfile_path(final)
    copy_durably(database.path.with_name(database.path.name + ".keys"), keys)
    clinic_id = read_keyfile(keys).file_id
    write_manifest(
        out,
        Manifest(
            kind="verified",
            made=now,
            clinic_id=clinic_id,
            files={BACKUP_NAME: file_digest(final), keys.name: file_digest(keys)},
            notes=(
                "exported with the database key (sqlcipher_export)",
                "encrypted (no clear SQLite header)",
                "every page's HMAC and the structure (cipher_integrity_check, integrity_check)",
                "row count of every table equal to the source",
            ),
        ),
    )
    fsync_directory(out)
    return BackupReport(out, expected)


def _verify_copy(path: Path, key: bytearray, expected: dict[str, int], out: Path) -> None:
    copy = open_connection(path, key)
    try:
        if page_problems(copy) or integrity_problems(copy) or row_counts(copy) != expected:
            raise StorageError("backup-invalid", place=str(out))
    finally:
        copy.close()
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
