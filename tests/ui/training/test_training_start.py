"""``screening-app --training [--training-dir DIR] [--training-cases DIR]``: the options, training
first on screen (no login), the machine's settings checked after the first paint (forbidding it
stops the start and says where), and the log kept in the training folder, never the clinic's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from screening_app.app import parse_gui_args
from screening_app.app_training import (
    after_first_paint_training,
    enter_training_on_request,
    training_folder,
)
from screening_app.paths import default_training_dir
from screening_app.ui.startup_problem import StartupProblem
from screening_app.ui.training.start_screen import TrainingStartScreen


def test_the_training_options(tmp_path: Path) -> None:
    options = parse_gui_args(
        [
            "--training",
            "--training-dir",
            str(tmp_path / "kursus"),
            f"--training-cases={tmp_path / 'ekstra'}",
            "--data-dir",
            str(tmp_path / "klinik"),
            "-style",
            "fusion",
        ]
    )
    assert options.training
    assert options.training_dir == tmp_path / "kursus"
    assert options.training_cases == tmp_path / "ekstra"
    assert options.qt_args == ["-style", "fusion"]
    assert training_folder(options.data_dir, options.training_dir) == tmp_path / "kursus"
    plain = parse_gui_args(["--data-dir", str(tmp_path / "klinik")])
    assert not plain.training
    assert training_folder(plain.data_dir, None) == tmp_path / "klinik-training"
    assert default_training_dir(tmp_path / "TrygStart") == tmp_path / "TrygStart-training"


def start(shell: Any, tmp_path: Path, make_clinic_for: Any, machine_toml: str) -> Any:
    from screening_app.app import start_flow

    config = tmp_path / "machine.toml"
    config.write_text(machine_toml, encoding="utf-8")
    options = parse_gui_args(
        [
            "--training",
            "--data-dir",
            str(tmp_path / "klinik"),
            "--training-dir",
            str(tmp_path / "kursus"),
        ]
    )
    clinic = make_clinic_for(options.data_dir)
    flow = start_flow(shell, clinic, begin=not options.training)
    training = enter_training_on_request(shell, clinic, flow, options)
    return clinic, flow, training, config


def test_training_comes_first_and_logs_in_its_own_folder(
    shell: Any, tmp_path: Path, make_clinic_for: Any, monkeypatch: Any
) -> None:
    clinic, flow, training, config = start(shell, tmp_path, make_clinic_for, "")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    assert isinstance(shell.window.current_screen(), TrainingStartScreen)
    assert flow.login_screen is None  # no login, no wizard
    assert after_first_paint_training(shell, clinic, flow, training())
    assert (tmp_path / "kursus" / "logs").is_dir()
    assert not (tmp_path / "klinik").exists()  # nothing of the clinic's folder was touched
    training().close()


def test_the_machine_forbidding_training_starts_as_usual_and_says_why(
    shell: Any, tmp_path: Path, make_clinic_for: Any, monkeypatch: Any
) -> None:
    from tests.ui.clinic import setup_clinic

    clinic, flow, training, config = start(
        shell, tmp_path, make_clinic_for, "allow_training = false\n"
    )
    setup_clinic(clinic)
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    assert not after_first_paint_training(shell, clinic, flow, training())
    assert shell.window.current_screen() is flow.login_screen
    assert flow.login_screen.message.text() == "Øvelse er slået fra på denne computer."
    assert not flow.login_screen.training_button.isVisibleTo(shell.window)
    assert shell.window.banner is None
    assert not (tmp_path / "kursus").exists()  # the training database was never made


def test_wrong_machine_settings_stop_training_too(
    shell: Any, tmp_path: Path, make_clinic_for: Any, monkeypatch: Any
) -> None:
    clinic, flow, training, config = start(shell, tmp_path, make_clinic_for, "allow_training = 3\n")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(config))
    assert not after_first_paint_training(shell, clinic, flow, training())
    assert isinstance(shell.window.current_screen(), StartupProblem)
    assert shell.window.banner is None
