"""What the screens need from the rest of the application, as small protocols.

The screens never reach for storage, the clock or the login themselves: ``app.py`` passes in
objects that satisfy these protocols (the services and storage implement them), and tests pass
simple fakes. Nothing here imports Qt, so the services can implement them without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the domain (pydantic) is not needed to show the first window
    from screening_app.domain.answers import AnswerValue


class AnswerSink(Protocol):
    """Receives every answer as it is given, and stores it before returning.

    ``value`` is the answer as the engine normalised it (``Session.answer``'s return value);
    ``None`` means the answer was cleared. The runner calls this once per change (not for an
    unchanged answer given again). If the answer cannot be stored, raise: the runner then takes
    the answer back on screen and says it was not saved, so what the clinician sees is what is
    stored.
    """

    def answer_given(self, link_id: str, value: AnswerValue | None) -> None: ...


class PasswordCheck(Protocol):
    """True when ``password`` is the logged-in clinician's password (for unlocking, and for
    leaving self-complete mode). Slowing down repeated failures is the checker's job."""

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
