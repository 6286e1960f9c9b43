"""Parts of the gate: the rows that record how the consultation happens (its form: in person,
phone, video; who else is present; the interpreter), and the rows of the points to tick.

Each is a row of radio buttons or check boxes with a visible label and an accessible name; the
rows only report what was chosen (``changed``), and ``domain.pathway.Gate`` decides what it
means. No interpreter is chosen at first: the clinician picks one (one click), so the record
never claims "no interpreter" by default. A family member or friend is one of the choices, and
choosing it stops the gate.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from screening_app.domain.presence import (
    CONSULTATION_FORMS,
    INTERPRETERS,
    PRESENT,
    ConsultationForm,
    Interpreter,
    Present,
)


class PointText(QLabel):
    """A gate point's words beside its check box; a click on them ticks the box too."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        box = self.buddy()
        if isinstance(box, QCheckBox):
            box.toggle()
            box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


def wrapping(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def point_row(point: str, box: QCheckBox, text: QLabel) -> QWidget:
    """A point's check box with its words beside it (the words are the box's buddy)."""
    row = QWidget()
    row.setObjectName(f"gateRow-{point}")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(text, 1)
    text.setBuddy(box)
    return row


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _row_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CircumstancesRows(QObject):
    """Three rows, each a widget the gate places: the consultation's form (``form_row``), who
    else is present (``present_row``), the interpreter (``interpreter_row``)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form_label = _row_label("formLabel")
        self.present_label = _row_label("presentLabel")
        self.interpreter_label = _row_label("interpreterLabel")
        self.forms: dict[ConsultationForm, QRadioButton] = {}
        self._form_group = QButtonGroup(self)
        for form in CONSULTATION_FORMS:
            button = QRadioButton()
            button.setObjectName(f"form-{form}")
            self._form_group.addButton(button)
            self.forms[form] = button
        self.forms["in-person"].setChecked(True)
        self.present: dict[Present, QCheckBox] = {}
        for who in PRESENT:
            box = QCheckBox()
            box.setObjectName(f"present-{who}")
            self.present[who] = box
        self.interpreters: dict[Interpreter, QRadioButton] = {}
        self._interpreter_group = QButtonGroup(self)
        for kind in INTERPRETERS:
            button = QRadioButton()
            button.setObjectName(f"interpreter-{kind}")
            self._interpreter_group.addButton(button)
            self.interpreters[kind] = button
        for button in (*self.forms.values(), *self.interpreters.values()):
            button.toggled.connect(self._changed)
        for box in self.present.values():
            box.toggled.connect(self._changed)
        self.form_row = _row("formRow", self.form_label, list(self.forms.values()), 0)
        self.present_row = _row("presentRow", self.present_label, list(self.present.values()), 3)
        self.interpreter_row = _row(
            "interpreterRow", self.interpreter_label, list(self.interpreters.values()), 3
        )

    def buttons(self) -> list[QAbstractButton]:
        """Every button, in the order the rows show them (for the tab order)."""
        return [*self.forms.values(), *self.present.values(), *self.interpreters.values()]

    def _changed(self, _checked: bool = False) -> None:
        self.changed.emit()

    # ----------------------------------------------------------------- chosen
    def form(self) -> ConsultationForm:
        for form, button in self.forms.items():
            if button.isChecked():
                return form
        return "in-person"

    def chosen_present(self) -> tuple[Present, ...]:
        return tuple(who for who, box in self.present.items() if box.isChecked())

    def interpreter(self) -> Interpreter | None:
        for kind, button in self.interpreters.items():
            if button.isChecked():
                return kind
        return None

    # ------------------------------------------------------------------ words
    def set_texts(
        self,
        *,
        labels: tuple[str, str, str],
        forms: dict[str, str],
        present: dict[str, str],
        interpreters: dict[str, str],
    ) -> None:
        """The translated words (the gate screen owns them; this widget only shows them)."""
        for label, text in zip(
            (self.form_label, self.present_label, self.interpreter_label), labels, strict=True
        ):
            label.setText(text)
        for group, words, heading in (
            (self.forms, forms, labels[0]),
            (self.present, present, labels[1]),
            (self.interpreters, interpreters, labels[2]),
        ):
            for code, button in cast(dict[str, QAbstractButton], group).items():
                button.setText(words[code])
                plain = words[code].replace("&&", "\0").replace("&", "").replace("\0", "&")
                button.setAccessibleName(f"{heading.rstrip(':')}: {plain}")


def _row(name: str, label: QLabel, buttons: list[QAbstractButton], wrap: int) -> QWidget:
    row = QWidget()
    row.setObjectName(name)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label.setMinimumWidth(160)
    layout.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(_flow(buttons, wrap), 1)
    return row


def _flow(buttons: list[QAbstractButton], wrap: int = 0) -> QGridLayout | QHBoxLayout:
    """Buttons side by side (in rows of ``wrap`` when given)."""
    if not wrap:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row
    grid = QGridLayout()
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // wrap, index % wrap)
    grid.setColumnStretch(wrap, 1)
    return grid
