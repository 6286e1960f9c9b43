"""Self-complete mode: large text, the person's language, no guidance, no way out without the
clinician's password."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from screening_app.ui.runner import words
from tests.ui.keys import press
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def test_self_complete_hides_overview_guidance_and_language_choice(
    make_runner: Any, shell: Any
) -> None:
    runner = make_runner()
    runner.go_to("q-bool")
    clinician_size = runner.current_page().findChild(object, "questionText").font().pointSizeF()
    with_signal = []
    runner.self_complete_changed.connect(with_signal.append)
    runner.enter_self_complete()
    assert with_signal == [True]
    assert not runner._overview.isVisible()
    assert "Spørg om haven i ro og mag." not in visible_texts()
    assert not shell.window._language_box.isVisible()
    assert shell.window.quick_hide_button.isVisible()
    size = runner.current_page().findChild(object, "questionText").font().pointSizeF()
    assert size == pytest.approx(clinician_size * 1.5)


def test_words_follow_the_persons_language(make_runner: Any) -> None:
    runner = make_runner(lang="en")
    runner.go_to("q-bool")
    assert runner._next.text() == "&Næste"  # clinician mode: the UI language
    runner.enter_self_complete()
    assert runner._next.text() == "&Next"
    page = runner.current_page()
    assert [b.accessibleName() for b in page.input._buttons] == ["Yes", "No"]
    assert "Do you have a garden with apple trees" in visible_texts()


def test_leaving_needs_the_clinicians_password(
    make_runner: Any, passwords: Any, qtbot: Any
) -> None:
    runner = make_runner(self_complete=True)
    assert runner.self_complete
    runner._mode_button.click()
    hand_back = runner._hand_back
    assert runner._stack.currentWidget() is hand_back
    press(qtbot, runner, Qt.Key.Key_Return)  # Enter does not move on from here
    hand_back.password.setText("wrong")
    qtbot.keyClick(hand_back.password, Qt.Key.Key_Return)
    assert runner.self_complete
    assert "Forkert adgangskode." in visible_texts()
    hand_back.password.setText(passwords.password)
    qtbot.keyClick(hand_back.password, Qt.Key.Key_Return)
    assert not runner.self_complete
    assert runner._overview.isVisible()


def test_while_the_password_is_checked_the_page_says_so_and_takes_nothing(
    make_runner: Any, passwords: Any, qtbot: Any
) -> None:
    runner = make_runner(self_complete=True)
    runner._mode_button.click()
    hand_back = runner._hand_back
    seen: list[tuple[str, bool, bool, bool]] = []
    ok_button = hand_back.findChild(QPushButton, "clinicianPasswordOk")

    def slow_check(secret: str) -> bool:  # what the key derivation's moment looks like
        seen.append((ok_button.text(), ok_button.isEnabled(), hand_back.password.isEnabled(),
                     hand_back.busy))  # fmt: skip
        hand_back.password.setText(secret)
        hand_back.submit()  # a second Enter meanwhile is not a second check
        return passwords.check_password(secret)

    hand_back._check = slow_check
    hand_back.password.setText(passwords.password)
    qtbot.keyClick(hand_back.password, Qt.Key.Key_Return)
    assert seen == [("Kontrollerer...", False, False, True)]
    assert not runner.self_complete
    assert not hand_back.busy
    assert ok_button.isEnabled()
    assert ok_button.text() == "&OK"


def test_back_to_the_questions_stays_in_self_complete(make_runner: Any) -> None:
    runner = make_runner(self_complete=True)
    current = runner.current_link_id
    runner._mode_button.click()
    runner._hand_back.findChild(object, "resumeQuestions").click()
    assert runner.self_complete
    assert runner.current_link_id == current
    assert runner._next.isEnabled()


def test_finishing_in_self_complete_does_not_show_the_result_without_the_password(
    make_runner: Any, passwords: Any, qtbot: Any
) -> None:
    runner = make_runner(self_complete=True)
    runner.session.answer("q-bool", False)
    runner.session.answer("q-choice", "a")
    runner._refresh_visibility()
    runner.go_to("q-text")
    finished = []
    runner.finished.connect(lambda: finished.append(True))
    runner.advance()
    assert runner._stack.currentWidget() is runner._hand_back
    assert finished == []
    assert runner.words()(words.CONTEXT, words.THANK_YOU) in visible_texts()
    runner._hand_back.password.setText(passwords.password)
    runner._hand_back.submit()
    assert finished == [True]


def test_no_self_complete_without_a_password_check(make_runner: Any) -> None:
    runner = make_runner(password=False)
    assert not runner._mode_button.isVisible()
    runner.enter_self_complete()
    assert not runner.self_complete


def test_no_switch_over_a_typed_answer_that_cannot_be_read(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-string")
    runner.current_page().input.field.setText("x" * 21)  # longer than the 20 allowed
    runner.enter_self_complete()
    assert not runner.self_complete
    assert runner.current_page().error.isVisible()
    assert runner.current_page().input.field.text() == "x" * 21


def test_closing_the_window_in_self_complete_asks_for_the_clinician(
    shell: Any, consultation: Any
) -> None:
    runner = consultation.start("test-all-types", self_complete=True)
    shell.window.close()
    assert shell.window.isVisible()
    assert runner._stack.currentWidget() is runner._hand_back
    runner._hand_back.password.setText("correct horse battery")
    runner._hand_back.submit()
    assert not runner.self_complete
    shell.window.set_restricted(False)
