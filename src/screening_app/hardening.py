"""Process hardening: no core dumps, so the database key and person data never land in one.

Called first by the composition root (``app.main``) and by the admin command line. On Linux:
``RLIMIT_CORE`` = 0 (no core file) and ``PR_SET_DUMPABLE`` = 0 (no core, and other processes
of the same user cannot attach a debugger or read ``/proc/<pid>/mem``). On macOS the rlimit
is set; on Windows there are no core files (Windows Error Reporting is configured by the
installer's policy, not here). SQLCipher's own stderr logging is switched off per connection
in ``storage.connection``.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    # glibc's name first: ``ctypes.util`` (find_library) costs more at start-up than the rest
    # of the hardening together (it imports subprocess and friends).
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        pass
    from ctypes import util

    name = util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def disable_core_dumps() -> None:
    """Best effort: each step that the platform supports is applied."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    libc = _libc()
    if libc is not None:
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    """True when this process can produce no core file (what the tests check)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return True
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if soft != 0 or hard != 0:
        return False
    libc = _libc()
    return libc is None or libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
