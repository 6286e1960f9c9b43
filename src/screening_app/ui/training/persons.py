"""The real person screens in training: the case's person page, the gate, the questions, the
result and the documents, exactly as in the clinic. Two differences: "home" (the person page's
back button) returns to the training's cases, and each consultation is announced so that the
case panel can follow the question on screen."""

from __future__ import annotations

from PySide6.QtCore import Signal

from screening_app.ui.consultation import Consultation
from screening_app.ui.person_flow import PersonFlow


class TrainingPersonFlow(PersonFlow):
    consultation_started = Signal(object)  # Consultation
    home_requested = Signal()

    def show_home(self) -> None:
        if self.consultation is not None and self.window.restricted:
            return  # self-complete: the person cannot leave the questions
        self.leave_consultation()
        self.home_requested.emit()

    def _consultation(self) -> Consultation:
        consultation = super()._consultation()
        self.consultation_started.emit(consultation)
        return consultation
