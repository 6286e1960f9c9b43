"""Export an instrument as a FHIR R4 Questionnaire (a JSON-ready dict) following SDC.

Mapping (see ``fhir_common`` for the TrygStart extensions and the profiles declared):

=====================  ==============================================================
instrument             Questionnaire
=====================  ==============================================================
canonical_url/version  url / version; ``language`` is the first declared language
status, title          status, title (+ ``translation`` extensions, as on every text)
description, licence   description, copyright; ``codes``: code
id, kind, roles, ...   ``EXT_INSTRUMENT`` (JSON): translation versions, sources, scores,
                       outcome bands, flags and their actions
scores                 a ``variable`` each (``score-<id>``, FHIRPath)
value sets             contained ValueSets (``compose``), items ``answerValueSet: #id``
item type              display, group, boolean, choice, integer, decimal, date, time,
                       string, text, quantity the same; date-time = dateTime;
                       multi-choice = choice + ``repeats``; ``open``: open-choice
                       (+ ``openLabel``)
options                answerOption: valueCoding (terminology coding, the code as it
                       came, or TrygStart's option code system) or the plain value
                       (``valueType``); ``itemWeight`` when the item has weights
prefix, required,      prefix, required, readOnly, ``repeats`` (+ ``maxOccurs`` on a
readOnly, repeats      group), ``questionnaire-hidden``
initial                initial[x]; on a choice: ``initialSelected`` on the options
min/max, maxLength     ``minValue``/``maxValue``; string/text ``maxLength``
unit, units            ``questionnaire-unit`` (one), ``questionnaire-unitOption`` (several)
control, orientation,  ``questionnaire-itemControl``, ``choiceOrientation``, ``entryFormat``
entryFormat
calculated             SDC ``calculatedExpression`` (FHIRPath) + ``EXT_FORMULA``
codes                  item.code
guidance               a ``help`` display child (questions, groups); ``EXT_GUIDANCE`` on
                       display items, which cannot have children
enableWhen             one comparison or a flat all/any: enableWhen + enableBehavior;
                       a nested tree or a score: SDC ``enableWhenExpression`` +
                       ``EXT_CONDITION``
context conditions     enableWhen on the hidden context items (group ``trygstart:context``,
                       only on TrygStart's own instruments or where conditions read it)
score with codes       a read-only item after the others (``trygstart:score:<id>``) with the
                       score's codes, ``EXT_SCORE`` and a ``calculatedExpression``
=====================  ==============================================================

The instrument is expected to be valid (loaded and checked).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from screening_app.domain.answer_values import OtherText
from screening_app.domain.answers import normalise_answer
from screening_app.domain.conditions import AllOf, AnyOf, Comparison, Condition, comparisons
from screening_app.domain.context import PHASES, ROLES
from screening_app.domain.formulas import Formula, conditions_in, scores_read
from screening_app.domain.instrument import (
    CANONICAL_BASE,
    AnswerOption,
    BooleanItem,
    ChoiceItem,
    CountScore,
    DateItem,
    DateTimeItem,
    DecimalItem,
    DisplayItem,
    FormulaScore,
    GroupItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    StringItem,
    SumScore,
    TextItem,
    TimeItem,
    is_question,
    walk_items,
)
from screening_app.domain.session import comparison_value
from screening_app.instruments.fhir_common import (
    CODED_CONTEXT,
    CONTEXT_CODE_SYSTEM,
    CONTEXT_GROUP,
    CONTEXT_LABELS,
    EXT_CALCULATED_EXPRESSION,
    EXT_CHOICE_ORIENTATION,
    EXT_CLINICIAN_ONLY,
    EXT_CONDITION,
    EXT_CONTEXT,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_ENTRY_FORMAT,
    EXT_FORMULA,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_INSTRUMENT,
    EXT_ITEM_CONTROL,
    EXT_MAX_OCCURS,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_OPEN_LABEL,
    EXT_SCORE,
    EXT_TEXTS,
    EXT_UNIT,
    EXT_UNIT_OPTION,
    EXT_VARIABLE,
    ITEM_CONTROL_SYSTEM,
    PROFILE_BEHAVE,
    PROFILE_QUESTIONNAIRE,
    PROFILE_RENDER,
    InstrumentExtras,
    context_link_id,
    put_text,
    score_link_id,
    translation_extensions,
)
from screening_app.instruments.fhir_export_values import (
    answer_values,
    contained_value_set,
    option_extensions,
    option_value,
    unit_coding,
)
from screening_app.instruments.fhir_expression import (
    condition_expression,
    formula_expression,
    score_expression,
    score_variable,
)

_CONDITION = TypeAdapter(Condition)
_FORMULA = TypeAdapter(Formula)
_CONTEXT_GROUP_LABEL = {"da": "Kontekst", "en": "Context"}
_CONTEXT_OPTIONS = {"role": ROLES, "phase": PHASES}
_RENDER = frozenset({EXT_ITEM_CONTROL, EXT_CHOICE_ORIENTATION, EXT_ENTRY_FORMAT, EXT_OPEN_LABEL})
_BEHAVE = frozenset({EXT_CALCULATED_EXPRESSION, EXT_ENABLE_WHEN_EXPRESSION, EXT_VARIABLE})


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
    exporter = _ItemExporter(instrument)
    items = [exporter.item(i) for i in instrument.items]
    items += [score_item(instrument, score) for score in instrument.scores if score.codes]
    if has_context_group(instrument):
        items.insert(0, _context_group(languages))
    extensions: list[dict[str, Any]] = [
        {
            "url": EXT_INSTRUMENT,
            "valueString": extras.model_dump_json(by_alias=True, exclude_defaults=True),
        }
    ]
    # every score as a variable, so other tools can compute them as TrygStart does
    extensions += _score_variables(instrument, {score.id for score in instrument.scores})
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": instrument.id,
        "meta": {"profile": _profiles(extensions, items)},
        "language": languages[0],
    }
    contained = [vs for vs in exporter.value_sets.values() if vs is not None]
    if contained:
        resource["contained"] = contained
    resource["extension"] = extensions
    resource["url"] = instrument.canonical_url
    resource["version"] = instrument.version
    resource["status"] = instrument.status
    put_text(resource, "title", instrument.title, languages)
    put_text(resource, "description", instrument.description, languages)
    resource["copyright"] = instrument.licence
    if instrument.codes:
        resource["code"] = [c.model_dump(exclude_none=True) for c in instrument.codes]
    resource["item"] = items
    return resource


def is_own(instrument: Instrument) -> bool:
    """TrygStart's own instrument (not one imported with a canonical URL of its own)."""
    return instrument.url is None or instrument.url.startswith(CANONICAL_BASE)


