"""Security checks 12 and 22: quick-hide by button, F12 and Shift x3, from the questionnaire,
the result and open dialogs, leaves no instrument wording and no person data in any visible
widget, a neutral title, a cleared clipboard, and a lock that only the password opens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout

from screening_app.ui.lock_screen import UnlockMode
from screening_app.ui.locking import LockReason
from tests.ui.conftest import FakeClock
from tests.ui.helpers import instrument_texts, load_test_instrument
from tests.ui.keys import press, type_text
from tests.ui.screen_text import leaks, visible_texts

pytestmark = pytest.mark.gui

PERSON_CANARY = "Kanariefugl Jensen"
NOTE_CANARY = "NOTE-CANARY"


def _forbidden() -> set[str]:
    words = instrument_texts(load_test_instrument("all-types"))
    words |= instrument_texts(load_test_instrument("minimal"))
    return {w for w in words if len(w) > 3} | {PERSON_CANARY, NOTE_CANARY}


def _runner_with_person_data(consultation: Any, qtbot: Any) -> Any:
    runner = consultation.start("test-all-types")
    runner.go_to("q-string")
    type_text(qtbot, runner, PERSON_CANARY)
    runner.advance()
    assert runner.session.given("q-string") == PERSON_CANARY
    runner.go_to("q-string")
    return runner


def _assert_hidden(shell: Any, qapp: Any) -> None:
    assert shell.window.is_locked()
    assert shell.locker.reason == LockReason.QUICK_HIDE
    assert shell.window.lock_screen.mode == UnlockMode.PASSWORD
    assert leaks(_forbidden()) == []
    assert [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        "TrygStart"
    ]
    assert NOTE_CANARY not in qapp.clipboard().text()


def _unlock(shell: Any, passwords: Any) -> None:
    screen = shell.window.lock_screen
    screen.findChild(object, "unlockField").setText(passwords.password)
    screen.submit()
    assert not shell.window.is_locked()


def _activate(shell: Any, qtbot: Any) -> None:
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)


def test_button_hides_the_questionnaire(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any, passwords: Any
) -> None:
    runner = _runner_with_person_data(consultation, qtbot)
    shell.clipboard.copy(NOTE_CANARY)
    assert PERSON_CANARY in visible_texts()
    qtbot.mouseClick(shell.window.quick_hide_button, Qt.MouseButton.LeftButton)
    _assert_hidden(shell, qapp)
    _unlock(shell, passwords)
    assert runner.current_link_id == "q-string"
    assert PERSON_CANARY in visible_texts()


def test_f12_from_a_text_field(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any, passwords: Any
) -> None:
    _activate(shell, qtbot)
    runner = _runner_with_person_data(consultation, qtbot)
    runner.focus_current()
    press(qtbot, runner, Qt.Key.Key_F12)
    _assert_hidden(shell, qapp)
    assert runner.current_page().input.field.text() == PERSON_CANARY  # kept, just not shown


def test_triple_shift_within_a_second(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any, clock: FakeClock
) -> None:
    _activate(shell, qtbot)
    runner = _runner_with_person_data(consultation, qtbot)
    runner.focus_current()
    for _ in range(2):
        press(qtbot, runner, Qt.Key.Key_Shift)
        clock.advance(0.4)
    assert not shell.window.is_locked()
    press(qtbot, runner, Qt.Key.Key_Shift)
    _assert_hidden(shell, qapp)


def test_shift_presses_too_slow_or_while_typing_do_not_hide(
    shell: Any, consultation: Any, qtbot: Any, clock: FakeClock
) -> None:
    _activate(shell, qtbot)
    runner = _runner_with_person_data(consultation, qtbot)
    runner.focus_current()
    for _ in range(3):
        press(qtbot, runner, Qt.Key.Key_Shift)
        clock.advance(0.6)
    assert not shell.window.is_locked()
    clock.advance(5)
    for letter in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):  # typing capitals quickly
        # A shifted letter is Shift, then the letter (QTest presses Shift by itself too).
        press(qtbot, runner, Qt.Key.Key_Shift)
        press(qtbot, runner, letter, Qt.KeyboardModifier.ShiftModifier)
    assert not shell.window.is_locked()


def test_a_real_key_through_the_window_counts_once(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any
) -> None:
    """A key sent to the window (as the platform sends it) reaches the filter for the window,
    the focus widget and its parents; it must count as one press, not several."""
    _activate(shell, qtbot)
    runner = _runner_with_person_data(consultation, qtbot)
    runner.focus_current()
    handle = shell.window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Shift)
    qtbot.keyClick(handle, Qt.Key.Key_Shift)
    assert not shell.window.is_locked()
    qtbot.keyClick(handle, Qt.Key.Key_Shift)
    _assert_hidden(shell, qapp)


@pytest.mark.parametrize("how", ["f12", "shift", "button"])
def test_from_the_override_dialog_on_the_result(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any, how: str
) -> None:
    _activate(shell, qtbot)
    runner = consultation.start("test-all-types")
    consultation.engine.answer("q-bool", False)
    consultation.engine.answer("q-choice", "c")
    consultation.engine.answer("q-string", PERSON_CANARY)
    runner.finish()
    screen = consultation.result_screen
    screen.copy_note()
    screen.open_override()
    dialog = screen.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason.setPlainText(PERSON_CANARY)
    assert dialog.isModal()
    assert dialog.windowTitle() == "TrygStart"
    assert any("Vild have" in t for t in visible_texts())
    if how == "f12":
        qtbot.keyClick(dialog.reason, Qt.Key.Key_F12)
    elif how == "shift":
        for _ in range(3):
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Shift)
    else:  # the dialog's own button: the modal dialog blocks clicks on the main window
        buttons = dialog.findChildren(QPushButton, "quickHideButton")
        assert buttons[0].text() == "Skjul (F12)"
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    _assert_hidden(shell, qapp)
    assert not dialog.isVisible()


def test_from_an_application_modal_dialog_with_its_own_event_loop(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtCore import QTimer

    _runner_with_person_data(consultation, qtbot)
    dialog = QDialog(shell.window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    QVBoxLayout(dialog).addWidget(QLabel(PERSON_CANARY))
    results: list[int] = []

    def press_f12() -> None:
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_F12)

    QTimer.singleShot(0, press_f12)
    results.append(dialog.exec())  # returns when quick-hide rejects it
    assert results == [QDialog.DialogCode.Rejected]
    _assert_hidden(shell, qapp)


def test_quick_hide_over_an_idle_lock_removes_the_pin(
    shell: Any, consultation: Any, qtbot: Any, passwords: Any
) -> None:
    _runner_with_person_data(consultation, qtbot)
    shell.locker.idle_lock()
    assert shell.window.lock_screen.mode == UnlockMode.PIN
    shell.locker.quick_hide()
    assert shell.window.lock_screen.mode == UnlockMode.PASSWORD
    shell.window.lock_screen.findChild(object, "unlockField").setText(passwords.pin)
    shell.window.lock_screen.submit()
    assert shell.window.is_locked()


def test_fifty_times_from_the_questionnaire(
    shell: Any, consultation: Any, qtbot: Any, qapp: Any, passwords: Any
) -> None:
    _activate(shell, qtbot)
    runner = _runner_with_person_data(consultation, qtbot)
    left_with_data = 0
    for _ in range(50):
        runner.focus_current()
        press(qtbot, runner, Qt.Key.Key_F12)
        left_with_data += bool(leaks({PERSON_CANARY}))
        assert shell.window.windowTitle() == "TrygStart"
        _unlock(shell, passwords)
    assert left_with_data == 0
