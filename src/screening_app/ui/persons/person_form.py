"""Register a person, or correct what is recorded about them.

Name and role are needed; the rest may be unknown. The CPR number's format and date are
checked (``domain.cpr``) and a failed modulus-11 check is only a warning, since numbers issued
since 2007 may fail it; a CPR number fills in the birth date. Pregnancy or the child's birth is
one date with its kind (expected / born). Safe contact details say how the person may be
reached without risk: a safe phone, safe times, whether messages may be left and whether letters
may go home ("not asked" is kept apart from "no").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.cpr import CprError, format_cpr, parse_cpr
from screening_app.domain.person_search import parse_day
from screening_app.services.records import PERSON_ROLES, Person, PersonData
from screening_app.ui.dates import date_text
from screening_app.ui.main_button import MainButton
from screening_app.ui.persons.words import role_word, yes_no_unknown
from screening_app.ui.style import scaled_font
from screening_app.ui.wrapped_label import WrappedLabel

TRI_STATE: tuple[bool | None, ...] = (None, True, False)


def _error_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(f"#{object_name} {{ color: #9b1c1c; font-weight: bold; }}")
    label.hide()
    return label


class PersonForm(QWidget):
    save_requested = Signal(object)  # PersonData
    cancelled = Signal()

    def __init__(
        self,
        *,
        today: Callable[[], dt.date],
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self._today = today
        self._person = person
        self._cpr_note = ""
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.role = QComboBox()
        self.role.setObjectName("personRole")
        for role in PERSON_ROLES:
            self.role.addItem(role, role)
        self.cpr = QLineEdit()
        self.cpr.setObjectName("personCpr")
        self.cpr.setMaxLength(12)
        self.cpr.editingFinished.connect(self._check_cpr)
        self.cpr_message = WrappedLabel()
        self.cpr_message.setObjectName("cprMessage")
        self.cpr_message.hide()
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("personBirthDate")
        self.child_date = QLineEdit()
        self.child_date.setObjectName("childBirthDate")
        self.expected = QRadioButton()
        self.expected.setObjectName("childExpected")
        self.born = QRadioButton()
        self.born.setObjectName("childBorn")
        self._kind = QButtonGroup(self)
        self._kind.addButton(self.expected)
        self._kind.addButton(self.born)
        self.expected.setChecked(True)
        self._make_contact_fields()
        self.error = _error_label("personFormError")
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePerson")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelPerson")
        self.cancel_button.clicked.connect(self.cancelled)
        self.keys = MainButton(self, self.save_button)  # Return anywhere but a list saves
        self._labels: dict[str, QLabel] = {}
        self._build()
        if person is not None:
            self._fill(person.data)
        self._retranslate()

    def _make_contact_fields(self) -> None:
        self.safe_phone = QLineEdit()
        self.safe_phone.setObjectName("safePhone")
        self.safe_times = QLineEdit()
        self.safe_times.setObjectName("safeTimes")
        self.messages = QComboBox()
        self.messages.setObjectName("mayLeaveMessages")
        self.letters = QComboBox()
        self.letters.setObjectName("mayLetterGoHome")
        for box in (self.messages, self.letters):
            for value in TRI_STATE:
                box.addItem("", value)

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _build(self) -> None:
        who = QFormLayout()
        who.addRow(self._label("name", self.name), self.name)
        who.addRow(self._label("role", self.role), self.role)
        cpr_column = QVBoxLayout()
        cpr_column.addWidget(self.cpr)
        cpr_column.addWidget(self.cpr_message)
        who.addRow(self._label("cpr", self.cpr), cpr_column)
        who.addRow(self._label("birth", self.birth_date), self.birth_date)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.child_date)
        kind_row.addWidget(self.expected)
        kind_row.addWidget(self.born)
        kind_row.addStretch(1)
        who.addRow(self._label("child", self.child_date), kind_row)
        self._safe_box = QGroupBox()
        safe = QFormLayout(self._safe_box)
        safe.addRow(self._label("phone", self.safe_phone), self.safe_phone)
        safe.addRow(self._label("times", self.safe_times), self.safe_times)
        safe.addRow(self._label("messages", self.messages), self.messages)
        safe.addRow(self._label("letters", self.letters), self.letters)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._heading)
        column.addLayout(who)
        column.addWidget(self._safe_box)
        column.addWidget(self.error)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for field in (
            self.name,
            self.role,
            self.cpr,
            self.cpr_message,
            self.birth_date,
            self.safe_phone,
            self.safe_times,
            self.messages,
            self.letters,
        ):
            field.setMaximumWidth(480)  # one column of fields, not lines across the screen

    def _fill(self, data: PersonData) -> None:
        self.name.setText(data.name)
        self.role.setCurrentIndex(max(0, self.role.findData(data.role)))
        self.cpr.setText(format_cpr(data.cpr) if data.cpr else "")
        self.birth_date.setText(date_text(data.birth_date))
        self.child_date.setText(date_text(data.child_birth_date))
        self.born.setChecked(data.child_birth_date_kind == "actual")
        self.expected.setChecked(data.child_birth_date_kind != "actual")
        self.safe_phone.setText(data.safe_phone or "")
        self.safe_times.setText(data.safe_times or "")
        self.messages.setCurrentIndex(TRI_STATE.index(data.may_leave_messages))
        self.letters.setCurrentIndex(TRI_STATE.index(data.may_send_letters_home))

    def focus_input(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------------- checks
    def _check_cpr(self) -> bool:
        """Check the CPR number; fill in the birth date. False when it cannot be saved."""
        text = self.cpr.text().strip()
        self._cpr_note = ""
        ok = True
        if text:
            try:
                number = parse_cpr(text, today=self._today())
            except CprError as error:
                self._cpr_note = self._cpr_problem(error.problem)
                ok = False
            else:
                self.cpr.setText(number.formatted)
                if not self.birth_date.text().strip():
                    self.birth_date.setText(date_text(number.birth_date))
                if not number.passes_modulus11:
                    self._cpr_note = self.tr(
                        "Note: the number does not pass the modulus-11 check. Numbers issued "
                        "since 2007 may not; check it once more against the health card."
                    )
        self._show_cpr_note(ok)
        return ok

    def _cpr_problem(self, problem: str) -> str:
        if problem == "date":
            return self.tr("The first six digits of a CPR number are a date (DDMMYY).")
        if problem == "future":
            return self.tr("The CPR number gives a birth date in the future.")
        return self.tr("A CPR number has ten digits (DDMMYY-SSSS).")

    def _show_cpr_note(self, ok: bool) -> None:
        label = self.cpr_message
        label.setText(self._cpr_note)
        colour = "#9b1c1c" if not ok else "#6b4e00"
        label.setStyleSheet(f"#cprMessage {{ color: {colour}; font-weight: bold; }}")
        label.setVisible(bool(self._cpr_note))
        self.cpr.setAccessibleDescription(self._cpr_note)

    def data(self) -> PersonData | None:
        """What is typed, as the record would hold it; None (and a message) when it cannot be."""
        problems: list[str] = []
        name = self.name.text().strip()
        if not name:
            problems.append(self.tr("The name is needed."))
        if not self._check_cpr():
            problems.append(self.tr("The CPR number is not valid."))
        birth = self._date(self.birth_date, self.tr("birth date"), problems)
        child = self._date(self.child_date, self.tr("the child's birth date"), problems)
        if birth is not None and birth > self._today():
            problems.append(self.tr("The birth date is in the future."))
        if problems:
            self._show_error(" ".join(problems))
            return None
        self._show_error("")
        cpr_text = self.cpr.text().strip()
        return PersonData(
            name=name,
            role=str(self.role.currentData()),
            cpr=cpr_text.replace("-", "").replace(" ", "") or None,
            birth_date=birth,
            child_birth_date=child,
            child_birth_date_kind=None
            if child is None
            else ("actual" if self.born.isChecked() else "expected"),
            safe_phone=self.safe_phone.text().strip() or None,
            safe_times=self.safe_times.text().strip() or None,
            may_leave_messages=self.messages.currentData(),
            may_send_letters_home=self.letters.currentData(),
        )

    def _date(self, field: QLineEdit, what: str, problems: list[str]) -> dt.date | None:
        try:
            return parse_day(field.text())
        except ValueError:
            problems.append(self.tr("Write the {0} as dd.mm.yyyy.").format(what))
            return None

    def submit(self) -> None:
        data = self.data()
        if data is not None:
            self.save_requested.emit(data)

    def show_error(self, text: str) -> None:
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self._person is None:
            self._heading.setText(self.tr("New person"))
        else:
            self._heading.setText(self.tr("Correct the person's details"))
        texts = {
            "name": self.tr("&Name"),
            "role": self.tr("&Role"),
            "cpr": self.tr("&CPR number"),
            "birth": self.tr("&Birth date"),
            "child": self.tr("C&hild's birth date"),
            "phone": self.tr("Safe &phone"),
            "times": self.tr("Safe ti&mes to call"),
            "messages": self.tr("May we lea&ve messages?"),
            "letters": self.tr("May &letters go home?"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            buddy = self._labels[key].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        for index, role in enumerate(PERSON_ROLES):
            self.role.setItemText(index, role_word(role))
        for box in (self.messages, self.letters):
            for index, value in enumerate(TRI_STATE):
                box.setItemText(index, yes_no_unknown(value))
        self.cpr.setPlaceholderText(self.tr("DDMMYY-SSSS"))
        self.birth_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.child_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.expected.setText(self.tr("&expected (pregnancy)"))
        self.born.setText(self.tr("&already born"))
        self.safe_times.setPlaceholderText(self.tr("e.g. weekdays 9-12"))
        self._safe_box.setTitle(self.tr("Safe contact"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
