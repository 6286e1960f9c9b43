"""What the setup wizard's pages are made of: the forms' contents, the injected actions, and
the small widgets every page uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from screening_app.ui.setup.recovery_print import PrintOutcome
from screening_app.ui.style import scaled_font


@dataclass(frozen=True)
class ClinicForm:
    name: str
    address: tuple[str, ...]
    phone: str
    email: str
    logo_png: bytes | None


@dataclass(frozen=True)
class AdminForm:
    username: str
    display_name: str
    title: str
    password: str


# create(clinic, admin) -> (whatever session object the caller keeps, the recovery key)
CreateClinic = Callable[[ClinicForm, AdminForm], tuple[object, str]]
CheckPassword = Callable[[str, list[str]], None]
PrintKey = Callable[[QWidget, str, str], PrintOutcome]
ChooseLogo = Callable[[QWidget], bytes | None]


def heading(text: str, base: QFont) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(base, 1.5, bold=True))
    label.setWordWrap(True)
    return label


def paragraph(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def error_label(object_name: str) -> QLabel:
    label = paragraph(object_name)
    label.setStyleSheet(f"#{object_name} {{ color: #9b1c1c; font-weight: bold; }}")
    label.hide()
    return label


def right(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    return row


def left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
