"""One directory entry as a form: every field of the file, each with its message beside it.

``data()`` gives the entry as file data (camelCase keys, as ``directory.validate_entry`` takes
it); ``show_problems`` puts each ``FieldProblem`` beside the field it names.

"Last verified" holds a day only when a person checked the entry against its source: an entry
nobody has checked shows "not checked" and is saved without a date (never today's date by
default). ``set_verified`` records the day and who; ``set_unverified`` takes both away.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.support import ServiceEntry
from screening_app.services.directory_admin import FieldProblem, entry_data
from screening_app.ui.documents.form_parts import (
    message_label,
    pydate,
    qdate,
    show_message,
    text_box,
)

TEXT_PAIRS = ("name", "discreetName", "offers", "forWhom", "hours", "howToRefer", "note")
LONG_PAIRS = ("offers", "howToRefer", "note")
SINGLES = ("id", "email", "secureMail", "website", "source", "sourceUrl", "verifiedBy")
FLAGS = ("onResourceCard", "receivesReferrals", "receivesNotifications", "providesTreatment")
FLAGGABLE = ("phones", "email", "address", "hours", "secureMail")
# The date edit's lowest day stands for "not checked" (shown as that text, saved as no date).
UNCHECKED = QDate(2000, 1, 1)


def field_key(path: str) -> str:
    """The form field a problem path belongs to: ``phones[0].number`` -> ``phones``."""
    return path.split(".", 1)[0].split("[", 1)[0]


class EntryForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scope = "local"
        self.errors: dict[str, QLabel] = {}
        self.pairs: dict[str, tuple[QLineEdit | QPlainTextEdit, QLineEdit | QPlainTextEdit]] = {}
        self.singles: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        self.unconfirmed: dict[str, QCheckBox] = {}
        captions = {
            "id": self.tr("Id (letters, digits, hyphens)"),
            "name": self.tr("Name"),
            "discreetName": self.tr("Discreet name (no word about violence)"),
            "offers": self.tr("What it offers"),
            "forWhom": self.tr("For whom"),
            "phones": self.tr("Phones (number | label da | label en, one per line)"),
            "hours": self.tr("Opening hours"),
            "email": self.tr("Email"),
            "secureMail": self.tr("Secure mail"),
            "address": self.tr("Postal address (one line each)"),
            "website": self.tr("Website"),
            "howToRefer": self.tr("How to refer"),
            "source": self.tr("Source of the facts"),
            "sourceUrl": self.tr("Source's web address (https://...)"),
            "lastVerified": self.tr("Last verified"),
            "verifiedBy": self.tr("Verified by"),
            "note": self.tr("Note"),
            "flags": self.tr("Used for"),
            "unconfirmed": self.tr("Not confirmed (left empty)"),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        order = (
            "id", "name", "discreetName", "offers", "forWhom", "phones", "hours", "email",
            "secureMail", "address", "website", "howToRefer", "source", "sourceUrl",
            "lastVerified", "verifiedBy", "note", "flags", "unconfirmed",
        )  # fmt: skip
        for key in order:
            caption = QLabel(captions[key])
            caption.setWordWrap(True)
            caption.setMinimumWidth(150)
            caption.setMaximumWidth(200)
            form.addRow(caption, self._field(key))

    def _field(self, key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if key in TEXT_PAIRS:
            row = QHBoxLayout()
            widgets = []
            for lang in ("da", "en"):
                widget: QLineEdit | QPlainTextEdit
                if key in LONG_PAIRS:
                    widget = text_box(f"{key}-{lang}", 2)
                    widget.setPlaceholderText("Dansk" if lang == "da" else "English")
                else:
                    widget = QLineEdit()
                    widget.setObjectName(f"{key}-{lang}")
                    widget.setPlaceholderText("Dansk" if lang == "da" else "English")
                row.addWidget(widget)
                widgets.append(widget)
            self.pairs[key] = (widgets[0], widgets[1])
            column.addLayout(row)
        elif key in SINGLES:
            line = QLineEdit()
            line.setObjectName(key)
            self.singles[key] = line
            column.addWidget(line)
        elif key == "phones":
            self.phones = text_box("phones", 2)
            column.addWidget(self.phones)
        elif key == "address":
            self.address = text_box("address", 3)
            column.addWidget(self.address)
        elif key == "lastVerified":
            self.last_verified = QDateEdit()
            self.last_verified.setObjectName("lastVerified")
            self.last_verified.setCalendarPopup(True)
            self.last_verified.setDisplayFormat("dd-MM-yyyy")
            self.last_verified.setMinimumDate(UNCHECKED)
            self.last_verified.setSpecialValueText(self.tr("not checked"))
            self.unverify_button = QPushButton(self.tr("Mark as not checked"))
            self.unverify_button.setObjectName("unverifyButton")
            self.unverify_button.setAutoDefault(True)
            self.unverify_button.clicked.connect(self.set_unverified)
            row = QHBoxLayout()
            row.addWidget(self.last_verified, 1)
            row.addWidget(self.unverify_button)
            column.addLayout(row)
        elif key in ("flags", "unconfirmed"):
            column.addLayout(self._check_row(key))
        error = message_label(f"error-{key}")
        self.errors[key] = error
        column.addWidget(error)
        return box

    def _check_row(self, key: str) -> QHBoxLayout:
        row = QHBoxLayout()
        if key == "flags":
            texts = (
                self.tr("on the resource card"),
                self.tr("receives referrals"),
                self.tr("receives notifications"),
                self.tr("gives treatment (a referral rests on Sundhedsloven § 41)"),
            )
            for flag, text in zip(FLAGS, texts, strict=True):
                self.flags[flag] = QCheckBox(text)
                self.flags[flag].setObjectName(flag)
                row.addWidget(self.flags[flag])
        else:
            texts = (  # type: ignore[assignment]  # one text per flaggable field
                self.tr("phone"),
                self.tr("email"),
                self.tr("address"),
                self.tr("hours"),
                self.tr("secure mail"),
            )
            for flag, text in zip(FLAGGABLE, texts, strict=True):
                self.unconfirmed[flag] = QCheckBox(text)
                self.unconfirmed[flag].setObjectName(f"unconfirmed-{flag}")
                row.addWidget(self.unconfirmed[flag])
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ values
    def load(self, entry: ServiceEntry | None, *, editable: bool, new_id: bool) -> None:
        data: dict[str, Any] = entry_data(entry) if entry is not None else {}
        self._scope = data.get("scope", "local")
        for key, (da, en) in self.pairs.items():
            texts = data.get(key) or {}
            for widget, lang in ((da, "da"), (en, "en")):
                _set_text(widget, texts.get(lang, ""))
        for key, line in self.singles.items():
            line.setText(str(data.get(key, "")))
        self.phones.setPlainText("\n".join(_phone_line(phone) for phone in data.get("phones", [])))
        self.address.setPlainText("\n".join((data.get("address") or {}).get("lines", [])))
        day = data.get("lastVerified")
        self.last_verified.setDate(UNCHECKED if day is None else qdate(day))
        for flag, box in self.flags.items():
            box.setChecked(bool(data.get(flag, False)))
        flagged = set(data.get("unconfirmed", []))
        for flag, box in self.unconfirmed.items():
            box.setChecked(flag in flagged)
        self.setEnabled(editable)
        self.singles["id"].setReadOnly(not new_id)
        self.show_problems([])

    def data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"scope": self._scope}
        for key, (da, en) in self.pairs.items():
            texts = {lang: _text(w).strip() for lang, w in (("da", da), ("en", en))}
            if any(texts.values()):
                data[key] = texts  # an empty language is reported beside the field
        for key, line in self.singles.items():
            if line.text().strip():
                data[key] = line.text().strip()
        phones = [_phone(line) for line in self.phones.toPlainText().splitlines() if line.strip()]
        if phones:
            data["phones"] = phones
        lines = [line.strip() for line in self.address.toPlainText().splitlines() if line.strip()]
        if lines:
            data["address"] = {"lines": lines}
        if self.is_verified():
            data["lastVerified"] = pydate(self.last_verified.date())
        for flag, box in self.flags.items():
            if box.isChecked():
                data[flag] = True
        flagged = [flag for flag, box in self.unconfirmed.items() if box.isChecked()]
        if flagged:
            data["unconfirmed"] = flagged
        return data

    def is_verified(self) -> bool:
        """True when the form holds a day on which the entry was checked."""
        return self.last_verified.date() != UNCHECKED

    def set_verified(self, day: dt.date, by: str) -> None:
        """The entry was checked against its source today: the day and who, together."""
        self.last_verified.setDate(qdate(day))
        self.singles["verifiedBy"].setText(by)

    def set_unverified(self) -> None:
        """Nobody has checked the entry (after its facts changed, say): no day, no one."""
        self.last_verified.setDate(UNCHECKED)
        self.singles["verifiedBy"].clear()

    def readable(self, key: str, message: str) -> str:
        """The file checker's English sentence, in the screen's words where we know it."""
        if message == "is required":
            return self.tr("required")
        if message == "must not be empty":
            return self.tr("must not be empty")
        if message.startswith("needs a text in"):
            return self.tr("needs both the Danish and the English text")
        if message.startswith("must match") or "pattern" in message:
            hints = {
                "phones": self.tr("not a phone number: digits and spaces, e.g. 33 33 00 47"),
                "email": self.tr("not an email address"),
                "website": self.tr("a web address without https://, e.g. danner.dk"),
                "sourceUrl": self.tr("a full web address, e.g. https://danner.dk"),
                "id": self.tr("small letters, digits and hyphens only"),
            }
            return hints.get(key, message)
        if "flagged as unconfirmed" in message:
            return self.tr(
                "filled in but marked as not confirmed: untick \u201cnot confirmed\u201d"
            )
        return message

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Each problem beside its field; returns those no field shows."""
        by_field: dict[str, list[str]] = {}
        unplaced = []
        for problem in problems:
            key = field_key(problem.field)
            if key == "scope" or key not in self.errors:
                unplaced.append(problem)
                continue
            detail = problem.field[len(key) :].lstrip(".")
            message = self.readable(key, problem.message)
            if detail in ("da", "en") or detail.startswith("["):
                detail = ""  # the field itself says which language or line
            by_field.setdefault(key, []).append(f"{detail}: {message}" if detail else message)
        for key, label in self.errors.items():
            show_message(label, "; ".join(by_field.get(key, [])))
        return unplaced


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    else:
        widget.setPlainText(text)


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _phone_line(phone: dict[str, Any]) -> str:
    label = phone.get("label") or {}
    if not label:
        return str(phone["number"])
    return f"{phone['number']} | {label.get('da', '')} | {label.get('en', '')}"


def _phone(line: str) -> dict[str, Any]:
    parts = [part.strip() for part in line.split("|")]
    phone: dict[str, Any] = {"number": parts[0]}
    labels = {lang: text for lang, text in zip(("da", "en"), parts[1:3], strict=False) if text}
    if labels:
        phone["label"] = labels
    return phone
