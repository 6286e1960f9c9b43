"""Stand-ins for the desktop dialogs (``DialogHooks``) and a printer that keeps pages in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QPdfWriter
from PySide6.QtWidgets import QWidget

from screening_app.ui.documents.hooks import DialogHooks


class MemoryPrinter:
    """A paged device that keeps what is printed in memory (a PDF in a buffer)."""

    def __init__(self) -> None:
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.device = QPdfWriter(self.buffer)
        self.device.setResolution(72)  # small pages: the tests check pages, not sharpness
        self.device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))

    def output(self) -> bytes:
        return bytes(self.buffer.data().data())


class FakeHooks:
    """Answers the dialogs at once and remembers what was asked.

    ``confirm``: the answer to the unencrypted-file warning; ``save_path``: the file "chosen"
    (None: the user cancels); ``printer``: the device "chosen" in the print dialog (None:
    cancelled).
    """

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.confirmations = 0
        self.confirm = True
        self.save_path: Path | None = None
        self.suggested: list[str] = []
        self.printer: QPagedPaintDevice | None = None
        self.printed: list[object] = []

    def hooks(self) -> DialogHooks:
        return DialogHooks(
            show_message=self.show_message,
            confirm_unencrypted=self.confirm_unencrypted,
            choose_save_path=self.choose_save_path,
            choose_printer=self.choose_printer,
        )

    def show_message(self, _parent: QWidget, text: str) -> None:
        self.messages.append(text)

    def confirm_unencrypted(self, _parent: QWidget, on_yes: Callable[[], None]) -> None:
        self.confirmations += 1
        if self.confirm:
            on_yes()

    def choose_save_path(
        self, _parent: QWidget, suggested: str, on_chosen: Callable[[Path], object]
    ) -> None:
        self.suggested.append(suggested)
        if self.save_path is not None:
            on_chosen(self.save_path)

    def choose_printer(
        self, _parent: QWidget, _pages: int, on_chosen: Callable[[QPagedPaintDevice], object]
    ) -> None:
        if self.printer is not None:
            self.printed.append(on_chosen(self.printer))
