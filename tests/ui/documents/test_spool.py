"""Print jobs Qt spools go to memory (the runtime folder on tmpfs), never to a disk folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screening_app.ui.documents.spool import filesystem_type, memory_folder, memory_spool

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev,relatime,size=1620000k,mode=700,uid=1000 0 0
/dev/sdb1 /run/user/1000/disk ext4 rw 0 0
"""


def test_filesystem_type_takes_the_deepest_mount_point() -> None:
    assert filesystem_type(Path("/run/user/1000"), MOUNTS) == "tmpfs"
    assert filesystem_type(Path("/run/user/1000/x"), MOUNTS) == "tmpfs"
    assert filesystem_type(Path("/run/user/1000/disk/y"), MOUNTS) == "ext4"
    assert filesystem_type(Path("/run/user/10000"), MOUNTS) == "ext4"


def _mounts_with(folder: Path, kind: str) -> str:
    return f"/dev/sda1 / ext4 rw 0 0\nnone {folder.resolve()} {kind} rw 0 0\n"


def test_memory_folder_needs_a_private_memory_file_system(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime)}
    assert memory_folder(env, _mounts_with(runtime, "tmpfs")) == runtime
    assert memory_folder(env, _mounts_with(runtime, "ext4")) is None  # on disk: leave it
    runtime.chmod(0o755)
    assert memory_folder(env, _mounts_with(runtime, "tmpfs")) is None  # others could read it
    assert memory_folder({}, _mounts_with(runtime, "tmpfs")) is None


def test_memory_spool_points_tmpdir_there_and_restores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", "/var/tmp")
    with memory_spool(tmp_path) as folder:
        assert folder == tmp_path
        assert os.environ["TMPDIR"] == str(tmp_path)
    assert os.environ["TMPDIR"] == "/var/tmp"
    monkeypatch.delenv("TMPDIR")
    with memory_spool(tmp_path):
        assert os.environ["TMPDIR"] == str(tmp_path)
    assert "TMPDIR" not in os.environ
