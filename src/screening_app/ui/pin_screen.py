"""A short PIN for coming back after the idle lock (offered after login when there is none).

The PIN only lets the same user back in while TrygStart still holds the database key in memory
(three wrong PINs, a quick-hide or a log-out, and the password is needed). The format (4-8
digits) is the storage's rule; its sentence is shown when it is broken.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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

from screening_app.ui.main_button import MainButton
from screening_app.ui.style import scaled_font


class PinScreen(QWidget):
    pin_chosen = Signal(str)
    skipped = Signal()

    def __init__(self, *, has_pin: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinScreen")
        self._has_pin = has_pin
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self._heading.setWordWrap(True)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.pin = QLineEdit()
        self.pin.setObjectName("newPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPin")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setMaxLength(8)
        self._pin_label = QLabel()
        self._pin_label.setBuddy(self.pin)
        self._repeat_label = QLabel()
        self._repeat_label.setBuddy(self.repeat)
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#pinMessage { color: #9b1c1c; font-weight: bold; }")
        self.message.hide()
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePin")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipPin")
        self.skip_button.clicked.connect(self.skipped)
        # Return saves (or goes on to the empty field); Escape is "not now" / "cancel".
        self.keys = MainButton(self, self.save_button, cancel=self.skipped.emit)
        self._lay_out()
        self._retranslate()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        card.setFixedWidth(560)  # a fixed width lets the wrapped text take the height it needs
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 24, 32, 24)
        column.addWidget(self._heading)
        column.addWidget(self._text)
        form = QFormLayout()
        form.addRow(self._pin_label, self.pin)
        form.addRow(self._repeat_label, self.repeat)
        column.addLayout(form)
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()  # stretches, not an alignment: the wrapped text keeps its height
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def focus_input(self) -> None:
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        pin = self.pin.text()
        for field in (self.pin, self.repeat):
            if not field.text():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if pin != self.repeat.text():
            self.show_message(self.tr("The two PINs are not the same."))
            return
        self.pin.clear()
        self.repeat.clear()
        self.pin_chosen.emit(pin)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.focus_input()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._has_pin:
            self._heading.setText(self.tr("Change your PIN"))
        else:
            self._heading.setText(self.tr("Choose a PIN for the idle lock?"))
        self._text.setText(
            self.tr(
                "When the screen locks after a while without use, you can come back with a "
                "short PIN (4 to 8 digits) instead of your password. After three wrong PINs, "
                "after hiding the screen and after logging out, the password is needed."
            )
        )
        self._pin_label.setText(self.tr("&PIN"))
        self._repeat_label.setText(self.tr("&Repeat the PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        self.save_button.setText(self.tr("&Save the PIN"))
        self.skip_button.setText(self.tr("Not &now") if not self._has_pin else self.tr("Cancel"))
