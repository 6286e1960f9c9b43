"""The end of self-complete mode: thank the person, and let the clinician take the screen back.

Only the clinician's password leaves self-complete mode (from the end of the questionnaire, or
in the middle when the person wants to stop). "Back to the questions" keeps the person in
self-complete mode. The password check takes a moment (the key derivation): meanwhile the
button says so and nothing can be typed or pressed twice.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from screening_app.ui.i18n import Words
from screening_app.ui.ports import CheckRefused, PasswordCheck
from screening_app.ui.runner import words
from screening_app.ui.style import scaled_font


class HandBackPage(QWidget):
    accepted = Signal()  # the clinician's password was given
    resume = Signal()  # back to the questions, still in self-complete mode

    def __init__(self, password_check: PasswordCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handBackPage")
        self._check = password_check
        self._words: Words | None = None
        self._finished = False
        self._wrong = False
        self._refused = ""
        self._busy = False
        self._thanks = QLabel()
        self._thanks.setObjectName("thanks")
        self._thanks.setFont(scaled_font(self.font(), 1.4, bold=True))
        self._thanks.setWordWrap(True)
        self._instruction = QLabel()
        self._instruction.setObjectName("handBackInstruction")
        self._instruction.setWordWrap(True)
        self._password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("clinicianPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password_label.setBuddy(self.password)
        self.password.returnPressed.connect(self.submit)
        self._ok = QPushButton()
        self._ok.setObjectName("clinicianPasswordOk")
        self._ok.setAutoDefault(True)
        self._ok.clicked.connect(self.submit)
        self._message = QLabel()
        self._message.setObjectName("handBackMessage")
        self._message.setWordWrap(True)
        self._resume = QPushButton()
        self._resume.setObjectName("resumeQuestions")
        self._resume.setAutoDefault(True)
        self._resume.clicked.connect(self.resume)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self._thanks)
        layout.addWidget(self._instruction)
        layout.addSpacing(24)
        layout.addWidget(self._password_label)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self._ok)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._message)
        layout.addSpacing(24)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self._resume)
        resume_row.addStretch(1)
        layout.addLayout(resume_row)
        layout.addStretch(1)

    def prepare(self, words_: Words, finished: bool) -> None:
        """``finished``: the person answered everything (else they want to stop)."""
        self._words = words_
        self._finished = finished
        self._wrong = False
        self._refused = ""
        self.password.clear()
        self._retranslate()

    @property
    def finished(self) -> bool:
        return self._finished

    def focus_content(self) -> None:
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.password, self._ok, self._resume):
            widget.setEnabled(not busy)
        self._retranslate()
        if not self.isVisible():
            return
        if busy:
            self.repaint()  # painted now: the check holds the event loop until it returns
        else:
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)  # disabling moved it away

    def submit(self) -> None:
        secret = self.password.text()
        self.password.clear()
        if not secret or self._busy:
            return
        self._set_busy(True)
        try:
            ok = self._check(secret)
        except CheckRefused as refused:
            self._refused = str(refused)
            self._wrong = False
            self._set_busy(False)
            return
        self._set_busy(False)
        self._refused = ""
        self._wrong = not ok
        self._retranslate()
        if ok:
            self.accepted.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        w = self._words
        if w is None:
            return
        self._thanks.setText(w(words.CONTEXT, words.THANK_YOU))
        self._thanks.setVisible(self._finished)
        self._instruction.setText(w(words.CONTEXT, words.HAND_BACK))
        self._resume.setText(w(words.CONTEXT, words.BACK_TO_QUESTIONS))
        # The rest is for the clinician, in the UI language.
        self._password_label.setText(self.tr("&Health professional's password"))
        self.password.setAccessibleName(self.tr("Health professional's password"))
        self._ok.setText(self.tr("Checking...") if self._busy else self.tr("&OK"))
        message = self.tr("Wrong password.") if self._wrong else self._refused
        self._message.setText(message)
        self._message.setVisible(bool(message))
