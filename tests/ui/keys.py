"""Typing into the application as a person would: keys go to the widget with the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focus_widget(fallback: QWidget) -> QWidget:
    return QApplication.focusWidget() or fallback


def press(qtbot: Any, fallback: QWidget, key: Qt.Key, modifier: Any = None) -> None:
    target = focus_widget(fallback)
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)


def type_text(qtbot: Any, fallback: QWidget, text: str) -> None:
    qtbot.keyClicks(focus_widget(fallback), text)


DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def tick(qtbot: Any, box: QWidget) -> None:
    """Click a check box on its indicator (its text may end before the widget does)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
