"""Inputs for the item types imported questionnaires use: time, date and time, quantity.

Each shows the answer the session holds and reports what is typed in the form the engine takes
(the engine, not the widget, checks limits and units).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from screening_app.domain.answer_values import Quantity
from screening_app.domain.answers import AnswerError, normalise_answer
from screening_app.domain.base import localized
from screening_app.domain.instrument import DateTimeItem, QuantityItem, TimeItem, Unit
from screening_app.ui.i18n import Words
from screening_app.ui.runner.more_inputs import (
    DateTimeInput,
    QuantityInput,
    TimeInput,
    parse_date_time,
    parse_time,
)

pytestmark = pytest.mark.gui

WORDS = Words(lambda: "da", None, fixed=True)
TEXT = localized(da="Spørgsmål", en="Question")


def _answers(widget: Any) -> list[Any]:
    found: list[Any] = []
    widget.answered.connect(found.append)
    return found


def test_time_reads_danish_and_iso_forms(qtbot: Any) -> None:
    item = TimeItem(link_id="t", type="time", text=TEXT)
    widget = TimeInput(item, WORDS, "da")
    qtbot.addWidget(widget)
    answers = _answers(widget)
    widget.field.setText("8.30")
    widget.commit()
    assert answers == ["08:30"]
    assert normalise_answer(item, answers[0]) == dt.time(8, 30)
    widget.show_value(dt.time(17, 5))
    assert widget.field.text() == "17:05"
    with pytest.raises(AnswerError):
        parse_time("25:00")
    assert parse_time("  ") is None


def test_date_time_is_read_in_the_workstations_zone(qtbot: Any) -> None:
    item = DateTimeItem(link_id="dt", type="date-time", text=TEXT)
    widget = DateTimeInput(item, WORDS, "da")
    qtbot.addWidget(widget)
    answers = _answers(widget)
    widget.field.setText("04-03-2025 10:30")
    widget.commit()
    (value,) = answers
    assert value.tzinfo is not None
    assert (value.year, value.month, value.day, value.hour, value.minute) == (2025, 3, 4, 10, 30)
    assert normalise_answer(item, value) == value
    with pytest.raises(AnswerError):
        parse_date_time("2025-03-04")


def test_quantity_takes_its_unit_from_the_items_units(qtbot: Any) -> None:
    units = [
        Unit(code="kg", system="http://unitsofmeasure.org", text=localized(da="kg", en="kg")),
        Unit(code="[lb_av]", text=localized(da="pund", en="pounds")),
    ]
    item = QuantityItem(link_id="w", type="quantity", text=TEXT, units=units)
    widget = QuantityInput(item, WORDS, "da")
    qtbot.addWidget(widget)
    assert widget.unit_box is not None
    answers = _answers(widget)
    widget.field.setText("70,5")
    widget.commit()
    assert answers == [{"value": 70.5, "unit": "kg"}]
    widget.unit_box.setCurrentIndex(1)
    widget.unit_box.activated.emit(1)
    assert answers[-1] == {"value": 70.5, "unit": "[lb_av]"}
    assert normalise_answer(item, answers[-1]) == Quantity(70.5, "[lb_av]")
    widget.show_value(Quantity(3.0, "kg"))
    assert (widget.field.text(), widget.unit_box.currentIndex()) == ("3", 0)
