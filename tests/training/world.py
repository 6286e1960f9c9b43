"""A course laptop for the training tests: a training store on cheap keys, the cases, and a
whole scripted run of a case on the real services (the engine with its journal, the referral
recorded through the documents part, the safety plan rendered and recorded)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from screening_app.directory import load_directory
from screening_app.domain.training.case import ExpectedAction
from screening_app.instruments.catalog import load_catalog
from screening_app.letters import SafePerson
from screening_app.paths import resources_dir
from screening_app.services.clinic_settings import ClinicSettings
from screening_app.services.document_requests import ReferralRequest, SafetyPlanRequest
from screening_app.services.documents import DocumentService
from screening_app.services.person_overview import PersonOverviewService
from screening_app.services.record_note_copy import RecordNoteCopies
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.services.training.cases import load_cases
from screening_app.services.training.exercise import Exercise
from screening_app.services.training.runs import Run
from screening_app.services.training.script import play
from screening_app.services.training.store import TrainingStore
from screening_app.storage.kdf import TEST_PARAMS
from tests.storage.helpers import FakeClock
from tests.ui.documents.world import printer

CATALOG = load_catalog()
DIRECTORY = load_directory(resources_dir() / "services")
CASES = load_cases(CATALOG.instruments, DIRECTORY.ids())
TODAY = dt.date(2026, 3, 2)


def store_at(folder: Path, clinic_dir: Path | None, clock: FakeClock) -> TrainingStore:
    return TrainingStore(folder, clinic_dir=clinic_dir, clock=clock, kdf_params=TEST_PARAMS)


class Hands:
    """What the trainee's hands do on the result screen, through the documents part."""

    def __init__(self, exercise: Exercise, docs: DocumentService) -> None:
        self.exercise = exercise
        self.docs = docs

    def open_document(self, kind: str, person_id: int, screening_id: int | None) -> None:
        self.exercise.document_opened(kind, person_id, screening_id)
        if kind == "safety-plan":
            request = SafetyPlanRequest(
                person_chose_to_take_it=True,
                safe_people=(SafePerson("Veninden Maja", "20 00 00 09"),),
            )
            self.docs.safety_plan(person_id, request, "da")

    def refer(self, person_id: int, screening_id: int | None, action: ExpectedAction) -> None:
        route = "declined" if action.consent == "declined" else "consent"
        self.docs.record_referral(
            person_id,
            ReferralRequest(
                service_id=action.services[0] if action.services else "lev-uden-vold",
                route=route,
                scope=frozenset(action.scope) if route == "consent" else frozenset(),
                purpose="Støtte og rådgivning" if route == "consent" else "",
                form="written" if route == "consent" else None,
                screening_id=screening_id,
            ),
        )


def run_case(
    session: UserSession, case_id: str, trainee: str, clock: FakeClock, *, model: bool = True
) -> Run:
    """A whole scripted run of a case in the training database: its person, the real engine
    with the journal, the documents, the debrief, the run kept."""
    case = CASES.get(case_id)
    exercise = Exercise(
        session,
        case,
        CATALOG.instruments,
        trainee=trainee,
        clock=clock,
        today=lambda: TODAY,
    )
    person_id = exercise.start("da")
    screenings = ScreeningService(session, CATALOG.every_version())
    settings = ClinicSettings(session)
    overview = PersonOverviewService(session, CATALOG.instruments, settings, lambda: TODAY)
    engine = exercise.engine(
        overview.overview(person_id),
        screenings=screenings,
        copies=RecordNoteCopies(session),
        language=lambda: "da",
        printable=True,
    )
    docs = DocumentService(
        session,
        screenings=screenings,
        instruments=CATALOG.instruments,
        printer=printer(),
        directory=DIRECTORY,
        letterhead=None,
        training=True,
    )
    clock.advance(minutes=1)
    play(case, engine, TODAY, Hands(exercise, docs) if model else None)
    clock.advance(minutes=2)
    _debrief, run = exercise.finish()
    return run
