"""Security check 13: the copied note leaves the clipboard after 30 s, on lock and on exit,
unless the user copied something else meanwhile."""

from __future__ import annotations

from typing import Any

import pytest

from screening_app.ui.clipboard import CLEAR_AFTER_MS, PRIVACY_HINTS, ClipboardGuard
from tests.ui.conftest import FakeClock, FakeTimers

pytestmark = pytest.mark.gui

CANARY = "CANARY-NOTE Vild have (rød)"


@pytest.fixture
def guard(qapp: Any, timers: FakeTimers) -> ClipboardGuard:
    qapp.clipboard().clear()
    return ClipboardGuard(qapp.clipboard(), timers)


def test_copy_sets_text_and_history_hints(qapp: Any, guard: ClipboardGuard) -> None:
    guard.copy(CANARY)
    mime = qapp.clipboard().mimeData()
    assert qapp.clipboard().text() == CANARY
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert set(PRIVACY_HINTS) <= set(mime.formats())


def test_cleared_after_thirty_seconds(
    qapp: Any, guard: ClipboardGuard, clock: FakeClock, timers: FakeTimers
) -> None:
    guard.copy(CANARY)
    assert guard.clear_after_ms == CLEAR_AFTER_MS == 30_000
    clock.advance(29.9)
    assert timers.fire_due() == 0
    assert qapp.clipboard().text() == CANARY
    clock.advance(0.2)
    assert timers.fire_due() == 1
    assert qapp.clipboard().text() == ""
    assert not guard.holds_ours()


def test_user_copy_meanwhile_is_left_alone(
    qapp: Any, guard: ClipboardGuard, clock: FakeClock, timers: FakeTimers
) -> None:
    guard.copy(CANARY)
    qapp.clipboard().setText("the user's own text")
    clock.advance(31)
    timers.fire_due()
    assert qapp.clipboard().text() == "the user's own text"


def test_copy_again_restarts_the_thirty_seconds(
    qapp: Any, guard: ClipboardGuard, clock: FakeClock, timers: FakeTimers
) -> None:
    guard.copy(CANARY)
    clock.advance(20)
    guard.copy(CANARY + " 2")
    clock.advance(20)
    timers.fire_due()
    assert qapp.clipboard().text() == CANARY + " 2"
    clock.advance(11)
    timers.fire_due()
    assert qapp.clipboard().text() == ""


def test_cleared_on_lock_and_on_exit(qapp: Any, shell: Any, qtbot: Any) -> None:
    shell.clipboard.copy(CANARY)
    shell.locker.quick_hide()
    assert qapp.clipboard().text() == ""
    shell.window.lock_screen.unlocked.emit()
    shell.clipboard.copy(CANARY)
    with qtbot.waitSignal(shell.clipboard.cleared, timeout=1000):
        qapp.aboutToQuit.emit()
    assert qapp.clipboard().text() == ""


def test_lock_leaves_the_users_own_clipboard_alone(qapp: Any, shell: Any) -> None:
    shell.clipboard.copy(CANARY)
    qapp.clipboard().setText("mine")
    shell.locker.idle_lock()
    assert qapp.clipboard().text() == "mine"
