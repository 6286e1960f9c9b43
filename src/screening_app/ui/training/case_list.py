"""The cases to practise: the list, the chosen case's summary and goals, and the two ways to
practise it (alone with the person's scripted answers shown, or in a group of three with the
printed cards; either way the trainee playing the clinician runs the real flow)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.training.case import TrainingCase
from screening_app.ui.style import scaled_font


class CaseListScreen(QWidget):
    solo_requested = Signal(str)  # case id
    role_play_requested = Signal(str)  # case id: run the flow in a group of three
    cards_requested = Signal(str)  # case id: print the role-play cards

    def __init__(
        self,
        cases: Sequence[TrainingCase],
        language: Callable[[], str],
        problems: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingCases")
        self._cases = {case.id: case for case in cases}
        self._lang = language
        self._problems = list(problems)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("caseList")
        self.list.setWordWrap(True)
        self.list.setStyleSheet(
            "#caseList::item { padding: 6px 4px; border-bottom: 1px solid #d8d8d8; }"
        )
        for case in cases:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.list.addItem(item)
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("caseDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problems = QLabel()
        self.problems.setObjectName("caseProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setVisible(bool(self._problems))
        self.solo = QPushButton()
        self.solo.setObjectName("soloButton")
        self.solo.setDefault(True)
        self.role_play = QPushButton()
        self.role_play.setObjectName("rolePlayButton")
        self.cards = QPushButton()
        self.cards.setObjectName("cardsButton")
        self.solo.clicked.connect(lambda: self._emit(self.solo_requested))
        self.role_play.clicked.connect(lambda: self._emit(self.role_play_requested))
        self.cards.clicked.connect(lambda: self._emit(self.cards_requested))
        self.list.currentItemChanged.connect(lambda *_: self._show_case())
        self.list.itemActivated.connect(lambda *_: self._emit(self.solo_requested))
        self._lay_out()
        self._retranslate()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _lay_out(self) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.title)
        column.addWidget(self.details, 1)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.solo)
        buttons.addWidget(self.role_play)
        buttons.addWidget(self.cards)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.heading)
        outer.addLayout(row, 1)
        outer.addWidget(self.problems)

    def focus_input(self) -> None:
        self.list.setFocus()

    def current_case(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, case_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == case_id:
                self.list.setCurrentRow(row)

    def _emit(self, signal: SignalInstance) -> None:
        case_id = self.current_case()
        if case_id is not None:
            signal.emit(case_id)

    def _show_case(self) -> None:
        case_id = self.current_case()
        case = self._cases.get(case_id or "")
        lang = self._lang()
        if case is None:
            self.title.clear()
            self.details.clear()
            return
        self.title.setText(case.title.get(lang))
        goals = "\n".join(f"•  {goal.get(lang)}" for goal in case.learning_goals)
        self.details.setText(
            "\n\n".join(
                (
                    case.summary.get(lang),
                    f"{case.person.name}: {case.person.description.get(lang)}",
                    self.tr("What you practise:") + "\n" + goals,
                )
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = self._lang()
        self.heading.setText(self.tr("Choose a case"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            case = self._cases[str(item.data(Qt.ItemDataRole.UserRole))]
            item.setText(f"{case.title.get(lang)}\n{case.person.description.get(lang)}")
        self.solo.setText(self.tr("Practise &alone"))
        self.role_play.setText(self.tr("&Role-play in three"))
        self.cards.setText(self.tr("Print the role-play &cards..."))
        self.problems.setText(
            self.tr("These case files could not be used:") + "\n" + "\n".join(self._problems)
        )
        self._show_case()
