"""The discreet resource card: 1888 and 112 always, and up to four services the clinician picks.

The services the result recommends are ticked first, except those without a neutral name (their
own name says what they are): the clinician ticks them, and confirms, only when the person knows
the name will be on the card. Numbers nobody has checked are named before the card is made; the
card then says nothing about when its numbers were checked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.domain.support import EMERGENCY_ID, HOTLINE_ID
from screening_app.services.document_requests import KNOWN_ERRORS, MAX_SERVICES
from screening_app.services.documents import DocumentService, Prepared
from screening_app.ui.documents.form_parts import (
    ServiceWarnings,
    day_text,
    header,
    info_label,
    message_label,
    show_message,
)
from screening_app.ui.documents.service_list import ServiceChooser
from screening_app.ui.screen_fit import fit_dialog

OpenPreview = Callable[[Prepared, str, QWidget], object]


def language_box() -> QComboBox:
    box = QComboBox()
    box.setObjectName("documentLanguage")
    box.addItem("Dansk", "da")
    box.addItem("English", "en")
    return box


class CardDialog(QDialog):
    def __init__(
        self,
        service: DocumentService,
        person_id: int,
        *,
        screening_id: int | None,
        lang: str,
        open_preview: OpenPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setWindowTitle(APP_NAME)
        self._service = service
        self._person_id = person_id
        self._lang = lang
        self._open_preview = open_preview
        offered = service.card_services()
        offered_ids = {e.id for e in offered}
        recommended = [e for e in service.recommended(screening_id) if e.id in offered_ids]
        neutral = [e.id for e in recommended if e.discreet_name is not None]
        self.services = ServiceChooser(
            recommended,
            offered,
            lang,
            single=False,
            limit=MAX_SERVICES,
            chosen=neutral[:MAX_SERVICES],
        )
        self.verified = info_label(object_name="verifiedDate")
        self.warnings = ServiceWarnings(lang)
        self.language = language_box()
        self.message = message_label("cardMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Resource card")))
        layout.addWidget(
            info_label(
                self.tr(
                    "Pocket size, folded once. The outside has no clinic name and no word about "
                    "violence. Inside: 1888 and 112 always, and up to %n service(s) you tick.",
                    "",
                    MAX_SERVICES,
                )
            )
        )
        layout.addWidget(self.services, 1)
        layout.addWidget(self.verified)
        layout.addWidget(self.warnings)
        row = QHBoxLayout()
        label = QLabel(self.tr("Card &in"))
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        self.preview_button = QPushButton(self.tr("&Show the card"))
        self.preview_button.setObjectName("previewButton")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        for button in (self.preview_button, close):
            button.setAutoDefault(True)  # Return on a focused button presses that button
            row.addWidget(button)
        self.preview_button.setDefault(True)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.make_document)
        close.clicked.connect(self.reject)
        self.services.changed.connect(self._update)
        self.warnings.changed.connect(self._ready)
        self._update()
        self.services.list.setFocus(Qt.FocusReason.OtherFocusReason)  # which services
        fit_dialog(self, QSize(760, 640))

    def _update(self, *_args: object) -> None:
        chosen = self.services.chosen()
        ids = [HOTLINE_ID, EMERGENCY_ID, *chosen]
        day = self._service.directory.verified_date(ids)
        self.verified.setText(
            self.tr("The card will say the numbers were last verified on {0}.").format(
                day_text(day, self._lang)
            )
            if day is not None
            else ""
        )
        self.verified.setVisible(day is not None)
        self.warnings.show_for(
            self._service.unchecked_services(chosen), self._service.own_name_services(chosen)
        )

    def _ready(self) -> None:
        self.preview_button.setEnabled(self.warnings.ready())

    def make_document(self) -> None:
        try:
            prepared = self._service.resource_card(
                self._person_id,
                tuple(self.services.chosen()),
                self.language.currentData(),
                named=self.warnings.accepted(),
            )
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.message, "")
        self._open_preview(prepared, self.tr("Resource card"), self)
