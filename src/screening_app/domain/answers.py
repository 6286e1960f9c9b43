"""Checking one answer against its item: the right type, a known option, within the limits.

Answers arrive from screens, JSON files and FHIR; each is normalised to one Python type per item
type (bool, option code, tuple of option codes, int, float, date, time, aware datetime,
``Quantity``, str; ``OtherText`` for the free text of an open choice) or refused with an
``AnswerError`` that can say what is wrong in Danish and English. A question that ``repeats``
takes a tuple of such values (at most ``MAX_REPEATED_ANSWERS``).

"Ønsker ikke at svare" (declined to answer) is an answer of its own, distinct from no answer:
the person was asked and chose not to say. In the engine it is the sentinel ``DECLINED`` (any
question may take it); in JSON (the database, answer files) it is the object
``{"declined": true}``. No real answer is ever a JSON object (answers are booleans, strings,
numbers, lists, ISO dates and times, and the objects ``{"value": 1.5, "unit": "kg"}`` and
``{"other": "..."}`` of ``domain.answer_values``), so the two can never be confused. A declined
answer satisfies "required", is never scored (neither as yes nor as no) and never raises a flag:
see ``domain.session``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from screening_app.domain.answer_values import (
    OtherText,
    Quantity,
    other_from_json,
    parse_date_time,
    parse_time,
    quantity_from_json,
    time_text,
)
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    DecimalItem,
    DisplayItem,
    GroupItem,
    IntegerItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    StringItem,
    TextItem,
    TimeItem,
    repeats,
)
from screening_app.domain.messages import MESSAGES

AnswerValue = bool | str | tuple[Any, ...] | int | float | dt.date | dt.time | Quantity | OtherText
MAX_REPEATED_ANSWERS = 50


class Declined:
    """The person was asked and chose not to answer. There is one: ``DECLINED``."""

    _instance: Declined | None = None

    def __new__(cls) -> Declined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DECLINED"

    def __reduce__(self) -> str:
        return "DECLINED"


DECLINED = Declined()
# The stored form: a JSON object, which no real answer can be.
DECLINED_JSON: dict[str, bool] = {"declined": True}
# What a question holds once given: a real answer, or "declined to answer".
GivenAnswer = AnswerValue | Declined


def is_declined(value: Any) -> bool:
    """True for ``DECLINED`` and for its JSON form ``{"declined": true}`` (exactly)."""
    if value is DECLINED:
        return True
    return (
        isinstance(value, dict)
        and len(value) == 1
        and value.get("declined") is True
        and type(value["declined"]) is bool
    )


def answer_json(value: GivenAnswer) -> Any:
    """An answer as stored in JSON: dates as ISO text, tuples as lists, DECLINED as an object."""
    if value is DECLINED:
        return dict(DECLINED_JSON)
    if isinstance(value, dt.date):  # a datetime too (ISO with its offset)
        return value.isoformat()
    if isinstance(value, dt.time):
        return time_text(value)
    if isinstance(value, (Quantity, OtherText)):
        return value.to_json()
    if isinstance(value, tuple):
        return [answer_json(part) for part in value]
    if isinstance(value, dict):  # a repetition of a repeating group: {linkId: answer}
        return {link_id: answer_json(part) for link_id, part in value.items()}
    return value


class AnswerError(ValueError):
    """An answer that cannot be accepted. ``code`` is stable; ``message(lang)`` is for people."""

    def __init__(self, error_code: str, /, **params: Any) -> None:
        self.code = error_code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        params = {
            key: number_text(value, lang) if isinstance(value, float) else value
            for key, value in self.params.items()
        }
        return MESSAGES.text(f"answer.{self.code}", lang, **params)


def number_text(value: float, lang: str) -> str:
    """A number as people in ``lang`` write it: ``9,5`` in Danish, ``9.5`` in English."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "da" else text


def normalise_answer(item: Item, value: Any) -> GivenAnswer | None:
    """The answer in its canonical form, ``None`` for "no answer", or ``AnswerError``.

    An empty string, an empty list and ``None`` all mean "no answer". ``DECLINED`` and its
    JSON form are accepted for every question.
    """
    if value is None:
        return None
    if is_declined(value):
        if isinstance(item, (DisplayItem, GroupItem)):
            raise AnswerError("not_a_question", link_id=item.link_id)
        return DECLINED
    if repeats(item):
        return _repeated(item, value)
    return _single(item, value)


def _repeated(item: Item, value: Any) -> tuple[Any, ...] | None:
    if isinstance(value, (str, dict)) or not isinstance(value, (list, tuple)):
        raise AnswerError("expected_answers")
    if len(value) > MAX_REPEATED_ANSWERS:
        raise AnswerError("too_many_answers", max=MAX_REPEATED_ANSWERS)
    out = [_single(item, part) for part in value if not is_declined(part)]
    found = tuple(part for part in out if part is not None)
    return found or None


