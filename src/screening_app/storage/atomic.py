"""Writing small files so that a kill or power cut leaves either the old or the new file.

Temp file in the same directory (mode 0600), write, fsync, ``os.replace``, fsync the directory.
A process killed between creating its temp file and the rename leaves that temp file behind
(``.NAME.PID.tmp``); the next write of the same file removes the ones whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (no-op where directories cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _process_gone(pid: int) -> bool:
    """True when no process ``pid`` runs (POSIX only: elsewhere never claimed)."""
    if os.name != "posix" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's): leave its file alone
    return False


def sweep_stale_temps(path: Path) -> list[Path]:
    """Remove the temp files a killed writer of ``path`` left; returns those removed."""
    removed = []
    prefix = f".{path.name}."
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            name = candidate.name
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            pid_text = name[len(prefix) : -len(".tmp")]
            if not pid_text.isdigit() or int(pid_text) == os.getpid():
                continue
            if _process_gone(int(pid_text)):
                with contextlib.suppress(OSError):
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def write_atomically(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically and durably; the file gets ``mode``."""
    sweep_stale_temps(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(path.parent)


def copy_durably(source: Path, target: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """Copy a file to a new path (which must not exist), fsynced, with ``mode``."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, mode)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with source.open("rb") as reader:
            while chunk := reader.read(1 << 20):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    os.close(fd)
    fsync_directory(target.parent)
