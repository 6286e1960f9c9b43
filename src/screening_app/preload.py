"""Start-up work done beside the first window: values made once, by whichever thread asks first.

The login window must take typing as soon as it is painted, so what the first login needs (the
machine settings checked, the accounts' cryptography, the instruments read and checked) is made
in a worker thread meanwhile (``Preload``). Nothing in it touches Qt. A value (``Once``) is made
by the first thread that asks for it, under its lock: the worker, or the user who pressed Enter
before the worker was done, who then waits for it (and only then). A value whose making failed
is not kept: the next one to ask makes it again (and sees the error).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """``make()``'s value, made at the first call and kept (thread-safe)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._made = False
        self._value: T | None = None

    def __call__(self) -> T:
        with self._lock:
            if not self._made:
                self._value = self._make()
                self._made = True
        return self._value  # type: ignore[return-value]

    @property
    def made(self) -> bool:
        return self._made


class Preload:
    """Runs the start-up steps, in order, in one worker thread (a daemon: quitting during the
    start-up does not wait for it). A step that returns False ends the run (the start-up
    stopped); one that raises is reported to ``on_error`` and the next runs (the login asks
    for that value again, and shows what went wrong). ``checked`` is set once the first step
    (the checks the login depends on) has run, ``finished`` once all have."""

    def __init__(
        self, steps: Sequence[Callable[[], object]], on_error: Callable[[Exception], None]
    ) -> None:
        self._steps = list(steps)
        self._on_error = on_error
        self.checked = threading.Event()
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._run, name="trygstart-preload", daemon=True)

    def start(self) -> Preload:
        self.thread.start()
        return self

    def _run(self) -> None:
        try:
            for number, step in enumerate(self._steps):
                try:
                    go_on = step() is not False
                except Exception as error:  # noqa: BLE001 - reported; the login asks again
                    self._on_error(error)
                    go_on = True
                if number == 0:
                    self.checked.set()
                if not go_on:
                    return
        finally:
            self.checked.set()
            self.finished.set()
