"""A clinician's steps through the real screens, as a person would take them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from screening_app.domain.instrument import ChoiceItem
from tests.ui.keys import DIGIT, focus_widget, press, tick


def current(flow: Any) -> Any:
    return flow.window.current_screen()


def create_person(
    flow: Any,
    qtbot: Any,
    *,
    name: str,
    cpr: str = "",
    child: str = "",
    born: bool = False,
    role: str = "pregnant-woman",
    safe_phone: str = "",
) -> Any:
    """New person from the search screen; returns the person's page."""
    search = flow.persons.search_screen
    qtbot.mouseClick(search.new_button, Qt.MouseButton.LeftButton)
    form = current(flow)
    qtbot.keyClicks(form.name, name)
    form.role.setCurrentIndex(form.role.findData(role))
    if cpr:
        qtbot.keyClicks(form.cpr, cpr)
    if child:
        qtbot.keyClicks(form.child_date, child)
        (form.born if born else form.expected).setChecked(True)
    if safe_phone:
        qtbot.keyClicks(form.safe_phone, safe_phone)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    page = current(flow)
    assert page is flow.persons.person_page, getattr(form, "error", None) and form.error.text()
    return page


def open_gate(flow: Any, qtbot: Any) -> Any:
    qtbot.mouseClick(flow.persons.person_page.ask_button, Qt.MouseButton.LeftButton)
    gate = current(flow)
    assert gate.objectName() == "gateScreen"
    return gate


def confirm_gate(gate: Any, qtbot: Any, interpreter: str = "none") -> None:
    """Every point ticked (on the phone or video, "are you alone?" first) and the interpreter
    chosen, as a clinician clicks them."""
    for box in gate.points.values():
        if box.isVisible() and not box.isChecked():
            tick(qtbot, box)
    choose(qtbot, gate.circumstances.interpreters[interpreter])
    assert gate.gate.may_ask


def choose(qtbot: Any, button: Any) -> None:
    """Click a radio button or check box on its indicator."""
    tick(qtbot, button)


def answer_all(
    qtbot: Any,
    consultation: Any,
    choose: Callable[[Any], int],
    limit: int = 60,
    declined: frozenset[str] = frozenset(),
) -> Any:
    """Answer with number keys (``choose(item)`` -> 1-based option) and Enter, until the
    result screen shows; returns it. The questions in ``declined`` get "prefer not to answer"
    (its button)."""
    runner = consultation.runner
    for _ in range(limit):
        if consultation.result_screen is not None and consultation.result_screen.isVisible():
            return consultation.result_screen
        page = runner.current_page()
        if page is not None and page.item.link_id in declined:
            if not page.declined:
                qtbot.mouseClick(page.decline_button, Qt.MouseButton.LeftButton)
        elif page is not None and page.input is not None and isinstance(page.item, ChoiceItem):
            press(qtbot, runner, DIGIT[choose(page.item)])
        press(qtbot, runner, Qt.Key.Key_Return)
    raise AssertionError("the result did not show")


def option(code: str) -> Callable[[Any], int]:
    """Choose the option with ``code`` where there is one, else the first."""

    def choose(item: Any) -> int:
        codes = [o.code for o in item.options]
        return codes.index(code) + 1 if code in codes else 1

    return choose


def audit_actions(flow: Any, person_id: int) -> list[tuple[str, str | None]]:
    from screening_app.services.admin import AdminService

    entries = AdminService(flow.user.session).export_person_audit(person_id)
    return [(e.action, e.criterion) for e in entries]


__all__ = ["focus_widget"]
