"""A word-wrapped label that is never cut.

``QLabel.heightForWidth(w)`` answers for the width it is offered even when its maximum width is
smaller, so a layout that offers more (a form row whose field is narrower than the row) gives it
the height of fewer lines than it will wrap to, and the text is cut. This label answers for the
width it will really have.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return super().heightForWidth(min(width, self.maximumWidth()))
