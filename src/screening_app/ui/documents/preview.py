"""The preview: a rendered document shown from its bytes, then printed or saved if asked.

QtPdf reads the PDF from a ``QBuffer`` over the bytes: no temporary file. Printing goes through
the system print dialog, the pages painted by ``printing.paint_pages``. Saving warns that the file
is unencrypted, then asks where through Qt's own file dialog (``hooks``). Before a print or a
save leaves the application, ``on_action("printed" | "saved")`` records it in the audit trail;
if that fails, nothing is printed or saved.

The window's title is "TrygStart"; it is a dialog, so quick-hide closes it with every other
window, and closing it releases the document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.services.document_requests import KNOWN_ERRORS
from screening_app.services.documents import Prepared
from screening_app.ui.documents.hooks import DialogHooks
from screening_app.ui.documents.printing import PrintError, paint_pages
from screening_app.ui.quick_hide_button import QuickHideButton, quick_hide_for
from screening_app.ui.screen_fit import fit_dialog

RecordAction = Callable[[str], None]


class PreviewDialog(QDialog):
    def __init__(
        self,
        prepared: Prepared,
        *,
        heading: str,
        on_action: RecordAction,
        hooks: DialogHooks,
        lang: str,
        training: bool = False,
        today: dt.date | None = None,
        can_save: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self._can_save = can_save  # the machine's settings may forbid saving a PDF
        self.setWindowTitle(APP_NAME)
        self._prepared = prepared
        self._on_action = on_action
        self._hooks = hooks
        self._lang = lang
        self._today = today or dt.date.today()  # noqa: DTZ011 - the workstation's own day

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(prepared.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._buffer)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header(heading, parent))
        notes = self._notes(prepared, training)
        if notes:
            note = QLabel("\n".join(notes))
            note.setObjectName("previewNote")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(heading)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self.finished.connect(self._release)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_dialog(self, QSize(900, 760))

    def _header(self, heading: str, parent: QWidget | None) -> QHBoxLayout:
        top = QHBoxLayout()
        hide = quick_hide_for(parent)
        if hide is not None:  # a modal window blocks the main window's button
            action, icon = hide
            button = QuickHideButton(icon)
            button.clicked.connect(action)
            top.addWidget(button)
        title = QLabel(heading)
        title.setObjectName("previewHeading")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title, 1)
        self.pages_label = QLabel(self.tr("Pages: {0}").format(self.pdf.pageCount()))
        top.addWidget(self.pages_label)
        return top

    def _notes(self, prepared: Prepared, training: bool) -> list[str]:
        notes = []
        if prepared.rendered.discreet:
            notes.append(
                self.tr(
                    "Discreet: the outside or first page says nothing about what the document "
                    "is about."
                )
            )
        elif prepared.kind == "safety-plan":
            notes.append(
                self.tr(
                    "Not discreet: anyone who finds this plan can see that it is a plan for "
                    "getting away."
                )
            )
        if training:
            notes.append(self.tr("Training: every page is marked, and nothing is real."))
        return notes

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Only when needed: the file is not encrypted."))
        self.save_button.setVisible(self._can_save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setObjectName("closeButton")
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(True)  # Return on a focused button presses that button
        self.print_button.setDefault(True)  # else Return asks for the printer
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button.clicked.connect(self.ask_save)
        self.close_button.clicked.connect(self.reject)
        return buttons

    @property
    def prepared(self) -> Prepared:
        return self._prepared

    # ----------------------------------------------------------------- print
    def ask_printer(self) -> None:
        self._hooks.choose_printer(self, self.pdf.pageCount(), self.print_on)

    def print_on(self, device: QPagedPaintDevice) -> bool:
        """Print on the chosen printer (after recording it); True when the pages went out.

        ``device`` is the ``QPrinter`` from the print dialog (in tests, any paged device that
        keeps the pages in memory). A printer set to print into a file is refused: making a
        file is "Save as PDF", which warns first.
        """
        if not shiboken6.isValid(self) or not self.isVisible():
            return False
        first = last = 0
        if isinstance(device, QPrinter):
            if device.outputFormat() == QPrinter.OutputFormat.PdfFormat or device.outputFileName():
                self._hooks.show_message(
                    self, self.tr("To make a file, use \u201cSave as PDF\u201d: it warns first.")
                )
                return False
            first, last = device.fromPage(), device.toPage()
        if not self._record("printed"):
            return False
        try:
            count = paint_pages(self.pdf, device, first, last)
        except PrintError:
            self._hooks.show_message(self, self.tr("The printer could not print the document."))
            return False
        self.status.setText(self.tr("Sent to the printer: %n page(s).", "", count))
        return True

    # ------------------------------------------------------------------ save
    def ask_save(self) -> None:
        self._hooks.confirm_unencrypted(self, self._ask_path)

    def _ask_path(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            name = f"{APP_NAME}-{self._today.isoformat()}.pdf"
            self._hooks.choose_save_path(self, name, self.save_to)

    def save_to(self, path: Path) -> bool:
        """Write the bytes to exactly the file the user chose (after recording the save)."""
        if not shiboken6.isValid(self) or not self.isVisible():
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not self._record("saved"):
            return False
        try:
            path.write_bytes(self._prepared.pdf)
        except OSError:
            self._hooks.show_message(self, self.tr("The file could not be saved there."))
            return False
        self.status.setText(self.tr("Saved, unencrypted: {0}").format(path))
        return True

    # --------------------------------------------------------------- helpers
    def _record(self, action: str) -> bool:
        try:
            self._on_action(action)
        except KNOWN_ERRORS as error:
            self._hooks.show_message(self, error.message(self._lang))  # type: ignore[attr-defined]
            return False
        return True

    def _release(self) -> None:
        """Drop the document from memory as soon as the preview closes."""
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
