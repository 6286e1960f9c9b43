"""The unattended backup: the encrypted pages copied without a key, consistently, and checked.

For a nightly task on the workstation, while TrygStart is open, locked, or closed: no password,
no key, and no need for the instance lock. SQLite cannot open the encrypted file without the
key (not even for its backup API, which reads through the pager), so the files are copied as
they are, under SQLite's own rules:

1. WAL read-lock 0 is held shared in the ``-shm`` file (``shm_lock``): no checkpoint can run,
   and a checkpoint is the only thing that writes the database file in WAL mode. The file is
   one committed state for as long as the lock is held; writers go on appending to the WAL.
2. Under the lock: the database file is copied, then read again and compared (SHA-256), and
   the WAL is copied; the WAL copy is cut after its last committed transaction, checking each
   frame's salts and cumulative checksum as SQLite's recovery does (``wal``).
3. The key file is read before and after; if it changed meanwhile (a rekey, a new user), the
   copy starts again, so the key file always belongs to the copied pages.
4. After fsync the copies are read back from the target and compared with what was read.

What this verifies, exactly: that the copy is byte for byte the database file as one committed
state plus whole committed transactions of the WAL; that the file is encrypted (no clear SQLite
header) and a whole number of pages; that the key file parses. It cannot check, without the
key, the pages' HMACs, the structure or the audit chain: ``restore`` (or ``restore --dry-run``)
checks those with a password. The manifest lists what was verified.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.atomic import fsync_directory
from screening_app.storage.backup_target import checked_target, made_folders, remove_made
from screening_app.storage.connection import SQLITE_HEADER
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.keyfile import keyfile_path, read_keyfile
from screening_app.storage.manifest import MANIFEST_NAME, Manifest, file_digest, write_manifest
from screening_app.storage.private import create_private_file
from screening_app.storage.shm_lock import checkpoints_held
from screening_app.storage.wal import committed

BACKUP_NAME = "trygstart.db"
PAGE_SIZE = 4096  # SQLCipher 4's default, which every TrygStart database has
CHUNK = 1 << 20
ATTEMPTS = 3
FILES = (
    BACKUP_NAME,
    BACKUP_NAME + "-wal",
    BACKUP_NAME + ".keys",
    BACKUP_NAME + ".partial",
    BACKUP_NAME + "-wal.partial",
    MANIFEST_NAME,
)
NOTES = (
    "copied without the key while SQLite's WAL read-lock 0 was held (no checkpoint ran)",
    "the database file read twice under the lock: identical (SHA-256)",
    "the WAL cut after its last committed transaction (salts and checksums of every frame)",
    "the key file unchanged during the copy",
    "the copies read back after fsync: identical to what was read (SHA-256)",
    "encrypted (no clear SQLite header), a whole number of pages",
    "NOT verified without the key: page HMACs, structure, audit chain (restore checks them)",
)


@dataclass(frozen=True)
class SnapshotReport:
    directory: Path
    database_bytes: int
    wal_commits: int  # committed transactions carried in the WAL copy


def unattended_backup(database: Path, out: Path, now: str) -> SnapshotReport:
    """Copy the clinic database in ``database``'s folder into the new folder ``out``."""
    if not database.is_file():
        raise StorageError("no-database", place=str(database.parent))
    target = checked_target(out, database.parent)
    try:
        made = made_folders(target)
    except OSError as error:
        raise error_from_os(error, str(target.parent)) from None
    try:
        return _copy(database, target, now)
    except BaseException as error:
        remove_made(made, FILES)
        if isinstance(error, OSError):
            raise error_from_os(error, str(target)) from None
        raise


def _copy(database: Path, out: Path, now: str) -> SnapshotReport:
    keys_source = keyfile_path(database)
    for _attempt in range(ATTEMPTS):
        keys_before = _read_keys(keys_source)
        with checkpoints_held(database):
            copied = _copy_under_lock(database, out)
        if _read_keys(keys_source) == keys_before:
            break
    else:
        raise StorageError("snapshot-unstable")
    db_digest, wal_digest, wal_commits = copied
    final = out / BACKUP_NAME
    keys = keyfile_path(final)
    _write_new(keys, keys_before)
    if read_keyfile(keys).purpose == "training":  # a training folder is no clinic's to back up
        raise StorageError("training-database")
    (out / (BACKUP_NAME + ".partial")).replace(final)
    files = {BACKUP_NAME: db_digest, keys.name: file_digest(keys)}
    if wal_digest is not None:
        wal = out / (BACKUP_NAME + "-wal")
        (out / (BACKUP_NAME + "-wal.partial")).replace(wal)
        files[wal.name] = wal_digest
    for name, expected in files.items():  # read back from the target after fsync
        if file_digest(out / name) != expected:
            raise StorageError("backup-invalid", place=str(out))
    clinic_id = read_keyfile(keys).file_id
    write_manifest(out, Manifest("unattended", now, clinic_id, files, NOTES))
    fsync_directory(out)
    return SnapshotReport(out, db_digest[0], wal_commits)


def _copy_under_lock(
    database: Path, out: Path
) -> tuple[tuple[int, str], tuple[int, str] | None, int]:
    partial = out / (BACKUP_NAME + ".partial")
    partial.unlink(missing_ok=True)
    db_digest = _copy_file(database, partial)
    if file_digest(database) != db_digest:  # not while the lock holds: a proof, not a hope
        raise StorageError("snapshot-unstable")
    size, _ = db_digest
    with partial.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if size == 0 or size % PAGE_SIZE or head == SQLITE_HEADER:
        raise StorageError("backup-invalid", place=str(out))
    wal_source = database.with_name(database.name + "-wal")
    wal_partial = out / (BACKUP_NAME + "-wal.partial")
    wal_partial.unlink(missing_ok=True)
    if not wal_source.is_file():
        return db_digest, None, 0
    _copy_file(wal_source, wal_partial)
    extent = committed(wal_partial)
    if extent.commits == 0:
        wal_partial.unlink()
        return db_digest, None, 0
    with wal_partial.open("r+b") as handle:
        handle.truncate(extent.valid_bytes)
        handle.flush()
        os.fsync(handle.fileno())
    return db_digest, file_digest(wal_partial), extent.commits


def _copy_file(source: Path, target: Path) -> tuple[int, str]:
    """Copy into the new private file ``target``, fsynced; size and SHA-256 of what was read."""
    create_private_file(target)
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as reader, target.open("r+b") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    return size, digest.hexdigest()


def _read_keys(path: Path) -> bytes:
    """The key file's bytes (parsed from the copy once it is written)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise StorageError("keyfile-missing") from None


def _write_new(path: Path, data: bytes) -> None:
    create_private_file(path)
    with path.open("r+b") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
