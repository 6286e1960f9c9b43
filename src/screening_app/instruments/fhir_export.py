"""Export an instrument as a FHIR R4 Questionnaire (a JSON-ready dict).

Mapping (see ``fhir_common`` for the TrygStart extensions):

=====================  ==============================================================
instrument             Questionnaire
=====================  ==============================================================
canonical_url/version  url / version; ``language`` is the first declared language
status, title          status, title (+ ``translation`` extensions, as on every text)
description, licence   description, copyright
id, kind, roles, ...   ``EXT_INSTRUMENT`` (JSON): translation versions, sources, scores,
                       outcome bands, flags, actions
item type              display, group, boolean, choice, integer, decimal, date, string,
                       text the same; multi-choice = choice + ``repeats``
options                answerOption.valueCoding (the option's terminology coding, else
                       the local code system) + ``itemWeight``
required, min/max      required; ``minValue``/``maxValue``; string/text ``maxLength``
unit                   ``questionnaire-unit`` (display)
codes                  item.code
guidance               a ``help`` display child (questions, groups); ``EXT_GUIDANCE`` on
                       display items, which cannot have children
enableWhen             one comparison or a flat all/any: enableWhen + enableBehavior;
                       a nested tree: SDC ``enableWhenExpression`` + ``EXT_CONDITION``
context conditions     enableWhen on the hidden context items (group ``trygstart:context``)
score with codes       a read-only item after the others (``trygstart:score:<id>``) with the
                       score's codes, ``EXT_SCORE`` and, for a count, a ``calculatedExpression``
=====================  ==============================================================

The instrument is expected to be valid (loaded and checked).
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from screening_app.domain.conditions import AllOf, AnyOf, Comparison, Condition
from screening_app.domain.context import PHASES, ROLES
from screening_app.domain.instrument import (
    LOCAL_CODE_SYSTEM,
    AnswerOption,
    BooleanItem,
    ChoiceItem,
    CountScore,
    DateItem,
    DecimalItem,
    DisplayItem,
    GroupItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    StringItem,
    SumScore,
    TextItem,
    is_question,
)
from screening_app.domain.session import comparison_value
from screening_app.instruments.fhir_common import (
    CODED_CONTEXT,
    CONTEXT_CODE_SYSTEM,
    CONTEXT_GROUP,
    CONTEXT_LABELS,
    EXT_CALCULATED_EXPRESSION,
    EXT_CONDITION,
    EXT_CONTEXT,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_INSTRUMENT,
    EXT_ITEM_CONTROL,
    EXT_ITEM_WEIGHT,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_OPTION,
    EXT_SCORE,
    EXT_UNIT,
    ITEM_CONTROL_SYSTEM,
    InstrumentExtras,
    OptionExtras,
    context_link_id,
    put_text,
    score_link_id,
    translation_extensions,
)
from screening_app.instruments.fhir_expression import condition_expression, count_expression

_CONDITION = TypeAdapter(Condition)
_CONTEXT_GROUP_LABEL = {"da": "Kontekst", "en": "Context"}
_CONTEXT_OPTIONS = {"role": ROLES, "phase": PHASES}


def export_questionnaire(instrument: Instrument) -> dict[str, Any]:
    """The instrument as a FHIR R4 Questionnaire resource (JSON-ready)."""
    languages = instrument.language_codes
    extras = InstrumentExtras(
        id=instrument.id,
        kind=instrument.kind,
        languages=instrument.languages,
        roles=instrument.roles,
        sources=instrument.sources,
        scores=instrument.scores,
        outcome=instrument.outcome,
        flags=instrument.flags,
    )
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": instrument.id,
        "language": languages[0],
        "extension": [
            {
                "url": EXT_INSTRUMENT,
                "valueString": extras.model_dump_json(by_alias=True, exclude_defaults=True),
            }
        ],
        "url": instrument.canonical_url,
        "version": instrument.version,
        "status": instrument.status,
    }
    put_text(resource, "title", instrument.title, languages)
    put_text(resource, "description", instrument.description, languages)
    resource["copyright"] = instrument.licence
    exporter = _ItemExporter(instrument)
    resource["item"] = [
        _context_group(languages),
        *(exporter.item(i) for i in instrument.items),
        *(score_item(instrument, score) for score in instrument.scores if score.codes),
    ]
    return resource


def score_item(instrument: Instrument, score: SumScore | CountScore) -> dict[str, Any]:
    """A coded score as a read-only item, as the LOINC forms carry a total score."""
    languages = instrument.language_codes
    item: dict[str, Any] = {"linkId": score_link_id(score.id)}
    put_text(item, "text", score.title, languages)
    item["type"] = "integer" if isinstance(score, CountScore) else "decimal"
    item["code"] = [c.model_dump(exclude_none=True) for c in score.codes]
    item["readOnly"] = True
    extensions: list[dict[str, Any]] = [{"url": EXT_SCORE, "valueString": score.id}]
    if isinstance(score, CountScore):
        extensions.append(
            {
                "url": EXT_CALCULATED_EXPRESSION,
                "valueExpression": {
                    "language": "text/fhirpath",
                    "expression": count_expression(instrument, score),
                },
            }
        )
    item["extension"] = extensions
    return item


def _label(texts: dict[str, str], languages: list[str]) -> tuple[str, list[tuple[str, str]]]:
    primary = texts.get(languages[0], texts["en"])
    return primary, [(lang, texts.get(lang, texts["en"])) for lang in languages[1:]]


def _labelled(target: dict[str, Any], texts: dict[str, str], languages: list[str]) -> None:
    primary, others = _label(texts, languages)
    target["text"] = primary
    if others:
        target["_text"] = {"extension": translation_extensions(others)}


def _context_group(languages: list[str]) -> dict[str, Any]:
    """The hidden, read-only items that hold the context given at the start."""
    hidden = {"url": EXT_HIDDEN, "valueBoolean": True}
    items: list[dict[str, Any]] = []
    for key, labels in CONTEXT_LABELS.items():
        item: dict[str, Any] = {"linkId": context_link_id(key)}
        _labelled(item, labels, languages)
        item["extension"] = [hidden]
        item["readOnly"] = True
        if key in CODED_CONTEXT:
            item["type"] = "choice"
            item["answerOption"] = [
                {"valueCoding": {"system": CONTEXT_CODE_SYSTEM + key, "code": code}}
                for code in _CONTEXT_OPTIONS[key]
            ]
        else:
            item["type"] = "integer"
        items.append(item)
    group: dict[str, Any] = {"linkId": CONTEXT_GROUP}
    _labelled(group, _CONTEXT_GROUP_LABEL, languages)
    group["type"] = "group"
    group["extension"] = [hidden, {"url": EXT_CONTEXT, "valueBoolean": True}]
    group["readOnly"] = True
    group["item"] = items
    return group


def option_coding(option: AnswerOption, lang: str) -> dict[str, Any]:
    """The FHIR coding of an option: its terminology coding if it has one, else the local code."""
    if option.coding is not None:
        coding = {"system": option.coding.system, "code": option.coding.code}
    else:
        coding = {"system": LOCAL_CODE_SYSTEM, "code": option.code}
    coding["display"] = option.text.get(lang)
    return coding


_TYPES: dict[type, str] = {
    DisplayItem: "display",
    GroupItem: "group",
    BooleanItem: "boolean",
    ChoiceItem: "choice",
    MultiChoiceItem: "choice",
    IntegerItem: "integer",
    DecimalItem: "decimal",
    DateItem: "date",
    StringItem: "string",
    TextItem: "text",
}
_VALUE_TYPES: dict[type, str] = {IntegerItem: "Integer", DecimalItem: "Decimal", DateItem: "Date"}


class _ItemExporter:
    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.languages = instrument.language_codes

    def item(self, item: Item) -> dict[str, Any]:
        out: dict[str, Any] = {"linkId": item.link_id}
        put_text(out, "text", item.text, self.languages)
        out["type"] = _TYPES[type(item)]
        extensions: list[dict[str, Any]] = []
        if item.codes:
            out["code"] = [c.model_dump(exclude_none=True) for c in item.codes]
        if item.enable_when is not None:
            extensions += self._enable_when(item.enable_when, out)
        if is_question(item) and getattr(item, "required", False):
            out["required"] = True
        if isinstance(item, MultiChoiceItem):
            out["repeats"] = True
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            out["answerOption"] = [self._option(option) for option in item.options]
        if isinstance(item, (IntegerItem, DecimalItem, DateItem)):
            extensions += self._limits(item)
        if isinstance(item, (StringItem, TextItem)):
            out["maxLength"] = item.max_length
        children: list[dict[str, Any]] = []
        if item.guidance is not None:
            if isinstance(item, DisplayItem):
                texts = item.guidance.root
                guidance = [
                    {"url": lang, "valueString": texts[lang]}
                    for lang in self.languages
                    if lang in texts
                ]
                extensions.append({"url": EXT_GUIDANCE, "extension": guidance})
            else:
                children.append(self._help(item))
        if isinstance(item, GroupItem):
            children += [self.item(child) for child in item.items]
        if children:
            out["item"] = children
        if extensions:
            out["extension"] = extensions
        return out

    def _help(self, item: Item) -> dict[str, Any]:
        assert item.guidance is not None
        help_item: dict[str, Any] = {"linkId": f"{item.link_id}:help"}
        put_text(help_item, "text", item.guidance, self.languages)
        help_item["type"] = "display"
        help_item["extension"] = [
            {
                "url": EXT_ITEM_CONTROL,
                "valueCodeableConcept": {
                    "coding": [
                        {"system": ITEM_CONTROL_SYSTEM, "code": "help", "display": "Help-Button"}
                    ],
                    "text": "Help-Button",
                },
            }
        ]
        return help_item

    def _option(self, option: AnswerOption) -> dict[str, Any]:
        coding = option_coding(option, self.languages[0])
        put_text(coding, "display", option.text, self.languages)
        out: dict[str, Any] = {"valueCoding": coding}
        extensions: list[dict[str, Any]] = [{"url": EXT_ITEM_WEIGHT, "valueDecimal": option.weight}]
        if option.coding is not None:
            extras = OptionExtras(code=option.code, coding=option.coding)
            extensions.append({"url": EXT_OPTION, "valueString": extras.model_dump_json()})
        out["extension"] = extensions
        return out

    def _limits(self, item: IntegerItem | DecimalItem | DateItem) -> list[dict[str, Any]]:
        kind = "value" + _VALUE_TYPES[type(item)]
        out: list[dict[str, Any]] = []
        for url, limit in ((EXT_MIN_VALUE, item.min), (EXT_MAX_VALUE, item.max)):
            if limit is not None:
                value = limit.isoformat() if isinstance(item, DateItem) else limit  # type: ignore[union-attr]
                out.append({"url": url, kind: value})
        if isinstance(item, (IntegerItem, DecimalItem)) and item.unit is not None:
            unit: dict[str, Any] = {}
            put_text(unit, "display", item.unit, self.languages)
            out.append({"url": EXT_UNIT, "valueCoding": unit})
        return out

    # -------------------------------------------------------------- conditions
    def _enable_when(self, condition: Condition, out: dict[str, Any]) -> list[dict[str, Any]]:
        """Sets enableWhen on ``out`` when FHIR can say it; else returns the extensions."""
        if isinstance(condition, Comparison):
            out["enableWhen"] = [self._comparison(condition)]
            return []
        parts = condition.all if isinstance(condition, AllOf) else condition.any
        if all(isinstance(part, Comparison) for part in parts):
            out["enableWhen"] = [self._comparison(part) for part in parts]  # type: ignore[arg-type]
            out["enableBehavior"] = "all" if isinstance(condition, AllOf) else "any"
            return []
        assert isinstance(condition, (AllOf, AnyOf))
        return [
            {
                "url": EXT_ENABLE_WHEN_EXPRESSION,
                "valueExpression": {
                    "language": "text/fhirpath",
                    "expression": condition_expression(self.instrument, condition),
                },
            },
            {
                "url": EXT_CONDITION,
                "valueString": _CONDITION.dump_json(condition, by_alias=True).decode(),
            },
        ]

    def _comparison(self, comparison: Comparison) -> dict[str, Any]:
        value = comparison.value
        out: dict[str, Any] = {"operator": comparison.op}
        if comparison.context is not None:
            key = comparison.context
            out["question"] = context_link_id(key)
            if comparison.op == "exists":
                out["answerBoolean"] = value
            elif key in CODED_CONTEXT:
                out["answerCoding"] = {"system": CONTEXT_CODE_SYSTEM + key, "code": value}
            else:
                out["answerInteger"] = value
            return out
        assert comparison.item is not None
        out["question"] = comparison.item
        item = self.instrument.items_by_id.get(comparison.item)
        if comparison.op == "exists" or isinstance(item, BooleanItem):
            out["answerBoolean"] = value
        elif isinstance(item, (ChoiceItem, MultiChoiceItem)):
            option = next((o for o in item.options if o.code == value), None)
            if option is None:
                out["answerCoding"] = {"system": LOCAL_CODE_SYSTEM, "code": str(value)}
            else:
                coding = option_coding(option, self.languages[0])
                del coding["display"]
                out["answerCoding"] = coding
        elif isinstance(item, IntegerItem):
            out["answerInteger"] = value
        elif isinstance(item, DecimalItem):
            out["answerDecimal"] = value
        elif isinstance(item, DateItem):
            out["answerDate"] = comparison_value(self.instrument, comparison).isoformat()
        else:
            out["answerString"] = value
        return out
