"""Two parts of a person's page: the other parent of the child, and open follow-up tasks.

The other parent: their name and role and the days they were asked alone (never what they
answered or what was found), a prompt when this parent has been asked and the other not yet
("Den anden forælder er ikke spurgt alene endnu"), and buttons to open their page, remove the
link, or link the other parent when none is linked. Follow-up tasks: each open task with its
date and the screening it came from, and a button that marks it done. The panels only show and
ask; ``services`` decide and record (one audited operation each).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screening_app.domain.pathway import CoParentStatus
from screening_app.services.person_overview import CoParent
from screening_app.services.records import Task
from screening_app.ui.dates import date_text
from screening_app.ui.persons.words import role_word, task_word
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"


def _label(object_name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class CoParentPanel(QFrame):
    link_requested = Signal()
    unlink_requested = Signal(int)  # the other parent's id
    open_requested = Signal(int)  # the other parent's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coParentPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._co_parent: CoParent | None = None
        self._status: CoParentStatus | None = None
        self.heading = _label("coParentHeading")
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.text = _label("coParentText")
        self.prompt = _label("coParentPrompt")
        self.prompt.setStyleSheet("#coParentPrompt { color: #7a4b00; font-weight: bold; }")
        self.link_button = QPushButton()
        self.link_button.setObjectName("linkCoParent")
        self.link_button.clicked.connect(self.link_requested)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCoParent")
        self.open_button.clicked.connect(self._open)
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("unlinkCoParent")
        self.unlink_button.clicked.connect(self._unlink)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._retranslate()

    def set_co_parent(self, co_parent: CoParent | None, status: CoParentStatus | None) -> None:
        self._co_parent = co_parent
        self._status = status
        self._retranslate()

    def _open(self) -> None:
        if self._co_parent is not None:
            self.open_requested.emit(self._co_parent.person_id)

    def _unlink(self) -> None:
        if self._co_parent is not None:
            self.unlink_requested.emit(self._co_parent.person_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        other = self._co_parent
        self.heading.setText(self.tr("The child's other parent"))
        self.link_button.setText(self.tr("Link the ot&her parent..."))
        self.open_button.setText(self.tr("Open their page"))
        self.unlink_button.setText(self.tr("Remove the link"))
        self.link_button.setVisible(other is None)
        self.open_button.setVisible(other is not None)
        self.unlink_button.setVisible(other is not None)
        if other is None:
            self.text.setText(
                self.tr(
                    "Not linked. Link the other parent to see whether each has been asked "
                    "alone; neither page shows the other's answers."
                )
            )
        waiting = self._status is not None and self._status.other_not_asked_yet
        if other is not None:
            text = f"{other.name} ({role_word(other.role)})"
            if other.asked_on:
                days = ", ".join(date_text(day) for day in other.asked_on)
                text += " · " + self.tr("asked alone on {0}").format(days)
            elif not waiting:  # the prompt below says it otherwise
                text += " · " + self.tr("not asked alone yet")
            self.text.setText(text)
        self.prompt.setText(
            f"{WARNING_SIGN} " + self.tr("The other parent has not been asked alone yet.")
            if waiting
            else ""
        )
        self.prompt.setVisible(waiting)
        self.setAccessibleName(self.heading.text())


class TasksPanel(QFrame):
    done_requested = Signal(int)  # task id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._tasks: tuple[Task, ...] = ()
        self._dates: dict[int, str] = {}
        self.heading = _label("tasksHeading")
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows)
        layout.addStretch(1)
        self.done_buttons: dict[int, QPushButton] = {}
        self._retranslate()

    def set_tasks(self, tasks: Sequence[Task], screening_dates: dict[int, str]) -> None:
        """The open tasks, and the date of the screening each came from (by screening id)."""
        self._tasks = tuple(tasks)
        self._dates = dict(screening_dates)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("To do"))
        _clear(self._rows)
        self.done_buttons = {}
        for task in self._tasks:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            parts = [f"{task_word(task.kind)}: {date_text(task.due_date)}"]
            came_from = self._dates.get(task.screening_id or -1)
            if came_from:
                parts.append(self.tr("after the asking on {0}").format(came_from))
            if task.text:
                parts.append(task.text)
            text = " · ".join(parts)
            line.addWidget(_label("taskText", text), 1)
            button = QPushButton(self.tr("Mark as done"))
            button.setObjectName(f"taskDone-{task.id}")
            button.setAccessibleName(self.tr("Mark as done: {0}").format(text))
            button.clicked.connect(lambda _=False, i=task.id: self.done_requested.emit(i))
            line.addWidget(button)
            self.done_buttons[task.id] = button
            self._rows.addWidget(row)
        self.setVisible(bool(self._tasks))
