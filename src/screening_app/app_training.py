"""The composition root's training part: training mode wired to the window.

``screening-app --training [--training-dir DIR] [--training-cases DIR]`` starts in training;
"Øvelse (fiktive personer)" on the first-start and login screens switches to it. Training
reads nothing from the clinic's data folder (its own folder, its own log, the bundled services
directory or the machine's services file), and the machine's settings may forbid it
(``allow_training = false``): then ``--training`` shows where, and the buttons are hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screening_app.domain.support import Directory
    from screening_app.ui.clinic_backend import Clinic
    from screening_app.ui.flow import AppFlow
    from screening_app.ui.shell import Shell
    from screening_app.ui.training.backend import TrainingBackend
    from screening_app.ui.training.flow import TrainingFlow

TRAINING_FLAGS = ("--training",)
TRAINING_OPTIONS = ("--training-dir", "--training-cases")


def training_folder(clinic_dir: Path, chosen: Path | None) -> Path:
    from screening_app.paths import default_training_dir

    return chosen if chosen is not None else default_training_dir(clinic_dir)


def make_training_backend(
    shell: Shell,
    clinic: Clinic,
    *,
    folder: Path,
    clinic_dir: Path | None,
    extra_cases: Path | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    today: Callable[[], dt.date] | None = None,
    kdf_params: Any = None,
) -> TrainingBackend:
    """What training's screens use: the shared instruments, a services directory read without
    the clinic's folder, the documents part in training mode, the printouts."""
    from screening_app.app import document_actions
    from screening_app.ui.training.backend import TrainingBackend

    cache: dict[str, Any] = {}

    def utc_now() -> dt.datetime:
        return clock() if clock is not None else dt.datetime.now(dt.UTC)

    def local_today() -> dt.date:
        return today() if today is not None else utc_now().astimezone().date()

    def directory() -> Directory | None:
        if "directory" not in cache:
            from screening_app.app import _load_directory

            machine = clinic.machine
            own = (
                Path(machine.settings.services_file)
                if machine is not None and machine.settings.services_file
                else folder / "services.yaml"
            )
            cache["directory"] = _load_directory(own)
        result: Directory | None = cache["directory"]
        return result

    def printouts() -> Any:
        if "printouts" not in cache:
            from screening_app.letters import DocumentPrinter
            from screening_app.paths import resources_dir
            from screening_app.services.training.printouts import TrainingPrintouts

            instruments = clinic.instruments()

            def name(instrument_id: str, lang: str) -> str:
                found = instruments.get(instrument_id)
                return instrument_id if found is None else found.title.get(lang)

            printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
            cache["printouts"] = TrainingPrintouts(printer, name)
        return cache["printouts"]

    return TrainingBackend(
        folder=folder,
        clinic_dir=clinic_dir,
        clock=utc_now,
        today=local_today,
        instruments=clinic.instruments,
        directory=directory,
        printouts=printouts,
        documents=document_actions(
            folder,
            lambda: shell.language.code,
            directory,
            training=True,
            machine=lambda: clinic.machine,
        ),
        extra_cases=extra_cases,
        machine=clinic.machine,
        kdf_params=kdf_params,
    )


def start_training(shell: Shell, backend: TrainingBackend, flow: AppFlow | None) -> TrainingFlow:
    """Training in the window; leaving it shows the application's first screen again."""
    from screening_app.ui.training.flow import TrainingFlow

    backend.machine = flow.clinic.machine if flow is not None else backend.machine
    training = TrainingFlow(
        window=shell.window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        backend=backend,
        dialogs=flow.dialogs if flow is not None else None,
    )
    if flow is not None:
        training.left.connect(flow.start)
    shell.app.aboutToQuit.connect(training.close)
    training.start()
    return training


def training_forbidden(machine: Any) -> str | None:
    """The machine settings' place that forbids training, or None when it is allowed."""
    from screening_app.services.clinic_settings import training_permitted

    if machine is None or training_permitted(machine):
        return None
    place = machine.limits().place("training") or machine.path
    return f"{place}: allow_training = false"


def enter_training_on_request(
    shell: Shell, clinic: Clinic, flow: AppFlow, options: Any
) -> Callable[[], TrainingFlow | None]:
    """ "Øvelse" on the first-start and login screens enters training (and ``--training`` now);
    returns what gives the training flow on screen (None before and after)."""
    holder: dict[str, TrainingFlow] = {}

    def enter() -> None:
        backend = make_training_backend(
            shell,
            clinic,
            folder=training_folder(options.data_dir, options.training_dir),
            clinic_dir=options.data_dir,
            extra_cases=options.training_cases,
        )
        holder["training"] = start_training(shell, backend, flow)

    flow.training_requested.connect(enter)
    if options.training:
        enter()
    return lambda: holder.get("training")


def after_first_paint_training(
    shell: Shell, clinic: Clinic, flow: AppFlow, training: TrainingFlow | None
) -> bool:
    """``--training``: the machine's settings validated (wrong ones: the screen says where, and
    nothing more loads; forbidding training: training closes, and the application starts as
    usual, the login saying why), the private log in the training folder (never the clinic's),
    the instruments read while the trainee types. False when training did not go on."""
    from screening_app.app import _idle_ceiling_minutes, private_logging
    from screening_app.machine.reader import MachineConfigError, read_machine_config
    from screening_app.ui.startup_problem import StartupProblem

    shell.install_filters()
    shell.window.lock_screen  # noqa: B018 - made now, not at the first hide
    try:
        clinic.machine = read_machine_config()
    except MachineConfigError as error:
        if training is not None:
            training.close()
        shell.window.show_screen(StartupProblem([str(e) for e in error.errors]))
        return False
    if training is not None:
        training.backend.machine = clinic.machine
        if training_forbidden(clinic.machine) is not None:
            training.close()
            flow.start()
            flow.refuse_training()
            return False
        private_logging(training.backend.folder)
    shell.idle.set_timeout(60 * _idle_ceiling_minutes(clinic.machine, shell.idle))
    clinic.instruments()
    if training is not None:
        training.preload()
    return True
