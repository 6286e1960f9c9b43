"""Where a backup may go: checked before anything is made, and undone if it fails half-way.

A backup goes into a new folder in a folder that exists. Refused, each in one sentence, before
anything is created: a name that is not valid UTF-8 (SQLite takes file names as UTF-8 text), a
link that points nowhere (at the target or above it: an unmounted share), a folder that exists
already, a parent folder that does not (an unmounted share's mount point would otherwise get
the backup on the local disk), a folder inside the data folder (a backup must survive the disk
it protects), and a path longer than SQLite or the file system can open. ``made_folders``
creates the folder and returns it, so that a failure can remove exactly that (no empty folder
blocks the rerun).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from screening_app.storage.errors import StorageError
from screening_app.storage.private import PRIVATE_FOLDER, tighten

# SQLite's unix VFS opens paths up to 512 bytes; the Windows VFS up to MAX_PATH (260).
SQLITE_MAX_PATH = 260 if os.name == "nt" else 512
# The longest name SQLite derives from a backup's database file.
LONGEST_FILE = "trygstart.db.partial-journal"


def checked_target(out: Path, data_dir: Path) -> Path:
    """The absolute target folder, or a ``StorageError`` saying why it cannot be used."""
    try:
        str(out).encode("utf-8")
    except UnicodeEncodeError:
        raise StorageError("backup-path-not-text") from None
    target = out.absolute()
    _check_length(target)
    dangling = _dangling_link(target)
    if dangling is not None:
        raise StorageError("backup-path-dangling", place=str(dangling))
    if os.path.lexists(target):
        raise StorageError("backup-target-exists", place=str(out))
    resolved = target.resolve()
    data = data_dir.resolve()
    if resolved == data or data in resolved.parents:
        raise StorageError("backup-inside-data", place=str(data_dir))
    if not target.parent.is_dir():  # an unmounted share must not fill the local disk instead
        raise StorageError("backup-parent-missing", place=str(target.parent))
    return target


def _dangling_link(path: Path) -> Path | None:
    """The first link on the way to ``path`` whose target does not exist."""
    for candidate in (*reversed(path.parents), path):
        if candidate.is_symlink() and not candidate.exists():
            return candidate
    return None


def _check_length(target: Path) -> None:
    longest = len(os.fsencode(target / LONGEST_FILE))
    if longest >= SQLITE_MAX_PATH:
        raise StorageError(
            "path-too-long",
            length=len(str(target)),
            maximum=SQLITE_MAX_PATH - len(LONGEST_FILE) - 2,
        )
    name_max = 255
    with contextlib.suppress(OSError, AttributeError, ValueError, StopIteration):
        existing = next(p for p in target.parents if p.is_dir())
        name_max = os.pathconf(existing, "PC_NAME_MAX")
    if any(len(os.fsencode(part)) > name_max for part in target.parts):
        raise StorageError("path-too-long", length=len(str(target)), maximum=name_max)


def made_folders(target: Path) -> list[Path]:
    """Create ``target`` (0700; its parent exists) and return what was made."""
    missing = [p for p in (*reversed(target.parents), target) if not os.path.lexists(p)]
    made: list[Path] = []
    try:
        for folder in missing:
            folder.mkdir(mode=PRIVATE_FOLDER)
            made.append(folder)
        tighten(target, PRIVATE_FOLDER)
    except BaseException:
        remove_made(made)
        raise
    return made


def remove_made(made: list[Path], files: tuple[str, ...] = ()) -> None:
    """Remove ``files`` from the innermost made folder, then the made folders if empty."""
    if made:
        for name in files:
            with contextlib.suppress(FileNotFoundError):
                (made[-1] / name).unlink()
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()
