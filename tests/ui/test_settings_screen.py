"""The clinic's settings for administrators: the idle lock's minutes (applied at once), the
asking schedule (used for the next date on the person's page), the clinic's details."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.clinic import CLINICIAN, CLINICIAN_PASSWORD
from tests.ui.journey import create_person, current
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def _settings(flow: Any, qtbot: Any) -> Any:
    bar = flow.window.findChild(object, "userBar")
    qtbot.mouseClick(bar.settings, Qt.MouseButton.LeftButton)
    screen = current(flow)
    assert screen.objectName() == "settingsScreen"
    return screen


def test_idle_minutes_are_saved_and_applied(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    screen = _settings(flow, qtbot)
    assert screen.idle_minutes.value() == 5
    screen.idle_minutes.setValue(2)
    qtbot.mouseClick(screen.save_idle, Qt.MouseButton.LeftButton)
    assert screen.idle_status.text() == "Gemt."
    assert flow.idle.timeout_s == 120
    assert flow.user.settings.idle_minutes() == 2
    entries = flow.user.session.database.audit_entries()
    assert (entries[-1].action, entries[-1].criterion) == ("settings-change", "idle-minutes:2")


def test_the_asking_schedule_drives_the_next_date(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    screen = _settings(flow, qtbot)
    assert any("Dette er TrygStarts standard" in t for t in visible_texts())
    screen.midwife_weeks.setText("12, 99")
    qtbot.mouseClick(screen.save_schedule, Qt.MouseButton.LeftButton)
    assert screen.schedule_status.text().startswith("\u26a0 Hele tal adskilt af kommaer")
    assert flow.user.settings.asking_schedule().is_default
    screen.first_visit.setText("0")  # never the day of birth
    qtbot.mouseClick(screen.save_schedule, Qt.MouseButton.LeftButton)
    assert screen.schedule_status.text().startswith("\u26a0 Hele tal adskilt af kommaer")
    screen.first_visit.setText("6")
    screen.midwife_weeks.setText("14, 30")
    screen.retry_days.setValue(7)
    qtbot.mouseClick(screen.save_schedule, Qt.MouseButton.LeftButton)
    assert screen.schedule_status.text() == "Gemt."
    schedule = flow.user.settings.asking_schedule()
    assert not schedule.is_default
    assert schedule.schedule.midwife_weeks == [14, 30]
    assert schedule.schedule.first_visit_days == 6
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    page = flow.persons.person_page
    assert not page.schedule_note.isVisible()
    after_today = page.overview.next_after_asking(flow.clinic.today())
    assert str(after_today) == "2026-03-03"  # pregnancy week 14 of a birth due 01.09.2026


def test_clinic_details(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    screen = _settings(flow, qtbot)
    assert screen.clinic_name.text() == "Jordemoderklinikken Nord"
    screen.clinic_phone.setText("86 11 22 33")
    screen.clinic_email.setText("not an address")
    qtbot.mouseClick(screen.save_clinic, Qt.MouseButton.LeftButton)
    assert screen.clinic_status.text() == "\u26a0 Ugyldige oplysninger: e-mail."
    screen.clinic_email.setText("jordemoder@example.dk")
    qtbot.mouseClick(screen.save_clinic, Qt.MouseButton.LeftButton)
    assert flow.user.settings.details().phone == "86 11 22 33"


def test_a_clinician_has_no_settings(app_flow: Any, qtbot: Any) -> None:
    flow = app_flow(clinician=True)
    assert flow.login(CLINICIAN, CLINICIAN_PASSWORD)
    flow.persons.show_settings()
    assert current(flow).objectName() == "pinScreen"  # nothing happened
    assert not flow.window.findChild(object, "userBar").settings.isVisible()
