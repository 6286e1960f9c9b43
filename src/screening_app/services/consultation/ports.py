"""What the engine needs from the record: the screening use cases, as a protocol.

``services.screenings.ScreeningService`` (the encrypted database, one audited transaction per
call) is the one the application gives; tests may give a store kept in memory, to walk every
path of an instrument through the engine in seconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from screening_app.domain.answers import GivenAnswer
from screening_app.domain.context import Context
from screening_app.domain.override import BandOverride
from screening_app.domain.presence import Circumstances
from screening_app.services.screenings import Draft, FollowUp
from screening_app.storage.records import Screening


class ScreeningStore(Protocol):
    """Every call stores before it returns, and raises when it cannot."""

    def start(
        self,
        person_id: int,
        instrument_id: str,
        language: str,
        *,
        context: Context | None = None,
        circumstances: Circumstances | None = None,
    ) -> Draft: ...

    def record_not_asked(
        self,
        person_id: int,
        reason: str,
        *,
        next_ask_date: dt.date | None = None,
        context: Context | None = None,
        circumstances: Circumstances | None = None,
    ) -> Screening: ...

    def open(self, screening_id: int, *, hold: bool = False, take_over: bool = False) -> Draft:
        """``hold``: a draft opened to be answered on this workstation (refused while another
        holds it, unless ``take_over``)."""

    def record_answer(self, screening_id: int, link_id: str, value: GivenAnswer | None) -> None: ...

    def finalise(
        self,
        screening_id: int,
        *,
        next_ask_date: dt.date | None = None,
        override: BandOverride | None = None,
        follow_up: FollowUp | None = None,
    ) -> Screening: ...

    def amend(self, screening_id: int, reason: str) -> Draft: ...


class NoteCopies(Protocol):
    """The note for the record left through the clipboard (one audit entry)."""

    def copied(self, screening_id: int) -> None: ...
