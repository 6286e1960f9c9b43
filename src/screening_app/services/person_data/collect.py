"""Everything the clinic holds about one person, read in one audited operation.

Her details, contacts, every record (asked or not) with the questions and answers as they were
asked (in the language asked, from the instrument version used), the result, referrals (what
was shared with whom, on which basis), papers handed over, notifications, notes, tasks, her
requests, and the access-log entries that name her. A link to a co-parent is mentioned, never
who it is: that is the other person's data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument, is_question
from screening_app.domain.session import CompiledInstrument, Session
from screening_app.letters.instrument_words import value_text
from screening_app.storage.audit import AuditEntry
from screening_app.storage.data_requests import DataRequest
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.records import (
    Contact,
    DocumentEvent,
    Note,
    Person,
    Referral,
    Screening,
    Task,
)


@dataclass(frozen=True)
class AnsweredQuestion:
    link_id: str
    text: str  # as asked, in the screening's language
    answer: str | None  # as the person saw it; None: not answered
    declined: bool = False


@dataclass(frozen=True)
class RecordCopy:
    screening: Screening
    title: str  # the instrument's title in the language asked ("" when not asked)
    band: str | None  # the result's title in the language asked
    flags: tuple[str, ...]
    questions: tuple[AnsweredQuestion, ...]
    session: Session | None  # the rebuilt session (for FHIR); None when not asked


@dataclass(frozen=True)
class PersonCopy:
    person: Person
    contacts: tuple[Contact, ...]
    records: tuple[RecordCopy, ...]
    referrals: tuple[Referral, ...]
    documents: tuple[DocumentEvent, ...]
    notes: tuple[Note, ...]
    tasks: tuple[Task, ...]
    requests: tuple[DataRequest, ...]
    access: tuple[AuditEntry, ...]
    staff: dict[int | str, str]  # user id and user name -> display name
    co_parent_linked: bool
    made_at: str


class Instruments:
    """Every instrument version the clinic has (current and archived), compiled on demand."""

    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self._by_key = {(i.id, i.version): i for i in instruments}
        self._compiled: dict[tuple[str, str], CompiledInstrument] = {}

    def compiled(self, instrument_id: str, version: str) -> CompiledInstrument | None:
        key = (instrument_id, version)
        if key not in self._compiled:
            instrument = self._by_key.get(key)
            if instrument is None:
                return None
            self._compiled[key] = CompiledInstrument.build(instrument)
        return self._compiled[key]


def collect(work: Work, person_id: int, instruments: Instruments) -> PersonCopy:
    person = work.persons.get(person_id)
    if person is None:
        raise StorageError("no-such-record")
    staff: dict[int | str, str] = {}
    for user in work.users.all():
        staff[user.id] = user.display_name
        staff[user.username] = user.display_name
    return PersonCopy(
        person=person,
        contacts=tuple(work.persons.contacts(person_id)),
        records=tuple(_record(s, instruments) for s in work.screenings.for_person(person_id)),
        referrals=tuple(work.referrals.for_person(person_id)),
        documents=tuple(work.referrals.documents(person_id)),
        notes=tuple(work.followup.notes(person_id)),
        tasks=tuple(work.followup.tasks(person_id)),
        requests=tuple(work.requests.for_person(person_id)),
        access=tuple(work.audit_trail.about(person_id)),
        staff=staff,
        co_parent_linked=bool(work.persons.links(person_id)),
        made_at=work.now,
    )


def _record(screening: Screening, instruments: Instruments) -> RecordCopy:
    if screening.gate != "asked" or screening.instrument_id is None:
        return RecordCopy(screening, "", None, (), (), None)
    compiled = instruments.compiled(screening.instrument_id, screening.instrument_version or "")
    lang = screening.language or "da"
    if compiled is None:  # an instrument no longer installed: the stored answers as codes
        questions = tuple(
            AnsweredQuestion(link, link, str(stored.value))
            for link, stored in sorted(screening.answers.items())
        )
        return RecordCopy(
            screening, screening.instrument_id, screening.band_id, (), questions, None
        )
    instrument = compiled.instrument
    session = Session(compiled, lang, Context.model_validate(screening.context))
    session.restore({link: stored.value for link, stored in screening.answers.items()})
    asked: list[AnsweredQuestion] = []
    for item in session.visible_items():
        if not is_question(item):
            continue
        declined = session.is_declined(item.link_id)
        value = session.answers.get(item.link_id)
        answer = None if value is None else value_text(item, value, lang, lang)
        asked.append(AnsweredQuestion(item.link_id, item.text.get(lang), answer, declined))
    band_id = screening.override_band_id or screening.band_id
    band = None
    flags: tuple[str, ...] = ()
    if instrument.outcome is not None and band_id is not None:
        band = next(
            (b.title.get(lang) for b in instrument.outcome.bands if b.id == band_id), band_id
        )
    if screening.result is not None:
        known = {flag.id: flag.title.get(lang) for flag in instrument.flags}
        flags = tuple(known.get(f, f) for f in screening.result.get("flags") or [])
    return RecordCopy(screening, instrument.title.get(lang), band, flags, tuple(asked), session)
