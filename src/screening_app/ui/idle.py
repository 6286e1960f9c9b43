"""Noticing that nobody has used the application for a while.

Installed on the application as an event filter, it notes the time of every key, mouse, wheel
and touch input (one clock read, no timer restart per event). A one-shot timer runs out at the
earliest moment the application could have been idle long enough; it then compares the clock
with the last input and either reports ``idle`` or waits for the rest of the time.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal

if TYPE_CHECKING:
    from screening_app.ui.ports import Monotonic, TimerFactory

DEFAULT_IDLE_MINUTES = 5

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        clock: Monotonic,
        timer_factory: TimerFactory,
        timeout_s: float = DEFAULT_IDLE_MINUTES * 60,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if timeout_s <= 0:
            raise ValueError("the idle timeout must be positive")
        self._clock = clock
        self._timeout_s = timeout_s
        self._timer = timer_factory(self._check)
        self._last_input = clock()
        self._running = False

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    def set_timeout(self, timeout_s: float) -> None:
        if timeout_s <= 0:
            raise ValueError("the idle timeout must be positive")
        self._timeout_s = timeout_s
        if self._running:
            self._check()

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Start (or restart) watching, counting from now."""
        self._running = True
        self._last_input = self._clock()
        self._timer.start(_msec(self._timeout_s))

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def seconds_left(self) -> float:
        return self._timeout_s - (self._clock() - self._last_input)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Input from the platform is spontaneous; testing that first keeps the cost per event
        # (paints, layouts, timers...) to one cheap call.
        if event.spontaneous() and self._running and event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def _check(self) -> None:
        if not self._running:
            return
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(_msec(left))


def _msec(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))
