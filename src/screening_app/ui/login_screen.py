"""The login screen: user name and password, and one sentence when it fails.

The sentence is the storage's: the same for a wrong password and an unknown user (no user-name
enumeration), and "wait N seconds" after repeated failures (the throttle). The screen shows no
person data and no user list. Logging in takes the key derivation's time (about half a second):
the button is disabled and the screen says so meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
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
from screening_app.ui.main_button import MainButton
from screening_app.ui.style import scaled_font

ERROR_STYLE = "#loginMessage { color: #9b1c1c; font-weight: bold; }"
INFO_STYLE = ""  # plain text: information is not an alarm


class LoginScreen(QWidget):
    login_requested = Signal(str, str)  # user name, password
    training_requested = Signal()  # "Øvelse (fiktive personer)": training mode, no account

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self._message_text = ""
        self._message_is_error = False
        self._name = QLabel(APP_NAME)
        self._name.setFont(scaled_font(self.font(), 1.6, bold=True))
        self._user_label = QLabel()
        self.user = QLineEdit()
        self.user.setObjectName("loginUser")
        self._user_label.setBuddy(self.user)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_label.setBuddy(self.password)
        self.button = QPushButton()
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.training_button = QPushButton()
        self.training_button.setObjectName("trainingButton")
        self.training_button.setAutoDefault(False)
        self.training_button.clicked.connect(self.training_requested)
        self.button.clicked.connect(self.submit)
        self.keys = MainButton(self, self.button)  # Return in a field logs in (or asks on)

        self._lay_out()
        self._retranslate()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("loginCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        name_row = QHBoxLayout()  # centred by stretches: no Qt namespace before the first paint
        name_row.addStretch(1)
        name_row.addWidget(self._name)
        name_row.addStretch(1)
        column.addLayout(name_row)
        form = QFormLayout()
        form.addRow(self._user_label, self.user)
        form.addRow(self._password_label, self.password)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.button)
        card.setFixedWidth(440)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        training_row = QHBoxLayout()
        training_row.addStretch(1)
        training_row.addWidget(self.training_button)
        training_row.addStretch(1)
        outer.addSpacing(16)
        outer.addLayout(training_row)
        outer.addStretch(2)

    def set_training_allowed(self, allowed: bool) -> None:
        """The training button, unless the machine's settings forbid training mode."""
        self.training_button.setVisible(allowed)

    def focus_input(self) -> None:
        target = self.password if self.user.text() else self.user
        target.setFocus()

    def reset(self, message: str = "") -> None:
        """Empty the fields (after logging out, or a change of user); ``message`` is
        information ("You are logged out."), not an error."""
        self.user.clear()
        self.password.clear()
        self.set_busy(False)
        self.show_message(message, error=False)

    def submit(self) -> None:
        user = self.user.text().strip()
        password = self.password.text()
        if not user:
            self.user.setFocus()
            return
        if not password:
            self.password.setFocus()
            return
        self.password.clear()
        self.set_busy(True)
        self.login_requested.emit(user, password)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.user.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self._busy = busy
        self._retranslate()

    def show_message(self, text: str, *, error: bool = True) -> None:
        """One sentence under the fields: an error (bold, dark red) or information."""
        self._message_text = text
        self._message_is_error = error
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        if text:
            self.message.setAccessibleName(text)

    @property
    def message_is_error(self) -> bool:
        return bool(self.message.isVisible() and self._message_is_error)

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.show_message(text)
        self.password.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._user_label.setText(self.tr("&User name"))
        self._password_label.setText(self.tr("&Password"))
        self.user.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        busy = getattr(self, "_busy", False)
        self.button.setText(self.tr("Logging in...") if busy else self.tr("&Log in"))
        self.training_button.setText(self.tr("Training (fictitious persons)"))
