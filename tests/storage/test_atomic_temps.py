"""A writer killed before its rename leaves ``.NAME.PID.tmp``: the next write removes it, and
never a temp file of a process that still runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.storage.atomic import write_atomically

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_write_removes_what_a_killed_writer_left(tmp_path: Path) -> None:
    target = tmp_path / "key.json"
    write_atomically(target, b"old")
    stale = tmp_path / f".key.json.{_dead_pid()}.tmp"
    stale.write_bytes(b"half")
    other_file = tmp_path / f".throttle.json.{_dead_pid()}.tmp"  # another file's: not ours
    other_file.write_bytes(b"half")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert not stale.exists()
    assert other_file.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [other_file.name, "key.json"]


def test_a_running_writers_temp_file_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "key.json"
    # A process that runs until its standard input closes (or it is killed).
    running = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        busy = tmp_path / f".key.json.{running.pid}.tmp"
        busy.write_bytes(b"being written")
        write_atomically(target, b"new")
        assert busy.exists()
    finally:
        assert running.stdin is not None
        running.stdin.close()
        running.wait(timeout=30)
