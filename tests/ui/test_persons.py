"""Persons: register with the CPR checks (format and date refused, modulus 11 only a warning),
find by name, CPR number or birth date, correct the details; every view and change audited."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.journey import audit_actions, create_person, current
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def _search(flow: Any, qtbot: Any, text: str) -> list[str]:
    flow.persons.show_home()
    screen = flow.persons.search_screen
    screen.field.clear()
    qtbot.keyClicks(screen.field, text)
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    table = screen.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_create_a_person_with_a_cpr_number(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    page = create_person(
        flow,
        qtbot,
        name="Mette Hansen",
        cpr="0707614285",
        child="01.09.2026",
        safe_phone="20 30 40 50",
    )
    texts = visible_texts()
    assert "Mette Hansen" in texts
    assert "Gravid · CPR 070761-4285 · termin 01.09.2026 (uge 13)" in texts
    assert any(t.startswith("Sikkert telefonnummer: 20 30 40 50") for t in texts)
    assert "Aldrig spurgt. Spørg nu (aldrig spurgt)." in texts
    assert any(t.startswith("Planen for at spørge er TrygStarts standard") for t in texts)
    person = page.overview.history.person
    assert person.data.cpr == "0707614285"
    assert str(person.data.birth_date) == "1961-07-07"  # filled in from the CPR number
    assert audit_actions(flow, person.id)[:2] == [("create-person", None), ("view-person", None)]


def test_cpr_format_and_date_are_refused(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    qtbot.mouseClick(flow.persons.search_screen.new_button, Qt.MouseButton.LeftButton)
    form = current(flow)
    qtbot.keyClicks(form.name, "Ida Holm")
    qtbot.keyClicks(form.cpr, "3201901234")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert current(flow) is form
    assert "De første seks cifre i et CPR-nummer er en dato (DDMMÅÅ)." in visible_texts()
    form.cpr.clear()
    qtbot.keyClicks(form.cpr, "12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Et CPR-nummer har ti cifre (DDMMÅÅ-LLLL)." in visible_texts()
    assert current(flow) is form


def test_a_modulus_11_failure_only_warns(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    qtbot.mouseClick(flow.persons.search_screen.new_button, Qt.MouseButton.LeftButton)
    form = current(flow)
    qtbot.keyClicks(form.name, "Ida Holm")
    flow.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.window)
    form.cpr.setFocus()
    qtbot.keyClicks(form.cpr, "0101901234")
    qtbot.keyClick(form.cpr, Qt.Key.Key_Tab)  # on to the next field: editing finished
    assert form.cpr.text() == "010190-1234"
    assert any(t.startswith("Bemærk: nummeret består ikke modulus 11") for t in visible_texts())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert current(flow) is flow.persons.person_page


def test_find_by_name_cpr_and_birth_date(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", cpr="0707614285")
    flow.persons.show_home()
    create_person(flow, qtbot, name="Ida Holm", role="new-mother", child="01.02.2026", born=True)
    assert _search(flow, qtbot, "met han") == ["Mette Hansen"]
    assert _search(flow, qtbot, "070761") == ["Mette Hansen"]
    assert _search(flow, qtbot, "07.07.1961") == ["Mette Hansen"]
    assert _search(flow, qtbot, "holm") == ["Ida Holm"]
    assert _search(flow, qtbot, "zzz") == []
    assert "Ingen med det navn blev fundet." in visible_texts()
    assert _search(flow, qtbot, "31.02.1990") == []
    assert "Skriv et navn, et CPR-nummer eller en fødselsdato (dd.mm.åååå)." in visible_texts()
    _search(flow, qtbot, "holm")
    qtbot.keyClick(flow.persons.search_screen.table, Qt.Key.Key_Return)
    page = current(flow)
    assert page is flow.persons.person_page
    assert "Ny mor · barnet født 01.02.2026 (4 uger gammelt)" in visible_texts()
    entries = flow.user.session.database.audit_entries()
    criteria = [e.criterion for e in entries if e.action == "search-persons"]
    assert criteria[:3] == ["name:han met", "cpr:070761", "birth-date:1961-07-07"]


def test_correct_the_details(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    page = create_person(flow, qtbot, name="Mette Hansen")
    person_id = page.overview.history.person.id
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = current(flow)
    assert form.name.text() == "Mette Hansen"
    form.letters.setCurrentIndex(form.letters.findData(False))
    qtbot.keyClicks(form.safe_times, "hverdage 9-12")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert current(flow) is flow.persons.person_page
    data = flow.persons.person_page.overview.history.person.data
    assert data.may_send_letters_home is False
    assert data.safe_times == "hverdage 9-12"
    assert any("Breve hjem: nej" in t for t in visible_texts())
    assert ("update-person", None) in audit_actions(flow, person_id)


def test_a_save_after_someone_elses_keeps_what_she_typed(logged_in: Any, qtbot: Any) -> None:
    """Two clinicians on the same person: the second save is refused with who changed what,
    her typing stays on the form, and her next save (having read it) keeps both changes."""
    import dataclasses

    flow = logged_in
    page = create_person(flow, qtbot, name="Mette Hansen")
    person = page.overview.history.person
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    form = current(flow)
    qtbot.keyClicks(form.safe_times, "hverdage 9-12")
    # Meanwhile, at another workstation: the safe phone number is changed.
    other = dataclasses.replace(person.data, safe_phone="22 33 44 55")
    flow.user.persons.update(person.id, other)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert current(flow) is form
    assert "det sikre telefonnummer" in form.error.text()
    assert "mens du skrev" in form.error.text()
    assert form.safe_times.text() == "hverdage 9-12"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert current(flow) is flow.persons.person_page
    saved = flow.persons.person_page.overview.history.person.data
    assert (saved.safe_times, saved.safe_phone) == ("hverdage 9-12", "22 33 44 55")
