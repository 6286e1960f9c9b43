"""The keyboard path through the screens: the focus starts on what needs attention, Return
presses the screen's main button (or the focused button), Escape cancels the PIN page, and Tab
goes through the content before the top bar. Every key goes to the widget with the focus, as
typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, PIN
from tests.ui.journey import current
from tests.ui.layout_checks import tab_stops

pytestmark = pytest.mark.gui


def _activate(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focus() -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _key(qtbot: Any, key: Qt.Key) -> None:
    qtbot.keyClick(_focus(), key)


def _type(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _audit_count(flow: Any) -> int:
    return len(flow.user.session.database.audit_entries())


def test_the_first_start_by_keyboard(app_flow: Callable[..., Any], qtbot: Any) -> None:
    flow = app_flow(setup=False)
    wizard = current(flow)
    _activate(qtbot, flow.window)
    assert _focus() is wizard.clinic_name
    _key(qtbot, Qt.Key.Key_Return)  # nothing filled in: the page says what is missing
    assert wizard.pages.currentIndex() == 0
    _type(qtbot, "Jordemoderklinikken Nord")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Nørregade 1")
    _key(qtbot, Qt.Key.Key_Return)  # a new line in the address, not the next page
    _type(qtbot, "8000 Aarhus C")
    assert wizard.clinic_address.toPlainText() == "Nørregade 1\n8000 Aarhus C"
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "86 00 00 00")
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == 1
    assert _focus() is wizard.admin_user
    for text in (ADMIN, "Anna Jensen", "Jordemoder", ADMIN_PASSWORD, ADMIN_PASSWORD):
        _type(qtbot, text)
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is not wizard.admin_repeat
    wizard.admin_repeat.setFocus()
    _key(qtbot, Qt.Key.Key_Return)  # creates the database once
    assert wizard.pages.currentIndex() == 2
    assert _focus() is wizard.print_button
    wizard.kept.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert wizard.kept.isChecked()
    _key(qtbot, Qt.Key.Key_Return)  # Done
    pin = current(flow)
    assert pin.objectName() == "pinScreen"
    assert _focus() is pin.pin
    _key(qtbot, Qt.Key.Key_Escape)  # not now
    assert current(flow).objectName() == "personSearchScreen"


def test_return_and_escape_on_the_pin_page(app_flow: Callable[..., Any], qtbot: Any) -> None:
    flow = app_flow()
    _activate(qtbot, flow.window)
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    screen = current(flow)
    assert _focus() is screen.pin
    _type(qtbot, PIN)
    _key(qtbot, Qt.Key.Key_Return)  # on to the repeat field, no message yet
    assert _focus() is screen.repeat
    assert not screen.message.isVisible()
    _type(qtbot, PIN)
    _key(qtbot, Qt.Key.Key_Return)
    assert current(flow).objectName() == "personSearchScreen"
    qtbot.mouseClick(flow.window.findChild(QWidget, "pinButton"), Qt.MouseButton.LeftButton)
    assert current(flow).objectName() == "pinScreen"
    _key(qtbot, Qt.Key.Key_Escape)  # cancel the change
    assert current(flow).objectName() == "personSearchScreen"


def test_search_new_person_and_gate_by_keyboard(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    _activate(qtbot, flow.window)
    search = current(flow)
    assert _focus() is search.field
    _type(qtbot, "Hansen")
    before = _audit_count(flow)
    _key(qtbot, Qt.Key.Key_Return)
    assert _audit_count(flow) == before + 1  # one search, one entry in the trail
    assert search.status.text() == "Ingen med det navn blev fundet."
    qtbot.keyClick(_focus(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # N&y person
    qtbot.waitUntil(lambda: current(flow).objectName() == "personForm")
    form = current(flow)
    assert _focus() is form.name
    _type(qtbot, "Mette Hansen")
    _key(qtbot, Qt.Key.Key_Return)  # saves
    page = current(flow)
    assert page.objectName() == "personPage"
    assert page.overview.history.person.data.name == "Mette Hansen"
    assert _focus() is page.ask_button
    _key(qtbot, Qt.Key.Key_Return)  # ask now
    gate = current(flow)
    assert gate.objectName() == "gateScreen"
    assert _focus() is gate.circumstances.forms["in-person"]
    _key(qtbot, Qt.Key.Key_Return)  # nothing is confirmed: Return starts nothing
    assert current(flow) is gate
    for box in gate.points.values():
        if box.isVisible():
            box.setFocus()
            _key(qtbot, Qt.Key.Key_Space)
    gate.circumstances.interpreters["none"].setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert gate.gate.may_ask
    assert gate.start_button.isDefault()
    _key(qtbot, Qt.Key.Key_Return)
    assert current(flow).objectName() == "runnerScreen"


def _tab_round(qtbot: Any, window: QWidget, limit: int = 80) -> list[QWidget]:
    """Tab from the focus until it comes back: the widgets in the order Tab visits them."""
    start = _focus()
    seen = [start]
    for _ in range(limit):
        _key(qtbot, Qt.Key.Key_Tab)
        if _focus() is start:
            return seen
        seen.append(_focus())
    raise AssertionError(f"Tab did not come back in {limit} steps: {seen}")


def test_tab_goes_through_the_content_before_the_top_bar(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    window = flow.window
    _activate(qtbot, window)
    header = [w for w in tab_stops(window) if not window.current_screen().isAncestorOf(w)]
    names = [
        "quickHideButton",
        "homeButton",
        "pinButton",
        "statisticsButton",
        "accessLogButton",
        "settingsButton",
        "switchUserButton",
        "logoutButton",
        "languageBox",
    ]
    assert sorted(w.objectName() for w in header) == sorted(names)
    header.sort(key=lambda w: names.index(w.objectName()))  # the order Tab should take
    problems = []
    for open_screen in ("search", "new person", "person page", "gate", "settings", "PIN"):
        if open_screen == "new person":
            qtbot.mouseClick(current(flow).new_button, Qt.MouseButton.LeftButton)
            current(flow).name.setText("Mette Hansen")
        elif open_screen == "person page":
            qtbot.mouseClick(current(flow).save_button, Qt.MouseButton.LeftButton)
        elif open_screen == "gate":
            qtbot.mouseClick(current(flow).ask_button, Qt.MouseButton.LeftButton)
        elif open_screen == "settings":
            qtbot.mouseClick(window.findChild(QWidget, "settingsButton"), Qt.MouseButton.LeftButton)
        elif open_screen == "PIN":
            qtbot.mouseClick(window.findChild(QWidget, "pinButton"), Qt.MouseButton.LeftButton)
        screen = current(flow)
        # Tab stops at the chosen option of a group of radio buttons (arrows move in it).
        content = [
            w
            for w in tab_stops(window)
            if screen.isAncestorOf(w) and not (isinstance(w, QRadioButton) and not w.isChecked())
        ]
        visited = _tab_round(qtbot, window)
        first_header = next(i for i, w in enumerate(visited) if w in header)
        before = visited[:first_header]
        late = [w.objectName() or type(w).__name__ for w in content if w not in before]
        if late or not all(screen.isAncestorOf(w) for w in before):
            problems.append(f"{open_screen}: after the top bar: {late}")
        if visited[first_header:] != header:
            problems.append(f"{open_screen}: the top bar in another order")
    assert not problems, "\n".join(problems)


def test_tab_goes_through_the_question_before_the_top_bar(make_runner: Any, qtbot: Any) -> None:
    runner = make_runner()
    window = runner.window()
    _activate(qtbot, window)
    for link_id in ("q-choice", "q-string"):
        runner.go_to(link_id)
        page = runner.current_page()
        assert page.isAncestorOf(_focus())  # the answer
        visited = [w.objectName() for w in _tab_round(qtbot, window)]
        bar = visited.index("quickHideButton")
        assert visited[bar:] == ["quickHideButton", "languageBox"], link_id
        assert visited[:bar][-6:] == [
            "declineButton",
            "clearButton",
            "backButton",
            "nextButton",
            "modeButton",
            "overview",
        ], (link_id, visited)
