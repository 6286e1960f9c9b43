"""The consultation's screenings kept in the encrypted database, through the use cases.

``StorageRecorder`` is the ``ScreeningRecorder`` the application gives a consultation: one per
person, with the context the person's record gives and how the consultation happens (the
gate's form, presence and interpreter, recorded with every screening it starts; a resumed
consultation takes them from the screening it resumes). Each answer is one
``ScreeningService.answer`` call (one transaction, one audit entry) through ``StorageSink``; a
failure raises, and the runner takes the answer back on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from screening_app.domain.answers import GivenAnswer
from screening_app.domain.context import Context
from screening_app.domain.presence import Circumstances
from screening_app.services.how_asked import circumstances_of
from screening_app.services.record_note_copy import RecordNoteCopies
from screening_app.services.screenings import BandOverride, Draft, FollowUp, ScreeningService
from screening_app.ui.ports import OpenedScreening


class StorageSink:
    """The runner's AnswerSink: every answer committed before the next item is shown."""

    def __init__(self, screenings: ScreeningService, screening_id: int) -> None:
        self._screenings = screenings
        self._screening_id = screening_id

    def answer_given(self, link_id: str, value: GivenAnswer | None) -> None:
        self._screenings.answer(self._screening_id, link_id, value)


def opened(draft: Draft) -> OpenedScreening:
    screening = draft.screening
    return OpenedScreening(
        screening_id=screening.id,
        session=draft.session,
        finalised=screening.status == "finalised",
        resume_at=draft.resume_at,
        version=screening.version,
        override_band_id=screening.override_band_id,
        override_reason=screening.override_reason,
        next_ask_date=screening.next_ask_date,
    )


class StorageRecorder:
    def __init__(
        self,
        screenings: ScreeningService,
        copies: RecordNoteCopies,
        *,
        person_id: int,
        context: Context,
        next_ask_default: Callable[[], dt.date | None] = lambda: None,
        circumstances: Circumstances | None = None,
    ) -> None:
        self._screenings = screenings
        self._copies = copies
        self._person_id = person_id
        self._context = context
        self._next_ask_default = next_ask_default
        self.circumstances = circumstances

    @property
    def person_id(self) -> int:
        return self._person_id

    def start(self, instrument_id: str, language: str) -> OpenedScreening:
        draft = self._screenings.start(
            self._person_id,
            instrument_id,
            language,
            context=self._context,
            circumstances=self.circumstances,
        )
        return opened(draft)

    def open(self, screening_id: int) -> OpenedScreening:
        draft = self._screenings.open(screening_id)
        if self.circumstances is None:
            self.circumstances = circumstances_of(draft.screening)
        return opened(draft)

    def sink(self, screening_id: int) -> StorageSink:
        return StorageSink(self._screenings, screening_id)

    def finalise(
        self,
        screening_id: int,
        *,
        override_band_id: str | None,
        override_reason: str | None,
        next_ask_date: dt.date | None,
        follow_up: FollowUp | None = None,
    ) -> None:
        override = None
        if override_band_id is not None:
            override = BandOverride(override_band_id, override_reason or "")
        self._screenings.finalise(
            screening_id, next_ask_date=next_ask_date, override=override, follow_up=follow_up
        )

    def amend(self, screening_id: int, reason: str) -> OpenedScreening:
        return opened(self._screenings.amend(screening_id, reason))

    def note_copied(self, screening_id: int) -> None:
        self._copies.copied(screening_id)

    def next_ask_default(self) -> dt.date | None:
        return self._next_ask_default()
