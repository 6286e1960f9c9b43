"""One case practised in the training database, from its person to its debrief.

``start`` makes the case's fictitious person anew (each run has its own, so runs never mix);
the screens then run the real flow for that person with an engine that keeps this exercise's
journal (``engine``), and report each document opened (``document_opened``). ``finish`` reads
what the record holds for the person (the referrals, the documents made or printed), judges
the run against the case (``debrief``) and keeps it among the runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from screening_app.domain.instrument import Instrument
from screening_app.domain.training.case import TrainingCase
from screening_app.services.consultation import ConsultationEngine, Journal
from screening_app.services.consultation import journal as j
from screening_app.services.consultation.ports import NoteCopies, ScreeningStore
from screening_app.services.person_overview import PersonOverview
from screening_app.services.persons import PersonService
from screening_app.services.session import UserSession
from screening_app.services.training.debrief import (
    Debrief,
    DocumentFact,
    Facts,
    ReferralFact,
    debrief,
)
from screening_app.services.training.runs import Run, TrainingRuns, checked_trainee
from screening_app.services.training.script import person_data


class Exercise:
    def __init__(
        self,
        session: UserSession,
        case: TrainingCase,
        instruments: Mapping[str, Instrument],
        *,
        trainee: str,
        mode: str = "solo",
        clock: Callable[[], dt.datetime],
        today: Callable[[], dt.date],
        service_name: Callable[[str, str], str] = lambda service_id, _lang: service_id,
    ) -> None:
        self.session = session
        self.case = case
        self.instruments = instruments
        self.trainee = checked_trainee(trainee)
        self.mode = mode
        self.clock = clock
        self.today = today
        self.service_name = service_name
        self.journal = Journal(clock=clock)
        self.person_id: int | None = None
        self.started: dt.datetime | None = None
        self.day: dt.date | None = None
        self.run: Run | None = None

    def start(self, lang: str) -> int:
        """The case's person, made anew in the training database: its id."""
        self.day = self.today()
        self.started = self.clock()
        person = PersonService(self.session).create(person_data(self.case, self.day, lang))
        self.person_id = person.id
        return person.id

    def engine(
        self,
        overview: PersonOverview,
        *,
        screenings: ScreeningStore,
        copies: NoteCopies,
        language: Callable[[], str],
        printable: bool,
    ) -> ConsultationEngine:
        """The real engine for the person, keeping this exercise's journal."""
        return ConsultationEngine(
            overview,
            screenings=screenings,
            copies=copies,
            instruments=self.instruments,
            today=self.today,
            language=language,
            printable=printable,
            journal=self.journal,
        )

    def document_opened(self, kind: str, person_id: int, screening_id: int | None) -> None:
        if person_id == self.person_id:
            self.journal.add(j.DocumentOpened(kind, screening_id))

    def facts(self) -> Facts:
        assert self.person_id is not None
        history = PersonService(self.session).history(self.person_id)
        return Facts(
            self.journal.entries,
            referrals=[
                ReferralFact(r.service_id, r.consent, frozenset(r.scope)) for r in history.referrals
            ],
            documents=[DocumentFact(d.kind, d.action) for d in history.documents],
        )

    def finish(self) -> tuple[Debrief, Run]:
        """The debrief, and the run kept among this laptop's runs."""
        assert self.started is not None
        assert self.day is not None
        ended = self.clock()
        result = debrief(
            self.case,
            self.instruments,
            self.facts(),
            day=self.day,
            ended=ended,
            service_name=self.service_name,
        )
        self.run = TrainingRuns(self.session).record(
            trainee=self.trainee,
            mode=self.mode,
            started=self.started,
            ended=ended,
            debrief=result,
            journal=self.journal,
        )
        return result, self.run
