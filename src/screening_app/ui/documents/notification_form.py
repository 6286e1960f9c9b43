"""The § 133 notification's fields (screening.md section 4): the child (or the unborn child),
both parents' contact details and any need for an interpreter, the notifier's relation to the
child, the concern and what was observed, what was done, and contact with the parents, which is
left out when abuse by a parent is suspected (parents are then not told first). The workplace
address comes from the clinic's letterhead, never a private one.
"""

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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.letters import Child, Parent
from screening_app.services.document_requests import NotificationRequest
from screening_app.ui.documents.form_parts import info_label, pydate, qdate, text_box

MAX_CHILDREN = 6


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
        grid = QGridLayout(self)
        fields = (
            (self.tr("Relation"), self.relation),
            (self.tr("Name"), self.name),
            (self.tr("CPR number"), self.cpr),
            (self.tr("Phone"), self.phone),
            (self.tr("Address"), self.address),
            (self.tr("Interpreter"), self.interpreter),
        )
        for index, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(field, index // 2, (index % 2) * 2 + 1)

    def parent_(self) -> Parent | None:
        name = self.name.text().strip()
        if not name:
            return None
        return Parent(
            name=name,
            relation=self.relation.currentText().strip() or "-",
            cpr=self.cpr.text().strip() or None,
            address=tuple(p.strip() for p in self.address.text().split(",") if p.strip()),
            phone=self.phone.text().strip() or None,
            interpreter_language=self.interpreter.text().strip() or None,
        )


class NotificationForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        *,
        today: dt.date,
        expected_birth: dt.date | None,
        first_parent: Parent | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        relations = [self.tr("Mother"), self.tr("Father"), self.tr("Co-mother"), self.tr("Other")]
        self.urgent = QCheckBox(self.tr("Urgent: the child may need help at once"))
        self.urgent.setObjectName("urgent")
        self.children_box = QVBoxLayout()
        self.child_fields: list[ChildFields] = []
        self.add_child_button = QPushButton(self.tr("Add another child"))
        self.add_child_button.setObjectName("addChild")
        self.add_child_button.setAutoDefault(False)
        self.add_child_button.clicked.connect(lambda: self.add_child(None))
        self.add_child(expected_birth)
        self.parents = [
            ParentFields(self.tr("Parent 1"), relations),
            ParentFields(self.tr("Parent 2"), relations),
        ]
        self.parents[1].relation.setCurrentIndex(1)
        if first_parent is not None:
            fields = self.parents[0]
            fields.name.setText(first_parent.name)
            fields.relation.setCurrentText(first_parent.relation)
            fields.cpr.setText(first_parent.cpr or "")
            fields.phone.setText(first_parent.phone or "")
        self.relation = QLineEdit()
        self.relation.setObjectName("relationToChild")
        self.relation.setPlaceholderText(self.tr("e.g. midwife for the mother during pregnancy"))
        self.concern = text_box("concern", 3)
        self.observations = text_box("observations", 3)
        self.actions_taken = text_box("actionsTaken", 3)
        self.parent_abuse = QCheckBox(
            self.tr("Violence or abuse by a parent is suspected (the parents are not told first)")
        )
        self.parent_abuse.setObjectName("parentAbuse")
        self.contact = text_box("contactWithParents", 2)
        self.contact_note = info_label(
            self.tr("Contact with the parents is left out of the notification."), "contactNote"
        )
        self.document_language = QComboBox()
        self.document_language.setObjectName("documentLanguage")
        self.document_language.addItem("Dansk", "da")
        self.document_language.addItem("English", "en")

        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.urgent)
        layout.addLayout(self.children_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_child_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        for fields in self.parents:
            layout.addWidget(fields)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Your &relation to the child"), self.relation),
            (self.tr("&Concern"), self.concern),
            (self.tr("&Observations"), self.observations),
            (self.tr("&Actions taken"), self.actions_taken),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.parent_abuse)
        self._contact_label = QLabel(self.tr("Contact with the &parents"))
        self._contact_label.setBuddy(self.contact)
        form.addRow(self._contact_label, self.contact)
        form.addRow("", self.contact_note)
        language_label = QLabel(self.tr("Letter &in"))
        language_label.setBuddy(self.document_language)
        form.addRow(language_label, self.document_language)
        layout.addLayout(form)
        self.parent_abuse.toggled.connect(self._update)
        for box in (self.concern, self.observations, self.actions_taken):
            box.textChanged.connect(self.changed.emit)
        self.relation.textChanged.connect(lambda *_: self.changed.emit())
        self._update()

    def add_child(self, expected: dt.date | None) -> ChildFields:
        title = self.tr("Child {0}").format(len(self.child_fields) + 1)
        fields = ChildFields(title, expected, self._today)
        self.child_fields.append(fields)
        self.children_box.addWidget(fields)
        self.add_child_button.setEnabled(len(self.child_fields) < MAX_CHILDREN)
        return fields

    def _update(self, *_args: object) -> None:
        suspected = self.parent_abuse.isChecked()
        self._contact_label.setVisible(not suspected)
        self.contact.setVisible(not suspected)
        self.contact_note.setVisible(suspected)
        self.changed.emit()

    def language(self) -> str:
        return str(self.document_language.currentData())

    def missing(self) -> list[str]:
        """What must still be filled in, in words (empty when the notification can be made)."""
        found = []
        if not any(c.child() for c in self.child_fields):
            found.append(self.tr("the child"))
        if not self.relation.text().strip():
            found.append(self.tr("your relation to the child"))
        for text, box in (
            (self.tr("the concern"), self.concern),
            (self.tr("the observations"), self.observations),
            (self.tr("the actions taken"), self.actions_taken),
        ):
            if not box.toPlainText().strip():
                found.append(text)
        return found

    def request(self) -> NotificationRequest:
        suspected = self.parent_abuse.isChecked()
        return NotificationRequest(
            children=tuple(c for c in (f.child() for f in self.child_fields) if c is not None),
            parents=tuple(p for p in (f.parent_() for f in self.parents) if p is not None),
            relation_to_child=self.relation.text(),
            concern=self.concern.toPlainText(),
            observations=self.observations.toPlainText(),
            actions_taken=self.actions_taken.toPlainText(),
            parent_abuse_suspected=suspected,
            contact_with_parents="" if suspected else self.contact.toPlainText(),
            urgent=self.urgent.isChecked(),
        )
