"""Return presses a screen's main button, Escape cancels: what a dialog does, for the screens in
the main window.

Qt gives default buttons to dialogs only; a screen in the main window gets the same behaviour
from ``MainButton``: Return or Enter that no control has used (a line edit passes it on, a text
box keeps it for a new line, a list opens its row) presses the focused push button if there is
one, else the screen's main button (when it is shown and enabled). The main button is drawn as
the default button. Escape calls ``cancel`` when one is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


class MainButton(QObject):
    def __init__(
        self,
        screen: QWidget,
        button: QPushButton | None = None,
        *,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._button: QPushButton | None = None
        self._cancel = cancel
        self.set_button(button)
        screen.installEventFilter(self)

    @property
    def button(self) -> QPushButton | None:
        return self._button

    def set_button(self, button: QPushButton | None) -> None:
        """The button Return presses from now on (None: Return presses nothing)."""
        if self._button is not None and self._button is not button:
            self._button.setDefault(False)
        self._button = button
        if button is not None:
            button.setDefault(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self._screen or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        # Here, not at import: the login screen has one, and the namespace is slow to load.
        from PySide6.QtCore import Qt

        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._press()
        if event.key() == Qt.Key.Key_Escape and self._cancel is not None:
            self._cancel()
            return True
        return False

    def _press(self) -> bool:
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and self._screen.isAncestorOf(focus):
            target: QPushButton | None = focus  # as in a dialog: the focused button
        else:
            target = self._button
        if target is None or not target.isVisible() or not target.isEnabled():
            return False
        target.click()
        return True
