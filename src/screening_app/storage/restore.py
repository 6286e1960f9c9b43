"""Restoring a backup: copied into a staging folder inside the data folder, opened and checked
there, and only then put in place by renames (the same file system, so each rename is atomic).

Nothing is deleted: the files a restore replaces are moved into a ``replaced-<time>`` folder
beside them. A restore that is refused, or fails, leaves the data folder as it found it: the
staging folder is removed, and files already moved are put back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from screening_app.storage.atomic import copy_durably, fsync_directory
from screening_app.storage.connection import has_plain_header
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.keyfile import keyfile_path, read_keyfile
from screening_app.storage.manifest import Manifest, check_against_manifest, read_manifest
from screening_app.storage.private import PRIVATE_FOLDER, database_files, private_folder

BACKUP_NAME = "trygstart.db"
STAGING_PREFIX = ".restore-"
REPLACED_PREFIX = "replaced-"


@dataclass(frozen=True)
class BackupFiles:
    folder: Path
    database: Path
    keys: Path
    wal: Path | None  # an unattended backup may hold committed pages still in the WAL
    manifest: Manifest | None  # None for backups made before manifests existed


def backup_files(source: Path) -> BackupFiles:
    """The files of the backup in ``source``, checked as far as they can be without a key."""
    invalid = StorageError("backup-invalid", place=str(source))
    database = source / BACKUP_NAME
    keys = keyfile_path(database)
    if not database.is_file() or not keys.is_file():
        raise invalid
    try:
        if has_plain_header(database) or database.stat().st_size == 0:
            raise invalid
    except OSError as error:
        raise error_from_os(error, str(source)) from None
    manifest = read_manifest(source)
    if manifest is not None:
        check_against_manifest(source, manifest)
    try:
        purpose = read_keyfile(keys).purpose
    except StorageError:
        raise invalid from None
    if purpose == "training":
        raise StorageError("training-database")
    wal = database.with_name(BACKUP_NAME + "-wal")
    return BackupFiles(source, database, keys, wal if wal.is_file() else None, manifest)


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


def stage(files: BackupFiles, data_dir: Path, now: dt.datetime) -> Path:
    """Copy the backup into a new staging folder inside ``data_dir`` (0700, files 0600)."""
    private_folder(data_dir)
    staging = data_dir / f"{STAGING_PREFIX}{_stamp(now)}"
    try:
        staging.mkdir(mode=PRIVATE_FOLDER)
    except OSError as error:
        raise error_from_os(error, str(data_dir)) from None
    try:
        target = staging / BACKUP_NAME
        copy_durably(files.keys, keyfile_path(target))
        copy_durably(files.database, target)
        if files.wal is not None:
            copy_durably(files.wal, target.with_name(BACKUP_NAME + "-wal"))
    except BaseException as error:
        discard(staging)
        if isinstance(error, OSError):
            raise error_from_os(error, str(data_dir)) from None
        raise
    return staging


def discard(staging: Path) -> None:
    """Remove a staging folder and everything in it (only ever one of ours)."""
    if staging.name.startswith(STAGING_PREFIX) and staging.is_dir() and not staging.is_symlink():
        shutil.rmtree(staging, ignore_errors=True)


def install(staging: Path, database_path: Path, now: dt.datetime) -> Path | None:
    """Move the files in place of the staged ones into ``replaced-<time>`` and the staged
    database and key file into their place. The caller holds the instance lock. Returns the
    folder the old files went to (None if there were none)."""
    data_dir = database_path.parent
    old = [p for p in (*database_files(database_path), keyfile_path(database_path)) if p.exists()]
    moved: Path | None = None
    try:
        if old:
            moved = data_dir / f"{REPLACED_PREFIX}{_stamp(now)}"
            moved.mkdir(mode=PRIVATE_FOLDER)
            for path in old:
                path.replace(moved / path.name)
        staged = staging / BACKUP_NAME
        keyfile_path(staged).replace(keyfile_path(database_path))
        for source in database_files(staged):
            if source.exists():
                source.replace(data_dir / source.name)
        fsync_directory(data_dir)
    except OSError as error:
        undo_install(database_path, moved)
        raise error_from_os(error, str(data_dir)) from None
    return moved


def undo_install(database_path: Path, moved: Path | None) -> None:
    """Put the files moved aside by ``install`` back; what was installed is removed (the
    backup itself is where it was)."""
    for path in (*database_files(database_path), keyfile_path(database_path)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if moved is not None:
        for path in moved.iterdir():
            path.replace(database_path.parent / path.name)
        moved.rmdir()
    fsync_directory(database_path.parent)
