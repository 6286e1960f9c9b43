"""The Qt implementation of the ``Timer`` port (tests use a fake they fire by hand)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class QtTimer:
    """A single-shot ``QTimer`` behind the ``Timer`` protocol."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(callback)

    def start(self, msec: int) -> None:
        self._timer.start(max(0, msec))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


def qt_timer(callback: Callable[[], None]) -> QtTimer:
    """The application's ``TimerFactory``."""
    return QtTimer(callback)
