"""The second step of a referral: what the letter holds, within the recorded scope, and how a
copy reaches the person.

Only the recorded items can be ticked; the others are shown, off, saying they are outside the
consent. A copy sent home when the person said letters may not go home is refused on the spot
(with the reason) and again by the service when the letter is made. Where the person may not
have a copy at all (the result is marked not for home, or telling the person is unsafe), no
copy is offered and the sentence says why. The copy never holds the safety concerns, own
violence, the message or the safe contact details, and the form says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.consent import SHARE_ITEMS, DisclosureRefusedError, ShareItem
from screening_app.services.document_requests import LetterRequest
from screening_app.ui.documents.form_parts import (
    WARNING_STYLE,
    info_label,
    message_label,
    show_message,
    text_box,
)

DELIVERY_CHOICES = (None, "hand-over", "person-other-address", "person-home")


def address_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class LetterForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        scope: frozenset[ShareItem],
        *,
        letters_home: bool,
        lang: str,
        copy_refused: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scope = scope
        self._copy_refused = copy_refused
        self._letters_home = letters_home
        self._lang = lang
        names = {
            "contact-details": self.tr("Contact details"),
            "screening-result": self.tr("Screening result"),
            "safety-concerns": self.tr("Safety concerns"),
            "own-violence": self.tr("Own violence against a partner"),
            "free-text": self.tr("Free text"),
        }
        self.include: dict[ShareItem, QCheckBox] = {}
        self._include_row = include_row = QGridLayout()  # three to a row
        for index, item in enumerate(SHARE_ITEMS):
            box = QCheckBox(names[item])
            box.setObjectName(f"include-{item}")
            allowed = item in scope
            box.setEnabled(allowed)
            box.setChecked(allowed)
            if not allowed:
                box.setToolTip(self.tr("Not covered by the consent or legal basis"))
            self.include[item] = box
            include_row.addWidget(box, index // 3, index % 3)
        include_row.setColumnStretch(3, 1)

        self.safety = text_box("safetyConcerns", 3)
        self.free_text = text_box("freeText", 3)
        self.person_language = QLineEdit()
        self.person_language.setObjectName("personLanguage")
        self.person_language.setPlaceholderText(self.tr("e.g. Polish"))
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"))
        self.interpreter.setObjectName("interpreter")
        self._language_row = language_row = QHBoxLayout()
        language_row.addWidget(self.person_language, 1)
        language_row.addWidget(self.interpreter)
        self.contact_note = QLineEdit()
        self.contact_note.setObjectName("contactNote")
        self.contact_note.setPlaceholderText(self.tr("e.g. call from a withheld number only"))
        self.discreet = QCheckBox(
            self.tr("Discreet: the first page holds only addresses, date and a neutral heading")
        )
        self.discreet.setObjectName("discreet")
        self._copy_widgets(copy_refused)
        self.document_language = QComboBox()
        self.document_language.setObjectName("documentLanguage")
        self.document_language.addItem("Dansk", "da")
        self.document_language.addItem("English", "en")
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(60)

        self._lay_out()

    def _copy_widgets(self, copy_refused: str | None) -> None:
        """How the person gets a copy; not offered where they may not have one."""
        self.copy = QComboBox()
        self.copy.setObjectName("copyToPerson")
        for text in (
            self.tr("No copy for the person"),
            self.tr("A copy handed to the person"),
            self.tr("A copy sent to a safe address"),
            self.tr("A copy sent to the person's home"),
        ):
            self.copy.addItem(text)
        self.address = text_box("copyAddress", 3)
        self.address.setPlaceholderText(
            self.tr("Address, one line each (used for this letter only)")
        )
        self.copy_message = message_label("copyMessage")
        self.copy_note = info_label(
            self.tr(
                "The person's copy holds neither the safety concerns, own violence, the "
                "message nor the safe contact details."
            ),
            "copyNote",
        )
        self.copy_refusal = info_label(copy_refused or "", "copyRefused")
        self.copy_refusal.setStyleSheet(WARNING_STYLE)
        for label in (self.copy_note, self.copy_refusal):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if copy_refused:
            self.copy.setEnabled(False)

    def _lay_out(self) -> None:
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("The letter holds"), self._include_row)
        self._labelled(form, self.tr("Safe&ty concerns"), self.safety)
        self._labelled(form, self.tr("&Free text"), self.free_text)
        language_label = QLabel(self.tr("Person's &language"))
        language_label.setBuddy(self.person_language)
        form.addRow(language_label, self._language_row)
        self._labelled(form, self.tr("Contact &note"), self.contact_note)
        form.addRow("", self.discreet)
        self._labelled(form, self.tr("&Copy"), self.copy)
        form.addRow("", self.copy_refusal)
        self._labelled(form, self.tr("Copy &address"), self.address)
        form.addRow("", self.copy_message)
        form.addRow("", self.copy_note)
        self._labelled(form, self.tr("Letter &in"), self.document_language)
        self._labelled(form, self.tr("&Reference"), self.reference)
        self.message = message_label("letterMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.address_warning = info_label(object_name="addressWarning")
        layout.addWidget(self.address_warning)
        layout.addWidget(self.message)
        layout.addStretch(1)

        for box in self.include.values():
            box.toggled.connect(self._update)
        self.copy.currentIndexChanged.connect(self._update)
        self._update()

    @staticmethod
    def _labelled(form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    # ----------------------------------------------------------------- reading
    def included(self) -> frozenset[ShareItem]:
        return frozenset(i for i in SHARE_ITEMS if self.include[i].isChecked())

    def delivery(self) -> str | None:
        return DELIVERY_CHOICES[max(self.copy.currentIndex(), 0)]

    def language(self) -> str:
        return str(self.document_language.currentData())

    def request(self) -> LetterRequest:
        delivery = self.delivery()
        lines = address_lines(self.address.toPlainText())
        return LetterRequest(
            include=self.included(),
            discreet=self.discreet.isChecked(),
            safety_concerns=self.safety.toPlainText(),
            free_text=self.free_text.toPlainText(),
            copy_to_person=delivery,  # type: ignore[arg-type]
            home_address=lines if delivery == "person-home" else (),
            other_address=lines if delivery == "person-other-address" else (),
            contact_note=self.contact_note.text(),
            person_language=self.person_language.text(),
            interpreter_needed=self.interpreter.isChecked(),
            reference=self.reference.text(),
        )

    def home_refused(self) -> bool:
        return self.delivery() == "person-home" and not self._letters_home

    # ----------------------------------------------------------------- showing
    def _update(self, *_args: object) -> None:
        """Rows only for what the letter holds and the copy needs (hidden rows take no room)."""
        included = self.included()
        contact = "contact-details" in included
        delivery = self.delivery()
        needs_address = delivery in ("person-home", "person-other-address")
        rows: tuple[tuple[QWidget | QLayout, bool], ...] = (
            (self.safety, "safety-concerns" in included),
            (self.free_text, "free-text" in included),
            (self._language_row, contact),
            (self.contact_note, contact),
            (self.copy_refusal, bool(self._copy_refused)),
            (self.address, needs_address and not self.home_refused()),
            (self.copy_message, self.home_refused()),
            (self.copy_note, delivery is not None),
        )
        for field, visible in rows:
            self._form.setRowVisible(field, visible)
        refusal = DisclosureRefusedError("letters-not-home").message(self._lang)
        show_message(self.copy_message, refusal if self.home_refused() else "")
        self.changed.emit()

    def set_address_warning(self, text: str) -> None:
        self.address_warning.setText(text)
        self.address_warning.setVisible(bool(text))
