"""The parts of the § 133 notification form: one child, one parent (kept apart from the other:
where they stand in the violence, a safe contact only for the parent exposed to it, whether
they know about the notification)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from screening_app.domain.consent import SafeContact
from screening_app.services.document_requests import Child, Parent
from screening_app.ui.documents.form_parts import (
    WARNING_STYLE,
    info_label,
    pydate,
    qdate,
)


class ChildFields(QGroupBox):
    def __init__(self, title: str, expected: dt.date | None, today: dt.date) -> None:
        super().__init__(title)
        self.unborn = QCheckBox(self.tr("Unborn child"))
        self.unborn.setObjectName("childUnborn")
        self.name = QLineEdit()
        self.name.setObjectName("childName")
        self.cpr = QLineEdit()
        self.cpr.setObjectName("childCpr")
        self.cpr.setMaxLength(11)
        self.expected = QDateEdit(qdate(expected or today))
        self.expected.setObjectName("childExpected")
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("dd-MM-yyyy")
        self.address = QLineEdit()
        self.address.setObjectName("childAddress")
        grid = QGridLayout(self)
        grid.addWidget(self.unborn, 0, 0, 1, 4)
        self._labels = {}
        for row, (key, text, field) in enumerate(
            (
                ("name", self.tr("Name"), self.name),
                ("cpr", self.tr("CPR number"), self.cpr),
                ("expected", self.tr("Expected birth"), self.expected),
                ("address", self.tr("Address"), self.address),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            self._labels[key] = label
            grid.addWidget(label, 1 + row // 2, (row % 2) * 2)
            grid.addWidget(field, 1 + row // 2, (row % 2) * 2 + 1)
        self.unborn.toggled.connect(self._update)
        self.unborn.setChecked(expected is not None)
        self._update()

    def _update(self, *_args: object) -> None:
        unborn = self.unborn.isChecked()
        for key, widget in (("name", self.name), ("cpr", self.cpr)):
            widget.setVisible(not unborn)
            self._labels[key].setVisible(not unborn)
        self.expected.setVisible(unborn)
        self._labels["expected"].setVisible(unborn)

    def child(self) -> Child | None:
        address = tuple(p.strip() for p in self.address.text().split(",") if p.strip())
        if self.unborn.isChecked():
            return Child(expected_birth=pydate(self.expected.date()), address=address)
        name = self.name.text().strip()
        if not name:
            return None
        return Child(name=name, cpr=self.cpr.text().strip() or None, address=address)


class ParentFields(QGroupBox):
    """One parent, kept apart from the other: who they are, where they stand in the violence,
    the safe contact (only for the parent exposed to it) and whether they know."""

    changed = Signal()

    def __init__(self, title: str, relations: list[str]) -> None:
        super().__init__(title)
        self.relation = QComboBox()
        self.relation.setObjectName("parentRelation")
        self.relation.setEditable(True)
        self.relation.addItems(relations)
        self.name = QLineEdit()
        self.name.setObjectName("parentName")
        self.cpr = QLineEdit()
        self.cpr.setObjectName("parentCpr")
        self.cpr.setMaxLength(11)
        self.address = QLineEdit()
        self.address.setObjectName("parentAddress")
        self.phone = QLineEdit()
        self.phone.setObjectName("parentPhone")
        self.interpreter = QLineEdit()
        self.interpreter.setObjectName("parentInterpreter")
        self.interpreter.setPlaceholderText(self.tr("Language, if an interpreter is needed"))
        self.role = QComboBox()
        self.role.setObjectName("parentRole")
        for role, text in (
            ("", self.tr("Choose...")),
            ("exposed", self.tr("Exposed to the violence")),
            ("suspected", self.tr("Suspected of the violence")),
            ("other", self.tr("Neither, or not known")),
        ):
            self.role.addItem(text, role)
        self.safe_phone = QLineEdit()
        self.safe_phone.setObjectName("parentSafePhone")
        self.safe_times = QLineEdit()
        self.safe_times.setObjectName("parentSafeTimes")
        self.safe_times.setPlaceholderText(self.tr("e.g. weekdays 9-12"))
        self.messages = QCheckBox(self.tr("Messages may be left"))
        self.messages.setObjectName("parentMessages")
        self.knows = QComboBox()
        self.knows.setObjectName("parentKnows")
        for value, text in (
            (None, self.tr("Not stated")),
            (True, self.tr("Yes")),
            (False, self.tr("No")),
        ):
            self.knows.addItem(text, value)
        self.not_told = info_label(
            self.tr("Must not be told before the municipality has acted."), "parentNotTold"
        )
        self.not_told.setStyleSheet(WARNING_STYLE)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, QLabel] = {}
        for key, text, field in (
            ("relation", self.tr("Relation"), self.relation),
            ("name", self.tr("Name"), self.name),
            ("cpr", self.tr("CPR number"), self.cpr),
            ("phone", self.tr("Phone"), self.phone),
            ("address", self.tr("Address"), self.address),
            ("interpreter", self.tr("Interpreter"), self.interpreter),
            ("role", self.tr("Regarding the violence"), self.role),
            ("safe-phone", self.tr("Safe phone number"), self.safe_phone),
            ("safe-times", self.tr("Safe times to call"), self.safe_times),
            ("messages", "", self.messages),
            ("knows", self.tr("Knows about the notification"), self.knows),
            ("not-told", "", self.not_told),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            self._rows[key] = label
        self._fields: dict[str, QWidget] = {
            "safe-phone": self.safe_phone,
            "safe-times": self.safe_times,
            "messages": self.messages,
            "knows": self.knows,
            "not-told": self.not_told,
        }
        self.role.currentIndexChanged.connect(self._update)
        self.name.textChanged.connect(lambda *_: self.changed.emit())
        self._update()

    def role_code(self) -> str:
        return str(self.role.currentData() or "")

    def _update(self, *_args: object) -> None:
        role = self.role_code()
        shown = {
            "safe-phone": role == "exposed",
            "safe-times": role == "exposed",
            "messages": role == "exposed",
            "knows": role != "suspected",
            "not-told": role == "suspected",
        }
        for key, visible in shown.items():
            self._fields[key].setVisible(visible)
            self._rows[key].setVisible(visible and bool(self._rows[key].text()))
        self.changed.emit()

    def set_safe_contact(self, contact: SafeContact) -> None:
        self.safe_phone.setText(contact.phone or "")
        self.safe_times.setText(contact.safe_times or "")
        self.messages.setChecked(contact.may_leave_messages)

    def is_empty(self) -> bool:
        return not self.name.text().strip() and not self.role_code()

    def parent_(self) -> Parent | None:
        """The parent as entered (None when nothing is); a role must be chosen first."""
        role = self.role_code()
        if self.is_empty() or not role:
            return None
        safe = None
        if role == "exposed":
            safe = SafeContact(
                phone=self.safe_phone.text().strip() or None,
                safe_times=self.safe_times.text().strip() or None,
                may_leave_messages=self.messages.isChecked(),
            )
        return Parent(
            name=self.name.text().strip() or None,
            relation=self.relation.currentText().strip() or "-",
            cpr=self.cpr.text().strip() or None,
            address=tuple(p.strip() for p in self.address.text().split(",") if p.strip()),
            phone=self.phone.text().strip() or None,
            interpreter_language=self.interpreter.text().strip() or None,
            role=role,  # type: ignore[arg-type]
            safe_contact=safe,
            knows_of_notification=None if role == "suspected" else self.knows.currentData(),
        )
