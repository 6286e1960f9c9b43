"""The discreet resource card: 1888 and 112 always, and up to four services the clinician picks
(those the result recommends are ticked first), with the date the numbers were last verified."""

from __future__ import annotations

from collections.abc import Callable

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
from screening_app.letters import MAX_SERVICES
from screening_app.services.document_requests import KNOWN_ERRORS
from screening_app.services.documents import DocumentService, Prepared
from screening_app.ui.documents.form_parts import (
    day_text,
    header,
    info_label,
    message_label,
    show_message,
)
from screening_app.ui.documents.service_list import ServiceChooser

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
        self.services = ServiceChooser(
            recommended,
            offered,
            lang,
            single=False,
            limit=MAX_SERVICES,
            chosen=[e.id for e in recommended][:MAX_SERVICES],
        )
        self.verified = info_label(object_name="verifiedDate")
        self.language = language_box()
        self.message = message_label("cardMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Resource card")))
        layout.addWidget(
            info_label(
                self.tr(
                    "Pocket size, folded once. The outside has no clinic name and no word about "
                    "violence. Inside: 1888 and 112 always, and up to {0} services you tick."
                ).format(MAX_SERVICES)
            )
        )
        layout.addWidget(self.services, 1)
        layout.addWidget(self.verified)
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
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.make_document)
        close.clicked.connect(self.reject)
        self.services.changed.connect(self._update)
        self._update()
        self.resize(760, 640)

    def _update(self, *_args: object) -> None:
        ids = [HOTLINE_ID, EMERGENCY_ID, *self.services.chosen()]
        day = self._service.directory.verified_date(ids)
        self.verified.setText(
            self.tr("Some of these numbers have not been checked: the card will say so.")
            if day is None
            else self.tr("The card will say the numbers were last verified on {0}.").format(
                day_text(day, self._lang)
            )
        )

    def make_document(self) -> None:
        try:
            prepared = self._service.resource_card(
                self._person_id,
                tuple(self.services.chosen()),
                self.language.currentData(),
            )
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.message, "")
        self._open_preview(prepared, self.tr("Resource card"), self)
