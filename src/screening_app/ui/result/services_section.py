"""A service on the result: by name, with phone and the date the directory last checked it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from screening_app.ui.dates import date_text
from screening_app.ui.ports import ServiceInfo
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
