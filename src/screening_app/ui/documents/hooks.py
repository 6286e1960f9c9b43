"""The small questions the document screens ask through the desktop: behind replaceable functions.

``DialogHooks`` bundles them: a message, the warning before an unencrypted file is saved, the
file name to save to, and the printer. The defaults open real dialogs with ``open()`` (no nested
event loop, so quick-hide can close them at any moment); tests pass fakes that answer at once.

Saving uses Qt's own file dialog, leaving no trace (``ui.file_dialogs``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from screening_app import APP_NAME
from screening_app.ui.file_dialogs import file_dialog

ShowMessage = Callable[[QWidget, str], None]
Confirm = Callable[[QWidget, Callable[[], None]], None]
ChooseSavePath = Callable[[QWidget, str, Callable[[Path], object]], object]
# Calls back with the printer the user chose (tests: any paged device kept in memory).
ChoosePrinter = Callable[[QWidget, int, Callable[[QPagedPaintDevice], object]], None]


def show_message(parent: QWidget, text: str) -> None:
    """A message the user must read (a refusal, an error): one OK button."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def confirm_unencrypted(parent: QWidget, on_yes: Callable[[], None]) -> None:
    """The warning before a document leaves the encrypted store as a plain file."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate(
            "DocumentDialogs",
            "The file will NOT be encrypted. Anyone who can open the folder you choose can "
            "read it. Save only where the clinic keeps such documents, and delete it when it "
            "is no longer needed.",
        ),
        QMessageBox.StandardButton.Cancel,
    )
    box.setParent(parent, box.windowFlags())
    save = box.addButton(
        QCoreApplication.translate("DocumentDialogs", "Save unencrypted"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is save:
            on_yes()

    box.buttonClicked.connect(clicked)
    box.open()


def choose_save_path(
    parent: QWidget, suggested_name: str, on_chosen: Callable[[Path], object]
) -> QFileDialog:
    """Ask where to save a PDF; ``on_chosen(path)`` when the user chose a file."""
    return file_dialog(
        parent,
        QCoreApplication.translate("DocumentDialogs", "PDF documents (*.pdf)"),
        QFileDialog.AcceptMode.AcceptSave,
        on_chosen,
        suggested=suggested_name,
        default_suffix="pdf",
    )


def new_printer() -> QPrinter:
    """A printer for our documents: full pages, and a neutral job name in the print queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(APP_NAME)  # print queues show the job name to others
    printer.setCreator(APP_NAME)
    printer.setFullPage(True)
    return printer


def choose_printer(
    parent: QWidget, pages: int, on_chosen: Callable[[QPagedPaintDevice], object]
) -> None:
    """The system print dialog; printing to a file is not offered (saving asks first)."""
    printer = new_printer()
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, pages)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_chosen(printer))
    QDialog.open(dialog)  # QPrintDialog.open() wants a slot to call; no nested loop either way


@dataclass
class DialogHooks:
    """The desktop dialogs the document screens use; tests replace each with a fake."""

    show_message: ShowMessage = show_message
    confirm_unencrypted: Confirm = confirm_unencrypted
    choose_save_path: ChooseSavePath = choose_save_path
    choose_printer: ChoosePrinter = choose_printer
