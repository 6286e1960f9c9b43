"""Where Qt may put a print job while it hands it to the system: memory, not disk.

Qt's CUPS backend writes each job to a temporary file in ``QDir.tempPath()`` (``$TMPDIR``),
hands the file to CUPS and deletes it afterwards; for that moment a referral letter would lie on
the disk in clear. ``memory_spool()`` points ``$TMPDIR`` at the user's runtime folder
(``$XDG_RUNTIME_DIR``, a per-user, mode-0700 tmpfs on systemd systems) while the pages are
painted, when that folder really is in memory; otherwise it changes nothing. What CUPS itself
keeps is clinic IT's to set (``PreserveJobFiles No`` in cupsd.conf; see the README).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})


def filesystem_type(path: Path, mounts: str) -> str | None:
    """The type of the file system holding ``path``, from the text of /proc/mounts."""
    target = str(path.resolve())
    best = ""
    kind: str | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:  # noqa: PLR2004 - device, mount point, type
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def memory_folder(environ: dict[str, str] | None = None, mounts: str | None = None) -> Path | None:
    """The user's runtime folder when it is on a memory file system and ours alone."""
    env = os.environ if environ is None else environ
    runtime = env.get("XDG_RUNTIME_DIR")
    if not runtime:
        return None
    folder = Path(runtime)
    try:
        info = folder.stat()
        text = Path("/proc/mounts").read_text(encoding="utf-8") if mounts is None else mounts
    except OSError:
        return None
    private = info.st_uid == os.getuid() and (info.st_mode & 0o077) == 0
    if private and filesystem_type(folder, text) in MEMORY_FILESYSTEMS:
        return folder
    return None


@contextlib.contextmanager
def memory_spool(folder: Path | None = None) -> Iterator[Path | None]:
    """While inside, temporary files Qt makes go to ``folder`` (default: ``memory_folder()``)."""
    chosen = memory_folder() if folder is None else folder
    if chosen is None:
        yield None
        return
    previous = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(chosen)
    try:
        yield chosen
    finally:
        if previous is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = previous
