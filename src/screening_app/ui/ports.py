"""What the screens need from the rest of the application, as small protocols.

The screens never reach for storage, the clock or the login themselves: ``app.py`` passes in
objects that satisfy these protocols (the services and storage implement them), and tests pass
simple fakes. Nothing here imports Qt, so the services can implement them without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from screening_app.ui.refusal import CheckRefused

if TYPE_CHECKING:  # the domain (pydantic) is not needed to show the first window
    from screening_app.domain.answers import GivenAnswer
    from screening_app.domain.session import Session
    from screening_app.services.screenings import FollowUp


class AnswerSink(Protocol):
    """Receives every answer as it is given, and stores it before returning.

    ``value`` is the answer as the engine normalised it (``Session.answer``'s return value,
    ``DECLINED`` for "Ønsker ikke at svare"); ``None`` means the answer was cleared. The runner
    calls this once per change (not for an unchanged answer given again). If the answer cannot
    be stored, raise: the runner then takes the answer back on screen and says it was not saved,
    so what the clinician sees is what is stored.
    """

    def answer_given(self, link_id: str, value: GivenAnswer | None) -> None: ...


class PasswordCheck(Protocol):
    """True when ``password`` is the logged-in clinician's password (for unlocking, and for
    leaving self-complete mode). Slowing down repeated failures is the checker's job: it
    raises ``CheckRefused`` with the sentence to show when the user must wait."""

    def __call__(self, password: str) -> bool: ...


class PinCheck(Protocol):
    """True when ``pin`` is the logged-in clinician's short PIN (unlocking after idle only)."""

    def __call__(self, pin: str) -> bool: ...


class Timer(Protocol):
    """A one-shot timer: calls its callback once, ``msec`` after the last ``start``."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


# Makes a one-shot timer that calls the given callback when it runs out.
TimerFactory = Callable[[Callable[[], None]], Timer]

# Seconds on a monotonic clock (time.monotonic in the application, a fake in tests).
Clock = Callable[[], float]


# ------------------------------------------------------------------ the consultation
@dataclass(frozen=True)
class OpenedScreening:
    """A screening the consultation shows: a new or resumed draft, or a finalised one."""

    screening_id: int
    session: Session
    finalised: bool
    resume_at: str | None = None  # the first shown question without an answer
    version: int = 1
    override_band_id: str | None = None  # a finalised screening's override, with its reason
    override_reason: str | None = None
    next_ask_date: dt.date | None = None  # planned when it was finalised


class ScreeningRecorder(Protocol):
    """Where one person's screenings are kept (the encrypted database in the application).

    Every method stores before it returns, and raises when it cannot (the screens show the
    error's one sentence and keep what they showed). ``sink`` gives the AnswerSink the runner
    hands every answer to (one commit per answer).
    """

    def start(self, instrument_id: str, language: str) -> OpenedScreening: ...

    def open(self, screening_id: int) -> OpenedScreening: ...

    def sink(self, screening_id: int) -> AnswerSink: ...

    def finalise(
        self,
        screening_id: int,
        *,
        override_band_id: str | None,
        override_reason: str | None,
        next_ask_date: dt.date | None,
        follow_up: FollowUp | None = None,
    ) -> None: ...

    def amend(self, screening_id: int, reason: str) -> OpenedScreening: ...

    def note_copied(self, screening_id: int) -> None: ...

    def next_ask_default(self) -> dt.date | None:
        """When to ask again if the person is asked today (the schedule's next point)."""
        ...


@dataclass(frozen=True)
class ServiceInfo:
    """A support service as the result screen names it (from the services directory)."""

    name: str
    phone: str | None
    verified: dt.date | None  # None: nobody has checked the entry yet


# A service id -> its name, phone and verified date (None for an id the directory lacks).
ServiceLookup = Callable[[str], "ServiceInfo | None"]


class DocumentActions(Protocol):
    """The documents part (referral with consent, printed documents, the notification): the
    result screen and the person's page show a button for each only when this is given.

    Each method opens its dialog window-modal (``open()``, no nested event loop, so quick-hide
    closes it with every other window) and returns it, or None when it could not open.
    Optional extras, used when the object has them: ``print_completed(screening_id)`` (a
    "Print..." button on a finalised result) and ``edit_directory()`` (administrators, from the
    settings screen).
    """

    def refer(self, person_id: int, screening_id: int | None = None) -> object: ...

    def resource_card(self, person_id: int, screening_id: int | None = None) -> object: ...

    def safety_plan(self, person_id: int, screening_id: int | None = None) -> object: ...

    def notification(self, person_id: int, screening_id: int | None = None) -> object: ...


__all__ = [
    "AnswerSink",
    "CheckRefused",
    "Clock",
    "DocumentActions",
    "OpenedScreening",
    "PasswordCheck",
    "PinCheck",
    "ScreeningRecorder",
    "ServiceInfo",
    "ServiceLookup",
    "Timer",
    "TimerFactory",
]
