"""Issue 10 section 1: backups with odd targets get a clear sentence and leave nothing behind.

A name that is not valid UTF-8, a link that points nowhere, a folder inside the data folder,
a path longer than SQLite can open: each is refused in one sentence before anything is made,
and a backup that fails half-way removes what it made (no empty folder blocks the rerun).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import screening_app.storage.backup as backup_module
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.storage.errors import StorageError


def entries(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def refused(setup: Setup, out: Path) -> StorageError:
    with pytest.raises(StorageError) as error:
        AdminService(setup.session).backup(out)
    return error.value


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_name_that_is_not_utf8_is_refused_and_the_rerun_works(
    setup: Setup, tmp_path: Path
) -> None:
    target = tmp_path / "targets"
    target.mkdir()
    out = target / os.fsdecode(b"backup-\xff\xfe")
    error = refused(setup, out)
    assert error.code == "backup-path-not-text"
    assert "UTF-8" in error.message("en")
    assert entries(target) == []
    AdminService(setup.session).backup(target / "backup")  # a plain name works at once
    assert entries(target / "backup") == [
        "trygstart-backup.json",
        "trygstart.db",
        "trygstart.db.keys",
    ]


def test_a_link_that_points_nowhere_is_refused(setup: Setup, tmp_path: Path) -> None:
    link = tmp_path / "nightly"
    link.symlink_to(tmp_path / "nowhere")
    error = refused(setup, link)
    assert error.code == "backup-path-dangling"
    assert str(link) in error.message("da")
    assert link.is_symlink()
    assert not (tmp_path / "nowhere").exists()


def test_a_link_that_points_nowhere_above_the_target_is_refused(
    setup: Setup, tmp_path: Path
) -> None:
    link = tmp_path / "mnt"
    link.symlink_to(tmp_path / "unmounted")
    assert refused(setup, link / "2026-03-02").code == "backup-path-dangling"
    assert not (tmp_path / "unmounted").exists()


def test_a_target_inside_the_data_folder_is_refused(setup: Setup, tmp_path: Path) -> None:
    data = setup.session.vault.data_dir
    before = entries(data)
    assert refused(setup, data / "backup").code == "backup-inside-data"
    alias = tmp_path / "alias"
    alias.symlink_to(data)
    assert refused(setup, alias / "nested" / "backup").code == "backup-inside-data"
    assert entries(data) == before


def test_a_path_too_long_for_sqlite_is_refused_before_anything_is_made(
    setup: Setup, tmp_path: Path
) -> None:
    target = tmp_path / "long"
    target.mkdir()
    out = target / ("a" * 200) / ("b" * 200) / ("c" * 200)
    error = refused(setup, out)
    assert error.code == "path-too-long"
    assert "too long" in error.message("en")
    assert entries(target) == []


def test_a_name_longer_than_the_file_system_allows_is_refused(setup: Setup, tmp_path: Path) -> None:
    out = tmp_path / ("x" * 300)
    assert refused(setup, out).code == "path-too-long"
    assert not os.path.lexists(out)


def test_a_missing_parent_folder_is_refused(setup: Setup, tmp_path: Path) -> None:
    """An unmounted share: its mount point is there, the folder on the share is not."""
    mount_point = tmp_path / "mnt" / "backup"
    mount_point.mkdir(parents=True)
    error = refused(setup, mount_point / "trygstart" / "2026-03-02")
    assert error.code == "backup-parent-missing"
    assert "is the drive connected?" in error.message("en")
    assert entries(mount_point) == []


def test_a_backup_that_fails_half_way_leaves_no_folder(
    setup: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "share").mkdir()
    out = tmp_path / "share" / "backup"

    def broken_copy(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "copy_durably", broken_copy)
    assert refused(setup, out).code == "disk-full"
    assert entries(tmp_path / "share") == []
    monkeypatch.undo()
    AdminService(setup.session).backup(out)  # the rerun is not blocked
    assert (out / "trygstart.db").is_file()
