"""A consultation on the real screens and the encrypted database: ipv-screen answered positive,
the safety check run after it with a red flag, the same-day actions shown from the data, the
services named from the directory, both results finalised; the audit trail holds every step."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.journey import (
    answer_all,
    audit_actions,
    confirm_gate,
    create_person,
    current,
    open_gate,
)
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def answers(yes: set[str]) -> Any:
    def choose(item: Any) -> int:
        code = "yes" if item.link_id in yes else "no"
        if item.link_id == "safe-home-today":
            code = "yes"
        return [o.code for o in item.options].index(code) + 1

    return choose


def start_screen(flow: Any, qtbot: Any, *, person_reads: bool = False) -> Any:
    create_person(flow, qtbot, name="Mette Hansen", cpr="0707614285", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    if person_reads:
        gate.person_reads.setChecked(True)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    return flow.persons.consultation


def labels(screen: Any, name: str) -> list[str]:
    return [w.text() for w in screen.findChildren(QLabel, name) if w.isVisible()]


def test_positive_screen_then_the_safety_check_with_a_red_flag(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    consultation = start_screen(flow, qtbot)
    person_id = flow.persons.person_id
    result = answer_all(qtbot, consultation, answers({"afraid"}))
    assert "Resultat: Positiv screening (gul)" in visible_texts()
    screening_id = consultation.screening_id
    stored = flow.user.screenings.open(screening_id)
    assert stored.session.answers["afraid"] == "yes"
    assert stored.screening.status == "draft"
    follow = result.findChild(object, "followUp-safety-check")
    assert follow.text() == (
        "&1  Afslut dette resultat og kør: Sikkerhedstjek efter positiv screening"
    )  # the first next step, with its key

    qtbot.mouseClick(follow, Qt.MouseButton.LeftButton)
    assert flow.user.screenings.open(screening_id).screening.status == "finalised"
    assert consultation.runner.session.instrument.id == "safety-check"
    result = answer_all(qtbot, consultation, answers({"threats-to-kill"}))
    texts = visible_texts()
    assert "Resultat: Røde flag – handl i dag (rød)" in texts
    assert "Haster – handl i dag" in texts
    assert "Handl i dag" in labels(result, "flagStepsTitle")
    urgent = result.findChild(object, "urgentPanel")
    steps = [w.text() for w in urgent.findChildren(QLabel, "step")]
    assert steps[1] == "Ved akut fare: ring 112."
    assert steps[0].startswith("Handl i dag, mens personen er her.")
    services = labels(result, "service")
    # the bundled entries are not checked by anyone yet: the list says so, never a date
    assert "\u2022 Lev Uden Vold, national hotline, tlf. 1888 (ikke kontrolleret)" in services
    assert not any("lev-uden-vold" in s for s in services)  # names, never ids

    follow_id = consultation.screening_id
    qtbot.mouseClick(result.record_bar.finalise_button, Qt.MouseButton.LeftButton)
    final = flow.user.screenings.open(follow_id).screening
    assert final.status == "finalised"
    assert final.band_id == "red-flags"
    assert final.result is not None
    assert "urgent" in final.result["flags"]
    assert not result.override_button.isVisible()
    assert result.record_bar.amend_button.isVisible()

    qtbot.mouseClick(result.done_button, Qt.MouseButton.LeftButton)
    page = current(flow)
    assert page is flow.persons.person_page
    rows = [
        [page.history.item(r, c).text() for c in range(5)] for r in range(page.history.rowCount())
    ]
    assert rows[0][2:] == [
        "Sikkerhedstjek efter positiv screening",
        "i samme rum; ingen tolk",
        "Røde flag – handl i dag (rød) · 2 særlige forhold",
    ]
    # one follow-up task for the next visit: made with the positive screen, not again
    tasks = [t for t in page.overview.open_tasks if t.kind == "follow-up"]
    assert [t.screening_id for t in tasks] == [screening_id]
    assert rows[1][2] == "Screening for partnervold (gravide og nye forældre)"

    trail = audit_actions(flow, person_id)
    counts = Counter(action for action, _ in trail)
    follow_answers = flow.user.screenings.open(follow_id).session.answers
    answered = len(stored.session.answers) + len(follow_answers)
    assert counts["update-screening"] == answered  # one commit per answer
    assert counts["start-screening"] == 2
    assert counts["finalise-screening"] == 2
    assert counts["create-person"] == 1
    assert counts["view-person"] >= 2
    assert flow.user.session.database.verify_audit().intact


def test_each_answer_is_committed_and_a_failure_is_taken_back(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    consultation = start_screen(flow, qtbot)
    runner = consultation.runner
    runner.advance()  # past the introduction
    page = runner.current_page()
    assert page.item.link_id == "humiliated"
    page.input.choose(2)
    stored = flow.user.screenings.open(consultation.screening_id)
    assert stored.session.answers == {"humiliated": "no"}
    database = flow.user.session.database
    database.close()  # the database goes away under the questionnaire
    page.input.choose(1)
    assert runner.session.given("humiliated") == "no"  # taken back
    assert "\u26a0 Svaret kunne ikke gemmes. Prøv venligst igen." in visible_texts()


def test_override_finalise_then_amend_with_a_reason(
    logged_in: Any, qtbot: Any, fake_dialogs: Any
) -> None:
    flow = logged_in
    consultation = start_screen(flow, qtbot)
    result = answer_all(qtbot, consultation, answers(set()))
    assert "Resultat: Negativ screening (grøn)" in visible_texts()
    result.open_override()
    dialog = result.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(object, "band-positive").click()
    dialog.reason.setPlainText("Personen fortalte mere bagefter.")
    dialog.accept()
    assert "Resultat: Positiv screening (gul)" in visible_texts()
    screening_id = consultation.screening_id
    qtbot.mouseClick(result.record_bar.finalise_button, Qt.MouseButton.LeftButton)
    final = flow.user.screenings.open(screening_id).screening
    assert (final.band_id, final.override_band_id) == ("negative", "positive")
    assert final.override_reason == "Personen fortalte mere bagefter."
    assert str(final.next_ask_date) == "2026-03-10"  # the midwife's consultation in week 15

    qtbot.mouseClick(result.record_bar.amend_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.reasons_asked == ["Ret det afsluttede resultat"]
    runner = consultation.runner
    assert runner.isVisible()
    amended = flow.user.screenings.open(consultation.screening_id).screening
    assert (amended.version, amended.amends_id) == (2, screening_id)
    assert amended.amend_reason == fake_dialogs.reason
    assert runner.session.given("humiliated") == "no"  # the answers came along


def test_the_copied_note_is_audited(logged_in: Any, qtbot: Any, qapp: Any) -> None:
    flow = logged_in
    consultation = start_screen(flow, qtbot)
    result = answer_all(qtbot, consultation, answers({"hurt"}))
    qtbot.mouseClick(result.copy_button, Qt.MouseButton.LeftButton)
    note = qapp.clipboard().text()
    assert note.startswith("Spørgeskema: Screening for partnervold")
    assert "Lev Uden Vold, national hotline" in note  # services by name
    assert "Mette" not in note
    trail = audit_actions(flow, flow.persons.person_id)
    assert trail[-1] == ("view-screening", "copy-note")


def test_leaving_self_complete_needs_the_password(logged_in: Any, qtbot: Any) -> None:
    from tests.ui.clinic import ADMIN_PASSWORD

    flow = logged_in
    consultation = start_screen(flow, qtbot, person_reads=True)
    runner = consultation.runner
    assert runner.self_complete
    assert flow.window.restricted
    assert not flow.window.findChild(object, "userBar").isVisible()
    flow.window.close()  # the person tries to leave
    assert flow.window.isVisible()
    hand_back = runner._hand_back
    assert hand_back.isVisible()
    hand_back.password.setText("not the password at all")
    hand_back.submit()
    assert "Forkert adgangskode." in visible_texts()
    assert runner.self_complete
    hand_back.password.setText(ADMIN_PASSWORD)
    hand_back.submit()
    assert not runner.self_complete
    assert not flow.window.restricted
    entries = flow.user.session.database.audit_entries()
    confirm = [(e.action, e.outcome) for e in entries if e.criterion == "confirm-password"]
    assert confirm == [("unlock-failed", "refused"), ("unlock", "ok")]
