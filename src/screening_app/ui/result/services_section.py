"""The result's services (by name, with phone and the date the directory last checked them)
and its material, with a button for each document when the documents part is installed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screening_app.ui.dates import date_text
from screening_app.ui.ports import ServiceInfo
from screening_app.ui.result.band_words import document_word
from screening_app.ui.result.sections import text_label


def service_line(service_id: str, info: ServiceInfo | None) -> QLabel:
    if info is None:
        text = QCoreApplication.translate(
            "ResultScreen", "{0} (not in the services directory)"
        ).format(service_id)
    else:
        checked = (
            QCoreApplication.translate("ResultScreen", "not checked")
            if info.verified is None
            else QCoreApplication.translate("ResultScreen", "checked {0}").format(
                date_text(info.verified)
            )
        )
        if info.phone:
            text = QCoreApplication.translate("ResultScreen", "{0}, phone {1} ({2})").format(
                info.name, info.phone, checked
            )
        else:
            text = QCoreApplication.translate("ResultScreen", "{0} ({1})").format(
                info.name, checked
            )
    label = text_label("\u2022 " + text, "service")
    label.setAccessibleName(text)
    return label


def document_button_text(kind: str) -> str:
    texts = {
        "referral": QCoreApplication.translate("ResultScreen", "&Refer with consent..."),
        "resource-card": QCoreApplication.translate("ResultScreen", "Resource &card..."),
        "safety-plan": QCoreApplication.translate("ResultScreen", "&Safety plan..."),
        "notification": QCoreApplication.translate(
            "ResultScreen", "&Notification to the municipality..."
        ),
    }
    return texts.get(kind, kind)


def documents_row(
    kinds: Sequence[str],
    *,
    with_buttons: bool,
    has_services: bool,
    requested: Callable[[str], None],
) -> QWidget:
    """ "Material: ..." and, with the documents part, its buttons (a referral whenever the
    result names services; the referral letter comes from the referral)."""
    row = QWidget()
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    if kinds:
        names = ", ".join(document_word(d) for d in kinds)
        material = QCoreApplication.translate("ResultScreen", "Material: {0}").format(names)
        layout.addWidget(text_label(material, "documents"))
    if with_buttons:
        buttons = QHBoxLayout()
        wanted = (["referral"] if has_services else []) + [
            k for k in kinds if k != "referral-letter"
        ]
        for kind in wanted:
            button = QPushButton(document_button_text(kind))
            button.setObjectName(f"document-{kind}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, k=kind: requested(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
    return row
