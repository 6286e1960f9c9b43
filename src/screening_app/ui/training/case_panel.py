"""The case on screen while it is practised: under the band, above the real screens.

Alone, it shows the scene, what the person (or the room) says at the gate, and the person's
scripted answer to the question now on screen; the trainee gives that answer in the real
questionnaire. In role-play it shows only the case (the person answers from their card). "End
and see the feedback" ends the case and shows the debrief. It is hidden while the screen is
locked, with everything else but the band.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PANEL_STYLE = (
    "#casePanel { background: #fbeef6; border-bottom: 1px solid #7a1f5c; }"
    " #casePanel QLabel { color: #1a1a1a; }"
    " #personSays { font-weight: bold; }"
)


class CasePanel(QFrame):
    finish_requested = Signal()
    cards_requested = Signal()

    def __init__(
        self, title: str, scene: str, gate: str, *, solo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casePanel")
        self.setStyleSheet(PANEL_STYLE)
        self._solo = solo
        self.title = QLabel(title)
        self.title.setObjectName("casePanelTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.mode = QLabel()
        self.scene = QLabel(scene)
        self.scene.setObjectName("caseScene")
        self.scene.setWordWrap(True)
        self.scene.setTextFormat(Qt.TextFormat.PlainText)
        self._gate = gate
        self.says = QLabel()
        self.says.setObjectName("personSays")
        self.says.setWordWrap(True)
        self.says.setTextFormat(Qt.TextFormat.PlainText)
        self.cards = QPushButton()
        self.cards.setObjectName("panelCardsButton")
        self.cards.setAutoDefault(False)
        self.cards.clicked.connect(self.cards_requested)
        self.finish = QPushButton()
        self.finish.setObjectName("finishCaseButton")
        self.finish.setAutoDefault(False)
        self.finish.clicked.connect(self.finish_requested)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.mode)
        top.addStretch(1)
        top.addWidget(self.cards)
        top.addWidget(self.finish)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(3)
        column.addLayout(top)
        column.addWidget(self.scene)
        column.addWidget(self.says)
        self.says.setVisible(solo)
        self._answer: str | None = None
        self._retranslate()

    def show_answer(self, text: str | None) -> None:
        """The person's scripted answer to the question on screen (None: no question, and the
        gate's line shows)."""
        self._answer = text
        self.says.setVisible(self._solo)
        self._retranslate()

    def show_result(self) -> None:
        """At a result the trainee decides alone: no line from the script."""
        self._answer = None
        self.says.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.mode.setText(self.tr("(alone)") if self._solo else self.tr("(role-play)"))
        self.cards.setText(self.tr("Role-play cards..."))
        self.finish.setText(self.tr("&End and see the feedback"))
        if self._answer is None:
            self.says.setText(self.tr("At the gate: {0}").format(self._gate))
        else:
            self.says.setText(self.tr("The person answers: {0}").format(self._answer))
        self.says.setAccessibleName(self.says.text())


class TrainingTop(QWidget):
    """The band and, while a case is practised, its panel (hidden while locked)."""

    def __init__(self, band: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingTop")
        self.band = band
        self.panel: CasePanel | None = None
        self._locked = False
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(band)

    def set_panel(self, panel: CasePanel | None) -> None:
        if self.panel is not None:
            self._column.removeWidget(self.panel)
            self.panel.hide()
            self.panel.setParent(None)
            self.panel.deleteLater()
        self.panel = panel
        if panel is not None:
            self._column.addWidget(panel)
            panel.setVisible(not self._locked)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        set_band = getattr(self.band, "set_locked", None)
        if callable(set_band):
            set_band(locked)
        if self.panel is not None:
            self.panel.setVisible(not locked)
