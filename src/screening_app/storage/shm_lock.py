"""SQLite's WAL read-lock 0, taken from outside SQLite: no checkpoint while it is held.

In WAL mode the database file is written only by a checkpoint, and a checkpoint must first
take WAL read-lock 0 exclusively (sqlite src/wal.c, ``walCheckpoint``: ``walBusyLock(...,
WAL_READ_LOCK(0), 1)``; SQLite's own read-only connections hold it shared for the same reason:
"This has the effect of preventing any writers from running a checkpoint"). The lock is one
byte of the ``-shm`` file: byte 123 (``WALINDEX_LOCK_OFFSET`` 120 + ``WAL_READ_LOCK(0)`` 3),
locked with ``fcntl`` record locks on POSIX (os_unix.c ``UNIX_SHM_BASE``) and ``LockFileEx`` on
Windows (os_win.c ``WIN_SHM_BASE``). Held shared, it lets writers append to the WAL but keeps
the database file exactly as it is, which is what an unattended backup without the key needs.

POSIX record locks belong to the process: a process that holds this lock must not open the
same database with SQLite (closing any descriptor of the file would drop the lock).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from screening_app.storage.errors import StorageError, error_from_os

READ_LOCK_0 = 120 + 3
WAIT_SECONDS = 30.0
POLL_SECONDS = 0.05


@contextlib.contextmanager
def checkpoints_held(database: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold WAL read-lock 0 of ``database`` shared (waiting while a checkpoint runs)."""
    shm = database.with_name(database.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise error_from_os(error, str(database.parent)) from None
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise StorageError("snapshot-busy", seconds=round(wait))
            time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY = 0x1

    def _overlapped() -> _Overlapped:
        overlapped = _Overlapped()
        overlapped.Offset = READ_LOCK_0
        return overlapped

    def _try_lock(fd: int) -> bool:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _overlapped()
        return bool(
            _kernel32.LockFileEx(
                wintypes.HANDLE(handle),
                _LOCKFILE_FAIL_IMMEDIATELY,  # shared: no LOCKFILE_EXCLUSIVE_LOCK
                0,
                1,
                0,
                ctypes.byref(overlapped),
            )
        )

    def _unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)
        overlapped = _overlapped()
        _kernel32.UnlockFileEx(wintypes.HANDLE(handle), 0, 1, 0, ctypes.byref(overlapped))

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, READ_LOCK_0, os.SEEK_SET)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, READ_LOCK_0, os.SEEK_SET)
