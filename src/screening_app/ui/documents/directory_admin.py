"""The services directory for administrators: every entry listed, the clinic's own editable.

National entries are read-only; "Edit locally" copies one into the clinic's file (to fill in a
number the bundle ships as unconfirmed, say), and removing that copy restores the bundled one.
Saving checks the entry (problems beside their fields) and writes the clinic's file at once,
atomically; "Verified today" (after checking the entry against its source) stamps the date and
the administrator's name. An entry nobody has checked keeps no date and shows "not checked".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.domain.support import Directory, ServiceEntry
from screening_app.services.directory_admin import (
    DirectoryAdminService,
    DocumentError,
    FieldProblem,
    remove,
    upsert,
    validate_entry,
)
from screening_app.services.document_requests import KNOWN_ERRORS
from screening_app.ui.documents.entry_form import EntryForm
from screening_app.ui.documents.form_parts import (
    header,
    info_label,
    message_label,
    service_lines,
    show_message,
)
from screening_app.ui.documents.service_list import LIST_STYLE
from screening_app.ui.screen_fit import fit_dialog

ID_ROLE = Qt.ItemDataRole.UserRole


class DirectoryAdminDialog(QDialog):
    def __init__(
        self,
        admin: DirectoryAdminService,
        directory: Directory,
        *,
        lang: str,
        on_saved: Callable[[Directory], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryAdmin")
        self.setWindowTitle(APP_NAME)
        self._admin = admin
        self.directory = directory
        self._lang = lang
        self._on_saved = on_saved
        self._current: str | None = None  # the id shown; None with a new entry
        self._new = False

        self.list = QListWidget()
        self.list.setObjectName("entryList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet(LIST_STYLE)
        self.add_button = QPushButton(self.tr("&New local service"))
        self.add_button.setObjectName("addButton")
        self.remove_button = QPushButton(self.tr("&Remove the clinic's entry"))
        self.remove_button.setObjectName("removeButton")
        self.form = EntryForm()
        self._scroll = scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kind = info_label(object_name="entryKind")
        self.edit_button = QPushButton(self.tr("&Edit locally"))
        self.edit_button.setObjectName("editLocallyButton")
        self.verified_button = QPushButton(self.tr("&Verified today"))
        self.verified_button.setObjectName("verifiedButton")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveButton")
        self.status = info_label(object_name="saveStatus")
        self.message = message_label("adminMessage")
        self.close_button = close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        for button in (
            self.add_button,
            self.remove_button,
            self.edit_button,
            self.verified_button,
            self.save_button,
            close,
        ):
            button.setAutoDefault(True)  # Return on a focused button presses that button
        self.save_button.setDefault(True)  # else Return saves the entry being edited

        self._lay_out(parent)
        self.list.currentItemChanged.connect(self._selected)
        self.add_button.clicked.connect(self.new_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.edit_button.clicked.connect(self.edit_locally)
        self.verified_button.clicked.connect(self.mark_verified)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self._fill_list()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_dialog(self, QSize(1240, 720))

    # ------------------------------------------------------------------ list

    def _lay_out(self, parent: QWidget | None) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addWidget(self.kind)
        right.addWidget(self._scroll, 1)
        right.addWidget(self.message)
        right.addWidget(self.status)
        row = QHBoxLayout()
        for button in (self.edit_button, self.verified_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        right.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Services directory")))
        layout.addWidget(
            info_label(
                self.tr(
                    "National services come with TrygStart and are read-only; the clinic's own "
                    "entries are saved in the clinic's directory file: {0}"
                ).format(self._admin.clinic_file)
            )
        )
        layout.addLayout(body, 1)

    def clinic_entries(self) -> list[ServiceEntry]:
        return self._admin.clinic_entries(self.directory)

    def _fill_list(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        clinic_ids = self.directory.clinic_ids
        editable = [e for e in self.directory if e.id in clinic_ids or e.scope == "local"]
        national = [e for e in self.directory if e not in editable]
        for title, entries in (
            (self.tr("The clinic's services (editable)"), editable),
            (self.tr("National services (read-only)"), national),
        ):
            section = QListWidgetItem(title)
            font = QFont(self.list.font())
            font.setBold(True)
            section.setFont(font)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(section)
            for entry in entries:
                item = QListWidgetItem("\n".join(service_lines(entry, self._lang)))
                item.setData(ID_ROLE, entry.id)
                self.list.addItem(item)
        self.list.blockSignals(False)
        target = select or (editable[0].id if editable else None)
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item is not None and item.data(ID_ROLE) == target:
                self.list.setCurrentItem(item)
                return
        self._show(None)

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        service_id = item.data(ID_ROLE) if item is not None else None
        if service_id:
            self._show(service_id)

    def is_editable(self, service_id: str) -> bool:
        entry = self.directory.get(service_id)
        return service_id in self.directory.clinic_ids or entry.scope == "local"

    def _show(self, service_id: str | None) -> None:
        self._new = False
        self._current = service_id
        show_message(self.message, "")
        self.status.setText("")
        if service_id is None:
            self.form.load(None, editable=False, new_id=False)
            self._buttons(editable=False, national=False, clinic=False)
            self.kind.setText("")
            return
        entry = self.directory.get(service_id)
        editable = self.is_editable(service_id)
        clinic = service_id in self.directory.clinic_ids
        self.form.load(entry, editable=editable, new_id=False)
        self._buttons(editable=editable, national=not editable, clinic=clinic)
        if not editable:
            kind = self.tr(
                "National service, read-only. \u201cEdit locally\u201d makes the clinic's copy."
            )
        elif clinic and self._admin.is_bundled(service_id):
            kind = self.tr(
                "The clinic's version of a bundled entry; removing it restores the bundled one."
            )
        else:
            kind = self.tr("The clinic's own entry.")
        self.kind.setText(kind)

    def _buttons(self, *, editable: bool, national: bool, clinic: bool) -> None:
        self.edit_button.setVisible(national)
        self.verified_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.remove_button.setEnabled(clinic)

    # --------------------------------------------------------------- editing
    def new_entry(self) -> None:
        self.list.setCurrentRow(-1)
        self._current = None
        self._new = True
        self.form.load(None, editable=True, new_id=True)  # not checked until marked so
        self._buttons(editable=True, national=False, clinic=False)
        self.kind.setText(self.tr("A new local service."))
        self.form.singles["id"].setFocus()

    def edit_locally(self) -> None:
        if self._current is None:
            return
        entry = self.directory.get(self._current)
        self.form.load(entry, editable=True, new_id=False)
        self._buttons(editable=True, national=False, clinic=False)
        self.kind.setText(self.tr("The clinic's version of a bundled entry (not saved yet)."))

    def mark_verified(self) -> None:
        self.form.set_verified(self._admin.today, self._admin.admin_name)

    def save(self) -> bool:
        entry, problems = validate_entry(self.form.data())
        if entry is not None and self._new and entry.id in self.directory:
            problems = [FieldProblem("id", self.tr("this id is already used by another entry"))]
            entry = None
        unplaced = self.form.show_problems(problems)
        if entry is None:
            text = "; ".join(f"{p.field}: {p.message}" for p in unplaced)
            show_message(self.message, text or self.tr("Correct the fields marked."))
            return False
        return self._write(upsert(self.clinic_entries(), entry), select=entry.id)

    def remove_entry(self) -> None:
        if self._current is None or self._current not in self.directory.clinic_ids:
            return
        self._write(remove(self.clinic_entries(), self._current), select=self._current)

    def _write(self, entries: list[ServiceEntry], *, select: str) -> bool:
        try:
            directory = self._admin.save(entries)
        except DocumentError as error:
            show_message(self.message, "\n".join(e.message for e in error.errors))
            return False
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return False
        self.directory = directory
        self._on_saved(directory)
        self._fill_list(select if select in directory else None)
        self.status.setText(self.tr("Saved in the clinic's directory file."))
        return True
