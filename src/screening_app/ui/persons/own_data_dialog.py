"""The person's own data: hand her a copy (PDF, JSON or FHIR), record that she will get it
later, or record her request for a correction or an erasure.

Before a copy is made the clinician reads the warning (the papers tell what she has said about
violence: not safe to take home if a partner may read them), confirms that she was told, and
records why. "Hand over later" records the request without making anything. The copy is made
by the service (one audit entry) and saved where the clinician chooses; the screen holds no
rule.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.errors import error_sentence

# (parent, suggested file name, name filter, on_chosen(path)) -> the open dialog
SaveChooser = Callable[[QWidget, str, str, Callable[[Path], object]], object]
Writer = Callable[[Path, bytes], None]
FORMATS = ("pdf", "json", "fhir")
REQUESTS = ("correction", "erasure")


class OwnDataDialog(QDialog):
    def __init__(  # noqa: PLR0915 - the dialog's widgets, built in one place
        self,
        service: Any,  # PersonDataService
        person_id: int,
        *,
        language: Callable[[], str],
        choose_path: SaveChooser,
        write: Writer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownDataDialog")
        self.setWindowTitle("TrygStart")  # neutral: a partner may see the window's title
        self._service = service
        self._person_id = person_id
        self._lang = language
        self._choose_path = choose_path
        self._write = write
        self.warning = QLabel()
        self.warning.setObjectName("ownDataWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "#ownDataWarning { background: #fff4d6; border: 1px solid #b08900; padding: 6px;"
            " font-weight: bold; }"
        )
        self.told = QCheckBox()
        self.told.setObjectName("ownDataTold")
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("ownDataReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.reason_label.setBuddy(self.reason)
        self.formats = QButtonGroup(self)
        self.format_buttons = {form: QRadioButton() for form in FORMATS}
        for form, button in self.format_buttons.items():
            button.setObjectName(f"ownDataFormat-{form}")
            self.formats.addButton(button)
        self.format_buttons["pdf"].setChecked(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("ownDataSave")
        self.save_button.clicked.connect(self.save_copy)
        self.later_button = QPushButton()
        self.later_button.setObjectName("ownDataLater")
        self.later_button.clicked.connect(self.hand_over_later)
        self.request_kind = QComboBox()
        self.request_kind.setObjectName("ownDataRequestKind")
        self.request_button = QPushButton()
        self.request_button.setObjectName("ownDataRequest")
        self.request_button.clicked.connect(self.record_request)
        self.open_requests = QComboBox()
        self.open_requests.setObjectName("ownDataOpenRequests")
        self.done_button = QPushButton()
        self.done_button.setObjectName("ownDataDone")
        self.done_button.clicked.connect(lambda: self.decide("done"))
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("ownDataRefuse")
        self.refuse_button.clicked.connect(lambda: self.decide("refused"))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("ownDataMessage")
        self.message.setWordWrap(True)
        self.told.toggled.connect(self._enable)
        self.reason.textChanged.connect(self._enable)
        self._build()
        self._retranslate()
        self._fill_open()
        self._enable()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.told)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        forms = QHBoxLayout()
        for button in self.format_buttons.values():
            forms.addWidget(button)
        forms.addStretch(1)
        layout.addLayout(forms)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.save_button)
        copy_row.addWidget(self.later_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        request_row = QHBoxLayout()
        request_row.addWidget(self.request_kind)
        request_row.addWidget(self.request_button)
        request_row.addStretch(1)
        layout.addLayout(request_row)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.open_requests, 1)
        decide_row.addWidget(self.done_button)
        decide_row.addWidget(self.refuse_button)
        layout.addLayout(decide_row)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.resize(620, 420)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.warning.setText(
            self.tr(
                "These papers tell what she has said about violence. They are not safe to take "
                "home if a partner or someone else may read them. Offer to hand them over later "
                "or to send them to a safe address."
            )
        )
        self.told.setText(self.tr("I have told her, and she wants the copy &now"))
        self.reason_label.setText(
            self.tr("&Reason, or what was decided (kept with the request, not in the log)")
        )
        names = {"pdf": self.tr("&PDF to read"), "json": self.tr("&JSON"),
                 "fhir": self.tr("FHIR R4 &Bundle")}  # fmt: skip
        for form, button in self.format_buttons.items():
            button.setText(names[form])
        self.save_button.setText(self.tr("&Save the copy..."))
        self.later_button.setText(self.tr("Hand over &later"))
        self.request_kind.clear()
        self.request_kind.addItem(self.tr("Correction"), "correction")
        self.request_kind.addItem(self.tr("Erasure"), "erasure")
        self.request_button.setText(self.tr("Record her re&quest"))
        self.done_button.setText(self.tr("Mark as &done"))
        self.refuse_button.setText(self.tr("Re&fuse"))
        self.close_button.setText(self.tr("Close"))

    def _enable(self) -> None:
        has_reason = bool(self.reason.toPlainText().strip())
        self.save_button.setEnabled(has_reason and self.told.isChecked())
        self.later_button.setEnabled(has_reason)
        self.request_button.setEnabled(has_reason)
        has_open = self.open_requests.count() > 0
        self.open_requests.setEnabled(has_open)
        self.done_button.setEnabled(has_reason and has_open)
        self.refuse_button.setEnabled(has_reason and has_open)

    def chosen_format(self) -> str:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def _refused(self, error: Exception) -> bool:
        sentence = error_sentence(error, self._lang())
        if sentence:
            self.message.setText(sentence)
        return bool(sentence)

    def save_copy(self) -> None:
        form = self.chosen_format()
        reason = self.reason.toPlainText()
        suffix = {"pdf": "pdf", "json": "json", "fhir": "json"}[form]
        name_filter = {"pdf": self.tr("PDF documents (*.pdf)")}.get(
            form, self.tr("JSON files (*.json)")
        )

        def chosen(path: Path) -> None:
            try:
                data = self._service.export(self._person_id, form, reason, lang=self._lang())
            except Exception as error:
                if not self._refused(error):
                    raise
                return
            self._write(path, data)
            self.message.setText(self.tr("Saved: {0}").format(path.name))

        self._choose_path(self, f"trygstart-kopi.{suffix}", name_filter, chosen)

    def hand_over_later(self) -> None:
        self._record("access", self.tr("Recorded: she gets the copy later."))

    def record_request(self) -> None:
        self._record(self.request_kind.currentData(), self.tr("Her request is recorded."))

    def _record(self, kind: str, done: str) -> None:
        try:
            self._service.record_request(self._person_id, kind, self.reason.toPlainText())
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self.message.setText(done)
        self._fill_open()

    def _fill_open(self) -> None:
        """Her open requests, to decide: the text field then says what was done, or why not."""
        try:
            requests = self._service.requests(self._person_id)
        except Exception as error:
            if not self._refused(error):
                raise
            return
        kinds = {"access": self.tr("Copy"), "correction": self.tr("Correction"),
                 "erasure": self.tr("Erasure")}  # fmt: skip
        self.open_requests.clear()
        for request in requests:
            if request.status == "open":
                text = f"{kinds.get(request.kind, request.kind)} {request.received_on}: "
                self.open_requests.addItem(text + request.details[:60], request.id)
        self._enable()

    def decide(self, status: str) -> None:
        request_id = self.open_requests.currentData()
        if request_id is None:
            return
        try:
            self._service.decide(request_id, status, self.reason.toPlainText())
        except Exception as error:
            if not self._refused(error):
                raise
            return
        self.message.setText(
            self.tr("The request is marked as done.") if status == "done"
            else self.tr("The refusal and its reason are recorded.")
        )  # fmt: skip
        self._fill_open()
