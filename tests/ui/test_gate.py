"""The gate: the questions cannot start until all four points are confirmed; "not asked" with
the reason and the next date is one click."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.journey import audit_actions, create_person, current, open_gate
from tests.ui.keys import tick
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def test_partner_present_records_not_asked_with_a_next_date_in_one_click(
    logged_in: Any, qtbot: Any
) -> None:
    flow = logged_in
    page = create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    person_id = page.overview.history.person.id
    gate = open_gate(flow, qtbot)
    assert gate.reason.currentData() == "partner-present"  # from the first unconfirmed point
    assert gate.next_date.date().toPython().isoformat() == "2026-03-16"  # retry: 14 days
    qtbot.mouseClick(gate.not_asked_button, Qt.MouseButton.LeftButton)

    page = current(flow)
    assert page is flow.persons.person_page
    texts = visible_texts()
    history = page.history
    row = [history.item(0, c).text() for c in range(5)]
    assert row == [
        "02.03.2026",
        "Anna Jordemoder",
        "Ikke spurgt: ikke alene (partner eller andre til stede)",
        "i samme rum; tolk ikke noteret",
        "Spørg igen 16.03.2026",
    ]
    assert any(
        t.startswith(
            "Sidste gang (02.03.2026, Anna Jordemoder): ikke spurgt, ikke alene (partner eller "
            "andre til stede)."
        )
        and "Spørg næste gang 16.03.2026 (planlagt)." in t
        for t in texts
    )
    screening = page.overview.history.screenings[0]
    assert (screening.gate, screening.not_asked_reason) == ("not-asked", "partner-present")
    assert str(screening.next_ask_date) == "2026-03-16"
    assert screening.context["role"] == "pregnant-woman"
    tasks = page.overview.history.tasks
    assert [(t.kind, str(t.due_date)) for t in tasks] == [("next-ask", "2026-03-16")]
    assert ("record-not-asked", None) in audit_actions(flow, person_id)


def test_another_reason_can_be_chosen_first(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen")
    gate = open_gate(flow, qtbot)
    tick(qtbot, gate.points["alone"])
    assert gate.reason.currentData() == "family-interpreter"  # no interpreter chosen yet
    gate.reason.setCurrentIndex(gate.reason.findData("no-private-room"))
    qtbot.mouseClick(gate.not_asked_button, Qt.MouseButton.LeftButton)
    event = flow.persons.person_page.overview.events[0]
    assert event.not_asked_reason == "no-private-room"


def test_questions_start_only_when_every_point_is_confirmed(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    assert (
        "Spørgsmålene kan begynde, når alle punkter ovenfor er krydset af, og tolken er valgt."
        in visible_texts()
    )
    boxes = [box for box in gate.points.values() if box.isVisible()]
    assert [box.objectName() for box in boxes] == [
        "gate-alone",
        "gate-time",
        "gate-confidentiality",
    ]
    for box in boxes:
        tick(qtbot, box)
        assert not gate.start_button.isEnabled()
    gate.start()  # refused without the interpreter
    assert current(flow) is gate
    tick(qtbot, gate.circumstances.interpreters["none"])
    assert gate.start_button.isEnabled()
    assert gate.instrument.currentData() == "ipv-screen"
    assert [gate.language.itemText(i) for i in range(gate.language.count())] == [
        "dansk",
        "engelsk",
    ]
    gate.language.setCurrentIndex(1)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    runner = current(flow)
    assert runner.objectName() == "runnerScreen"
    assert runner.session.language == "en"
    assert runner.session.context.phase == "pregnant"
    assert runner.session.context.weeks_pregnant == 13
    assert not runner.self_complete
