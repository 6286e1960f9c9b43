"""Find a person by name, CPR number or birth date, or register a new one.

One field: what was typed decides the kind of search (``domain.person_search``). A search runs
on Enter or the button, not while typing: every search is an access to person data and is
written in the audit trail. The list shows name, CPR number, birth date and role; Enter or a
double click opens the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.cpr import CprError, birth_date_of, format_cpr
from screening_app.domain.person_search import (
    BirthDateQuery,
    CprQuery,
    NameQuery,
    PersonQuery,
    UnclearQuery,
    classify,
)
from screening_app.services.records import PersonSummary
from screening_app.ui.dates import date_text
from screening_app.ui.errors import error_sentence
from screening_app.ui.main_button import MainButton
from screening_app.ui.persons.words import role_word
from screening_app.ui.style import scaled_font

# The search itself: the query -> the persons found (raises StorageError with a sentence).
Search = Callable[[PersonQuery], Sequence[PersonSummary]]


class ResultsTable(QTableWidget):
    opened = Signal(int)  # person id

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.currentRow()
            if row >= 0:
                item = self.item(row, 0)
                if item is not None:
                    self.opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))
                    return
        super().keyPressEvent(event)


class PersonSearchScreen(QWidget):
    person_chosen = Signal(int)
    new_person_requested = Signal()

    def __init__(
        self, search: Search, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personSearchScreen")
        self._search = search
        self._lang = language
        self._found: list[PersonSummary] | None = None
        self._message = ""
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self._field_label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self._field_label.setBuddy(self.field)
        self.search_button = QPushButton()
        self.search_button.setObjectName("searchButton")
        self.search_button.clicked.connect(self.run_search)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPersonButton")
        self.new_button.clicked.connect(self.new_person_requested)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self._make_table()
        self.keys = MainButton(self, self.search_button)  # Return in the field searches
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        layout.addWidget(self._field_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        self._retranslate()

    def _make_table(self) -> None:
        self.table = ResultsTable(0, 4)
        self.table.setObjectName("searchResults")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.opened.connect(self.person_chosen)
        self.table.hide()

    def focus_input(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_order(self) -> list[QWidget]:
        """As the screen is used: the field, search, the persons found, then "new person"."""
        return [self.field, self.search_button, self.table, self.new_button]

    def clear(self) -> None:
        """Forget what was typed and found (a new user, or back from a person)."""
        self.field.clear()
        self._found = None
        self._message = ""
        self.table.setRowCount(0)
        self.table.hide()
        self._retranslate()

    # ---------------------------------------------------------------- search
    def run_search(self) -> None:
        query = classify(self.field.text())
        if query is None:
            return
        if isinstance(query, UnclearQuery):
            self._show([], self.tr("Type a name, a CPR number or a birth date (dd.mm.yyyy)."))
            return
        try:
            found = list(self._search(query))
        except Exception as error:  # noqa: BLE001 - the storage's sentence, or a general one
            self._show([], error_sentence(error, self._lang()) or self.tr("The search failed."))
            return
        self._show(found, "" if found else self._nobody(query))

    def _nobody(self, query: PersonQuery) -> str:
        if isinstance(query, NameQuery):
            return self.tr("No one with that name was found.")
        if isinstance(query, CprQuery):
            return self.tr("No one with that CPR number was found.")
        if isinstance(query, BirthDateQuery):
            return self.tr("No one born on that date was found.")
        return ""

    def _show(self, found: list[PersonSummary], message: str) -> None:
        self._found = found
        self._message = message
        table = self.table
        table.setRowCount(len(found))
        for row, person in enumerate(found):
            cells = (
                person.name,
                format_cpr(person.cpr) if person.cpr else "",
                date_text(person.birth_date or _cpr_birth_date(person.cpr)),
                role_word(person.role),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                table.setItem(row, column, item)
        table.setVisible(bool(found))
        if found:
            table.setCurrentCell(0, 0)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._retranslate()

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.person_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # ---------------------------------------------------------------- words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._found:
                self._show(self._found, self._message)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Find a person"))
        self._field_label.setText(self.tr("&Name, CPR number or birth date"))
        self.field.setPlaceholderText(self.tr("e.g. Hansen, 010190-1234 or 01.01.1990"))
        self.field.setAccessibleName(self.tr("Name, CPR number or birth date"))
        self.search_button.setText(self.tr("&Search"))
        self.new_button.setText(self.tr("New &person..."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("CPR number"), self.tr("Birth date"), self.tr("Role")]
        )
        self.table.setAccessibleName(self.tr("Persons found"))
        if self._found:
            self.status.setText(self.tr("%n person(s) found. Enter opens.", "", len(self._found)))
        else:
            self.status.setText(self._message)
        self.status.setVisible(bool(self.status.text()))


def _cpr_birth_date(cpr: str | None) -> dt.date | None:
    """The birth date a CPR number holds, for a person recorded without one."""
    if cpr is None:
        return None
    try:
        return birth_date_of(cpr)
    except CprError:
        return None