def has_context_group(instrument: Instrument) -> bool:
    if is_own(instrument):
        return True
    conditions = [item.enable_when for item, _p, _l in walk_items(instrument.items)]
    conditions += [flag.when for flag in instrument.flags]
    if instrument.outcome is not None:
        conditions += [band.when for band in instrument.outcome.bands]
    for item, _p, _l in walk_items(instrument.items):
        formula = getattr(item, "calculated", None)
        if formula is not None:
            conditions += conditions_in(formula)
    for score in instrument.scores:
        if isinstance(score, FormulaScore):
            conditions += conditions_in(score.formula)
    return any(
        comparison.context is not None
        for condition in conditions
        if condition is not None
        for comparison in comparisons(condition)
    )


def _profiles(extensions: list[dict[str, Any]], items: list[dict[str, Any]]) -> list[str]:
    urls = {extension["url"] for extension in extensions}
    stack = list(items)
    while stack:
        item = stack.pop()
        urls |= {extension["url"] for extension in item.get("extension", [])}
        stack.extend(item.get("item", []))
    profiles = [PROFILE_QUESTIONNAIRE]
    if urls & _BEHAVE:
        profiles.append(PROFILE_BEHAVE)
    if urls & _RENDER:
        profiles.append(PROFILE_RENDER)
    return profiles


