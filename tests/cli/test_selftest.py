"""``screening-app selftest``: one line per check, exit 0 only when none failed, nothing written
outside its own temporary folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from screening_app.cli import selftest_checks as checks
from screening_app.cli.selftest import run

NAMES = [
    "versions",
    "machine settings",
    "encryption",
    "argon2id",
    "fonts",
    "letter",
    "instruments",
    "data folder",
    "network",
]


def _lines(data_dir: Path) -> tuple[int, list[str]]:
    printed: list[str] = []
    code = run(data_dir, out=printed.append)
    return code, printed


def test_a_healthy_installation_passes_with_one_line_per_check(tmp_path: Path) -> None:
    code, lines = _lines(tmp_path / "data")
    assert code == 0, lines
    assert [line[6:].split(":")[0] for line in lines[:-1]] == NAMES
    assert all(line[:4] in ("ok  ", "WARN") for line in lines[:-1]), lines
    assert lines[-1].startswith(f"selftest: all {len(NAMES)} checks passed")
    versions = lines[0]
    assert "TrygStart 0.1.0" in versions
    assert "database schema 4" in versions
    assert "SQLCipher 4." in versions
    assert not (tmp_path / "data").exists()  # looked at, never made


def test_invalid_machine_settings_fail_with_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "trygstart.toml"
    config.write_text('language = "da"\nallow_save_pdf = "no"\n', encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    check, machine = checks.check_machine_settings()
    assert machine is None
    assert check.status == "fail"
    assert f"{config}:2: allow_save_pdf: must be true or false" in check.sentence
    # Without valid settings the data folder cannot be known: that fails too.
    assert checks.check_data_folder(None, None).status == "fail"


def test_valid_machine_settings_name_the_file_and_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "trygstart.toml"
    folder = tmp_path / "clinic-data"
    config.write_text(f'data_folder = "{folder}"\nallow_save_pdf = false\n', encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    check, machine = checks.check_machine_settings()
    assert check.status == "ok"
    assert check.sentence == f"valid ({config}: data_folder, allow_save_pdf)."
    data = checks.check_data_folder(None, machine)
    assert data.status in ("ok", "warn")
    assert data.sentence.startswith(f"{folder} (will be made in {tmp_path})")


def test_the_backup_folder_is_checked_when_the_machine_names_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "trygstart.toml"
    config.write_text(f'backup_folder = "{tmp_path / "share"}"\n', encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    _check, machine = checks.check_machine_settings()
    missing = checks.check_backup_folder(machine)
    assert missing is not None
    assert (missing.status, missing.sentence) == (
        "warn",
        f"{tmp_path / 'share'} is not there (a share not mounted?): backups cannot be made now.",
    )
    (tmp_path / "share").mkdir()
    there = checks.check_backup_folder(machine)
    assert there is not None
    assert there.status == "ok"
    assert checks.check_backup_folder(None) is None


def test_a_data_folder_that_is_a_file_fails(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    check = checks.check_data_folder(blocker / "inside", None)
    assert check.status == "fail"
    assert "is not a folder" in check.sentence


def test_a_network_file_system_is_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        "server:/export /srv/share nfs4 rw 0 0\n"
        "//nas/clinic /mnt/clinic\\040data cifs rw 0 0\n"
    )
    assert checks._network_filesystem(Path("/srv/share/trygstart"), mounts) == "nfs4"
    assert checks._network_filesystem(Path("/mnt/clinic data/x"), mounts) == "cifs"
    assert checks._network_filesystem(Path("/srv/other"), mounts) == ""


def test_the_network_check_sees_a_socket_made_while_it_watches() -> None:
    watch = checks.NetworkWatch()
    watch.start()
    first, second = socket.socketpair()
    first.close()
    second.close()
    check = checks.check_network(watch)
    assert check.status == "fail"
    assert "socket." in check.sentence


def test_argon2_outside_its_range_is_a_warning_not_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(checks, "ARGON2_RANGE_S", (10.0, 20.0))
    check = checks.check_argon2()
    assert check.status == "warn"
    assert "outside 10.0-20.0 s" in check.sentence


@pytest.mark.gui
def test_the_qt_check_starts_qt_headless_and_finds_the_fonts(qapp: Any) -> None:
    from screening_app.app import selftest_qt_check

    check, version = selftest_qt_check()
    assert check.status in ("ok", "warn"), check
    assert version.startswith("6.")


def test_version_names_the_app_and_the_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "screening_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout == "TrygStart 0.1.0 (database schema 4)\n"


@pytest.mark.slow
def test_the_command_writes_nothing_outside_its_temporary_folder(tmp_path: Path) -> None:
    """As CI runs it on the bundle: HOME, XDG folders and TMPDIR are empty folders before,
    and still empty after."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "TRYGSTART_", "QT_"))}
    env.update(HOME=str(home), TMPDIR=str(temp), TRYGSTART_MACHINE_CONFIG=str(home / "none"))
    env["TRYGSTART_DATA_DIR"] = str(home / "data")
    result = subprocess.run(
        [sys.executable, "-m", "screening_app", "selftest"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt: " in result.stdout
    assert list(home.rglob("*")) == []
    assert list(temp.rglob("*")) == []
