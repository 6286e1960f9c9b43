"""Saving what the oversight screens export: Qt's own save dialog (never the desktop's, so no
recent-files entry), and the file written by its owner only (a person's copy is person data)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from screening_app import APP_NAME

# A settings path inside a file: it can never be created, so Qt writes no settings file.
NOWHERE = "/dev/null/trygstart-keeps-no-settings"

SaveChooser = Callable[[QWidget, str, str, Callable[[Path], object]], object]


@contextlib.contextmanager
def no_qt_settings() -> Iterator[None]:
    """While inside, Qt's own settings (the dialog's folder history) go nowhere."""
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for settings_format in formats:
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, NOWHERE)
    try:
        yield
    finally:
        for settings_format in formats:
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, home)


def save_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def choose_save_path(
    parent: QWidget, suggested: str, name_filter: str, on_chosen: Callable[[Path], object]
) -> QFileDialog:
    stack = contextlib.ExitStack()
    stack.enter_context(no_qt_settings())
    dialog = QFileDialog(parent, APP_NAME, save_folder())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setHistory([])
    dialog.selectFile(suggested)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    chosen: list[Path] = []
    dialog.fileSelected.connect(lambda name: chosen.append(Path(name)))

    def finished(_result: int) -> None:
        dialog.deleteLater()
        if chosen:
            on_chosen(chosen[-1])

    dialog.destroyed.connect(lambda *_: stack.close())
    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by its owner only (replacing a file the user chose
    to overwrite in the dialog)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    path.chmod(0o600)