def _score_variables(instrument: Instrument, read: set[str]) -> list[dict[str, Any]]:
    """A ``variable`` for each score an exported expression reads (and the scores those read),
    in the instrument's order of scores (a score may read only other scores)."""
    needed = set(read)
    stack = list(read)
    while stack:
        score = instrument.score(stack.pop())
        found: list[str] = []
        if isinstance(score, FormulaScore):
            found = scores_read(score.formula)
            for condition in conditions_in(score.formula):
                found += [c.score for c in comparisons(condition) if c.score is not None]
        for score_id in found:
            if score_id not in needed:
                needed.add(score_id)
                stack.append(score_id)
    return [
        {
            "url": EXT_VARIABLE,
            "valueExpression": {
                "name": score_variable(score.id),
                "language": "text/fhirpath",
                "expression": score_expression(instrument, score),
            },
        }
        for score in _dependency_order(instrument, needed)
    ]


def _dependency_order(
    instrument: Instrument, needed: set[str]
) -> list[SumScore | CountScore | FormulaScore]:
    """The scores in ``needed`` so that each comes after the scores it reads."""
    done: list[SumScore | CountScore | FormulaScore] = []
    placed: set[str] = set()
    pending = [s for s in instrument.scores if s.id in needed]
    while pending:
        progress = False
        for score in list(pending):
            reads: set[str] = set()
            if isinstance(score, FormulaScore):
                reads = set(scores_read(score.formula))
                for condition in conditions_in(score.formula):
                    reads |= {c.score for c in comparisons(condition) if c.score is not None}
            if reads <= placed | {score.id}:
                done.append(score)
                placed.add(score.id)
                pending.remove(score)
                progress = True
        if not progress:  # a cycle (the checks refuse it): keep the file order
            done += pending
            break
    return done


def score_item(
    instrument: Instrument, score: SumScore | CountScore | FormulaScore
) -> dict[str, Any]:
    """A coded score as a read-only item, as the LOINC forms carry a total score."""
    languages = instrument.language_codes
    item: dict[str, Any] = {"linkId": score_link_id(score.id)}
    put_text(item, "text", score.title, languages)
    item["type"] = "integer" if isinstance(score, CountScore) else "decimal"
    item["code"] = [c.model_dump(exclude_none=True) for c in score.codes]
    item["readOnly"] = True
    item["extension"] = [
        {"url": EXT_SCORE, "valueString": score.id},
        {
            "url": EXT_CALCULATED_EXPRESSION,
            "valueExpression": {
                "language": "text/fhirpath",
                "expression": score_expression(instrument, score),
            },
        },
    ]
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


_TYPES: dict[type, str] = {
    DisplayItem: "display",
    GroupItem: "group",
    BooleanItem: "boolean",
    ChoiceItem: "choice",
    MultiChoiceItem: "choice",
    IntegerItem: "integer",
    DecimalItem: "decimal",
    DateItem: "date",
    TimeItem: "time",
    DateTimeItem: "dateTime",
    QuantityItem: "quantity",
    StringItem: "string",
    TextItem: "text",
}
_VALUE_TYPES: dict[type, str] = {
    IntegerItem: "Integer",
    DecimalItem: "Decimal",
    DateItem: "Date",
    TimeItem: "Time",
}


