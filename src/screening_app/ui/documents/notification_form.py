"""The § 133 notification's fields (screening.md section 4): the child (or the unborn child),
both parents' contact details and any need for an interpreter, the notifier's relation to the
child, the concern and what was observed, what was done, and contact with the parents, which is
left out when abuse by a parent is suspected (parents are then not told first). The workplace
address comes from the clinic's letterhead, never a private one.

The two parents are kept apart, side by side: for each, where they stand in the violence
(exposed to it, suspected of it, neither or not known: the clinician must choose), a safe
contact only for the exposed parent, and whether that parent knows about the notification; a
suspected parent "must not be told before the municipality has acted" and has no safe contact.
Custody, siblings, the GP and earlier notifications as far as known; secure mail only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.consent import SafeContact
from screening_app.services.document_requests import NotificationRequest, Parent
from screening_app.ui.documents.form_parts import (
    WARNING_STYLE,
    info_label,
    text_box,
)
from screening_app.ui.documents.notification_parts import ChildFields, ParentFields

MAX_CHILDREN = 6


class NotificationForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        *,
        today: dt.date,
        expected_birth: dt.date | None,
        first_parent: Parent | None,
        first_safe_contact: SafeContact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        relations = [self.tr("Mother"), self.tr("Father"), self.tr("Co-mother"), self.tr("Other")]
        self.secure_mail = info_label(
            self.tr("Send the notification by secure mail only."), "secureMailOnly"
        )
        self.secure_mail.setStyleSheet(WARNING_STYLE)
        self.urgent = QCheckBox(self.tr("Urgent: the child may need help at once"))
        self.urgent.setObjectName("urgent")
        self.children_box = QVBoxLayout()
        self.child_fields: list[ChildFields] = []
        self.add_child_button = QPushButton(self.tr("Add another child"))
        self.add_child_button.setObjectName("addChild")
        self.add_child_button.setAutoDefault(True)
        self.add_child_button.clicked.connect(lambda: self.add_child(None))
        self.add_child(expected_birth)
        self.parents = [
            ParentFields(self.tr("Parent 1"), relations),
            ParentFields(self.tr("Parent 2"), relations),
        ]
        self.parents[1].relation.setCurrentIndex(1)
        if first_parent is not None:
            fields = self.parents[0]
            fields.name.setText(first_parent.name or "")
            fields.relation.setCurrentText(first_parent.relation)
            fields.cpr.setText(first_parent.cpr or "")
            fields.phone.setText(first_parent.phone or "")
        if first_safe_contact is not None:  # shown only once parent 1 is marked as exposed
            self.parents[0].set_safe_contact(first_safe_contact)
        self.relation = QLineEdit()
        self.relation.setObjectName("relationToChild")
        self.relation.setPlaceholderText(self.tr("e.g. midwife for the mother during pregnancy"))
        self.concern = text_box("concern", 3)
        self.observations = text_box("observations", 3)
        self.actions_taken = text_box("actionsTaken", 3)
        self.custody = QLineEdit()
        self.custody.setObjectName("custody")
        self.custody.setPlaceholderText(self.tr("e.g. joint custody; leave empty if not known"))
        self.siblings = QLineEdit()
        self.siblings.setObjectName("siblings")
        self.gp = QLineEdit()
        self.gp.setObjectName("gp")
        self.earlier = QLineEdit()
        self.earlier.setObjectName("earlierNotifications")
        self.earlier.setPlaceholderText(self.tr("If known"))
        self.contact = text_box("contactWithParents", 2)
        self.contact_note = info_label(
            self.tr(
                "A parent is suspected of the violence: contact with the parents is left out "
                "of the notification."
            ),
            "contactNote",
        )
        self.document_language = QComboBox()
        self.document_language.setObjectName("documentLanguage")
        self.document_language.addItem("Dansk", "da")
        self.document_language.addItem("English", "en")

        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.secure_mail)
        layout.addWidget(self.urgent)
        layout.addLayout(self.children_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_child_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        parents = QHBoxLayout()
        for fields in self.parents:
            parents.addWidget(fields, 1)
            fields.changed.connect(self._update)
        layout.addLayout(parents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("C&ustody"), self.custody),
            (self.tr("&Siblings"), self.siblings),
            (self.tr("&General practitioner"), self.gp),
            (self.tr("&Earlier notifications"), self.earlier),
            (self.tr("Your &relation to the child"), self.relation),
            (self.tr("&Concern"), self.concern),
            (self.tr("&Observations"), self.observations),
            (self.tr("&Actions taken"), self.actions_taken),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self._contact_label = QLabel(self.tr("Contact with the &parents"))
        self._contact_label.setBuddy(self.contact)
        form.addRow(self._contact_label, self.contact)
        form.addRow("", self.contact_note)
        language_label = QLabel(self.tr("Letter &in"))
        language_label.setBuddy(self.document_language)
        form.addRow(language_label, self.document_language)
        layout.addLayout(form)
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

    def suspected(self) -> bool:
        """A parent is marked as suspected of the violence."""
        return any(fields.role_code() == "suspected" for fields in self.parents)

    def _update(self, *_args: object) -> None:
        suspected = self.suspected()
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
        found += [
            self.tr("where {0} stands in the violence").format(fields.title().lower())
            for fields in self.parents
            if not fields.is_empty() and not fields.role_code()
        ]
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
        suspected = self.suspected()
        return NotificationRequest(
            children=tuple(c for c in (f.child() for f in self.child_fields) if c is not None),
            parents=tuple(p for p in (f.parent_() for f in self.parents) if p is not None),
            relation_to_child=self.relation.text(),
            concern=self.concern.toPlainText(),
            observations=self.observations.toPlainText(),
            actions_taken=self.actions_taken.toPlainText(),
            contact_with_parents="" if suspected else self.contact.toPlainText(),
            urgent=self.urgent.isChecked(),
            custody=self.custody.text(),
            siblings=self.siblings.text(),
            gp=self.gp.text(),
            earlier_notifications=self.earlier.text(),
        )
