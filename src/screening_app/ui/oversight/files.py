"""Saving what the oversight screens export: Qt's own save dialog, leaving no trace
(``ui.file_dialogs``), and the file written by its owner only (a person's copy is person data)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from screening_app.ui.file_dialogs import file_dialog

SaveChooser = Callable[[QWidget, str, str, Callable[[Path], object]], object]


def choose_save_path(
    parent: QWidget, suggested: str, name_filter: str, on_chosen: Callable[[Path], object]
) -> QFileDialog:
    return file_dialog(
        parent, name_filter, QFileDialog.AcceptMode.AcceptSave, on_chosen, suggested=suggested
    )


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by its owner only (replacing a file the user chose
    to overwrite in the dialog)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    path.chmod(0o600)
