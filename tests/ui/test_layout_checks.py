"""The checks the screen tour runs find what they are meant to find (and only that)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tests.ui.layout_checks import cut_labels, mnemonic_clashes, unreachable_buttons

pytestmark = pytest.mark.gui


def _window(qtbot: Any, *widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_clash_is_two_visible_enabled_controls_with_one_letter(qtbot: Any) -> None:
    field = QLineEdit()
    name = QLabel("Klinikkens &navn")
    name.setBuddy(field)
    hidden = QPushButton("&Tilbage")
    disabled = QPushButton("&Titel")
    no_buddy = QLabel("&Sprog")
    window = _window(
        qtbot,
        QPushButton("&Næste"),
        name,
        field,
        QPushButton("&Øl"),
        QPushButton("Sm&ør"),  # "ø" and "Ø" are one key
        hidden,
        disabled,
        QPushButton("&Tak"),
        no_buddy,
        QPushButton("&Søg"),
        QPushButton("&&Co"),  # "&&" is an ampersand, not a key
        QPushButton("C&o"),
    )
    hidden.hide()
    disabled.setEnabled(False)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QPushButton("&Næste igen"))
    dialog.show()
    assert mnemonic_clashes(window) == {
        "ALT+N": ["QPushButton '&Næste'", "QLabel 'Klinikkens &navn'"],
        "ALT+Ø": ["QPushButton '&Øl'", "QPushButton 'Sm&ør'"],
    }
    dialog.close()


def test_a_button_below_the_window_is_unreachable_unless_it_scrolls(qtbot: Any) -> None:
    tall = QWidget()
    tall.setMinimumHeight(900)
    lost = QPushButton("Lost")
    lost.setObjectName("lost")
    frame = QWidget()
    column = QVBoxLayout(frame)
    column.addWidget(tall)
    column.addWidget(lost)
    inner_tall = QWidget()
    inner_tall.setMinimumHeight(900)
    found = QPushButton("Found")
    found.setObjectName("found")
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.addWidget(inner_tall)
    inner.addWidget(found)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    window = QWidget()
    qtbot.addWidget(window)
    frame.setParent(window)
    scroll.setParent(window)
    frame.setGeometry(0, 0, 300, 950)  # taller than the window: its bottom is cut
    scroll.setGeometry(300, 0, 300, 400)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    assert unreachable_buttons(window) == ["lost 'Lost'"]


def test_a_wrapped_label_with_too_little_height_is_cut(qtbot: Any) -> None:
    text = "Et langt stykke tekst, der skal brydes over flere linjer for at kunne læses. " * 3
    cut = QLabel(text)
    cut.setWordWrap(True)
    cut.setObjectName("cut")
    whole = QLabel(text)
    whole.setWordWrap(True)
    window = QWidget()
    qtbot.addWidget(window)
    cut.setParent(window)
    whole.setParent(window)
    cut.setGeometry(0, 0, 200, 20)
    whole.setGeometry(200, 0, 200, whole.heightForWidth(200))
    window.resize(400, 600)
    window.show()
    qtbot.waitExposed(window)
    (found,) = cut_labels(window)
    assert found.startswith("cut 'Et langt stykke tekst")
    assert found.endswith(f"20 px high, needs {cut.heightForWidth(200)}")
