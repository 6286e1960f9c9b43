"""A small clinic for the document tests: a session on cheap keys, a person, a finished positive
screening, the directory, the printer and ``DocumentService`` over all of it."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from screening_app.directory import load_directory
from screening_app.domain.instrument import Instrument
from screening_app.domain.support import Address, Directory
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import DocumentPrinter, Letterhead
from screening_app.paths import resources_dir
from screening_app.services.documents import DocumentService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.records import PersonData, Screening

DATA = Path(__file__).resolve().parent / "data"
PERSON_NAME = "Małgorzata Ærø-Żółkiewska"
SAFE_PHONE = "20 00 00 02"
SAFE_TIMES = "Hverdage kl. 9-12"
LETTERHEAD = Letterhead(
    clinic_name="Jordemodercenter Nordby",
    department="Svangreambulatoriet",
    address=("Hospitalsvej 4", "9999 Nordby"),
    phone="70 00 00 01",
)
# Positive, with a danger flag and own violence; safe to go home (a copy may be given).
ANSWERS = {"q1": "yes", "q2": "yes", "own": "yes", "home": "no"}
_PRINTER: list[DocumentPrinter] = []


def printer() -> DocumentPrinter:
    """One printer per test process (registering the fonts is the slow part)."""
    if not _PRINTER:
        _PRINTER.append(DocumentPrinter.from_fonts_dir(resources_dir() / "fonts"))
    return _PRINTER[0]


def documents_instrument() -> Instrument:
    return load_instrument(DATA / "documents-test.yaml")


def directory() -> Directory:
    """The bundled directory with the municipality and the family outpatient clinic (a
    treating service) filled in, as a clinic would."""
    bundled = load_directory(resources_dir() / "services")
    town = bundled.get("municipality")
    filled = town.model_copy(
        update={
            "address": Address(lines=["Rådhustorvet 1", "9999 Nordby"]),
            "unconfirmed": [],
        }
    )
    clinic = bundled.get("family-clinic").model_copy(
        update={
            "address": Address(lines=["Familieambulatoriet", "Hospitalsvej 9", "9999 Nordby"]),
            "unconfirmed": [],
            "provides_treatment": True,
        }
    )
    return Directory.merge(list(bundled), [filled, clinic])


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def all_text(pdf: bytes) -> str:
    return " ".join(" ".join(page_texts(pdf)).split())


class World:
    def __init__(
        self,
        session: UserSession,
        *,
        letters_home: bool | None = False,
        answers: dict[str, str] | None = None,
    ) -> None:
        self.session = session
        self.instrument = documents_instrument()
        self.persons = PersonService(session)
        self.screenings = ScreeningService(session, [self.instrument])
        self.directory = directory()
        self.docs = DocumentService(
            session,
            screenings=self.screenings,
            instruments={self.instrument.id: self.instrument},
            printer=printer(),
            directory=self.directory,
            letterhead=LETTERHEAD,
        )
        self.person = self.persons.create(
            PersonData(
                name=PERSON_NAME,
                role="pregnant-woman",
                cpr="0101900000",
                child_birth_date=dt.date(2026, 7, 1),
                child_birth_date_kind="expected",
                safe_phone=SAFE_PHONE,
                safe_times=SAFE_TIMES,
                may_leave_messages=False,
                may_send_letters_home=letters_home,
            )
        )
        self.screening = self.screen(answers or ANSWERS)

    def screen(self, answers: dict[str, str]) -> Screening:
        """A finished screening of the person with these answers."""
        draft = self.screenings.start(self.person.id, "test-documents", "da")
        for link_id, value in answers.items():
            self.screenings.answer(draft.screening.id, link_id, value)
        return self.screenings.finalise(draft.screening.id)

    @property
    def person_id(self) -> int:
        return self.person.id

    @property
    def screening_id(self) -> int:
        return self.screening.id

    def audit(self) -> list[tuple[str, str, int | None, str | None]]:
        return [
            (e.action, e.outcome, e.person_id, e.criterion)
            for e in self.session.database.audit_entries()
        ]

    def documents(self) -> list[tuple[str, str, int | None]]:
        history = self.persons.history(self.person_id)
        return [(d.kind, d.action, d.referral_id) for d in history.documents]
