"""Checking one answer against its item: the right type, a known option, within the limits.

Answers arrive from screens, JSON files and FHIR; each is normalised to one Python type per item
type (bool, option code, tuple of option codes, int, float, date, str) or refused with an
``AnswerError`` that can say what is wrong in Danish and English.

"Ønsker ikke at svare" (declined to answer) is an answer of its own, distinct from no answer:
the person was asked and chose not to say. In the engine it is the sentinel ``DECLINED`` (any
question may take it); in JSON (the database, answer files) it is the object
``{"declined": true}``. No real answer is ever a JSON object (answers are booleans, strings,
numbers, lists of option codes and ISO dates), so the two can never be confused. A declined
answer satisfies "required", is never scored (neither as yes nor as no) and never raises a flag:
see ``domain.session``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DecimalItem,
    DisplayItem,
    GroupItem,
    IntegerItem,
    Item,
    MultiChoiceItem,
    StringItem,
    TextItem,
)
from screening_app.domain.messages import MESSAGES

AnswerValue = bool | str | tuple[str, ...] | int | float | dt.date


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
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
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

    An empty string, an empty list of options and ``None`` all mean "no answer". ``DECLINED``
    and its JSON form are accepted for every question.
    """
    if value is None:
        return None
    if is_declined(value):
        if isinstance(item, (DisplayItem, GroupItem)):
            raise AnswerError("not_a_question", link_id=item.link_id)
        return DECLINED
    if isinstance(item, BooleanItem):
        if not isinstance(value, bool):
            raise AnswerError("expected_boolean")
        return value
    if isinstance(item, ChoiceItem):
        if not isinstance(value, str):
            raise AnswerError("expected_option")
        return _option(item, value)
    if isinstance(item, MultiChoiceItem):
        return _options(item, value)
    if isinstance(item, IntegerItem):
        return _integer(item, value)
    if isinstance(item, DecimalItem):
        return _decimal(item, value)
    if isinstance(item, DateItem):
        return _date(item, value)
    if isinstance(item, (StringItem, TextItem)):
        if not isinstance(value, str):
            raise AnswerError("expected_text")
        if not value.strip():
            return None
        if len(value) > item.max_length:
            raise AnswerError("too_long", max=item.max_length)
        return value
    raise AnswerError("not_a_question", link_id=item.link_id)


def _option(item: ChoiceItem | MultiChoiceItem, code: str) -> str:
    codes = [option.code for option in item.options]
    if code not in codes:
        raise AnswerError("unknown_option", code=code, allowed=", ".join(codes))
    return code


def _options(item: MultiChoiceItem, value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise AnswerError("expected_options")
    chosen: set[str] = set()
    for code in value:
        if not isinstance(code, str):
            raise AnswerError("expected_options")
        if code in chosen:
            raise AnswerError("duplicate_option", code=code)
        chosen.add(_option(item, code))
    if not chosen:
        return None
    return tuple(option.code for option in item.options if option.code in chosen)


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
