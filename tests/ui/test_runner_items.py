"""The runner renders every item type of the test instrument, with conditions applied live."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit

from screening_app.domain.context import Context
from screening_app.ui.runner.choice_inputs import BooleanInput, ChoiceInput, MultiChoiceInput
from screening_app.ui.runner.field_inputs import (
    DateInput,
    DecimalInput,
    IntegerInput,
    StringInput,
    TextInput,
)
from screening_app.ui.runner.item_page import DisplayView, GroupHeading

pytestmark = pytest.mark.gui

EXPECTED_INPUT = {
    "q-bool": BooleanInput,
    "q-choice": ChoiceInput,
    "q-multi": MultiChoiceInput,
    "q-int": IntegerInput,
    "q-dec": DecimalInput,
    "q-date": DateInput,
    "q-string": StringInput,
    "q-text": TextInput,
    "q-role": BooleanInput,
}


def _show_everything(runner: Any) -> None:
    session = runner.session
    session.answer("q-bool", True)
    session.answer("q-choice", "c")
    session.answer("q-multi", ["tomato"])
    runner._refresh_visibility()


def test_every_item_type_has_its_widget(make_runner: Any) -> None:
    runner = make_runner(context=Context(role="father-co-parent", phase="pregnant"))
    _show_everything(runner)
    seen_types = set()
    for link_id, item in runner._nav.items.items():
        seen_types.add(item.type)
        if item.type == "group":
            continue
        runner.go_to(link_id)
        page = runner.current_page()
        assert runner.current_link_id == link_id
        if item.type == "display":
            assert isinstance(page.display, DisplayView)
            assert page.input is None
        else:
            assert type(page.input) is EXPECTED_INPUT[link_id]
    assert seen_types == {
        "display", "boolean", "choice", "multi-choice", "integer",
        "decimal", "date", "string", "text", "group",
    }  # fmt: skip


def test_nested_groups_head_their_items_outermost_first(make_runner: Any) -> None:
    runner = make_runner()
    _show_everything(runner)
    runner.go_to("q-int")
    headings = [h.text() for h in runner.current_page().findChildren(GroupHeading)]
    assert headings == ["Om drivhuset", "Om vandingen"]


def test_every_control_has_an_accessible_name(make_runner: Any) -> None:
    runner = make_runner(context=Context(role="father-co-parent", phase="pregnant"))
    _show_everything(runner)
    for link_id in runner._nav.pageable:
        runner.go_to(link_id)
        page = runner.current_page()
        for control in page.findChildren(QAbstractButton):
            assert control.accessibleName() or control.text(), (link_id, control.objectName())
        for control in [*page.findChildren(QLineEdit), *page.findChildren(QPlainTextEdit)]:
            assert control.accessibleName() == runner._nav.items[link_id].text.get("da")


def test_options_carry_their_number_key_for_screen_readers(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    buttons = runner.current_page().input._buttons
    assert [b.accessibleName() for b in buttons] == [
        "Ingen fuglekasser",
        "En eller to fuglekasser",
        "Mange fuglekasser",
    ]
    assert [b.accessibleDescription() for b in buttons] == ["Tast 1", "Tast 2", "Tast 3"]


def test_guidance_in_clinician_mode_only(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-bool")
    assert "Spørg om haven i ro og mag." in _texts(runner)
    runner.enter_self_complete()
    assert "Spørg om haven i ro og mag." not in _texts(runner)


def _texts(runner: Any) -> list[str]:
    from tests.ui.screen_text import visible_texts

    return visible_texts()


def test_conditions_apply_live_in_the_overview_and_the_navigation(make_runner: Any) -> None:
    runner = make_runner()
    overview = runner._overview
    assert "q-multi" not in overview.visible_link_ids()
    runner.go_to("q-bool")
    runner.current_page().input.choose(1)  # yes: the greenhouse group appears
    assert {"grp-outer", "outer-note", "q-multi"} <= set(overview.visible_link_ids())
    assert "q-int" not in overview.visible_link_ids()
    runner.go_to("q-multi")
    runner.current_page().input.choose(1)  # tomatoes: the watering group appears (any)
    assert {"grp-inner", "q-int", "q-dec"} <= set(overview.visible_link_ids())
    runner.current_page().input.choose(1)  # tomatoes off again
    assert "q-int" not in overview.visible_link_ids()
    runner.go_to("q-choice")
    runner.current_page().input.choose(3)  # many boxes: the watering group again (any)
    assert "q-int" in overview.visible_link_ids()
    runner.go_to("q-bool")
    runner.current_page().input.choose(2)  # no: the whole group goes, nested group too
    assert not {"q-multi", "q-int", "q-dec"} & set(overview.visible_link_ids())
    assert runner._nav.neighbour("q-choice", +1) == "q-date"


def test_all_condition_with_context(make_runner: Any) -> None:
    runner = make_runner(context=Context(role="pregnant-woman", phase="after-birth"))
    runner.go_to("q-choice")
    runner.current_page().input.choose(2)
    assert not runner.session.is_visible("q-date")  # not pregnant: all fails
    pregnant = make_runner(context=Context(role="pregnant-woman", phase="pregnant"))
    pregnant.go_to("q-choice")
    pregnant.current_page().input.choose(1)  # a: all fails on the answer
    assert not pregnant.session.is_visible("q-date")
    pregnant.current_page().input.choose(2)
    assert pregnant.session.is_visible("q-date")
    assert "q-date" in pregnant._overview.visible_link_ids()


def test_context_condition_on_role(make_runner: Any) -> None:
    mother = make_runner(context=Context(role="new-mother"))
    assert "q-role" not in mother._overview.visible_link_ids()
    father = make_runner(context=Context(role="father-co-parent"))
    assert "q-role" in father._overview.visible_link_ids()


def test_answered_items_are_marked_in_words_not_colour(make_runner: Any) -> None:
    runner = make_runner()
    runner.go_to("q-bool")
    runner.current_page().input.choose(1)
    row = runner._overview._rows["q-bool"]
    assert row.text().startswith("\u2713")
    from PySide6.QtCore import Qt

    assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", besvaret")


def test_each_answer_goes_to_the_sink_once(make_runner: Any, sink: Any) -> None:
    runner = make_runner()
    runner.go_to("q-choice")
    runner.current_page().input.choose(2)
    runner.current_page().input.choose(2)  # the same answer again: nothing new to store
    assert sink.answers == [("q-choice", "b")]
    runner.current_page().clear_button.click()
    assert sink.answers == [("q-choice", "b"), ("q-choice", None)]
    assert runner.session.given("q-choice") is None


def test_a_resumed_session_opens_at_its_first_unanswered_question(shell: Any, sink: Any) -> None:
    from screening_app.domain.session import Session
    from screening_app.ui.runner.runner_screen import RunnerScreen
    from tests.ui.helpers import load_test_instrument

    session = Session(load_test_instrument("all-types"), "da", Context(phase="pregnant"))
    session.restore({"q-bool": False, "q-choice": "a"})
    runner = RunnerScreen(session, sink, shell.language)
    shell.window.show_screen(runner)
    assert runner.current_link_id == "q-string"
    assert not runner.session.is_visible("q-date")  # q-choice is 'a'


def test_text_follows_the_system_font_size(make_runner: Any, qapp: Any) -> None:
    from PySide6.QtGui import QFont

    normal = make_runner()
    normal.go_to("q-bool")
    normal_size = normal.current_page().findChild(object, "questionText").font().pointSizeF()
    original = qapp.font()
    try:
        large = QFont(original)
        large.setPointSizeF(original.pointSizeF() * 2)
        qapp.setFont(large)
        qapp.processEvents()  # the open window takes the new font (a posted event)
        bigger = make_runner()
        bigger.go_to("q-bool")
        size = bigger.current_page().findChild(object, "questionText").font().pointSizeF()
    finally:
        qapp.setFont(original)
        qapp.processEvents()
    assert size == pytest.approx(normal_size * 2)
