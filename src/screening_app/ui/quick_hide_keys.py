"""The quick-hide keys: F12, or Shift pressed three times within a second.

Installed on the application (``QApplication.installEventFilter``), so the keys work on every
screen and in every dialog, modal or not, whatever widget has the focus. F12 is consumed; Shift
is not (it is part of typing), and any other key in between starts the count again, so typing
capital letters never hides the screen (the GOV.UK "Exit this page" pattern counts the same way).

A key press reaches the application's filter once per object it is offered to (the window, the
focus widget, then each parent while nobody accepts it). Only the deliveries from the platform
are *spontaneous* (to the window, then to the focus widget), and only the one to a widget is
counted; F12 is taken at its first delivery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from screening_app.ui.ports import Monotonic

SHIFT_PRESSES = 3
SHIFT_WINDOW_S = 1.0


class QuickHideKeys(QObject):
    triggered = Signal()

    def __init__(
        self,
        clock: Monotonic,
        presses: int = SHIFT_PRESSES,
        window_s: float = SHIFT_WINDOW_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._presses = presses
        self._window_s = window_s
        self._shift_times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Most events are not input and not spontaneous: leave them at the cheapest test.
        if not event.spontaneous() or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # (the Qt namespace costs the first window 12 ms)

        key = event.key()
        if key == Qt.Key.Key_F12:
            if not event.isAutoRepeat():
                self._shift_times.clear()
                self.triggered.emit()
            return True
        if not isinstance(watched, QWidget):
            return False
        if key != Qt.Key.Key_Shift:
            self._shift_times.clear()
            return False
        if event.isAutoRepeat():
            return False
        now = self._clock()
        self._shift_times = [t for t in self._shift_times if now - t <= self._window_s]
        self._shift_times.append(now)
        if len(self._shift_times) >= self._presses:
            self._shift_times.clear()
            self.triggered.emit()
        return False
