"""The whole questionnaire with the keyboard alone: number keys, Enter, Backspace, typing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from screening_app.domain.context import Context
from tests.ui.keys import DIGIT, press, type_text

pytestmark = pytest.mark.gui

ENTER = Qt.Key.Key_Return


def test_keyboard_only_from_first_to_last_item(make_runner: Any, sink: Any, qtbot: Any) -> None:
    runner = make_runner(context=Context(role="father-co-parent", phase="pregnant"))
    window = runner.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    runner.focus_current()
    steps: list[tuple[str, list[Any]]] = [
        ("intro", [ENTER]),
        ("q-bool", [DIGIT[1], ENTER]),
        ("q-choice", [DIGIT[3], ENTER]),
        ("outer-note", [ENTER]),
        ("q-multi", [DIGIT[1], DIGIT[2], DIGIT[2], ENTER]),
        ("q-int", ["7", ENTER]),
        ("q-dec", ["2,5", ENTER]),
        ("q-date", ["01-05-2024", ENTER]),
        ("q-string", ["Mis", ENTER]),
        ("q-text", ["Grøn låge", ("ctrl", ENTER)]),
        ("q-role", [DIGIT[2]]),
    ]
    for link_id, keys in steps:
        assert runner.current_link_id == link_id
        for key in keys:
            if isinstance(key, str):
                type_text(qtbot, runner, key)
            elif isinstance(key, tuple):
                press(qtbot, runner, key[1], Qt.KeyboardModifier.ControlModifier)
            else:
                press(qtbot, runner, key)
    assert runner._next.text() == "&Vis resultatet"
    with qtbot.waitSignal(runner.finished, timeout=1000):
        press(qtbot, runner, ENTER)
    assert runner.session.answers == {
        "q-bool": True,
        "q-choice": "c",
        "q-multi": ("tomato",),
        "q-int": 7,
        "q-dec": 2.5,
        "q-date": dt.date(2024, 5, 1),
        "q-string": "Mis",
        "q-text": "Grøn låge",
        "q-role": False,
    }
    assert sink.last("q-multi") == ("tomato",)
    assert [link_id for link_id, _ in sink.answers].count("q-multi") == 3


def test_backspace_goes_back_and_skips_hidden_items(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    runner.current_page().input.choose(1)
    runner.go_to("q-string")
    press(qtbot, runner, Qt.Key.Key_Tab)  # from the text field to the page's button
    press(qtbot, runner, Qt.Key.Key_Backspace)
    assert runner.current_link_id == "q-choice"  # the hidden greenhouse items are skipped
    press(qtbot, runner, Qt.Key.Key_Backspace)
    assert runner.current_link_id == "q-bool"


def test_backspace_in_a_text_field_deletes_a_character(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    runner.go_to("q-string")
    type_text(qtbot, runner, "Mis")
    press(qtbot, runner, Qt.Key.Key_Backspace)
    assert runner.current_link_id == "q-string"
    assert runner.current_page().input.field.text() == "Mi"


def test_number_keys_in_a_field_are_typed_not_chosen(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    runner.session.answer("q-bool", True)
    runner.session.answer("q-multi", ["tomato"])
    runner._refresh_visibility()
    runner.go_to("q-int")
    press(qtbot, runner, DIGIT[1])
    press(qtbot, runner, DIGIT[2])
    assert runner.current_page().input.field.text() == "12"


def test_enter_on_a_focused_button_presses_that_button(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    runner._back.setFocus()
    press(qtbot, runner, ENTER)
    assert runner.current_link_id == "q-bool"


def test_focus_order_starts_with_quick_hide(shell: Any, make_runner: Any) -> None:
    make_runner()
    window = shell.window
    first = window.nextInFocusChain()
    while not (first.focusPolicy() & Qt.FocusPolicy.TabFocus and first.isVisible()):
        first = first.nextInFocusChain()
    assert first is window.quick_hide_button
