"""Values in FHIR form, shared by the Questionnaire and QuestionnaireResponse exports.

An option is a ``valueCoding`` (its terminology coding when it has one, as it came when it came
without a system, else TrygStart's option code system), or the plain FHIR value it was
(``valueInteger``, ``valueDate``, ``valueTime``, ``valueString``: ``value_type``). An answer is
the list of FHIR ``answer`` values a response item carries (one per value of a question that
repeats or per option chosen).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.domain.answer_values import OtherText, Quantity, time_text
from screening_app.domain.instrument import (
    AnswerOption,
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    DecimalItem,
    IntegerItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    TimeItem,
    Unit,
    ValueSet,
)
from screening_app.instruments.fhir_common import (
    EXT_ITEM_WEIGHT,
    EXT_OPTION,
    OPTION_CODE_SYSTEM,
    OptionExtras,
    put_text,
)


def option_coding(option: AnswerOption, lang: str) -> dict[str, Any]:
    """The FHIR coding of an option: its terminology coding if it has one (without a system
    when it came without one), else the option's code in TrygStart's code system."""
    if option.coding is not None:
        coding: dict[str, Any] = {}
        if option.coding.system is not None:
            coding["system"] = option.coding.system
        coding["code"] = option.coding.code
    else:
        coding = {"system": OPTION_CODE_SYSTEM, "code": option.code}
    coding["display"] = option.text.get(lang)
    return coding


def option_value(option: AnswerOption, lang: str) -> dict[str, Any]:
    """``{"valueCoding": ...}``, or the option's plain value (``{"valueInteger": 3}``...)."""
    kind = option.value_type
    if kind == "integer":
        return {"valueInteger": int(option.code)}
    if kind == "date":
        return {"valueDate": option.code}
    if kind == "time":
        return {"valueTime": option.code}
    if kind == "string":
        return {"valueString": option.code}
    return {"valueCoding": option_coding(option, lang)}


def option_extensions(option: AnswerOption, weighted: bool) -> list[dict[str, Any]]:
    """The option's weight (when its item has weights) and its own code (when a terminology
    coding carries another)."""
    out: list[dict[str, Any]] = []
    if weighted:
        out.append({"url": EXT_ITEM_WEIGHT, "valueDecimal": option.weight})
    extras = None
    if option.coding is not None and option.coding.code != option.code:
        extras = OptionExtras(code=option.code, coding=option.coding)
    elif option.value_type is not None and set(option.text.root.values()) != {option.code}:
        extras = OptionExtras(code=option.code, text=option.text)
    if extras is not None:
        out.append({"url": EXT_OPTION, "valueString": extras.model_dump_json(exclude_none=True)})
    return out


def unit_coding(unit: Unit, languages: list[str]) -> dict[str, Any]:
    coding: dict[str, Any] = {}
    if unit.system is not None:
        coding["system"] = unit.system
    coding["code"] = unit.code
    put_text(coding, "display", unit.text, languages)
    return coding


def answer_values(item: Item, value: Any, lang: str) -> list[dict[str, Any]]:
    """A question's answer as FHIR ``answer`` values (several for a question that repeats)."""
    values = value if isinstance(value, tuple) else (value,)
    return [_value(item, part, lang) for part in values]


def _value(item: Item, value: Any, lang: str) -> dict[str, Any]:
    if isinstance(value, OtherText):
        return {"valueString": value.text}
    if isinstance(item, BooleanItem):
        return {"valueBoolean": value}
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        options = {option.code: option for option in item.options}
        return option_value(options[value], lang)
    if isinstance(item, IntegerItem):
        return {"valueInteger": value}
    if isinstance(item, DecimalItem):
        return {"valueDecimal": value}
    if isinstance(item, DateTimeItem):
        return {"valueDateTime": value.isoformat()}
    if isinstance(item, DateItem):
        return {"valueDate": value.isoformat()}
    if isinstance(item, TimeItem):
        return {"valueTime": time_text(value)}
    if isinstance(item, QuantityItem):
        assert isinstance(value, Quantity)
        return {"valueQuantity": quantity(item, value, lang)}
    if isinstance(value, (dt.date, dt.time)):
        return {"valueString": value.isoformat()}
    return {"valueString": value}


def quantity(item: QuantityItem, value: Quantity, lang: str) -> dict[str, Any]:
    unit = next(u for u in item.units if u.code == value.unit)
    out: dict[str, Any] = {"value": value.value, "unit": unit.text.get(lang)}
    if unit.system is not None:
        out["system"] = unit.system
    out["code"] = unit.code
    return out


def contained_value_set(value_set: ValueSet, languages: list[str]) -> dict[str, Any] | None:
    """A value set as a contained FHIR ValueSet (``compose.include`` by code system), or None
    when an option's code has no system (a ValueSet cannot say it: the options are written on
    each item instead)."""
    includes: list[tuple[str, list[dict[str, Any]]]] = []  # in the options' order
    weighted = any(option.weight for option in value_set.options)
    for option in value_set.options:
        if option.value_type is not None:
            return None
        coding = option_coding(option, languages[0])
        system = coding.get("system")
        if system is None:
            return None
        concept: dict[str, Any] = {"code": coding["code"]}
        put_text(concept, "display", option.text, languages)
        extensions = option_extensions(option, weighted)
        if extensions:
            concept["extension"] = extensions
        if not includes or includes[-1][0] != system:
            includes.append((system, []))
        includes[-1][1].append(concept)
    resource: dict[str, Any] = {"resourceType": "ValueSet", "id": value_set.id}
    if value_set.url is not None:
        resource["url"] = value_set.url
    resource["status"] = "active"
    resource["compose"] = {
        "include": [{"system": system, "concept": concepts} for system, concepts in includes]
    }
    return resource
