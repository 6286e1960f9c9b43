"""The lock screen: shown after quick-hide and after the idle time; it shows nothing about anyone.

The same user unlocks with the password, or after an idle lock with the short PIN (three wrong
PINs and only the password will do until it has been given). "Another user" is a signal: the
login screen takes over from there. Without a logged-in user there is nothing to unlock and the
screen offers only to continue.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.ui.icons import Icons
from screening_app.ui.main_button import MainButton
from screening_app.ui.refusal import CheckRefused

if TYPE_CHECKING:
    from screening_app.ui.ports import PasswordCheck, PinCheck
from screening_app.ui.style import scaled_font

MAX_PIN_TRIES = 3


class UnlockMode(Enum):
    PASSWORD = "password"  # noqa: S105 - a mode name, not a password
    PIN = "pin"
    NO_USER = "no-user"


class LockScreen(QWidget):
    unlocked = Signal()
    another_user_requested = Signal()

    def __init__(self, icons: Icons, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._password_check: PasswordCheck | None = None
        self._pin_check: PinCheck | None = None
        self._pin_tries_left = MAX_PIN_TRIES
        self._allow_pin = False
        self._mode = UnlockMode.NO_USER
        self._busy = False
        self._message_text: Callable[[], str] | None = None  # re-run on a language change

        self._icon = QLabel()
        self._icon.setPixmap(icons.pixmap("lock", 48, self.devicePixelRatioF()))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon.setAccessibleName("")
        self._name = QLabel(APP_NAME)
        self._name.setFont(scaled_font(self.font(), 1.6, bold=True))
        self._name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status = QLabel()
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status.setWordWrap(True)
        self._field_label = QLabel()
        self._field = QLineEdit()
        self._field.setEchoMode(QLineEdit.EchoMode.Password)
        self._field.setObjectName("unlockField")
        self._field_label.setBuddy(self._field)
        self._unlock = QPushButton()
        self._unlock.setObjectName("unlockButton")
        self._unlock.clicked.connect(self.submit)
        self._message = QLabel()
        self._message.setObjectName("unlockMessage")
        self._message.setWordWrap(True)
        self._switch = QPushButton()
        self._switch.setObjectName("switchUnlockMode")
        self._switch.setFlat(True)
        self._switch.clicked.connect(self._toggle_mode)
        self._other_user = QPushButton()
        self._other_user.setObjectName("anotherUserButton")
        self._other_user.clicked.connect(self.another_user_requested)
        self._continue = QPushButton()
        self._continue.setObjectName("continueButton")
        self._continue.clicked.connect(self.unlocked)

        self._lay_out()
        self.keys = MainButton(self, self._continue)  # Return unlocks (or continues)
        self._retranslate()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(32, 24, 32, 24)
        card_layout.setSpacing(10)
        card_layout.addWidget(self._icon)
        card_layout.addWidget(self._name)
        card_layout.addWidget(self._status)
        card_layout.addSpacing(8)
        card_layout.addWidget(self._field_label)
        row = QHBoxLayout()
        row.addWidget(self._field, 1)
        row.addWidget(self._unlock)
        card_layout.addLayout(row)
        card_layout.addWidget(self._message)
        card_layout.addWidget(self._switch, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self._continue)
        card_layout.addSpacing(8)
        card_layout.addWidget(self._other_user, 0, Qt.AlignmentFlag.AlignLeft)
        card.setFixedWidth(420)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()  # stretches, not an alignment: wrapped messages keep their height
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    # ------------------------------------------------------------------ set-up
    def set_checks(self, password_check: PasswordCheck | None, pin_check: PinCheck | None) -> None:
        """The logged-in user's checks (None, None when nobody is logged in)."""
        self._password_check = password_check
        self._pin_check = pin_check if password_check is not None else None
        self._pin_tries_left = MAX_PIN_TRIES

    @property
    def mode(self) -> UnlockMode:
        return self._mode

    @property
    def pin_tries_left(self) -> int:
        return self._pin_tries_left

    def prepare(self, allow_pin: bool) -> None:
        """Reset the screen for a new lock; ``allow_pin`` is False after quick-hide."""
        self._allow_pin = allow_pin
        if self._password_check is None:
            self._mode = UnlockMode.NO_USER
        elif self._pin_usable():
            self._mode = UnlockMode.PIN
        else:
            self._mode = UnlockMode.PASSWORD
        self._field.clear()
        self._set_message(None)
        self._apply_mode()

    def focus_input(self) -> None:
        if self._mode == UnlockMode.NO_USER:
            self._continue.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ unlock
    def submit(self) -> None:
        secret = self._field.text()
        self._field.clear()
        if self._mode == UnlockMode.NO_USER:
            self.unlocked.emit()
            return
        if not secret or self._busy:
            return
        if self._mode == UnlockMode.PIN:
            assert self._pin_check is not None
            self._check_pin(self._pin_check, secret)
        else:
            assert self._password_check is not None
            self._check_password(self._password_check, secret)

    def _checking(self, check: Callable[[str], bool], secret: str) -> bool | None:
        """Run ``check`` (the key derivation takes a moment): meanwhile the button says
        "Unlocking..." and nothing can be typed. None when the check refused (its sentence is
        shown)."""
        self._set_message(None)
        self._set_busy(True)
        try:
            return check(secret)
        except CheckRefused as refused:
            sentence = str(refused)
            self._set_message(lambda: sentence)
            return None
        finally:
            self._set_busy(False)

    def _check_pin(self, check: PinCheck, secret: str) -> None:
        ok = self._checking(check, secret)
        if ok is None:
            return
        if ok:
            self.unlocked.emit()
            return
        self._pin_tries_left -= 1
        if self._pin_tries_left <= 0:
            self._mode = UnlockMode.PASSWORD
            self._apply_mode()
            self._set_message(lambda: self.tr("Too many wrong PINs. Use your password."))
        else:
            left = self._pin_tries_left
            self._set_message(lambda: self.tr("Wrong PIN. %n tries left.", "", left))

    def _check_password(self, check: PasswordCheck, secret: str) -> None:
        ok = self._checking(check, secret)
        if ok is None:
            return
        if ok:
            self._pin_tries_left = MAX_PIN_TRIES
            self.unlocked.emit()
            return
        self._set_message(lambda: self.tr("Wrong password."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self._field, self._unlock, self._switch, self._other_user):
            widget.setEnabled(not busy)
        self._retranslate()
        if not self.isVisible():
            return
        if busy:
            self.repaint()  # painted now: the check holds the event loop until it returns
        else:
            self._field.setFocus(Qt.FocusReason.OtherFocusReason)  # disabling moved it away

    @property
    def busy(self) -> bool:
        return self._busy

    def _pin_usable(self) -> bool:
        return self._allow_pin and self._pin_check is not None and self._pin_tries_left > 0

    def _toggle_mode(self) -> None:
        if self._mode == UnlockMode.PIN:
            self._mode = UnlockMode.PASSWORD
        elif self._pin_usable():
            self._mode = UnlockMode.PIN
        self._field.clear()
        self._set_message(None)
        self._apply_mode()
        self.focus_input()

    def _apply_mode(self) -> None:
        has_user = self._mode != UnlockMode.NO_USER
        for widget in (self._field_label, self._field, self._unlock, self._other_user):
            widget.setVisible(has_user)
        self._continue.setVisible(not has_user)
        self.keys.set_button(self._unlock if has_user else self._continue)
        self._switch.setVisible(has_user and (self._mode == UnlockMode.PIN or self._pin_usable()))
        self._retranslate()

    def _set_message(self, text: Callable[[], str] | None) -> None:
        self._message_text = text
        self._show_message()

    def _show_message(self) -> None:
        if self._message_text is None:
            self._message.clear()
            self._message.hide()
            return
        self._message.setText(self._message_text())
        self._message.show()

    # --------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._mode == UnlockMode.NO_USER:
            self._status.setText(self.tr("The screen is hidden. Nobody is logged in."))
        else:
            self._status.setText(self.tr("The screen is locked."))
        if self._mode == UnlockMode.PIN:
            self._field_label.setText(self.tr("&PIN"))
            self._switch.setText(self.tr("Use my password instead"))
        else:
            self._field_label.setText(self.tr("&Password"))
            self._switch.setText(self.tr("Use my PIN instead"))
        self._field.setAccessibleName(self._field_label.text().replace("&", ""))
        busy = getattr(self, "_busy", False)
        self._unlock.setText(self.tr("Unlocking...") if busy else self.tr("&Unlock"))
        self._other_user.setText(self.tr("Log in as another user"))
        self._continue.setText(self.tr("&Continue"))
        self._show_message()
