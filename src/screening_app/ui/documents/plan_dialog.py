"""The safety plan, filled in with the person: safe people and places, what to take when leaving,
a code word, important numbers. The person decides whether to take it; it prints discreetly
(no clinic name, nothing about violence)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.letters import SafePerson, default_take_along
from screening_app.services.document_requests import KNOWN_ERRORS, SafetyPlanRequest
from screening_app.services.documents import DocumentService, Prepared
from screening_app.ui.documents.card_dialog import language_box
from screening_app.ui.documents.form_parts import (
    header,
    info_label,
    message_label,
    show_message,
    text_box,
)
from screening_app.ui.documents.service_list import ServiceChooser

OpenPreview = Callable[[Prepared, str, QWidget], object]
SAFE_PEOPLE_ROWS = 3
MAX_PLAN_SERVICES = 6


def text_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class PlanDialog(QDialog):
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
        self.setObjectName("planDialog")
        self.setWindowTitle(APP_NAME)
        self._service = service
        self._person_id = person_id
        self._lang = lang
        self._open_preview = open_preview

        self.chosen = QCheckBox(self.tr("The person has chosen to take the plan"))
        self.chosen.setObjectName("personChose")
        self.people: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        self._people_grid = people = QGridLayout()
        for column, text in enumerate((self.tr("Name"), self.tr("Phone"), self.tr("Note"))):
            people.addWidget(QLabel(text), 0, column)
        for row in range(SAFE_PEOPLE_ROWS):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            for column, field in enumerate(fields):
                field.setObjectName(f"safePerson{row}-{column}")
                people.addWidget(field, row + 1, column)
            self.people.append(fields)
        self.places = text_box("safePlaces", 3)
        self.take_along = text_box("takeAlong", 5)
        self.take_along.setPlainText("\n".join(default_take_along("en" if lang == "en" else "da")))
        self.code_word = QLineEdit()
        self.code_word.setObjectName("codeWord")
        self.code_meaning = QLineEdit()
        self.code_meaning.setObjectName("codeMeaning")
        self.code_meaning.setPlaceholderText(self.tr("e.g. call me at once"))
        offered = service.card_services()
        offered_ids = {e.id for e in offered}
        recommended = [e for e in service.recommended(screening_id) if e.id in offered_ids]
        self.services = ServiceChooser(
            recommended,
            offered,
            lang,
            single=False,
            limit=MAX_PLAN_SERVICES,
            chosen=[e.id for e in recommended][:MAX_PLAN_SERVICES],
        )
        self.services.setMinimumHeight(180)
        self.notes = text_box("ownNotes", 2)
        self.language = language_box()
        self.message = message_label("planMessage")

        self._lay_out(parent)

    def _lay_out(self, parent: QWidget | None) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Safe people"), self._people_grid)
        for text, field in (
            (self.tr("Safe &places (one per line)"), self.places),
            (self.tr("&Take along (one per line)"), self.take_along),
            (self.tr("&Code word"), self.code_word),
            (self.tr("The code word &means"), self.code_meaning),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tr("Numbers besides 1888 and 112"), self.services)
        for text, other in (
            (self.tr("Own &notes"), self.notes),
            (self.tr("Plan &in"), self.language),
        ):
            label = QLabel(text)
            label.setBuddy(other)
            form.addRow(label, other)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Safety plan")))
        layout.addWidget(
            info_label(
                self.tr(
                    "Fill it in with the person. They decide whether to take it. It is printed "
                    "discreetly: no clinic name and nothing about violence."
                )
            )
        )
        layout.addWidget(self.chosen)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.preview_button = QPushButton(self.tr("&Show the plan"))
        self.preview_button.setObjectName("previewButton")
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        for button in (self.preview_button, close):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.make_document)
        close.clicked.connect(self.reject)
        self.chosen.toggled.connect(self.preview_button.setEnabled)
        self.preview_button.setEnabled(False)
        self.resize(900, 700)

    def request(self) -> SafetyPlanRequest:
        people = tuple(
            SafePerson(
                name.text().strip(), phone.text().strip() or None, note.text().strip() or None
            )
            for name, phone, note in self.people
            if name.text().strip()
        )
        return SafetyPlanRequest(
            person_chose_to_take_it=self.chosen.isChecked(),
            service_ids=tuple(self.services.chosen()),
            safe_people=people,
            safe_places=text_lines(self.places.toPlainText()),
            take_along=text_lines(self.take_along.toPlainText()),
            code_word=self.code_word.text(),
            code_word_meaning=self.code_meaning.text(),
            own_notes=self.notes.toPlainText(),
        )

    def make_document(self) -> None:
        try:
            prepared = self._service.safety_plan(
                self._person_id, self.request(), self.language.currentData()
            )
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.message, "")
        self._open_preview(prepared, self.tr("Safety plan"), self)
