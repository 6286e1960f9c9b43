"""The screens for what the pathway records: the gate's form, presence and interpreter; the
result's declined count, the other-parent prompt and the follow-up task; the person's page with
the linked parent and the tasks. Every new control is reachable with the keyboard and named."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from screening_app.domain.answers import DECLINED
from tests.ui.journey import (
    answer_all,
    choose,
    confirm_gate,
    create_person,
    current,
    open_gate,
    option,
)
from tests.ui.keys import tick
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def _reachable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def _tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    chain = []
    widget = start.nextInFocusChain()
    while widget is not start and len(chain) < limit:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


# ------------------------------------------------------------------------------ gate
def test_the_gate_records_form_presence_and_interpreter_and_every_control_is_named(
    logged_in: Any, qtbot: Any
) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    rows = gate.circumstances
    buttons: list[QAbstractButton] = rows.buttons()
    assert len(buttons) == 3 + 5 + 5
    chain = _tab_chain(gate.back_button)
    for button in buttons:
        assert button.accessibleName(), button.objectName()
        assert _reachable(button), button.objectName()
        assert button in chain, button.objectName()
    assert rows.interpreters["family"].accessibleName() == (
        "Tolk: familie eller ven tolker (spørg ikke)"
    )
    assert not gate._remote_row.isVisible()  # in person: no "are you alone?" point

    gate.person_reads.setChecked(True)
    choose(qtbot, rows.forms["video"])
    assert gate._remote_row.isVisible()
    assert not gate.person_reads.isEnabled()  # not at the clinic's screen: the clinician reads
    assert gate.clinician_reads.isChecked()
    remote = gate.points["remote-alone"]
    assert remote.accessibleName().startswith("Jeg har først spurgt: »Er du alene?")
    assert not gate.points["alone"].isEnabled()  # nothing else before "are you alone?"
    tick(qtbot, remote)
    assert gate.points["alone"].isEnabled()
    confirm_gate(gate, qtbot, interpreter="video")
    choose(qtbot, rows.present["young-child"])  # may stay
    assert gate.start_button.isEnabled()
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    screening = flow.persons.consultation.screening_id
    stored = flow.user.screenings.open(screening).screening
    assert (stored.consultation_form, stored.interpreter) == ("video", "video")
    assert stored.presence == {
        "present": ["young-child"],
        "remoteAlone": True,
        "familyInterpreter": False,
    }


def test_a_family_interpreter_is_not_asked_in_one_click(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    page = create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    for point in ("alone", "time", "confidentiality"):
        tick(qtbot, gate.points[point])
    choose(qtbot, gate.circumstances.interpreters["family"])
    assert not gate.start_button.isEnabled()
    assert gate.reason.currentData() == "family-interpreter"
    qtbot.mouseClick(gate.not_asked_button, Qt.MouseButton.LeftButton)
    page = current(flow)
    event = page.overview.events[0]
    assert (event.asked, event.not_asked_reason) == (False, "family-interpreter")
    assert event.circumstances.interpreter == "family"
    row = [page.history.item(0, c).text() for c in range(5)]
    assert row[2:4] == [
        "Ikke spurgt: kun familie eller en ven til at tolke",
        "i samme rum; familie eller ven ville tolke",
    ]


def test_a_partner_present_unticks_alone(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    choose(qtbot, gate.circumstances.present["partner"])
    assert not gate.points["alone"].isChecked()
    assert not gate.start_button.isEnabled()
    assert gate.reason.currentData() == "partner-present"
    qtbot.mouseClick(gate.not_asked_button, Qt.MouseButton.LeftButton)
    event = current(flow).overview.events[0]
    assert event.circumstances.present == ("partner",)


# ---------------------------------------------------------------------------- result
def test_the_result_counts_declined_answers_and_offers_the_follow_up(
    logged_in: Any, qtbot: Any
) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    consultation = flow.persons.consultation
    result = answer_all(
        qtbot, consultation, option("no"), declined=frozenset({"humiliated", "hurt"})
    )
    texts = visible_texts()
    assert "\u26a0 Screeningen er ufuldstændig: ønsker ikke at svare på 2 af 7." in texts
    assert not any(t.startswith("Resultat:") for t in texts)  # no band
    row = result.follow_up_row
    assert row.check.isChecked()  # the band is open: follow up
    for control in (row.check, row.date, row.text):
        assert control.accessibleName() or control.text()
        assert _reachable(control)
    qtbot.keyClicks(row.text, "Spørg igen om de to spørgsmål")
    qtbot.mouseClick(result.record_bar.finalise_button, Qt.MouseButton.LeftButton)
    assert any(t.startswith("Opfølgning ved besøget den") for t in visible_texts())
    final = flow.user.screenings.open(consultation.screening_id).screening
    assert final.answers["humiliated"].value == {"declined": True}
    qtbot.mouseClick(result.done_button, Qt.MouseButton.LeftButton)
    page = current(flow)
    (task,) = page.overview.open_tasks
    assert task.text == "Spørg igen om de to spørgsmål"
    button = page.tasks.done_buttons[task.id]
    assert _reachable(button)
    assert button.accessibleName().startswith("Markér som klaret: Følg op ved næste besøg")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert current(flow).overview.open_tasks == ()
    assert not current(flow).tasks.isVisible()


def test_a_negative_screen_leaves_the_follow_up_unticked(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    result = answer_all(qtbot, flow.persons.consultation, option("no"))
    assert not result.follow_up_row.check.isChecked()
    assert result.follow_up() is None


# ------------------------------------------------------------------- the other parent
def test_link_the_other_parent_by_search_and_the_prompts(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    father = create_person(flow, qtbot, name="Jonas Hansen", role="father-co-parent")
    father_id = father.overview.history.person.id
    flow.persons.show_home()
    page = create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    mother_id = page.overview.history.person.id
    link = page.co_parent.link_button
    assert _reachable(link)
    assert link.text() == "Tilknyt den &anden forælder..."
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    screen = current(flow)
    assert screen.objectName() == "linkParentScreen"
    assert "Tilknyt barnets anden forælder (Mette Hansen)" in visible_texts()
    qtbot.keyClicks(screen.field, "jonas")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    page = current(flow)
    assert page is flow.persons.person_page
    assert page.overview.co_parent.person_id == father_id
    assert "Jonas Hansen (Far eller medforælder) · ikke spurgt alene endnu" in visible_texts()
    assert not page.co_parent.prompt.isVisible()  # nobody asked yet

    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    result = answer_all(qtbot, flow.persons.consultation, option("no"))
    assert result.findChild(QWidget, "otherParentNotAsked").isVisible()
    qtbot.mouseClick(result.record_bar.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(result.done_button, Qt.MouseButton.LeftButton)
    page = current(flow)
    assert page.co_parent.prompt.isVisible()
    assert "\u26a0 Den anden forælder er ikke spurgt alene endnu." in visible_texts()

    qtbot.mouseClick(page.co_parent.open_button, Qt.MouseButton.LeftButton)
    fathers = current(flow)
    assert fathers.overview.history.person.id == father_id
    assert fathers.overview.co_parent.person_id == mother_id
    assert fathers.overview.history.screenings == []  # nothing of hers
    assert any(t.startswith("Mette Hansen (Gravid) · spurgt alene ") for t in visible_texts())
    qtbot.mouseClick(fathers.co_parent.unlink_button, Qt.MouseButton.LeftButton)
    assert current(flow).overview.co_parent is None
    trail = flow.user.session.database.audit_entries()
    assert [(e.action, e.criterion) for e in trail if (e.criterion or "").startswith(
        ("link-co-parent", "unlink-co-parent")
    )] == [
        ("update-person", f"link-co-parent:{father_id}"),
        ("update-person", f"unlink-co-parent:{mother_id}"),
    ]  # fmt: skip


def test_declined_is_a_value_the_runner_stores(logged_in: Any, qtbot: Any) -> None:
    flow = logged_in
    create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    consultation = flow.persons.consultation
    consultation.runner.go_to("afraid")
    consultation.runner.decline("afraid")
    opened = flow.user.screenings.open(consultation.screening_id)
    assert opened.session.given("afraid") is DECLINED