class _ItemExporter:
    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self.languages = instrument.language_codes
        self.scores_read: set[str] = set()
        self.value_sets: dict[str, dict[str, Any] | None] = {
            vs.id: contained_value_set(vs, self.languages) for vs in instrument.value_sets
        }

    def item(self, item: Item) -> dict[str, Any]:
        out: dict[str, Any] = {"linkId": item.link_id}
        if item.codes:
            out["code"] = [c.model_dump(exclude_none=True) for c in item.codes]
        if item.prefix is not None:
            out["prefix"] = item.prefix
        put_text(out, "text", item.text, self.languages)
        kind = _TYPES[type(item)]
        if isinstance(item, (ChoiceItem, MultiChoiceItem)) and item.open:
            kind = "open-choice"
        out["type"] = kind
        extensions: list[dict[str, Any]] = []
        if item.hidden:
            extensions.append({"url": EXT_HIDDEN, "valueBoolean": True})
        if item.clinician_only:
            extensions.append({"url": EXT_CLINICIAN_ONLY, "valueBoolean": True})
        if item.enable_when is not None:
            extensions += self._enable_when(item.enable_when, out)
        if is_question(item):
            self._question(item, out, extensions)
        if isinstance(item, GroupItem) and item.repeats:
            out["repeats"] = True
            if item.max_repeats is not None:
                extensions.append({"url": EXT_MAX_OCCURS, "valueInteger": item.max_repeats})
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
        texts = {
            key: text.model_dump()
            for key, text in (
                ("entryFormat", getattr(item, "entry_format", None)),
                ("openLabel", getattr(item, "open_label", None)),
            )
            if text is not None and len(text.root) > 1
        }
        if texts:  # every language of the hints (an extension's own value has one)
            extensions.append({"url": EXT_TEXTS, "valueString": json.dumps(texts)})
        if extensions:
            out["extension"] = extensions
        return out

    def _question(self, item: Any, out: dict[str, Any], extensions: list[dict[str, Any]]) -> None:
        if item.required:
            out["required"] = True
        if isinstance(item, MultiChoiceItem) or getattr(item, "repeats", False):
            out["repeats"] = True
        if item.read_only:
            out["readOnly"] = True
        if isinstance(item, (StringItem, TextItem)):
            out["maxLength"] = item.max_length
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            self._options(item, out, extensions)
        elif item.initial is not None:
            value = normalise_answer(item, item.initial)
            if value is not None:
                out["initial"] = answer_values(item, value, self.languages[0])
        if isinstance(item, (IntegerItem, DecimalItem, DateItem, TimeItem, QuantityItem)):
            extensions += self._limits(item)
        if isinstance(item, (IntegerItem, DecimalItem)) and item.unit is not None:
            unit: dict[str, Any] = {}
            put_text(unit, "display", item.unit, self.languages)
            extensions.append({"url": EXT_UNIT, "valueCoding": unit})
        if isinstance(item, QuantityItem):
            url = EXT_UNIT if len(item.units) == 1 else EXT_UNIT_OPTION
            extensions += [
                {"url": url, "valueCoding": unit_coding(u, self.languages)} for u in item.units
            ]
        control = getattr(item, "control", None)
        if control is not None:
            extensions.append(_item_control(control))
        orientation = getattr(item, "orientation", None)
        if orientation is not None:
            extensions.append({"url": EXT_CHOICE_ORIENTATION, "valueCode": orientation})
        if item.entry_format is not None:
            entry = item.entry_format.get(self.languages[0])
            extensions.append({"url": EXT_ENTRY_FORMAT, "valueString": entry})
        formula = getattr(item, "calculated", None)
        if formula is not None:
            extensions += self._calculated(formula)

    def _options(
        self,
        item: ChoiceItem | MultiChoiceItem,
        out: dict[str, Any],
        extensions: list[dict[str, Any]],
    ) -> None:
        initial = normalise_answer(item, item.initial) if item.initial is not None else None
        chosen = set(initial) if isinstance(initial, tuple) else {initial}
        shared = item.answer_value_set
        initial_values: list[dict[str, Any]] = []
        if shared is not None and self.value_sets.get(shared) is not None:
            out["answerValueSet"] = f"#{shared}"
            # with a value set, the options it starts with are initial values (R4 que-11)
            initial_values = [
                option_value(o, self.languages[0]) for o in item.options if o.code in chosen
            ]
        else:
            out["answerOption"] = [self._option(item, o, o.code in chosen) for o in item.options]
        others = [value for value in chosen if isinstance(value, OtherText)]
        # free text an open choice starts with (as LHC-Forms writes it)
        initial_values += [{"valueString": other.text} for other in others]
        if initial_values:
            out["initial"] = initial_values
        if item.open and item.open_label is not None:
            label = item.open_label.get(self.languages[0])
            extensions.append({"url": EXT_OPEN_LABEL, "valueString": label})

    def _option(
        self, item: ChoiceItem | MultiChoiceItem, option: AnswerOption, selected: bool
    ) -> dict[str, Any]:
        out = option_value(option, self.languages[0])
        key = next(iter(out))
        if key == "valueCoding":
            put_text(out["valueCoding"], "display", option.text, self.languages)
        elif key == "valueString":
            others = [
                (lang, option.text.root[lang])
                for lang in self.languages[1:]
                if lang in option.text.root
            ]
            if others:
                out["_valueString"] = {"extension": translation_extensions(others)}
        extensions = option_extensions(option, any(o.weight for o in item.options))
        if extensions:
            out["extension"] = extensions
        if selected:
            out["initialSelected"] = True
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

    def _limits(
        self, item: IntegerItem | DecimalItem | DateItem | TimeItem | QuantityItem
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        kind = "value" + _VALUE_TYPES.get(type(item), "Decimal")
        for url, limit in ((EXT_MIN_VALUE, item.min), (EXT_MAX_VALUE, item.max)):
            if limit is None:
                continue
            value = limit.isoformat() if isinstance(item, DateItem) else limit  # type: ignore[union-attr]
            if isinstance(item, TimeItem) and isinstance(limit, str) and len(limit) == 5:  # noqa: PLR2004
                value = limit + ":00"
            out.append({"url": url, kind: value})
        return out

    def _calculated(self, formula: Formula) -> list[dict[str, Any]]:
        self._note_scores_in_formula(formula)
        return [
            {
                "url": EXT_CALCULATED_EXPRESSION,
                "valueExpression": {
                    "language": "text/fhirpath",
                    "expression": formula_expression(self.instrument, formula),
                },
            },
            {
                "url": EXT_FORMULA,
                "valueString": _FORMULA.dump_json(
                    formula, by_alias=True, exclude_none=True
                ).decode(),
            },
        ]

    def _note_scores_in_formula(self, formula: Formula) -> None:
        self.scores_read |= set(scores_read(formula))
        for condition in conditions_in(formula):
            self._note_scores(condition)

    def _note_scores(self, condition: Condition) -> None:
        self.scores_read |= {c.score for c in comparisons(condition) if c.score is not None}

    # -------------------------------------------------------------- conditions
    def _enable_when(self, condition: Condition, out: dict[str, Any]) -> list[dict[str, Any]]:
        """Sets enableWhen on ``out`` when FHIR can say it; else returns the extensions."""
        if isinstance(condition, Comparison):
            members: list[Condition] = [condition]
        else:
            members = list(condition.all if isinstance(condition, AllOf) else condition.any)
        parts = [part for part in members if isinstance(part, Comparison)]
        if len(parts) == len(members) and all(part.score is None for part in parts):
            out["enableWhen"] = [self._comparison(part) for part in parts]
            if not isinstance(condition, Comparison):
                out["enableBehavior"] = "all" if isinstance(condition, AllOf) else "any"
            return []
        assert isinstance(condition, (AllOf, AnyOf, Comparison))
        self._note_scores(condition)
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
            option = next(o for o in item.options if o.code == value)
            found = option_value(option, self.languages[0])
            kind, answer = next(iter(found.items()))
            if kind == "valueCoding":
                answer = {k: v for k, v in answer.items() if k != "display"}
            out["answer" + kind.removeprefix("value")] = answer
        elif isinstance(item, IntegerItem):
            out["answerInteger"] = value
        elif isinstance(item, DecimalItem):
            out["answerDecimal"] = value
        elif isinstance(item, QuantityItem):
            out["answerQuantity"] = {"value": value}
        elif isinstance(item, DateTimeItem):
            out["answerDateTime"] = comparison_value(self.instrument, comparison).isoformat()
        elif isinstance(item, DateItem):
            out["answerDate"] = comparison_value(self.instrument, comparison).isoformat()
        elif isinstance(item, TimeItem):
            out["answerTime"] = comparison_value(self.instrument, comparison).isoformat()
        else:
            out["answerString"] = value
        return out


def _item_control(code: str) -> dict[str, Any]:
    return {
        "url": EXT_ITEM_CONTROL,
        "valueCodeableConcept": {"coding": [{"system": ITEM_CONTROL_SYSTEM, "code": code}]},
    }
