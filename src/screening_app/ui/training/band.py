"""What makes training mode unmistakable, and its controls: the coloured band above every screen
(the lock screen too), and the bar in the window's top row.

The band reads "ØVELSE - kun fiktive personer"; while the screen is locked it also says how to
unlock (with the name the trainee started with), since training has no password. The window's
title stays "TrygStart", as in the clinic.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screening_app.ui.style import scaled_font

BAND_STYLE = (
    "#trainingBand { background: #7a1f5c; }"
    " #trainingBand QLabel { color: #ffffff; }"
    " #trainingBandHint { color: #ffe8f5; }"
)


class TrainingBand(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBand")
        self.setStyleSheet(BAND_STYLE)
        self.label = QLabel()
        self.label.setObjectName("trainingBandText")
        self.label.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setObjectName("trainingBandHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(2)
        column.addWidget(self.label)
        column.addWidget(self.hint)
        self._retranslate()

    def set_locked(self, locked: bool) -> None:
        self.hint.setVisible(locked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.label.setText(self.tr("TRAINING - fictitious persons only"))
        self.label.setAccessibleName(self.label.text())
        self.hint.setText(
            self.tr("Training: unlock with the name or course code you started with.")
        )


class TrainingBar(QWidget):
    """The trainee's part of the top row: who is practising, the cases, the trainer's
    overview, "Nulstil øvelse" and leaving training."""

    cases_requested = Signal()
    overview_requested = Signal()
    reset_requested = Signal()
    leave_requested = Signal()

    def __init__(self, trainee: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBar")
        self._trainee = trainee
        self.name = QLabel()
        self.name.setObjectName("trainingTrainee")
        self.cases = QPushButton()
        self.cases.setObjectName("trainingCasesButton")
        self.overview = QPushButton()
        self.overview.setObjectName("trainingOverviewButton")
        self.reset = QPushButton()
        self.reset.setObjectName("trainingResetButton")
        self.leave = QPushButton()
        self.leave.setObjectName("trainingLeaveButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name)
        for button, signal in (
            (self.cases, self.cases_requested),
            (self.overview, self.overview_requested),
            (self.reset, self.reset_requested),
            (self.leave, self.leave_requested),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(signal)
            row.addWidget(button)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.name.setText(self.tr("Practising: {0}").format(self._trainee))
        self.cases.setText(self.tr("Cases"))
        self.overview.setText(self.tr("Trainer's overview"))
        self.reset.setText(self.tr("Reset training"))
        self.leave.setText(self.tr("Leave training"))