def _single(item: Item, value: Any) -> AnswerValue | None:
    if value is None:
        return None
    if isinstance(item, BooleanItem):
        if not isinstance(value, bool):
            raise AnswerError("expected_boolean")
        return value
    if isinstance(item, ChoiceItem):
        other = other_from_json(value)
        if other is not None:
            return _other(item, other)
        if not isinstance(value, str):
            raise AnswerError("expected_option")
        return _option(item, value)
    if isinstance(item, MultiChoiceItem):
        return _options(item, value)
    if isinstance(item, IntegerItem):
        return _integer(item, value)
    if isinstance(item, DecimalItem):
        return _decimal(item, value)
    if isinstance(item, DateTimeItem):
        parsed = parse_date_time(value)
        if parsed is None:
            raise AnswerError("expected_date_time")
        return parsed
    if isinstance(item, DateItem):
        return _date(item, value)
    if isinstance(item, TimeItem):
        return _time(item, value)
    if isinstance(item, QuantityItem):
        return _quantity(item, value)
    if isinstance(item, (StringItem, TextItem)):
        if not isinstance(value, str):
            raise AnswerError("expected_text")
        if not value.strip():
            return None
        if len(value) > item.max_length:
            raise AnswerError("too_long", max=item.max_length)
        return value
    raise AnswerError("not_a_question", link_id=item.link_id)


def _other(item: ChoiceItem | MultiChoiceItem, other: OtherText) -> OtherText | None:
    if not item.open:
        raise AnswerError("no_other")
    text = other.text.strip()
    if not text:
        return None
    if len(text) > OTHER_MAX_LENGTH:
        raise AnswerError("too_long", max=OTHER_MAX_LENGTH)
    return OtherText(text)


OTHER_MAX_LENGTH = 1000


def _time(item: TimeItem, value: Any) -> dt.time:
    parsed = parse_time(value)
    if parsed is None:
        raise AnswerError("expected_time")
    low = parse_time(item.min) if item.min else None
    high = parse_time(item.max) if item.max else None
    if low is not None and parsed < low:
        raise AnswerError("below_min", min=item.min)
    if high is not None and parsed > high:
        raise AnswerError("above_max", max=item.max)
    return parsed


def _quantity(item: QuantityItem, value: Any) -> Quantity:
    quantity = value if isinstance(value, Quantity) else quantity_from_json(value)
    if quantity is None:
        raise AnswerError("expected_quantity")
    codes = [unit.code for unit in item.units]
    if quantity.unit not in codes:
        raise AnswerError("unknown_unit", unit=quantity.unit, allowed=", ".join(codes))
    if item.min is not None and quantity.value < item.min:
        raise AnswerError("below_min", min=item.min)
    if item.max is not None and quantity.value > item.max:
        raise AnswerError("above_max", max=item.max)
    return quantity


def _option(item: ChoiceItem | MultiChoiceItem, code: str) -> str:
    codes = [option.code for option in item.options]
    if code not in codes:
        raise AnswerError("unknown_option", code=code, allowed=", ".join(codes))
    return code


def _options(item: MultiChoiceItem, value: Any) -> tuple[str | OtherText, ...] | None:
    """Codes in the options' order, then the free text (an open choice has at most one)."""
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise AnswerError("expected_options")
    chosen: set[str] = set()
    others: list[OtherText] = []
    for code in value:
        other = other_from_json(code)
        if other is not None:
            if others:
                raise AnswerError("duplicate_option", code=other.text)
            found = _other(item, other)
            others.extend([found] if found is not None else [])
            continue
        if not isinstance(code, str):
            raise AnswerError("expected_options")
        if code in chosen:
            raise AnswerError("duplicate_option", code=code)
        chosen.add(_option(item, code))
    if not chosen and not others:
        return None
    codes = tuple(option.code for option in item.options if option.code in chosen)
    return (*codes, *others)


def _integer(item: IntegerItem, value: Any) -> int:
    if isinstance(value, bool):
        raise AnswerError("expected_integer")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise AnswerError("expected_integer")
    if item.min is not None and value < item.min:
        raise AnswerError("below_min", min=item.min)
    if item.max is not None and value > item.max:
        raise AnswerError("above_max", max=item.max)
    return value


def _decimal(item: DecimalItem, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise AnswerError("expected_number")
    number = float(value)
    if not math.isfinite(number):
        raise AnswerError("expected_number")
    if item.min is not None and number < item.min:
        raise AnswerError("below_min", min=item.min)
    if item.max is not None and number > item.max:
        raise AnswerError("above_max", max=item.max)
    return number


def _date(item: DateItem, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise AnswerError("expected_date")
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise AnswerError("expected_date") from None
    if not isinstance(value, dt.date):
        raise AnswerError("expected_date")
    if item.min is not None and value < item.min:
        raise AnswerError("below_min", min=item.min.isoformat())
    if item.max is not None and value > item.max:
        raise AnswerError("above_max", max=item.max.isoformat())
    return value
