"""What a first-time user meets on single screens: unlocking says that it is working, logging out
is information (not an error), counts in the right plural form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.gui


def test_unlocking_shows_that_it_is_working(shell: Any, qtbot: Any) -> None:
    lock = shell.window.lock_screen
    button = lock.findChild(QPushButton, "unlockButton")
    seen: list[tuple[str, bool, bool]] = []

    def check(password: str) -> bool:  # the key derivation: the screen is painted meanwhile
        field = lock.findChild(object, "unlockField")
        seen.append((button.text(), button.isEnabled(), field.isEnabled()))
        return password == "rigtig"

    shell.locker.set_user(check, None)
    shell.locker.quick_hide()
    field = lock.findChild(object, "unlockField")
    qtbot.keyClicks(field, "forkert")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert seen == [("Låser op...", False, False)]
    assert button.text() == "&Lås op"
    assert button.isEnabled()
    assert QApplication.focusWidget() is field  # back where the next try is typed
    assert lock.findChild(object, "unlockMessage").text() == "Forkert adgangskode."
    qtbot.keyClicks(field, "rigtig")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(seen) == 2
    assert not shell.window.is_locked()


def test_logged_out_is_information_and_a_wrong_password_an_error(
    app_flow: Callable[..., Any], qtbot: Any
) -> None:
    flow = app_flow()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.logout()
    screen = flow.login_screen
    assert screen.message.isVisible()
    assert screen.message.text() == "Du er logget ud."
    assert not screen.message_is_error
    assert "#9b1c1c" not in screen.message.styleSheet()
    qtbot.keyClicks(screen.user, ADMIN)
    qtbot.keyClicks(screen.password, "ikke adgangskoden")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.message.text() == "Forkert brugernavn eller adgangskode."
    assert screen.message_is_error
    assert "#9b1c1c" in screen.message.styleSheet()


def test_the_window_fits_the_screen_it_opens_on() -> None:
    from PySide6.QtCore import QRect, QSize

    from screening_app.ui.screen_fit import dialog_size, usable_part, window_geometry

    full_hd = QRect(0, 0, 1920, 1080)
    with_taskbar = QRect(0, 0, 1920, 1040)  # the platform reports its taskbar
    assert usable_part(full_hd, with_taskbar) == with_taskbar
    assert usable_part(full_hd, full_hd) == QRect(0, 0, 1920, 1032)  # room left for one
    # A large screen: the preferred size, centred in the room a frame leaves.
    assert window_geometry(with_taskbar) == QRect(360, 132, 1200, 800)
    # A laptop: smaller than the preferred size, so the window opens maximised.
    laptop = QRect(0, 0, 1366, 768)
    assert window_geometry(usable_part(laptop, QRect(0, 0, 1366, 728))) is None
    # A dialog keeps its size where it fits, and shrinks where it does not.
    assert dialog_size(QSize(900, 700), with_taskbar) == QSize(900, 700)
    assert dialog_size(QSize(1240, 720), usable_part(laptop, laptop)) == QSize(1240, 680)


def test_the_main_window_opens_maximised_on_a_small_screen(shell: Any) -> None:
    from PySide6.QtCore import QRect

    window = shell.window
    assert window.fit_to_screen(QRect(0, 0, 1366, 720))
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert not window.fit_to_screen(QRect(0, 0, 1920, 1040))
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert window.geometry() == QRect(360, 132, 1200, 800)
