"""Everything a person could read on screen: the text of every visible widget.

Walks every visible top-level widget (windows, dialogs, popups) and every visible widget in
it, and collects window titles, labels, buttons, fields, lists, combo boxes, tooltips and the
accessible names and descriptions a screen reader would speak.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
    texts.append(widget.toolTip())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        texts += [widget.toPlainText(), widget.placeholderText()]
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QListWidget):
        texts += [
            widget.item(i).text() for i in range(widget.count()) if not widget.item(i).isHidden()
        ]
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    return [t for t in texts if t]


def visible_texts() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                texts += widget_texts(widget)
    return texts


def leaks(forbidden: set[str]) -> list[str]:
    """The forbidden strings found in any visible text."""
    shown = visible_texts()
    return sorted({f for f in forbidden for text in shown if f and f in text})
