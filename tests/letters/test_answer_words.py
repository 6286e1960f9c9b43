"""Answers in words on printouts: every value an imported questionnaire can hold reads as the
person gave it (never as a Python object's name)."""

from __future__ import annotations

import datetime as dt

from screening_app.domain.answer_values import OtherText, Quantity
from screening_app.domain.base import localized
from screening_app.domain.instrument import (
    AnswerOption,
    ChoiceItem,
    DateTimeItem,
    IntegerItem,
    MultiChoiceItem,
    QuantityItem,
    TimeItem,
    Unit,
)
from screening_app.letters.instrument_words import value_text

TEXT = localized(da="Spørgsmål", en="Question")
OPTIONS = [
    AnswerOption(code="a", text=localized(da="Mor", en="Mother")),
    AnswerOption(code="b", text=localized(da="Far", en="Father")),
]


def test_the_free_text_of_an_open_choice_reads_as_typed() -> None:
    one = ChoiceItem(link_id="c", type="choice", text=TEXT, options=OPTIONS, open=True)
    many = MultiChoiceItem(link_id="m", type="multi-choice", text=TEXT, options=OPTIONS, open=True)
    assert value_text(one, OtherText("Moster"), "da", "da") == "Moster"
    assert value_text(one, "b", "da", "da") == "Far"
    assert value_text(many, ("a", OtherText("Moster")), "da", "da") == "Mor, Moster"


def test_a_quantity_reads_with_its_unit_in_the_persons_language() -> None:
    units = [Unit(code="[lb_av]", text=localized(da="pund", en="pounds"))]
    item = QuantityItem(link_id="q", type="quantity", text=TEXT, units=units)
    assert value_text(item, Quantity(70.5, "[lb_av]"), "da", "da") == "70.5 pund"
    assert value_text(item, Quantity(70.0, "[lb_av]"), "en", "en") == "70 pounds"


def test_times_and_repeated_answers_read_plainly() -> None:
    time_item = TimeItem(link_id="t", type="time", text=TEXT)
    assert value_text(time_item, dt.time(8, 30), "da", "da") == "08:30"
    stamp = dt.datetime(2026, 3, 2, 14, 5, tzinfo=dt.UTC)
    moment = DateTimeItem(link_id="d", type="date-time", text=TEXT)
    assert value_text(moment, stamp, "da", "da") == "2026-03-02 14:05"
    counts = IntegerItem(link_id="n", type="integer", text=TEXT, repeats=True)
    assert value_text(counts, (3, 5), "da", "da") == "3; 5"
