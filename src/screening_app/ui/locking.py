"""Locking: quick-hide and the idle lock, and unlocking again.

Locking does, in this order: close every other top-level window (dialogs, print previews, menus,
tooltips), take our note off the clipboard, swap the window to the lock screen, stop the idle
timer. Quick-hide and the idle lock differ only in how the screen may be unlocked: after
quick-hide only the password; after the idle time the PIN as well. Quick-hide while locked
after idle removes the PIN option.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from screening_app.ui.clipboard import ClipboardGuard
from screening_app.ui.idle import IdleWatcher
from screening_app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from screening_app.ui.ports import PasswordCheck, PinCheck


class LockReason(Enum):
    QUICK_HIDE = "quick-hide"
    IDLE = "idle"


def close_other_windows(keep: QWidget) -> None:
    """Close every visible top-level widget except ``keep``: dialogs are rejected."""
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        next_popup = QApplication.activePopupWidget()
        if next_popup is popup:
            popup.hide()
            break
        popup = next_popup
    QToolTip.hideText()
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        if widget.isVisible():
            widget.close()
        if widget.isVisible():
            widget.hide()


class Locker(QObject):
    locked = Signal(object)  # LockReason
    unlocked = Signal()

    def __init__(
        self,
        window: MainWindow,
        clipboard: ClipboardGuard,
        idle: IdleWatcher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clipboard = clipboard
        self._idle = idle
        self._reason: LockReason | None = None
        self._focus_before: QWidget | None = None
        self._password_check: PasswordCheck | None = None
        self._pin_check: PinCheck | None = None
        window.unlocked.connect(self._unlock)
        window.quick_hide_requested.connect(self.quick_hide)
        if idle is not None:
            idle.idle.connect(self.idle_lock)

    @property
    def reason(self) -> LockReason | None:
        """Why the screen is locked now, or None when it is not."""
        return self._reason

    def set_user(self, password_check: PasswordCheck | None, pin_check: PinCheck | None) -> None:
        """Who may unlock: the logged-in user's checks, or (None, None) for nobody."""
        self._password_check = password_check
        self._pin_check = pin_check
        if self._reason is not None:
            self._window.lock_screen.set_checks(password_check, pin_check)

    def quick_hide(self) -> None:
        self.lock(LockReason.QUICK_HIDE)

    def idle_lock(self) -> None:
        self.lock(LockReason.IDLE)

    def lock(self, reason: LockReason) -> None:
        window = self._window
        close_other_windows(window)
        self._clipboard.clear_if_ours()
        if self._reason is None:
            focus = QApplication.focusWidget()
            self._focus_before = focus if focus is not None and window.isAncestorOf(focus) else None
            self._reason = reason
            window.lock_screen.set_checks(self._password_check, self._pin_check)
            window.show_lock()
            window.lock_screen.prepare(allow_pin=reason == LockReason.IDLE)
        elif reason == LockReason.QUICK_HIDE and self._reason == LockReason.IDLE:
            self._reason = reason
            window.lock_screen.prepare(allow_pin=False)
        if window.isMinimized():
            window.showNormal()
        window.activateWindow()
        window.lock_screen.focus_input()
        if self._idle is not None:
            self._idle.stop()
        self.locked.emit(reason)

    def release(self) -> None:
        """Back to the shell without unlocking anyone: after a log-out from the lock screen,
        when the next user logs in (the idle timer is started again at login)."""
        self._reason = None
        self._focus_before = None
        self._window.show_shell()

    def _unlock(self) -> None:
        if self._reason is None:
            return
        self._reason = None
        self._window.show_shell()
        focus = self._focus_before
        self._focus_before = None
        from PySide6.QtCore import Qt

        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._window.quick_hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._idle is not None:
            self._idle.start()
        self.unlocked.emit()
