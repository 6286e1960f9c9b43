"""Login with the storage's sentences (no user-name enumeration, the throttle's delay), the PIN
offered after login, switching user and logging out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, CLINICIAN, CLINICIAN_PASSWORD, PIN
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui

WRONG = "Forkert brugernavn eller adgangskode."


def _type_login(flow: Any, qtbot: Any, user: str, password: str) -> None:
    screen = flow.login_screen
    screen.user.clear()
    qtbot.keyClicks(screen.user, user)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_the_login_screen_comes_first_and_shows_no_data(app_flow: Callable[..., Any]) -> None:
    flow = app_flow()
    assert flow.window.current_screen() is flow.login_screen
    assert flow.window.windowTitle() == "TrygStart"
    assert flow.user is None
    assert not flow.idle.running  # nothing to lock before a login


def test_wrong_password_and_unknown_user_get_the_same_sentence(
    app_flow: Callable[..., Any], qtbot: Any
) -> None:
    flow = app_flow()
    _type_login(flow, qtbot, ADMIN, "not the password at all")
    assert flow.login_screen.message.text() == WRONG
    assert flow.login_screen.password.text() == ""
    _type_login(flow, qtbot, "nobody-here", "not the password at all")
    assert flow.login_screen.message.text() == WRONG
    assert flow.user is None


def test_repeated_failures_are_slowed_down_with_the_delay_shown(
    app_flow: Callable[..., Any], qtbot: Any, utc_clock: Any
) -> None:
    flow = app_flow()
    for _ in range(3):
        _type_login(flow, qtbot, ADMIN, "not the password at all")
    _type_login(flow, qtbot, ADMIN, ADMIN_PASSWORD)  # right, but too soon
    assert flow.user is None
    assert flow.login_screen.message.text() == (
        "For mange forkerte forsøg: vent 1 sekund, og prøv igen."
    )
    utc_clock.advance(seconds=2)
    _type_login(flow, qtbot, ADMIN, ADMIN_PASSWORD)
    assert flow.user is not None
    actions = [e.action for e in flow.user.session.database.audit_entries()]
    assert actions.count("login-failed") == 3  # the counted failures moved into the trail


def test_login_offers_a_pin_then_the_search(app_flow: Callable[..., Any], qtbot: Any) -> None:
    flow = app_flow()
    _type_login(flow, qtbot, ADMIN, ADMIN_PASSWORD)
    pin = flow.window.current_screen()
    assert pin.objectName() == "pinScreen"
    assert "Vælg en PIN-kode til skærmlåsen?" in visible_texts()
    assert flow.idle.running
    qtbot.keyClicks(pin.pin, "12")
    qtbot.keyClicks(pin.repeat, "12")
    qtbot.mouseClick(pin.save_button, Qt.MouseButton.LeftButton)
    assert "Pinkoden skal være 4 til 8 cifre." in visible_texts()
    qtbot.keyClicks(pin.pin, PIN)
    qtbot.keyClicks(pin.repeat, PIN)
    qtbot.mouseClick(pin.save_button, Qt.MouseButton.LeftButton)
    assert flow.user.session.user.pin_hash is not None
    assert flow.window.current_screen() is flow.persons.search_screen
    assert "Logget ind: Anna Jordemoder" in visible_texts()


def test_not_now_skips_the_pin(app_flow: Callable[..., Any], qtbot: Any) -> None:
    flow = app_flow()
    _type_login(flow, qtbot, ADMIN, ADMIN_PASSWORD)
    qtbot.mouseClick(flow.window.current_screen().skip_button, Qt.MouseButton.LeftButton)
    assert flow.window.current_screen() is flow.persons.search_screen
    assert flow.user.session.user.pin_hash is None


def test_switch_user_and_log_out(app_flow: Callable[..., Any], qtbot: Any) -> None:
    flow = app_flow(clinician=True)
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    first = flow.user.session
    bar = flow.window.findChild(object, "userBar")
    qtbot.mouseClick(bar.switch, Qt.MouseButton.LeftButton)
    assert first.is_locked  # logged out: the database is closed
    assert flow.user is None
    assert flow.window.current_screen() is flow.login_screen
    assert "Log ind som den næste bruger." in visible_texts()
    assert flow.window.findChild(object, "userBar") is None
    _type_login(flow, qtbot, CLINICIAN, CLINICIAN_PASSWORD)
    assert flow.user.session.user.username == CLINICIAN
    assert not flow.user.is_admin
    qtbot.mouseClick(flow.window.current_screen().skip_button, Qt.MouseButton.LeftButton)
    bar = flow.window.findChild(object, "userBar")
    assert not bar.settings.isVisible()  # settings are for administrators
    qtbot.mouseClick(bar.logout, Qt.MouseButton.LeftButton)
    assert flow.user is None
    assert "Du er logget ud." in visible_texts()
    assert not flow.idle.running


def test_language_switch_on_the_login_screen(app_flow: Callable[..., Any], shell: Any) -> None:
    app_flow()
    box = shell.window.findChild(object, "languageBox")
    box.setCurrentIndex(1)
    assert "Log in" in [t.replace("&", "") for t in visible_texts()]
    assert shell.window.windowTitle() == "TrygStart"
