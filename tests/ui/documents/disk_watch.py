"""Watching the disk while documents are shown and printed (security.md check 21).

Two nets: an audit hook sees every file Python opens for writing (and renames, removals,
temporary files); a listing of the private temp dir and the test's HOME (with the XDG data,
config and cache dirs in it) before and after sees what Qt or any C library wrote.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

_WATCH: list[list[str]] = []
_EVENTS = ("os.rename", "os.remove", "os.mkdir", "shutil.copyfile", "tempfile.mkstemp")


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCH:
        return
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int)
            and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
        )
        if writing:
            _WATCH[-1].append(f"open {path} {mode} {flags}")
    elif event in _EVENTS:
        _WATCH[-1].append(f"{event} {args}")


sys.addaudithook(_audit)  # cannot be removed; it records only while watching


@contextmanager
def python_writes() -> Iterator[list[str]]:
    found: list[str] = []
    _WATCH.append(found)
    try:
        yield found
    finally:
        _WATCH.pop()


class DiskWatch:
    """The files under the private temp dir and HOME, to compare before and after."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        private = tmp_path / "tmp"
        private.mkdir()
        monkeypatch.setenv("TMPDIR", str(private))  # Qt's QDir::tempPath() reads it too
        monkeypatch.setattr(tempfile, "tempdir", str(private))
        self.roots = [private, Path.home()]
        self.before = self.listing()

    def listing(self) -> set[Path]:
        return {path for root in self.roots for path in root.rglob("*")}

    def new_files(self) -> set[Path]:
        return self.listing() - self.before
