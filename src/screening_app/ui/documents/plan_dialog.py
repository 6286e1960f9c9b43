"""The safety plan, filled in with the person: safe people and places, what to take when leaving,
a code word, important numbers. The person decides whether to take it.

Whatever its words, the plan shows what it is for to anyone who finds it: the dialog says so
plainly before anything is printed, and offers the version with the numbers only (no people,
places, things to have ready, code word or notes). Services without a neutral name and numbers
nobody has checked are named, as for the card."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.services.document_requests import (
    KNOWN_ERRORS,
    SafePerson,
    SafetyPlanRequest,
    default_take_along,
)
from screening_app.services.documents import DocumentService, Prepared
from screening_app.ui.documents.card_dialog import language_box
from screening_app.ui.documents.form_parts import (
    WARNING_STYLE,
    ServiceWarnings,
    header,
    info_label,
    message_label,
    show_message,
    text_box,
)
from screening_app.ui.documents.service_list import ServiceChooser
from screening_app.ui.screen_fit import fit_dialog

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
        neutral = [e.id for e in recommended if e.discreet_name is not None]
        self.services = ServiceChooser(
            recommended,
            offered,
            lang,
            single=False,
            limit=MAX_PLAN_SERVICES,
            chosen=neutral[:MAX_PLAN_SERVICES],
        )
        self.services.setMinimumHeight(180)
        self.warnings = ServiceWarnings(lang)
        self.whole = QRadioButton(self.tr("The whole plan"))
        self.whole.setObjectName("wholePlan")
        self.numbers_only = QRadioButton(
            self.tr("Numbers only: no names, places, things to have ready or code word")
        )
        self.numbers_only.setObjectName("numbersOnly")
        self.whole.setChecked(True)
        self._version = QButtonGroup(self)
        self._version.addButton(self.whole)
        self._version.addButton(self.numbers_only)
        self.notes = text_box("ownNotes", 2)
        self.language = language_box()
        self.message = message_label("planMessage")

        self._lay_out(parent)

    def _form(self) -> QFormLayout:
        """The plan's fields; ``_personal`` collects those the numbers-only version leaves out."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people_label = QLabel(self.tr("Safe people"))
        form.addRow(people_label, self._people_grid)
        self._personal: list[QWidget] = [people_label, *(f for row in self.people for f in row)]
        for text, field in (
            (self.tr("Safe &places (one per line)"), self.places),
            (self.tr("&Take along (one per line)"), self.take_along),
            (self.tr("&Code word"), self.code_word),
            (self.tr("The code word &means"), self.code_meaning),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            self._personal += [label, field]
        form.addRow(self.tr("Numbers besides 1888 and 112"), self.services)
        form.addRow("", self.warnings)
        notes_label = QLabel(self.tr("Own &notes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        self._personal += [notes_label, self.notes]
        label = QLabel(self.tr("Plan &in"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        return form

    def _lay_out(self, parent: QWidget | None) -> None:
        form = self._form()
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Safety plan")))
        layout.addWidget(
            info_label(self.tr("Fill it in with the person. They decide whether to take it."))
        )
        warning = info_label(
            self.tr(
                "Whatever the words, anyone who finds this plan can see that it is a plan for "
                "getting away: people to call, places to go, things to have ready, a code "
                "word. Talk with the person about where they will keep it, or print the "
                "numbers only."
            ),
            "planWarning",
        )
        warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(warning)
        version = QHBoxLayout()
        version.addWidget(self.whole)
        version.addWidget(self.numbers_only)
        version.addStretch(1)
        layout.addLayout(version)
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
            button.setAutoDefault(True)  # Return on a focused button presses that button
            row.addWidget(button)
        self.preview_button.setDefault(True)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.make_document)
        close.clicked.connect(self.reject)
        self.chosen.toggled.connect(self._update)
        self.numbers_only.toggled.connect(self._update)
        self.services.changed.connect(self._services_changed)
        self.warnings.changed.connect(self._update)
        self._services_changed()
        self.whole.setFocus(Qt.FocusReason.OtherFocusReason)  # below the warning: which plan
        fit_dialog(self, QSize(900, 700))

    def _services_changed(self, *_args: object) -> None:
        chosen = self.services.chosen()
        self.warnings.show_for(
            self._service.unchecked_services(chosen), self._service.own_name_services(chosen)
        )

    def _update(self, *_args: object) -> None:
        numbers_only = self.numbers_only.isChecked()
        for widget in self._personal:
            widget.setEnabled(not numbers_only)
        self.preview_button.setEnabled(self.chosen.isChecked() and self.warnings.ready())

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
            numbers_only=self.numbers_only.isChecked(),
            named=self.warnings.accepted(),
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
