"""Pieces the document dialogs share: the header with the quick-hide button, field messages,
a service in words (number, hours, last verified, what is not confirmed), dates, and the
warnings about the services a card or plan will print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.support import ServiceEntry
from screening_app.services.document_requests import date_text
from screening_app.ui.quick_hide_button import QuickHideButton, quick_hide_for
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
WARNING_STYLE = "color: #8a4b00; font-weight: bold;"


def header(dialog: QDialog, parent: QWidget | None, heading: str) -> QHBoxLayout:
    """Quick-hide first (a modal dialog blocks the main window's button), then the heading."""
    row = QHBoxLayout()
    hide = quick_hide_for(parent)
    if hide is not None:
        action, icon = hide
        button = QuickHideButton(icon, dialog)
        button.clicked.connect(action)
        row.addWidget(button)
    title = QLabel(heading)
    title.setObjectName("dialogHeading")
    title.setFont(scaled_font(title.font(), 1.25, bold=True))
    row.addWidget(title, 1)
    return row


def message_label(object_name: str) -> QLabel:
    """A message beside a field: in words, with a sign, hidden while empty."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(f"{WARNING_SIGN} {text}" if text else "")
    label.setVisible(bool(text))


def info_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def text_box(object_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(height)
    return box


def day_text(day: dt.date, lang: str) -> str:
    return date_text(day, "da" if lang == "da" else "en")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def service_lines(entry: ServiceEntry, lang: str) -> list[str]:
    """How a service is shown: name; numbers and hours; when verified; what is unconfirmed."""
    lines = [entry.display_name(lang)]
    contact = []
    if entry.phones:
        contact.append(
            QCoreApplication.translate("DocumentForms", "Phone {0}").format(
                " / ".join(p.number for p in entry.phones)
            )
        )
    elif entry.is_flagged("phones"):
        contact.append(
            QCoreApplication.translate("DocumentForms", "Phone: UNCONFIRMED, not filled in")
        )
    else:
        contact.append(QCoreApplication.translate("DocumentForms", "No phone number"))
    if entry.hours is not None:
        contact.append(entry.hours.get(lang))
    lines.append(" \u00b7 ".join(contact))
    verified = (
        QCoreApplication.translate("DocumentForms", "Not checked")
        if entry.last_verified is None
        else QCoreApplication.translate("DocumentForms", "Last verified {0}").format(
            day_text(entry.last_verified, lang)
        )
    )
    flagged = [f for f in entry.unconfirmed if f != "phones"]
    if flagged:
        names = ", ".join(field_word(f) for f in flagged)
        verified += " \u00b7 " + QCoreApplication.translate(
            "DocumentForms", "UNCONFIRMED: {0}"
        ).format(names)
    lines.append(verified)
    return lines


def field_word(flag: str) -> str:
    words = {
        "phones": QCoreApplication.translate("DocumentForms", "phone"),
        "email": QCoreApplication.translate("DocumentForms", "email"),
        "address": QCoreApplication.translate("DocumentForms", "address"),
        "hours": QCoreApplication.translate("DocumentForms", "opening hours"),
        "secureMail": QCoreApplication.translate("DocumentForms", "secure mail"),
    }
    return words.get(flag, flag)


class ServiceWarnings(QWidget):
    """What the clinician must know about the services a card or plan will print: numbers that
    nobody has checked (the printout then claims no checked date), and services without a
    neutral name, whose own name says what they are (printed only when the clinician ticks
    the box, having talked it over with the person)."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._named: list[str] = []
        self.unchecked = info_label(object_name="uncheckedWarning")
        self.unchecked.setStyleSheet(WARNING_STYLE)
        self.named = info_label(object_name="namedWarning")
        self.named.setStyleSheet(WARNING_STYLE)
        self.accept_named = QCheckBox(
            QCoreApplication.translate(
                "DocumentForms", "Include it anyway: the person knows the name will show"
            )
        )
        self.accept_named.setObjectName("acceptNamed")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.unchecked, self.named, self.accept_named):
            layout.addWidget(widget)
        self.accept_named.toggled.connect(lambda *_: self.changed.emit())
        self.show_for([], [])

    def show_for(self, unchecked: list[ServiceEntry], named: list[ServiceEntry]) -> None:
        names = [entry.display_name(self._lang) for entry in unchecked]
        self.unchecked.setText(
            f"{WARNING_SIGN} "
            + QCoreApplication.translate(
                "DocumentForms",
                "Not checked against their source: {0}. The printout will give no date for "
                "when the numbers were checked. Check the numbers before you hand it over.",
            ).format(", ".join(names))
            if names
            else ""
        )
        self.unchecked.setVisible(bool(names))
        ids = [entry.id for entry in named]
        if ids != self._named:
            self.accept_named.setChecked(False)  # a new choice needs a new decision
        self._named = ids
        self.named.setText(
            f"{WARNING_SIGN} "
            + QCoreApplication.translate(
                "DocumentForms",
                "{0}: no neutral name. The name is printed and says what the service is to "
                "anyone who finds the paper.",
            ).format(", ".join(entry.display_name(self._lang) for entry in named))
            if named
            else ""
        )
        self.named.setVisible(bool(named))
        self.accept_named.setVisible(bool(named))
        self.changed.emit()

    def accepted(self) -> frozenset[str]:
        """The services without a neutral name the clinician chose to print (all or none)."""
        return frozenset(self._named) if self.accept_named.isChecked() else frozenset()

    def ready(self) -> bool:
        return not self._named or self.accept_named.isChecked()
