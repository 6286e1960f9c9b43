"""The copy of the database taken before an upgrade, and the record of the upgrade in progress.

Before the first migration step, the database (checkpointed, so the file is complete) is copied
beside it as ``<name>.before-v<N>``, still encrypted with the same key, and verified: the copy's
bytes equal the database's, and it opens with the database's key and reads whole
(``quick_check`` decrypts and checks every page). The upgrade is recorded in ``<name>.upgrade.json``
(the copy's name, then its SHA-256 once verified; the versions): ``copying`` while the copy is
made (a kill then leaves the database untouched, and the next start removes the part-copy),
``migrating`` from the first step on. When
every step has committed the state becomes ``done``; the copy is kept until the database is
next opened by another run of TrygStart at the latest version, then it and the record go.

A start that finds the state ``migrating`` (the upgrade was killed: power cut, task manager)
puts the copy back before the database is opened (``interrupted``); a step that fails puts it
back at once (``failed``). Either way the database then equals the copy, and the upgrade is
tried again from it, reusing the same verified copy. The record holds
file names, versions and a digest: nothing of a person.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal, get_args

from screening_app.storage.atomic import fsync_directory, write_atomically
from screening_app.storage.connection import Connection
from screening_app.storage.errors import StorageError, error_from_os

State = Literal["copying", "migrating", "interrupted", "failed", "done"]
FORMAT = "trygstart-upgrade"
# One value per run of the program: the copy is kept until a later run opens the database.
THIS_RUN = secrets.token_hex(8)
_CHUNK = 1 << 20


@dataclass(frozen=True)
class UpgradeRecord:
    state: State
    found: int  # the schema version of the copy
    latest: int
    copy: str  # file name beside the database
    sha256: str
    run: str
    format: str = FORMAT


def record_path(database: Path) -> Path:
    return database.with_name(f"{database.name}.upgrade.json")


def clear_leftovers(database: Path) -> None:
    """Temporary files a kill left while the record or a put-back copy was being written."""
    try:
        for leftover in database.parent.glob(f".{database.name}.upgrade.json.*.tmp"):
            leftover.unlink(missing_ok=True)
        database.with_name(f".{database.name}.restoring").unlink(missing_ok=True)
    except OSError as error:
        raise error_from_os(error, str(database.parent)) from None


def read_record(database: Path) -> UpgradeRecord | None:
    path = record_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise StorageError("upgrade-record-damaged", place=str(path)) from None
    try:
        record = UpgradeRecord(**data)
    except TypeError:
        raise StorageError("upgrade-record-damaged", place=str(path)) from None
    if record.format != FORMAT or record.state not in get_args(State):
        raise StorageError("upgrade-record-damaged", place=str(path))
    if Path(record.copy).name != record.copy:  # a file beside the database, nothing else
        raise StorageError("upgrade-record-damaged", place=str(path))
    return record


def write_record(database: Path, record: UpgradeRecord) -> None:
    data = json.dumps(asdict(record), indent=1, sort_keys=True).encode()
    try:
        write_atomically(record_path(database), data)
    except OSError as error:
        raise error_from_os(error, str(database.parent)) from None


def forget(database: Path, record: UpgradeRecord) -> None:
    """The upgrade is behind us: remove its copy, then its record."""
    try:
        database.with_name(record.copy).unlink(missing_ok=True)
        record_path(database).unlink(missing_ok=True)
        fsync_directory(database.parent)
    except OSError as error:
        raise error_from_os(error, str(database.parent)) from None


# ------------------------------------------------------------------ the copy
def take_copy(connection: Connection, database: Path, found: int, latest: int) -> UpgradeRecord:
    """Copy the database aside and verify it; returns the record to write before migrating.

    The record names the copy before it is made (state ``copying``), so a kill while copying
    leaves nothing behind that a later start does not recognise and remove.
    """
    busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise StorageError("in-use")
    target = _free_name(database, f"{database.name}.before-v{found + 1}")
    record = UpgradeRecord("copying", found, latest, target.name, "", THIS_RUN)
    write_record(database, record)
    try:
        digest = _copy(database, target)
        if _sha256(target) != digest:
            raise StorageError("upgrade-copy-damaged", copy=target.name)
        _check_opens(connection, target, found)
        if _sha256(target) != digest:  # opening it changed nothing
            raise StorageError("upgrade-copy-damaged", copy=target.name)
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            forget(database, record)
        raise
    return UpgradeRecord("migrating", found, latest, target.name, digest, THIS_RUN)


def put_back(database: Path, record: UpgradeRecord) -> None:
    """Replace the database with the verified copy (the connection to it must be closed).

    A kill at any point leaves the record as it was, so the next start does this again.
    """
    copy = database.with_name(record.copy)
    try:
        if not copy.is_file() or _sha256(copy) != record.sha256:
            raise StorageError("upgrade-copy-damaged", copy=record.copy)
        temp = database.with_name(f".{database.name}.restoring")
        temp.unlink(missing_ok=True)
        _copy(copy, temp)
        # The old log must not be replayed over the copy.
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        temp.replace(database)
        fsync_directory(database.parent)
    except OSError as error:
        raise error_from_os(error, str(database.parent)) from None


def _free_name(database: Path, name: str) -> Path:
    target = database.with_name(name)
    suffix = 1
    while target.exists():
        suffix += 1
        target = database.with_name(f"{name}.{suffix}")
    return target


def _copy(source: Path, target: Path) -> str:
    """Copy to a new file (0600), fsynced; returns the SHA-256 of what was read."""
    digest = hashlib.sha256()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except OSError as error:
        raise error_from_os(error, str(target.parent)) from None
    try:
        with source.open("rb") as reader:
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    except OSError as error:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise error_from_os(error, str(target.parent)) from None
    os.close(fd)
    fsync_directory(target.parent)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check_opens(connection: Connection, copy: Path, found: int) -> None:
    """The copy opens with the database's key (SQLCipher attaches it with the main key) and
    every page decrypts and checks."""
    connection.execute("ATTACH DATABASE ? AS upgrade_copy", (str(copy),))
    try:
        version = connection.execute("PRAGMA upgrade_copy.user_version").fetchone()[0]
        check = [row[0] for row in connection.execute("PRAGMA upgrade_copy.quick_check")]
    except Exception:  # noqa: BLE001 - whatever SQLCipher says, the copy is not usable
        version, check = None, ["unreadable"]
    finally:
        connection.execute("DETACH DATABASE upgrade_copy")
    if version != found or check != ["ok"]:
        raise StorageError("upgrade-copy-damaged", copy=copy.name)
