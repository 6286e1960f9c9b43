"""What training mode's screens use, as ``app.py`` wires it (tests pass cheap ones), and the
pieces that put the real person screens on the training database.

- ``TrainingBackend``: the training folder (never the clinic's), the clocks, the instruments,
  the services directory, the documents part in training mode (watermarked), the printouts and
  the folder of extra cases given on the command line.
- ``TrainingUser``: ``LoggedIn`` on the training session, whose consultations keep the case's
  journal (``Exercise.engine``).
- ``JournalingDocuments``: the documents part, telling the exercise which document was opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screening_app.ui.clinic_backend import LoggedIn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from screening_app.domain.instrument import Instrument
    from screening_app.domain.support import Directory
    from screening_app.machine.reader import MachineConfig
    from screening_app.services.consultation import ConsultationEngine
    from screening_app.services.person_overview import PersonOverview
    from screening_app.services.session import UserSession
    from screening_app.services.training.exercise import Exercise
    from screening_app.services.training.printouts import TrainingPrintouts
    from screening_app.services.training.store import TrainingStore
    from screening_app.ui.ports import DocumentActions


def _no_documents(_user: LoggedIn, _window: QWidget) -> DocumentActions | None:
    return None


@dataclass
class TrainingBackend:
    folder: Path
    clinic_dir: Path | None
    clock: Callable[[], dt.datetime]
    today: Callable[[], dt.date]
    instruments: Callable[[], Mapping[str, Instrument]]
    directory: Callable[[], Directory | None]
    printouts: Callable[[], TrainingPrintouts]
    documents: Callable[[LoggedIn, QWidget], DocumentActions | None] = _no_documents
    extra_cases: Path | None = None  # --training-cases DIR
    machine: MachineConfig | None = None
    kdf_params: Any = None  # tests: cheap Argon2 parameters
    _store: TrainingStore | None = field(default=None, repr=False)

    def store(self) -> TrainingStore:
        if self._store is None:
            from screening_app.services.training.store import TRAINING_PARAMS, TrainingStore

            self._store = TrainingStore(
                self.folder,
                clinic_dir=self.clinic_dir,
                clock=self.clock,
                kdf_params=self.kdf_params or TRAINING_PARAMS,
            )
        return self._store


class TrainingUser(LoggedIn):
    """The training session's use cases; a consultation keeps the current exercise's journal."""

    def __init__(
        self,
        session: UserSession,
        instruments: Mapping[str, Instrument],
        today: Callable[[], dt.date],
        exercise: Callable[[], Exercise | None],
        *,
        machine: MachineConfig | None = None,
    ) -> None:
        super().__init__(session, instruments, today, machine=machine)
        self._exercise = exercise

    def consultation(
        self, overview: PersonOverview, *, language: Callable[[], str], printable: bool
    ) -> ConsultationEngine:
        exercise = self._exercise()
        if exercise is None:
            return super().consultation(overview, language=language, printable=printable)
        return exercise.engine(
            overview,
            screenings=self.screenings,
            copies=self.copies,
            language=language,
            printable=printable,
        )


class JournalingDocuments:
    """``DocumentActions`` that first tells the exercise which document was opened."""

    def __init__(
        self, inner: DocumentActions, opened: Callable[[str, int, int | None], None]
    ) -> None:
        self._inner = inner
        self._opened = opened

    def open(self, kind: str, person_id: int, screening_id: int | None = None) -> object:
        self._opened(kind, person_id, screening_id)
        return self._inner.open(kind, person_id, screening_id)
