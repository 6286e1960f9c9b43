"""The shapes imported questionnaires bring, asked on screen by keyboard: an open choice (the
person's own words beside the options), an open multi-choice, a calculated total that follows
the answers and never asks to be typed, and a read-only value filled in beforehand."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from screening_app.domain.answer_values import OtherText
from tests.ui.keys import DIGIT, press, type_text

pytestmark = pytest.mark.gui

ENTER = Qt.Key.Key_Return


def _runner(make_runner: Any, qtbot: Any, **kwargs: Any) -> Any:
    runner = make_runner("imported-shapes", **kwargs)
    window = runner.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    runner.focus_current()
    return runner


def test_the_whole_form_by_keyboard_with_the_persons_own_words(
    make_runner: Any, sink: Any, qtbot: Any
) -> None:
    runner = _runner(make_runner, qtbot)
    assert runner.current_link_id == "tree"
    page = runner.current_page()
    assert page.input.other_field is not None
    assert page.input.other_button.accessibleName() == "Andet:"  # the runner's word
    press(qtbot, runner, DIGIT[3])  # key 3: "other", and the cursor goes to its line
    assert page.input.other_field.hasFocus()
    type_text(qtbot, runner, "Kirsebærtræ")
    press(qtbot, runner, ENTER)
    assert runner.session.given("tree") == OtherText("Kirsebærtræ")

    assert runner.current_link_id == "birds"
    page = runner.current_page()
    assert page.input.other_button.accessibleName() == "Andre fugle:"  # the form's own label
    press(qtbot, runner, DIGIT[2])
    press(qtbot, runner, DIGIT[3])
    type_text(qtbot, runner, "Solsort")
    press(qtbot, runner, ENTER)
    assert runner.session.given("birds") == ("robin", OtherText("Solsort"))

    for link_id, number in (("beds", "3"), ("pots", "4")):
        assert runner.current_link_id == link_id
        type_text(qtbot, runner, number)
        press(qtbot, runner, ENTER)

    # The total: shown with what it is, no field, no answer buttons; Enter goes on although it
    # is "required" (nobody can type it).
    assert runner.current_link_id == "planted"
    page = runner.current_page()
    assert page.input is None
    assert page.clear_button is None
    assert page.decline_button is None
    assert page.locked is not None
    assert page.locked.text() == "7"
    assert page.locked.hasFocus()
    assert not page.findChildren(type(runner._hint), "requiredNote")
    assert runner._progress.text() == ""  # not counted as a question asked
    press(qtbot, runner, ENTER)

    assert runner.current_link_id == "plot"
    assert runner.current_page().locked.text() == "Have 7"
    press(qtbot, runner, ENTER)

    # A question that repeats: one field per answer, Alt+M ("Tilføj et svar mere") adds one.
    assert runner.current_link_id == "ages"
    page = runner.current_page()
    assert "Alt+M" in runner._hint.text()
    type_text(qtbot, runner, "12")
    press(qtbot, runner, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(page.input.fields) == 2)  # a mnemonic clicks after a moment
    qtbot.waitUntil(page.input.fields[1].field.hasFocus)
    type_text(qtbot, runner, "40")
    with qtbot.waitSignal(runner.finished, timeout=1000):
        press(qtbot, runner, ENTER)
    assert runner.session.given("ages") == (12, 40)
    answered = {link_id for link_id, _value in sink.answers}
    assert answered == {"tree", "birds", "beds", "pots", "ages"}


def test_a_repeated_answer_is_shown_again_and_a_bad_one_is_named(
    make_runner: Any, qtbot: Any
) -> None:
    runner = _runner(make_runner, qtbot)
    runner.session.answer("ages", [3, 5, 8])
    runner.go_to("ages")
    page = runner.current_page()
    assert [field.field.text() for field in page.input.fields] == ["3", "5", "8"]
    page.input.fields[1].field.setText("fem")
    runner.advance()
    assert runner.current_link_id == "ages"  # not read: it stays, and says why
    assert page.problem
    assert runner.session.given("ages") == (3, 5, 8)
    page.input.fields[1].field.setText("")
    runner.advance()
    assert runner.session.given("ages") == (3, 8)


def test_the_total_follows_the_answers_and_cannot_be_typed(make_runner: Any, qtbot: Any) -> None:
    runner = _runner(make_runner, qtbot)
    runner.go_to("planted")
    assert runner.current_page().locked.text() == "(ingen værdi endnu)"
    runner.session.answer("beds", 2)
    runner.session.answer("pots", 5)
    runner.go_to("beds")
    runner.go_to("planted")
    assert runner.current_page().locked.text() == "7"
    assert "Beregnes ud fra de andre svar." in [
        label.text() for label in runner.current_page().findChildren(type(runner._hint))
    ]


def test_choosing_an_option_after_typing_other_gives_the_option(
    make_runner: Any, sink: Any, qtbot: Any
) -> None:
    runner = _runner(make_runner, qtbot)
    page = runner.current_page()
    press(qtbot, runner, DIGIT[3])
    type_text(qtbot, runner, "Lind")
    page.input.commit()
    assert runner.session.given("tree") == OtherText("Lind")
    page.input.focus_input()
    press(qtbot, runner, DIGIT[1])
    assert runner.session.given("tree") == "apple"
    # Shown again from the record: the option is chosen, the "other" row is not.
    runner.go_to("birds")
    runner.go_to("tree")
    page = runner.current_page()
    assert not page.input.other_button.isChecked()
    runner.session.answer("tree", OtherText("Lind"))
    runner.go_to("birds")
    runner._stack.drop_all()
    runner.go_to("tree")
    page = runner.current_page()
    assert page.input.other_button.isChecked()
    assert page.input.other_field.text() == "Lind"


def test_the_person_answering_alone_is_not_shown_the_total(make_runner: Any, qtbot: Any) -> None:
    runner = _runner(make_runner, qtbot, self_complete=True)
    assert runner.self_complete
    seen = []
    link_id = runner.current_link_id
    while link_id is not None:
        seen.append(link_id)
        link_id = runner._nav.neighbour(link_id, +1)
    assert "planted" not in seen
    assert seen == ["tree", "birds", "beds", "pots", "plot", "ages"]
