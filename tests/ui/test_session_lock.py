"""Quick-hide and the idle lock over a real consultation: nothing of the person or the
questionnaire stays in any visible widget, the session is locked (the use cases refuse), and
only the user's password (or after the idle time their PIN) opens it again; "another user"
logs the first one out, whose answers are already stored as a draft."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from screening_app.storage.errors import StorageError
from screening_app.ui.lock_screen import UnlockMode
from screening_app.ui.locking import LockReason
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, CLINICIAN, CLINICIAN_PASSWORD, PIN
from tests.ui.conftest import FakeClock, FakeTimers
from tests.ui.helpers import instrument_texts
from tests.ui.journey import answer_all, confirm_gate, create_person, current, open_gate
from tests.ui.keys import press
from tests.ui.screen_text import leaks, visible_texts

pytestmark = pytest.mark.gui

NAME = "Kanariefugl Zebrastribe"
CPR = "0707614285"


def _person_data() -> set[str]:
    return {NAME, "Kanariefugl", "Zebrastribe", "070761-4285", CPR, "20 30 40 50"}


def _forbidden(flow: Any) -> set[str]:
    words: set[str] = set()
    for instrument in flow.clinic.instruments().values():
        words |= {w for w in instrument_texts(instrument) if len(w) > 3}
    return words | _person_data()


def _questionnaire(flow: Any, qtbot: Any) -> Any:
    create_person(flow, qtbot, name=NAME, cpr=CPR, child="01.09.2026", safe_phone="20 30 40 50")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    consultation = flow.persons.consultation
    press(qtbot, consultation.runner, Qt.Key.Key_Return)  # past the introduction
    return consultation


def _assert_hidden(flow: Any) -> None:
    assert flow.window.is_locked()
    assert leaks(_forbidden(flow)) == []
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert titles == ["TrygStart"]
    assert flow.user.session.is_locked
    with pytest.raises(StorageError) as refused:
        flow.user.persons.search_by_name("kanariefugl")
    assert refused.value.code == "locked"


def _unlock(flow: Any, secret: str) -> None:
    screen = flow.window.lock_screen
    screen.findChild(object, "unlockField").setText(secret)
    screen.submit()


def _activate(flow: Any, qtbot: Any) -> None:
    flow.window.activateWindow()
    qtbot.waitUntil(flow.window.isActiveWindow)


def test_f12_from_the_questionnaire(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    consultation = _questionnaire(flow, qtbot)
    runner = consultation.runner
    assert leaks(_forbidden(flow))  # the question is on screen
    _activate(flow, qtbot)
    press(qtbot, runner, Qt.Key.Key_F12)
    _assert_hidden(flow)
    assert flow.locker.reason == LockReason.QUICK_HIDE
    assert flow.window.lock_screen.mode == UnlockMode.PASSWORD
    _unlock(flow, "not the password at all")
    assert flow.window.is_locked()
    _unlock(flow, ADMIN_PASSWORD)
    assert not flow.window.is_locked()
    assert not flow.user.session.is_locked
    assert runner.current_link_id == "humiliated"
    runner.current_page().input.choose(2)  # the session works again
    assert flow.user.screenings.open(consultation.screening_id).session.answers == {
        "humiliated": "no"
    }


def test_shift_three_times_from_the_person_page(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name=NAME, cpr=CPR, safe_phone="20 30 40 50")
    assert NAME in visible_texts()
    _activate(flow, qtbot)
    target = QApplication.focusWidget() or flow.window
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_Shift)
    _assert_hidden(flow)


def test_f12_from_an_open_dialog_over_the_result(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    consultation = _questionnaire(flow, qtbot)
    result = answer_all(qtbot, consultation, lambda item: 2)
    result.open_override()
    dialog = result.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason.setPlainText(NAME)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_F12)
    assert not dialog.isVisible()
    _assert_hidden(flow)


def test_idle_lock_with_a_short_timeout_and_the_pin(
    app_flow: Any, qtbot: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    flow = app_flow()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.user.session.set_pin(PIN)
    flow.pin_changed()
    flow.persons.show_home()
    _questionnaire(flow, qtbot)
    flow.idle.set_timeout(2)
    clock.advance(3)
    timers.fire_due()
    _assert_hidden(flow)
    assert flow.locker.reason == LockReason.IDLE
    assert flow.user.session.can_use_pin  # the key stays in memory with a PIN
    assert flow.window.lock_screen.mode == UnlockMode.PIN
    _unlock(flow, "0000")
    assert flow.window.is_locked()
    assert "Forkert PIN-kode. 2 forsøg tilbage." in visible_texts()
    _unlock(flow, PIN)
    assert not flow.window.is_locked()
    assert not flow.user.session.is_locked
    assert flow.idle.running


def test_idle_lock_without_a_pin_closes_the_database(
    logged_in: Any, qtbot: Any, clock: FakeClock, timers: FakeTimers
) -> None:
    flow = logged_in
    database = flow.user.session.database
    flow.idle.set_timeout(2)
    clock.advance(3)
    timers.fire_due()
    assert flow.window.is_locked()
    assert not database.is_open
    assert flow.window.lock_screen.mode == UnlockMode.PASSWORD
    _unlock(flow, ADMIN_PASSWORD)
    assert flow.user.persons.search_by_name("an") == []


def test_another_user_logs_the_first_out_and_the_draft_is_kept(app_flow: Any, qtbot: Any) -> None:
    flow = app_flow(clinician=True)
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    consultation = _questionnaire(flow, qtbot)
    runner = consultation.runner
    runner.current_page().input.choose(1)
    screening_id = consultation.screening_id
    first = flow.user.session
    flow.locker.quick_hide()
    button = flow.window.lock_screen.findChild(object, "anotherUserButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert flow.user is None
    assert first.is_locked  # logged out: the database is closed, its key wiped
    assert current(flow) is flow.login_screen
    assert not flow.window.is_locked()
    assert leaks(_forbidden(flow)) == []
    assert flow.login(CLINICIAN, CLINICIAN_PASSWORD)
    draft = flow.user.screenings.open(screening_id)
    assert draft.screening.status == "draft"
    assert draft.session.answers == {"humiliated": "yes"}
    assert draft.resume_at == "afraid"
