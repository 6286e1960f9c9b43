"""Private files and folders: 0600 and 0700, whatever the umask or whoever made the folder.

SQLite creates a database file with mode 0644 less the umask, and gives its WAL and SHM files
the database file's mode; so the database file is created here first, empty, with 0600 (SQLite
treats an empty file as a new database), and its WAL and SHM follow. A folder IT made with
wider modes, and files an older version left readable, are tightened when the database is
opened. Where the operating system has no POSIX modes (Windows) the folder's ACL, set by the
installer, decides, and these functions change nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from screening_app.storage.errors import error_from_os

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) or tighten it to 0700."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        tighten(folder, PRIVATE_FOLDER)
    except OSError as error:
        raise error_from_os(error, str(folder)) from None


def tighten(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Give ``path`` exactly ``mode`` if it is wider (a missing path is left alone)."""
    if not POSIX:
        return
    try:
        current = stat.S_IMODE(path.lstat().st_mode)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(path.lstat().st_mode):
        return  # a link's own mode means nothing; its target is not ours to change
    if current & ~mode:
        path.chmod(mode)


def tighten_all(paths: Iterable[Path]) -> None:
    """``tighten`` each file; a file that vanished meanwhile is fine."""
    for path in paths:
        try:
            tighten(path)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise error_from_os(error, str(path.parent)) from None


def create_private_file(path: Path) -> None:
    """Create the new, empty file ``path`` with mode 0600 (``FileExistsError`` if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def database_files(database: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    return [database.with_name(database.name + suffix) for suffix in ("", "-wal", "-shm")]


def remove_database_files(database: Path) -> None:
    for path in database_files(database):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
