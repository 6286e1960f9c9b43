"""The start-up and the machine settings: the first window takes the data folder and language
from the file without pydantic; right after it, the file is validated in full, and a wrong
one replaces the first screen with where it is wrong, and nothing more is loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from screening_app.app import MachineDefaults, parse_gui_args, peek_machine_settings


def _write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "trygstart.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(path))
    return path


def test_the_first_window_takes_data_folder_and_language_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, f'data_folder = "{tmp_path / "clinic"}"\nlanguage = "en"\n')
    peeked = peek_machine_settings()
    assert peeked == MachineDefaults(str(tmp_path / "clinic"), "en")
    options = parse_gui_args([], peeked)
    assert (options.data_dir, options.language) == (tmp_path / "clinic", "en")
    # The command line still wins.
    options = parse_gui_args(["--lang", "da", "--data-dir", str(tmp_path / "x")], peeked)
    assert (options.data_dir, options.language) == (tmp_path / "x", "da")


def test_values_the_quick_look_cannot_use_are_left_to_the_validation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, 'data_folder = "relative"\nlanguage = "fr"\n')
    assert peek_machine_settings() == MachineDefaults()
    _write(tmp_path, monkeypatch, "this is not toml")
    assert peek_machine_settings() == MachineDefaults()


def test_the_first_window_needs_no_pydantic() -> None:
    code = (
        "import sys; from screening_app.app import parse_gui_args, peek_machine_settings; "
        "parse_gui_args([], peek_machine_settings()); print('pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


@pytest.mark.gui
def test_wrong_machine_settings_stop_the_start_with_where_they_are_wrong(
    shell: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_clinic_for: Any,
    fake_dialogs: Any,
) -> None:
    from screening_app.app import after_first_paint
    from screening_app.ui.flow import AppFlow

    path = _write(tmp_path, monkeypatch, "idle_lock_max_minutes = 0\n")
    clinic = make_clinic_for(tmp_path / "data")
    loaded: list[str] = []
    clinic.accounts = lambda: loaded.append("accounts")
    flow = AppFlow(
        window=shell.window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=clinic,
        dialogs=fake_dialogs.dialogs(),
        defer=lambda call: call(),
    )
    flow.start()
    assert after_first_paint(shell, clinic, tmp_path / "data") is False
    screen = shell.window.current_screen()
    assert screen.objectName() == "startupProblem"
    assert screen.details.toPlainText() == f"{path}:1: idle_lock_max_minutes: must be at least 1"
    assert loaded == []  # nothing of the clinic was loaded
    assert clinic.machine is None
    flow.shutdown()


@pytest.mark.gui
def test_valid_machine_settings_cap_the_idle_lock_before_anyone_logs_in(
    shell: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_clinic_for: Any
) -> None:
    import screening_app.app as app_module
    from screening_app.app import after_first_paint

    logs: list[Path] = []
    monkeypatch.setattr(app_module, "private_logging", logs.append)  # no process-wide log set-up
    _write(tmp_path, monkeypatch, "idle_lock_max_minutes = 2\n")
    clinic = make_clinic_for(tmp_path / "data")
    assert after_first_paint(shell, clinic, tmp_path / "data") is True
    assert clinic.machine is not None
    assert clinic.machine.settings.idle_lock_max_minutes == 2
    assert shell.idle.timeout_s == 120
    assert logs == [tmp_path / "data"]


def test_the_desktop_knows_every_command_without_importing_the_command_line() -> None:
    from screening_app.app import CLI_COMMANDS
    from screening_app.cli import COMMANDS

    assert CLI_COMMANDS == COMMANDS
    code = (
        "import sys; from screening_app.app import CLI_COMMANDS, parse_gui_args; "
        "parse_gui_args(['--lang', 'en']); "
        "print(sorted(m for m in ('argparse', 'pydantic', 'sqlcipher3', 'screening_app.cli') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
