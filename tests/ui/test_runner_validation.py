"""Required items and validation messages beside the item, from the engine's AnswerError."""

from __future__ import annotations

from typing import Any

import pytest

from screening_app.domain.answers import AnswerError
from screening_app.ui.runner import words
from tests.ui.keys import press, type_text

pytestmark = pytest.mark.gui


def _word(runner: Any, source: str) -> str:
    return runner.words()(words.CONTEXT, source)


def _open_watering(runner: Any) -> None:
    runner.session.answer("q-bool", True)
    runner.session.answer("q-multi", ["tomato"])
    runner._refresh_visibility()


def test_required_item_blocks_enter_with_a_message(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    runner.go_to("q-bool")
    from PySide6.QtCore import Qt

    press(qtbot, runner, Qt.Key.Key_Return)
    page = runner.current_page()
    assert runner.current_link_id == "q-bool"
    assert page.error.isVisible()
    assert page.error.text() == "\u26a0 " + _word(runner, words.ANSWER_FIRST)
    assert _word(runner, words.ANSWER_FIRST) in page.input._buttons[0].accessibleDescription()
    page.input.choose(2)
    assert not page.error.isVisible()


def test_required_marker_is_in_words(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-bool")
    texts = [w.text() for w in runner.current_page().findChildren(type(runner._hint))]
    assert "Dette spørgsmål skal besvares." in texts


@pytest.mark.parametrize(
    "case",
    [
        ("q-int", "25", AnswerError("above_max", max=20)),
        ("q-int", "-1", AnswerError("below_min", min=0)),
        ("q-int", "tre", AnswerError("expected_integer")),
        ("q-dec", "10,5", AnswerError("above_max", max=9.5)),
        ("q-dec", "1,2,3", AnswerError("expected_number")),
        ("q-date", "1999-12-31", AnswerError("below_min", min="2000-01-01")),
        ("q-date", "31-02-2024", AnswerError("expected_date")),
        ("q-string", "x" * 21, AnswerError("too_long", max=20)),
    ],
)
def test_invalid_answers_show_the_engines_message(
    make_runner: Any, qtbot: Any, sink: Any, case: tuple[str, str, AnswerError]
) -> None:
    link_id, typed, error = case
    _open_watering(runner := make_runner())
    runner.session.answer("q-choice", "b")
    runner._refresh_visibility()
    runner.go_to(link_id)
    type_text(qtbot, runner, typed)
    runner.advance()
    page = runner.current_page()
    assert runner.current_link_id == link_id
    assert page.error.text() == "\u26a0 " + error.message("da")
    assert page.input.field.accessibleDescription().endswith(error.message("da"))
    assert link_id not in [given for given, _ in sink.answers]


def test_english_ui_gives_english_messages(make_runner: Any, qtbot: Any, shell: Any) -> None:
    shell.language.set_language("en")
    _open_watering(runner := make_runner())
    runner.go_to("q-int")
    type_text(qtbot, runner, "25")
    runner.advance()
    assert runner.current_page().error.text() == "\u26a0 " + AnswerError(
        "above_max", max=20
    ).message("en")


def test_a_failed_save_takes_the_answer_back_and_says_so(make_runner: Any, sink: Any) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    runner.current_page().input.choose(1)
    sink.fail = True
    runner.current_page().input.choose(3)
    page = runner.current_page()
    assert runner.session.given("q-choice") == "a"
    assert page.input._buttons[0].isChecked()
    assert not page.input._buttons[2].isChecked()
    assert page.error.text() == "\u26a0 " + _word(runner, words.NOT_SAVED)


def test_an_unreachable_server_keeps_the_answer_on_screen_and_sends_it_again(
    make_runner: Any, sink: Any, qtbot: Any
) -> None:
    from screening_app.services.records import StorageError

    runner = make_runner()
    runner.go_to("q-choice")
    runner.current_page().input.choose(1)
    sink.fail = True
    sink.failure = StorageError("server-unreachable")
    runner.current_page().input.choose(3)
    page = runner.current_page()
    assert runner.session.given("q-choice") == "a"  # the record holds what it held
    assert page.input._buttons[2].isChecked()  # and her choice stays on the screen
    assert "Serveren kan ikke nås" in page.error.text()
    runner.advance()  # still out of reach: she stays, nothing lost
    assert runner.current_page() is page
    assert page.input._buttons[2].isChecked()
    sink.fail = False  # back: moving on sends it
    runner.advance()
    assert runner.session.given("q-choice") == "c"
    assert sink.last("q-choice") == "c"
    assert runner.current_page() is not page
    # Typed text the same way.
    runner.go_to("q-text")
    sink.fail = True
    type_text(qtbot, runner, "hun sover dårligt")
    runner.advance()
    text_page = runner.current_page()
    assert text_page.input.editor.toPlainText() == "hun sover dårligt"
    assert "Serveren kan ikke nås" in text_page.error.text()
    sink.fail = False
    runner.advance()
    assert runner.session.given("q-text") == "hun sover dårligt"


def test_finish_goes_to_the_first_missing_required_question(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-text")
    runner.finish()
    assert runner.current_link_id == "q-bool"
    assert runner.current_page().error.isVisible()
