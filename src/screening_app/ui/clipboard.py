"""Copying a note to the clipboard, and taking it away again.

What TrygStart copies (the note for the record) is cleared 30 seconds later, when the screen
locks and when the application exits, but only while the clipboard still holds our text: if the
user copied something else meanwhile, it is left alone (the same rule KeePassXC follows for
passwords). The copy carries the hints that ask clipboard-history tools not to keep it: KDE's
``x-kde-passwordManagerHint`` and Windows' ``ExcludeClipboardContentFromMonitorProcessing``,
``CanIncludeInClipboardHistory`` = 0 and ``CanUploadToCloudClipboard`` = 0. Only the
clipboard is used, never the X11 selection (middle-click paste).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QClipboard

if TYPE_CHECKING:
    from screening_app.ui.ports import Timer, TimerFactory

CLEAR_AFTER_MS = 30_000

_DWORD_ZERO = b"\x00\x00\x00\x00"
_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'
PRIVACY_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    _WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"): _DWORD_ZERO,
    _WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"): _DWORD_ZERO,
    _WINDOWS_FORMAT.format("CanUploadToCloudClipboard"): _DWORD_ZERO,
}


class ClipboardGuard(QObject):
    """Puts text on the clipboard and clears it later if it is still ours."""

    copied = Signal()
    cleared = Signal()  # our text was taken off the clipboard (or replaced by the user's)

    def __init__(
        self,
        clipboard: QClipboard,
        timer_factory: TimerFactory,
        clear_after_ms: int = CLEAR_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._clear_after_ms = clear_after_ms
        self._timer: Timer = timer_factory(self.clear_if_ours)
        self._ours: str | None = None

    @property
    def clear_after_ms(self) -> int:
        return self._clear_after_ms

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in PRIVACY_HINTS.items():
            mime.setData(fmt, value)
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start(self._clear_after_ms)
        self.copied.emit()

    def holds_ours(self) -> bool:
        """True while the clipboard still holds the text we put there."""
        return self._ours is not None and self._clipboard.text() == self._ours

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it holds our text; forget our text either way."""
        self._timer.stop()
        if self._ours is None:
            return
        if self.holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
        self.cleared.emit()
