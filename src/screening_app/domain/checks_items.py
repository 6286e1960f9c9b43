"""Rules for what items carry beyond their question: value sets, options' values, presentation
that fits the type, initial answers that are answers, units and limits, reserved linkIds (the
number of items, ``MAX_ITEMS``, is refused as the instrument is validated)."""

from __future__ import annotations

import re
from typing import Any

from screening_app.domain.answer_values import parse_time
from screening_app.domain.answers import AnswerError, normalise_answer
from screening_app.domain.base import Loc, Problem
from screening_app.domain.instrument import (
    ChoiceItem,
    DecimalItem,
    GroupItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    TimeItem,
    walk_items,
)

_FHIR_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
RESERVED_PREFIX = "trygstart:"  # linkIds of TrygStart's own FHIR items (context, scores)

_CONTROLS: dict[str, tuple[type, ...]] = {
    "drop-down": (ChoiceItem, MultiChoiceItem),
    "radio-button": (ChoiceItem,),
    "check-box": (MultiChoiceItem,),
    "slider": (IntegerItem, DecimalItem),
}


def check_item_details(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    used: set[str] = set()
    sets = {value_set.id: value_set for value_set in instrument.value_sets}
    for item, _parent, loc in walk_items(instrument.items):
        if item.link_id.startswith(RESERVED_PREFIX):
            problems.append(
                Problem.at(
                    *loc,
                    "linkId",
                    message=f"a linkId may not start with '{RESERVED_PREFIX}' "
                    "(TrygStart's own FHIR items use it)",
                )
            )
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            problems += _options(item, loc, sets, used)
        problems += _presentation(item, loc)
        problems += _limits(item, loc)
        problems += _initial(item, loc)
    problems += _nested_repeats(instrument)
    seen: set[str] = set()
    for index, value_set in enumerate(instrument.value_sets):
        if value_set.id in seen:
            problems.append(Problem.at("valueSets", index, "id", message=f"'{value_set.id}' twice"))
        seen.add(value_set.id)
        if value_set.id not in used:
            problems.append(
                Problem.at("valueSets", index, "id", message=f"no item uses '{value_set.id}'")
            )
    return problems


def _options(
    item: ChoiceItem | MultiChoiceItem, loc: Loc, sets: dict[str, Any], used: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    reference = item.answer_value_set
    if reference is not None:
        used.add(reference)
        found = sets.get(reference)
        if found is None:
            return [Problem.at(*loc, "answerValueSet", message=f"unknown value set '{reference}'")]
        if item.options != found.options:
            problems.append(
                Problem.at(
                    *loc,
                    "options",
                    message=f"differ from those of value set '{reference}' (give one of them)",
                )
            )
    elif not item.options:
        return [Problem.at(*loc, message="a choice needs options (or answerValueSet)")]
    for index, option in enumerate(item.options):
        problem = _option_value(option.value_type, option.code)
        if problem:
            problems.append(Problem.at(*loc, "options", index, "code", message=problem))
    if item.open_label is not None and not item.open:
        problems.append(Problem.at(*loc, "openLabel", message="only an open choice has one"))
    return problems


def _option_value(kind: str | None, code: str) -> str | None:
    if kind == "integer":
        try:
            int(code)
        except ValueError:
            return "must be a whole number (the option's value is an integer)"
    elif kind == "date" and not _FHIR_DATE.match(code):
        return "must be a date: YYYY, YYYY-MM or YYYY-MM-DD (the option's value is a date)"
    elif kind == "time" and parse_time(code) is None:
        return "must be a time (the option's value is a time)"
    return None


def _presentation(item: Item, loc: Loc) -> list[Problem]:
    control = getattr(item, "control", None)
    if control is not None and not isinstance(item, _CONTROLS[control]):
        return [Problem.at(*loc, "control", message=f"'{control}' does not fit a {item.type}")]
    if isinstance(item, GroupItem) and item.max_repeats is not None and not item.repeats:
        return [Problem.at(*loc, "maxRepeats", message="only a group that repeats has one")]
    return []


def _nested_repeats(instrument: Instrument) -> list[Problem]:
    """One level of repetition: no repeating group inside a repeating group."""
    problems: list[Problem] = []
    inside: set[str] = set()
    for item, parent, loc in walk_items(instrument.items):
        if parent is not None and (parent.repeats or parent.link_id in inside):
            inside.add(item.link_id)
            if isinstance(item, GroupItem) and item.repeats:
                problems.append(
                    Problem.at(*loc, "repeats", message="a repeating group cannot be inside one")
                )
    return problems


def _limits(item: Item, loc: Loc) -> list[Problem]:
    if isinstance(item, TimeItem) and item.min and item.max:
        low, high = parse_time(item.min), parse_time(item.max)
        if low is not None and high is not None and low > high:
            return [Problem.at(*loc, "min", message="min is greater than max")]
    if isinstance(item, QuantityItem):
        problems: list[Problem] = []
        if item.min is not None and item.max is not None and item.min > item.max:
            problems.append(Problem.at(*loc, "min", message="min is greater than max"))
        codes = [unit.code for unit in item.units]
        for index, code in enumerate(codes):
            if code in codes[:index]:
                problems.append(Problem.at(*loc, "units", index, "code", message=f"'{code}' twice"))
        return problems
    return []


def _initial(item: Item, loc: Loc) -> list[Problem]:
    start = getattr(item, "initial", None)
    if start is None:
        return []
    if getattr(item, "calculated", None) is not None:
        return [Problem.at(*loc, "initial", message="a calculated item has no initial answer")]
    try:
        normalise_answer(item, start)
    except AnswerError as error:
        return [Problem.at(*loc, "initial", message=error.message("en"))]
    return []
