"""The small questions training mode asks through the desktop, behind replaceable functions.

Each opens its dialog with ``open()`` (no nested event loop, so quick-hide can close it at any
moment) and calls back with the answer; tests give ``TrainingDialogs`` fakes that answer at
once. File dialogs are Qt's own, with Qt's settings pointed nowhere while they are open (no
recent-files entry, no remembered folder), as the documents part does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from screening_app import APP_NAME
from screening_app.ui.file_dialogs import file_dialog

Confirm = Callable[[QWidget, str, str, Callable[[], None]], None]
AskText = Callable[[QWidget, str, Callable[[str], None]], None]
ChooseFile = Callable[[QWidget, str, str, Callable[[Path], None]], None]
ChooseFolder = Callable[[QWidget, Callable[[Path], None]], None]
ShowMessage = Callable[[QWidget, str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingDialogs", text)


def warn(parent: QWidget, text: str) -> None:
    from screening_app.ui.documents.hooks import show_message

    show_message(parent, text)


def confirm(parent: QWidget, text: str, yes: str, on_yes: Callable[[], None]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Cancel)
    box.setParent(parent, box.windowFlags())
    button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: on_yes() if clicked is button else None)
    box.open()


def ask_passphrase(parent: QWidget, prompt: str, on_given: Callable[[str], None]) -> None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setLabelText(prompt)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(on_given)
    dialog.open()


def choose_open_file(
    parent: QWidget, _suggested: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> None:
    file_dialog(parent, name_filter, QFileDialog.AcceptMode.AcceptOpen, on_chosen)


def choose_save_file(
    parent: QWidget, suggested: str, name_filter: str, on_chosen: Callable[[Path], None]
) -> None:
    file_dialog(
        parent, name_filter, QFileDialog.AcceptMode.AcceptSave, on_chosen, suggested=suggested
    )


def choose_folder(parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
    file_dialog(parent, "", QFileDialog.AcceptMode.AcceptOpen, on_chosen, folder=True)


@dataclass
class TrainingDialogs:
    """The desktop dialogs training mode uses; tests replace each with a fake."""

    confirm: Confirm = confirm
    ask_passphrase: AskText = ask_passphrase
    choose_open_file: ChooseFile = choose_open_file
    choose_save_file: ChooseFile = choose_save_file
    choose_folder: ChooseFolder = choose_folder
    show_message: ShowMessage = warn


__all__ = ["TrainingDialogs", "_tr"]
