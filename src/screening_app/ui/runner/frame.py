"""The runner's frame around the item pages: the header (the questionnaire's title, where the
person is, the self-complete switch) and the footer (what the keys do, back, next), and the
runner's own keys (Enter goes on, Backspace goes back, number keys choose an option).

The runner (``runner_screen``) owns the behaviour; this module only builds the widgets and
reads a key press.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RunnerKey(Enum):
    ADVANCE = "advance"
    BACK = "back"
    DIGIT = "digit"


def runner_key(event: QKeyEvent) -> tuple[RunnerKey, int] | None:
    """What a key press means to the runner (Enter, Backspace, a number key without a
    modifier), or None for every other key."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers != Qt.KeyboardModifier.NoModifier:
        return None
    key = event.key()
    if key in ENTER:
        return RunnerKey.ADVANCE, 0
    if key == Qt.Key.Key_Backspace:
        return RunnerKey.BACK, 0
    if key in DIGITS:
        return RunnerKey.DIGIT, DIGITS[Qt.Key(key)]
    return None


class RunnerFrame(QWidget):
    """Header, a place for the pages, footer. The buttons are the runner's to connect."""

    def __init__(self, pages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runnerMain")
        self.title = QLabel()
        self.title.setObjectName("instrumentTitle")
        self.title.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.mode_button = _button("modeButton")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress)
        header.addSpacing(16)
        header.addWidget(self.mode_button)
        self.hint = QLabel()
        self.hint.setObjectName("keyHint")
        self.hint.setWordWrap(True)
        self.back = _button("backButton")
        self.next = _button("nextButton")
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.back)
        footer.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(pages, 1)
        layout.addLayout(footer)


def _button(object_name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(object_name)
    button.setAutoDefault(True)
    return button
