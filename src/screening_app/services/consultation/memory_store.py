"""A ``ScreeningStore`` kept in memory, for walking every path of an instrument through the
consultation engine in seconds (the encrypted store is exercised by the scenario tests), and for
rehearsing a training case without writing anything (``validate`` plays each case here).

It keeps the rules the engine relies on: only a draft takes answers, a finalised screening is
frozen, an amendment is a new draft version with the answers copied.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

from screening_app.domain.answers import GivenAnswer, answer_json
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.override import BandOverride
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import CompiledInstrument, Session
from screening_app.services.person_overview import PersonOverview
from screening_app.services.screenings import Draft, FollowUp, result_snapshot
from screening_app.storage.errors import StorageError
from screening_app.storage.records import (
    Person,
    PersonData,
    PersonHistory,
    Screening,
    StoredAnswer,
)

NOW = "2026-03-02T10:00:00+00:00"


class MemoryStore:
    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self.compiled = {i.id: CompiledInstrument.build(i) for i in instruments}
        self.screenings: dict[int, Screening] = {}
        self.answers: dict[int, dict[str, Any]] = {}
        self.writes = 0
        # Drafts another workstation holds (who, until), as a clinic server would refuse them.
        self.held_elsewhere: dict[int, tuple[str, str]] = {}

    def _new(self, **fields: Any) -> Screening:
        screening_id = len(self.screenings) + 1
        base: dict[str, Any] = {
            "id": screening_id,
            "contact_id": None,
            "clinician_id": 1,
            "version": 1,
            "amends_id": None,
            "amend_reason": None,
            "gate": "asked",
            "not_asked_reason": None,
            "next_ask_date": None,
            "instrument_id": None,
            "instrument_version": None,
            "language": None,
            "translation_version": None,
            "context": {},
            "status": "draft",
            "started_at": NOW,
            "finalised_at": None,
            "result": None,
            "band_id": None,
            "band_colour": None,
            "override_band_id": None,
            "override_reason": None,
        }
        base.update(fields)
        screening = Screening(**base)
        self.screenings[screening_id] = screening
        self.answers[screening_id] = {}
        self.writes += 1
        return screening

    def _draft(self, screening: Screening) -> Draft:
        compiled = self.compiled[screening.instrument_id or ""]
        context = Context.model_validate(screening.context)
        session = Session(compiled, screening.language or "", context)
        session.restore(self.answers[screening.id])
        stored = {k: StoredAnswer(v, NOW) for k, v in self.answers[screening.id].items()}
        return Draft(dataclasses.replace(screening, answers=stored), session)

    def start(
        self,
        person_id: int,
        instrument_id: str,
        language: str,
        *,
        context: Context | None = None,
        circumstances: Circumstances | None = None,  # noqa: ARG002 - the protocol's
    ) -> Draft:
        instrument = self.compiled[instrument_id].instrument
        screening = self._new(
            person_id=person_id,
            instrument_id=instrument_id,
            instrument_version=instrument.version,
            language=language,
            context=(context or Context()).model_dump(by_alias=True),
        )
        return self._draft(screening)

    def record_not_asked(
        self,
        person_id: int,
        reason: str,
        *,
        next_ask_date: dt.date | None = None,
        context: Context | None = None,  # noqa: ARG002 - the protocol's
        circumstances: Circumstances | None = None,  # noqa: ARG002 - the protocol's
    ) -> Screening:
        return self._new(
            person_id=person_id,
            gate="not-asked",
            not_asked_reason=reason,
            next_ask_date=next_ask_date,
            status="finalised",
            finalised_at=NOW,
        )

    def open(self, screening_id: int, *, hold: bool = False, take_over: bool = False) -> Draft:
        screening = self.screenings[screening_id]
        if hold and screening.status == "draft" and screening_id in self.held_elsewhere:
            if not take_over:
                who, until = self.held_elsewhere[screening_id]
                raise StorageError("screening-in-use", who=who, until=until)
            del self.held_elsewhere[screening_id]
        return self._draft(screening)

    def record_answer(self, screening_id: int, link_id: str, value: GivenAnswer | None) -> None:
        if self.screenings[screening_id].status != "draft":
            raise StorageError("finalised")
        if value is None:
            self.answers[screening_id].pop(link_id, None)
        else:
            self.answers[screening_id][link_id] = answer_json(value)
        self.writes += 1

    def finalise(
        self,
        screening_id: int,
        *,
        next_ask_date: dt.date | None = None,
        override: BandOverride | None = None,
        follow_up: FollowUp | None = None,  # noqa: ARG002 - the protocol's
    ) -> Screening:
        screening = self.screenings[screening_id]
        if screening.status != "draft":
            raise StorageError("finalised")
        result = self._draft(screening).session.result()
        final = dataclasses.replace(
            screening,
            status="finalised",
            finalised_at=NOW,
            result=result_snapshot(result),
            band_id=None if result.band is None else result.band.id,
            band_colour=None if result.band is None else result.band.colour,
            next_ask_date=next_ask_date,
            override_band_id=None if override is None else override.band_id,
            override_reason=None if override is None else override.reason,
        )
        self.screenings[screening_id] = final
        self.writes += 1
        return final

    def amend(self, screening_id: int, reason: str) -> Draft:
        old = self.screenings[screening_id]
        new = self._new(
            person_id=old.person_id,
            instrument_id=old.instrument_id,
            instrument_version=old.instrument_version,
            language=old.language,
            context=old.context,
            amends_id=old.id,
            amend_reason=reason,
            version=old.version + 1,
        )
        self.answers[new.id] = dict(self.answers[screening_id])
        return self._draft(new)


class NoCopies:
    def __init__(self) -> None:
        self.copied_ids: list[int] = []

    def copied(self, screening_id: int) -> None:
        self.copied_ids.append(screening_id)


def person(role: str = "pregnant-woman", **data: Any) -> Person:
    return person_from(PersonData(name="Mette Hansen", role=role, **data))


def person_from(data: PersonData) -> Person:
    """A person record (id 1) holding ``data``."""
    return Person(id=1, data=data, created_at=NOW, updated_at=NOW, last_entry_at=NOW)


def overview_of(record: Person) -> PersonOverview:
    """The person's page at a glance, for a person with no history yet."""
    history = PersonHistory(record, [], [], [], [], [], [])
    return PersonOverview(
        history=history, events=(), next_ask=None, planned_next=None, schedule_is_default=True
    )
