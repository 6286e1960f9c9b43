"""Security check 11: after the idle time the lock screen shows, and input resets the timer.

The clock and the timers are fakes the test moves by hand: no waiting.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from screening_app.ui.lock_screen import MAX_PIN_TRIES, UnlockMode
from screening_app.ui.locking import LockReason
from tests.ui.conftest import FakeClock, FakeTimers, Passwords
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui

TIMEOUT_S = 5 * 60


def test_locks_one_second_after_the_timeout(
    shell: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    assert shell.idle.timeout_s == TIMEOUT_S
    clock.advance(TIMEOUT_S - 1)
    timers.fire_due()
    assert not shell.window.is_locked()
    clock.advance(2)
    timers.fire_due()
    assert shell.window.is_locked()
    assert shell.locker.reason == LockReason.IDLE
    assert shell.window.windowTitle() == "TrygStart"


def test_input_before_the_timeout_resets_the_timer(
    shell: Any, qtbot: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    clock.advance(TIMEOUT_S - 10)
    qtbot.keyClick(shell.window.quick_hide_button, Qt.Key.Key_Tab)
    clock.advance(20)  # past the first deadline, but only 20 s after the key
    timers.fire_due()
    assert not shell.window.is_locked()
    clock.advance(TIMEOUT_S - 20 + 1)
    timers.fire_due()
    assert shell.window.is_locked()


def test_mouse_input_resets_the_timer_too(
    shell: Any, qtbot: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    clock.advance(TIMEOUT_S - 1)
    qtbot.mouseClick(shell.window.quick_hide_button.parentWidget(), Qt.MouseButton.LeftButton)
    clock.advance(2)
    timers.fire_due()
    assert not shell.window.is_locked()


def test_short_injected_timeout(shell: Any, clock: FakeClock, timers: FakeTimers) -> None:
    shell.idle.set_timeout(2)
    clock.advance(3)
    timers.fire_due()
    assert shell.window.is_locked()


def _lock_with_user(shell: Any, passwords: Passwords, clock: FakeClock, timers: FakeTimers) -> Any:
    shell.locker.set_user(passwords.check_password, passwords.check_pin)
    clock.advance(TIMEOUT_S + 1)
    timers.fire_due()
    assert shell.window.is_locked()
    return shell.window.lock_screen


def _type(qtbot: Any, screen: Any, text: str) -> None:
    field = screen.findChild(object, "unlockField")
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_unlock_with_pin_after_idle(
    shell: Any, qtbot: Any, passwords: Passwords, clock: FakeClock, timers: FakeTimers
) -> None:
    screen = _lock_with_user(shell, passwords, clock, timers)
    assert screen.mode == UnlockMode.PIN
    _type(qtbot, screen, passwords.pin)
    assert not shell.window.is_locked()
    assert shell.idle.running


def test_three_wrong_pins_then_only_the_password(
    shell: Any, qtbot: Any, passwords: Passwords, clock: FakeClock, timers: FakeTimers
) -> None:
    screen = _lock_with_user(shell, passwords, clock, timers)
    for _ in range(MAX_PIN_TRIES):
        _type(qtbot, screen, "0000")
    assert screen.mode == UnlockMode.PASSWORD
    assert shell.window.is_locked()
    _type(qtbot, screen, passwords.pin)  # the PIN is now taken as a (wrong) password
    assert shell.window.is_locked()
    _type(qtbot, screen, passwords.password)
    assert not shell.window.is_locked()
    assert screen.pin_tries_left == MAX_PIN_TRIES


def test_another_user_button_emits_the_signal(
    shell: Any, qtbot: Any, passwords: Passwords, clock: FakeClock, timers: FakeTimers
) -> None:
    screen = _lock_with_user(shell, passwords, clock, timers)
    button = screen.findChild(object, "anotherUserButton")
    with qtbot.waitSignal(screen.another_user_requested, timeout=1000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lock_screen_shows_only_neutral_text(
    shell: Any, passwords: Passwords, clock: FakeClock, timers: FakeTimers
) -> None:
    _lock_with_user(shell, passwords, clock, timers)
    texts = visible_texts()
    joined = " ".join(texts).lower()
    for word in ("vold", "violence", "screening", "spørgeskema", "questionnaire"):
        assert word not in joined
    assert "TrygStart" in texts


def test_idle_lock_over_a_questionnaire_leaves_no_person_data_on_screen(
    shell: Any,
    consultation: Any,
    qtbot: Any,
    clock: FakeClock,
    timers: FakeTimers,
) -> None:
    from tests.ui.helpers import instrument_texts, load_test_instrument
    from tests.ui.screen_text import leaks

    runner = consultation.start("test-all-types")
    runner.go_to("q-string")
    runner.current_page().input.field.setText("Kanariefugl Jensen")
    runner.advance()
    runner.go_to("q-string")
    assert leaks({"Kanariefugl Jensen"}) == ["Kanariefugl Jensen"]
    clock.advance(TIMEOUT_S + 1)
    timers.fire_due()
    assert shell.window.is_locked()
    forbidden = {t for t in instrument_texts(load_test_instrument("all-types")) if len(t) > 3}
    assert leaks(forbidden | {"Kanariefugl Jensen"}) == []
    assert shell.window.windowTitle() == "TrygStart"
