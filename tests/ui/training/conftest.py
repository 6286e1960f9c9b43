"""Training mode on the real window: the application's flow on a clinic database, and training
started from its login screen in a folder beside it, on cheap keys, with fake dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from screening_app.ui.training.dialogs import TrainingDialogs


class FakeTrainingDialogs:
    """Answers at once and remembers what was asked."""

    def __init__(self) -> None:
        self.confirmations: list[str] = []
        self.confirm_answer = True
        self.passphrase = "kursus-forår-2026"
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.folder: Path | None = None
        self.messages: list[str] = []

    def dialogs(self) -> TrainingDialogs:
        return TrainingDialogs(
            confirm=self.confirm,
            ask_passphrase=lambda _parent, _prompt, on_given: on_given(self.passphrase),
            choose_open_file=lambda _p, _s, _f, on_chosen: self._give(self.open_path, on_chosen),
            choose_save_file=lambda _p, _s, _f, on_chosen: self._give(self.save_path, on_chosen),
            choose_folder=lambda _p, on_chosen: self._give(self.folder, on_chosen),
            show_message=lambda _parent, text: self.messages.append(text),
        )

    def confirm(self, _parent: QWidget, text: str, _yes: str, on_yes: Callable[[], None]) -> None:
        self.confirmations.append(text)
        if self.confirm_answer:
            on_yes()

    @staticmethod
    def _give(path: Path | None, on_chosen: Callable[[Path], None]) -> None:
        if path is not None:
            on_chosen(path)


@pytest.fixture
def training_dialogs() -> FakeTrainingDialogs:
    return FakeTrainingDialogs()


@pytest.fixture
def enter_training(  # noqa: PLR0917 - fixtures
    shell: Any,
    app_flow: Callable[..., Any],
    tmp_path: Path,
    bundled: tuple[dict[str, Any], Any],
    utc_clock: Any,
    training_dialogs: FakeTrainingDialogs,
) -> Iterator[Callable[..., Any]]:
    """``enter()``: the login screen, then "Øvelse (fiktive personer)": the training flow."""
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.ui.training.backend import TrainingBackend
    from screening_app.ui.training.flow import TrainingFlow
    from tests.ui.clinic import TODAY
    from tests.ui.documents.fakes import FakeHooks

    instruments, directory = bundled
    made: list[Any] = []

    def printouts() -> Any:
        from screening_app.services.training.printouts import TrainingPrintouts
        from tests.ui.documents.world import printer

        return TrainingPrintouts(printer())

    def enter(*, folder: Path | None = None, documents: Any = None) -> Any:
        flow = app_flow()
        backend = TrainingBackend(
            folder=folder or tmp_path / "data-training",
            clinic_dir=flow.data_dir,
            clock=utc_clock,
            today=lambda: TODAY,
            instruments=lambda: instruments,
            directory=lambda: directory,
            printouts=printouts,
            documents=documents or (lambda _user, _window: None),
            kdf_params=TEST_PARAMS,
        )
        holder: dict[str, Any] = {}

        def start() -> None:
            training = TrainingFlow(
                window=shell.window,
                language=shell.language,
                clipboard=shell.clipboard,
                icons=shell.icons,
                locker=shell.locker,
                idle=shell.idle,
                backend=backend,
                dialogs=flow.dialogs,
                training_dialogs=training_dialogs.dialogs(),
                hooks=FakeHooks().hooks(),
            )
            training.left.connect(flow.start)
            training.start()
            holder["training"] = training
            made.append(training)

        flow.training_requested.connect(start)
        flow.login_screen.training_button.click()
        training = holder["training"]
        training.app_flow = flow
        return training

    yield enter
    for training in made:
        training.close()
