"""The debrief on screen: point by point, met or missed, what the trainee did, the case's reason
and its source in the clinical ground, the common mistake that goes with it; the time per step.
A list of points, not a grade. It can be printed (watermarked)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.services.training.debrief import Debrief, PointResult
from screening_app.services.training.words import duration
from screening_app.ui.style import scaled_font

MET = "✓"
MISSED = "✗"


def _label(text: str, name: str = "", *, bold: bool = False, small: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    font = label.font()
    if bold:
        font.setBold(True)
    if small:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class DebriefScreen(QWidget):
    print_requested = Signal()
    again_requested = Signal()
    cases_requested = Signal()

    def __init__(
        self,
        debrief: Debrief,
        trainee: str,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debriefScreen")
        self.debrief = debrief
        self._trainee = trainee
        self._lang = language
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.summary = QLabel()
        self.summary.setObjectName("debriefSummary")
        self.summary.setWordWrap(True)
        self.points_area = QScrollArea()
        self.points_area.setWidgetResizable(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printDebriefButton")
        self.again = QPushButton()
        self.again.setObjectName("againButton")
        self.back = QPushButton()
        self.back.setObjectName("backToCasesButton")
        self.back.setDefault(True)
        self.print_button.clicked.connect(self.print_requested)
        self.again.clicked.connect(self.again_requested)
        self.back.clicked.connect(self.cases_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.summary)
        column.addWidget(self.points_area, 1)
        column.addLayout(buttons)
        self._retranslate()

    def focus_input(self) -> None:
        self.back.setFocus()

    def point_widgets(self) -> list[QWidget]:
        inner = self.points_area.widget()
        return [] if inner is None else inner.findChildren(QFrame, "debriefPoint")

    def _point(self, point: PointResult, lang: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("debriefPoint")
        frame.setProperty("met", point.met)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        mark = _label(MET if point.met else MISSED, "pointMark", bold=True)
        mark.setStyleSheet(f"color: {'#17663a' if point.met else '#9b1c1c'};")
        mark.setAccessibleName(self.tr("Met") if point.met else self.tr("Missed"))
        body = QVBoxLayout()
        body.setSpacing(2)
        body.addWidget(_label(point.title[lang], "pointTitle", bold=True))
        body.addWidget(_label(point.found[lang], "pointFound"))
        body.addWidget(_label(self.tr("Why: {0}").format(point.why[lang]), "pointWhy", small=True))
        body.addWidget(
            _label(self.tr("Source: {0}").format(point.source[lang]), "pointSource", small=True)
        )
        for mistake in point.mistakes:
            body.addWidget(
                _label(
                    self.tr("Common mistake: {0}").format(mistake[lang]),
                    "pointMistake",
                    small=True,
                )
            )
        row = QHBoxLayout(frame)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(body, 1)
        return frame

    def _fill(self) -> None:
        lang = self._lang()
        inner = QWidget()
        column = QVBoxLayout(inner)
        for point in self.debrief.points:
            column.addWidget(self._point(point, lang))
        if self.debrief.steps:
            column.addWidget(_label(self.tr("Time per step"), "timesHeading", bold=True))
            grid = QGridLayout()
            for row, step in enumerate(self.debrief.steps):
                grid.addWidget(_label(step.name[lang]), row, 0)
                grid.addWidget(_label(duration(step.seconds, lang), "stepTime"), row, 1)
            grid.setColumnStretch(2, 1)
            column.addLayout(grid)
        if self.debrief.other_mistakes:
            column.addWidget(_label(self.tr("Common mistakes in this case"), bold=True))
            for mistake in self.debrief.other_mistakes:
                column.addWidget(_label(f"•  {mistake[lang]}"))
        column.addStretch(1)
        self.points_area.setWidget(inner)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = self._lang()
        self.heading.setText(self.tr("Feedback: {0}").format(self.debrief.case_title[lang]))
        self.summary.setText(
            self.tr(
                "{0}: {1} of {2} points met. The feedback is the list of points, not a grade."
            ).format(self._trainee, len(self.debrief.met), len(self.debrief.points))
        )
        self.print_button.setText(self.tr("&Print the feedback..."))
        self.again.setText(self.tr("Try the case &again"))
        self.back.setText(self.tr("Back to the &cases"))
        self._fill()
