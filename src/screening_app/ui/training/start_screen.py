"""Training's first screen: the trainee's name or a course code, nothing else (no account)."""

from __future__ import annotations

from pathlib import Path

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

from screening_app.ui.style import scaled_font


class TrainingStartScreen(QWidget):
    start_requested = Signal(str)  # the name or course code
    back_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStart")
        self._folder = folder
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("trainingFolder")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._name_label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("trainingName")
        self.name.setMaxLength(100)
        self._name_label.setBuddy(self.name)
        self.message = QLabel()
        self.message.setObjectName("trainingStartMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#trainingStartMessage { color: #9b1c1c; font-weight: bold; }")
        self.message.hide()
        self.start = QPushButton()
        self.start.setObjectName("trainingStartButton")
        self.start.setDefault(True)
        self.back = QPushButton()
        self.back.setObjectName("trainingBackButton")
        self.back.setAutoDefault(False)
        self.name.returnPressed.connect(self.submit)
        self.start.clicked.connect(self.submit)
        self.back.clicked.connect(self.back_requested)
        self._lay_out()
        self._retranslate()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("trainingStartCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(card)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        form = QFormLayout()
        form.addRow(self._name_label, self.name)
        column.addLayout(form)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        column.addLayout(buttons)
        column.addWidget(self.where)
        card.setFixedWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def focus_input(self) -> None:
        self.name.setFocus()

    def submit(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.show_message(self.tr("Write your name or the course code."))
            self.name.setFocus()
            return
        self.show_message("")
        self.start_requested.emit(name)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Training with fictitious persons"))
        self.intro.setText(
            self.tr(
                "Practise TrygStart on made-up cases: the gate, the questions, the result, the "
                "documents and a debrief afterwards. Nothing here is real, and the clinic's "
                "data cannot be opened from here. No account is needed: write your name or the "
                "course code your trainer gave you."
            )
        )
        self._name_label.setText(self.tr("&Name or course code"))
        self.name.setAccessibleName(self.tr("Name or course code"))
        self.start.setText(self.tr("&Start training"))
        self.back.setText(self.tr("&Back"))
        self.where.setText(
            self.tr("The training data is kept encrypted in: {0}").format(self._folder)
        )
