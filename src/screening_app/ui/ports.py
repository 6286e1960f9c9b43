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


class AnswerSink(Protocol):
    """Takes every answer as it is given, checks it against its item and stores it before
    returning the answer as stored (None: cleared). The consultation engine is the one the
    application gives (``ConsultationEngine.answer``).

    Raises ``AnswerError`` for an answer the item cannot take (the runner says why beside the
    question), and any other error when it cannot be stored: then nothing changed, and the
    runner takes the answer back on screen and says it was not saved, so what the clinician
    sees is what is stored.
    """

    def answer(self, link_id: str, value: object) -> GivenAnswer | None: ...


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
Monotonic = Callable[[], float]


# ------------------------------------------------------------------ the consultation
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

    ``open`` opens the dialog for a kind (the instrument format's document kinds, and
    "print-completed" for a finished screening's printout) window-modal (``open()``, no nested
    event loop, so quick-hide closes it with every other window) and returns it, or None when it
    could not open. ``edit_directory()`` (administrators, from the settings screen) is optional.
    """

    def open(self, kind: str, person_id: int, screening_id: int | None = None) -> object: ...


__all__ = [
    "AnswerSink",
    "CheckRefused",
    "DocumentActions",
    "Monotonic",
    "PasswordCheck",
    "PinCheck",
    "ServiceInfo",
    "ServiceLookup",
    "Timer",
    "TimerFactory",
]
