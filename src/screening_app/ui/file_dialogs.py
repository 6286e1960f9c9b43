"""Qt's own file dialogs, leaving no trace on the workstation.

Never the desktop's dialog (a GTK or portal dialog adds the file to the desktop's recent-files
list). Qt's own dialog in turn remembers the folders it visited in its settings file
(``QtProject.conf``: "history", "lastVisited"); while it is open, the settings path points where
nothing can be written, and it is put back only after the dialog is destroyed (Qt writes its
settings in the dialog's destructor). Dialogs open with ``open()`` (no nested event loop, so
quick-hide can close them at any moment) and call back with the path chosen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from screening_app import APP_NAME

# A settings path inside a file: it cannot be created, so Qt writes no settings while it is set.
NOWHERE = "/dev/null/trygstart-keeps-no-settings"


@contextlib.contextmanager
def no_qt_settings() -> Iterator[None]:
    """While inside, Qt's own settings (e.g. a file dialog's folder history) go nowhere."""
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


def file_dialog(
    parent: QWidget,
    name_filter: str,
    mode: QFileDialog.AcceptMode,
    on_chosen: Callable[[Path], object],
    *,
    suggested: str = "",
    folder: bool = False,
    default_suffix: str = "",
) -> QFileDialog:
    """Open (``AcceptOpen``) or save (``AcceptSave``) a file, or choose a folder, starting in
    Documents; ``on_chosen(path)`` when the user chose one."""
    stack = contextlib.ExitStack()
    stack.enter_context(no_qt_settings())
    dialog = QFileDialog(parent, APP_NAME, save_folder())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        saving = mode == QFileDialog.AcceptMode.AcceptSave
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if saving else QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(name_filter)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.setHistory([])
    if suggested:
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
