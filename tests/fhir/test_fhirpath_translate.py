"""FHIRPath as real forms write it becomes the instrument's own formulas and conditions; what is
outside the translated subset is refused with its reason, and hostile expressions end within a
bounded time (CPU time, so other processes on the machine do not count)."""

from __future__ import annotations

import contextlib
import json
import time
from typing import Any

import pytest

from screening_app.instruments.fhir_common import EXT_CALCULATED_EXPRESSION, EXT_VARIABLE
from screening_app.instruments.fhir_fhirpath import (
    MAX_EXPRESSION,
    MAX_INVOCATIONS,
    MAX_NESTING,
    MAX_OPERATORS,
    MAX_TOTAL,
    Translator,
    Tree,
    Untranslatable,
    Variable,
)
from screening_app.instruments.fhir_import import import_questionnaire

A = "%resource.item.where(linkId='a').answer.value"
WEIGHT_PATTERN = (  # the LHC-Forms way to read a chosen option's weight
    "%questionnaire.item.where(linkId = 'b').answerOption"
    ".where(valueCoding.code = %resource.item.where(linkId = 'b').answer.valueCoding.code)"
    ".extension.where(url = 'http://hl7.org/fhir/StructureDefinition/itemWeight')"
    ".valueDecimal"
)
B = "%resource.item.where(linkId='b').answer"


def _translator(**variables: str) -> tuple[Translator, list[Any]]:
    tree = Tree()
    for link_id, kind in [
        ("a", "integer"),
        ("b", "choice"),
        ("c", "decimal"),
        ("d", "boolean"),
        ("m", "multi-choice"),
        ("gone", None),
    ]:
        tree.kinds[link_id] = kind
        tree.parent[link_id] = None
        tree.children.setdefault(None, []).append(link_id)
    tree.option_code = lambda _link, _part, value: {"yes": "Y", "no": "N"}.get(value)
    added: list[Any] = []

    def compared(formula: Any, op: str, value: Any, _scope: str | None) -> Any:
        added.append(formula)
        return {"score": f"s{len(added)}", "op": op, "value": value}

    declared = {name: Variable(text, "text/fhirpath", None) for name, text in variables.items()}
    return Translator(tree, {None: declared}, compared), added


@pytest.mark.parametrize(
    ("expression", "formula"),
    [
        (f"{A} + 2", {"add": [{"item": "a"}, 2]}),
        (f"({A} / 3).round(1)", {"round": {"divide": [{"item": "a"}, 3]}, "digits": 1}),
        (f"iif({A} > 3, 1, 0)", {"if": {"item": "a", "op": ">", "value": 3}, "then": 1, "else": 0}),
        (f"iif({A}.exists(), {A}, {{}})", {"if": {"item": "a", "op": "exists", "value": True},
                                          "then": {"item": "a"}}),
        ("%resource.repeat(item).answer.weight().sum()",
         {"sum": [{"weight": "b"}, {"weight": "m"}]}),
        (f"{B}.value.ordinal()", {"weight": "b"}),
        (WEIGHT_PATTERN, {"weight": "b"}),
        (f"{A}.power(2).sqrt()", {"power": [{"power": [{"item": "a"}, 2]}, 0.5]}),
        (f"-{A}", {"multiply": [-1, {"item": "a"}]}),
        (f"{B}.count()", {"count": ["b"]}),
        ("'a' & 'b'", {"concat": ["a", "b"]}),
        (f"{A} > 100", {"if": {"item": "a", "op": "exists", "value": True},
                        "then": {"holds": {"item": "a", "op": ">", "value": 100}}}),
    ],
)  # fmt: skip
def test_formulas(expression: str, formula: Any) -> None:
    translator, _added = _translator()
    assert translator.formula(expression, None) == formula


@pytest.mark.parametrize(
    ("expression", "condition"),
    [
        (f"{B}.value.code = 'yes'", {"item": "b", "op": "=", "value": "Y"}),
        (f"{A}.exists()", {"item": "a", "op": "exists", "value": True}),
        (f"{A}.empty()", {"item": "a", "op": "exists", "value": False}),
        (f"{A}.exists().not()", {"item": "a", "op": "exists", "value": False}),
        # FHIRPath's != is empty (false) while unanswered; the condition language's holds
        (f"{A} != 4", {"all": [{"item": "a", "op": "exists", "value": True},
                               {"item": "a", "op": "!=", "value": 4}]}),
        (f"({A} = 4).not()", {"all": [{"item": "a", "op": "exists", "value": True},
                                      {"item": "a", "op": "!=", "value": 4}]}),
        (f"{A} >= 2 and {A} < 9", {"all": [{"item": "a", "op": ">=", "value": 2},
                                           {"item": "a", "op": "<", "value": 9}]}),
        (f"{A} < 2 or {B}.exists()", {"any": [{"item": "a", "op": "<", "value": 2},
                                              {"item": "b", "op": "exists", "value": True}]}),
        ("%resource.item.where(linkId='d').answer.value = true",
         {"item": "d", "op": "=", "value": True}),
        ("%resource.item.where(linkId='d').answer.value", {"item": "d", "op": "=", "value": True}),
        ("%age > 12", {"item": "a", "op": ">", "value": 12}),
        # an item that is not imported is never answered: FHIRPath's empty, false
        ("%resource.item.where(linkId='gone').answer.value = 3", {"constant": False}),
        ("%resource.item.where(linkId='gone').answer.exists()", {"constant": False}),
    ],
)  # fmt: skip
def test_conditions(expression: str, condition: Any) -> None:
    translator, _added = _translator(age=A)
    assert translator.condition(expression, None) == condition


def test_a_computed_value_compared_becomes_a_condition_on_a_new_score() -> None:
    translator, added = _translator(n1="iif(%resource.item.where(linkId='a').exists(), 1, 0)")
    condition = translator.condition(f"%n1 + {A} >= 5", None)
    assert condition == {"score": "s1", "op": ">=", "value": 5}
    assert added == [
        {"add": [{"if": {"item": "a", "op": "exists", "value": True}, "then": 1, "else": 0},
                 {"item": "a"}]}
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("today()", "reads today()"),
        ("%patient.birthDate", "reads %patient, which a server fills in"),
        ("%context.linkId", "reads %context"),
        (f"{A}.toString()", "uses toString()"),
        (f"{B}.value.code = 'x' and %undeclared", "reads %undeclared, which is not declared"),
        (f"{B}.value + 1", "uses the answer to 'b' (a coding) as a value"),
        ("%resource.item.where(linkId='m').answer.value.code = 'yes'", "several options"),
        ("%resource.item.where(linkId='gone').answer.value + 1", "'gone', which is not imported"),
        (f"{A} |", "cannot be read as FHIRPath"),
        (f"{A}.select($this)", "uses select()"),
        ("%loop + 1", "refers to itself"),
    ],
)
def test_what_is_not_translated_says_why(expression: str, reason: str) -> None:
    translator, _added = _translator(loop="%loop + 1")
    with pytest.raises(Untranslatable) as caught:
        translator.formula(expression, None)
    assert reason in str(caught.value)


# -------------------------------------------------------------------- hostile
def _cpu(call: Any) -> float:
    started = time.process_time()
    call()
    return time.process_time() - started


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("1" + " + 1" * (MAX_OPERATORS + 1), f"more than {MAX_OPERATORS} operators"),
        ("(" * (MAX_NESTING + 1) + "1" + ")" * (MAX_NESTING + 1), f"deeper than {MAX_NESTING}"),
        ("%resource" + ".item" * (MAX_INVOCATIONS + 1), f"more than {MAX_INVOCATIONS}"),
        ("'" + "x" * MAX_EXPRESSION + "'", f"longer than {MAX_EXPRESSION:,}"),
        ("iif(" * 100, "deeper than"),
    ],
)
def test_hostile_expressions_are_refused_before_parsing(expression: str, reason: str) -> None:
    translator, _added = _translator()
    with pytest.raises(Untranslatable) as caught:
        translator.formula(expression, None)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    "expression",
    [
        "%resource" + ".item" * MAX_INVOCATIONS,
        "1" + " + 1" * MAX_OPERATORS,
        "(" * MAX_NESTING + "1" + ")" * MAX_NESTING,
        " and ".join([f"{A} > {n}" for n in range(40)]),
    ],
)
def test_expressions_at_the_limits_end_quickly(expression: str) -> None:
    translator, _added = _translator()

    def translate() -> None:
        with contextlib.suppress(Untranslatable):
            translator.formula(expression, None)

    assert _cpu(translate) < 1.0


def test_variables_that_double_at_each_step_are_refused_without_building_them() -> None:
    steps = {"v0": A, **{f"v{n}": f"%v{n - 1} + %v{n - 1}" for n in range(1, 40)}}
    translator, _added = _translator(**steps)

    def translate() -> None:
        with pytest.raises(Untranslatable) as caught:
            translator.formula("%v39", None)
        assert "more than 500 parts" in str(caught.value)

    assert _cpu(translate) < 1.0


def test_a_file_full_of_long_expressions_stops_at_the_total() -> None:
    """200 distinct expressions of nearly 1,000 characters: the first MAX_TOTAL characters are
    read (each within the limits), the rest refused; the whole import stays bounded."""
    items: list[dict[str, Any]] = [{"linkId": "a", "type": "integer", "text": "A"}]
    for n in range(200):
        chain = " + ".join([A] * 19) + f" + {n}"
        assert len(chain) < MAX_EXPRESSION
        calculated = {"language": "text/fhirpath", "expression": chain}
        items.append(
            {
                "linkId": f"c{n}",
                "type": "integer",
                "text": "C",
                "extension": [{"url": EXT_CALCULATED_EXPRESSION, "valueExpression": calculated}],
            }
        )
    data = {"resourceType": "Questionnaire", "status": "draft", "item": items}
    outcome: list[Any] = []
    spent = _cpu(lambda: outcome.append(import_questionnaire(json.loads(json.dumps(data)))))
    result = outcome[0]
    kept = [i for i in result.instrument.items_by_id if i.startswith("c")]
    assert 0 < len(kept) < 200
    assert len(kept) * len(chain) <= MAX_TOTAL + len(chain)
    refused = [n for n in result.notes if f"passes {MAX_TOTAL:,} characters" in n.message]
    assert len(refused) == 200 - len(kept)
    assert spent < 20.0, f"{spent:.1f} s of CPU"


def test_a_variable_declared_on_the_questionnaire_is_read_by_items() -> None:
    data = {
        "resourceType": "Questionnaire",
        "status": "draft",
        "extension": [
            {
                "url": EXT_VARIABLE,
                "valueExpression": {"name": "w", "language": "text/fhirpath", "expression": A},
            }
        ],
        "item": [
            {"linkId": "a", "type": "decimal", "text": "Weight"},
            {
                "linkId": "twice",
                "type": "decimal",
                "text": "Twice",
                "extension": [
                    {
                        "url": EXT_CALCULATED_EXPRESSION,
                        "valueExpression": {"language": "text/fhirpath", "expression": "%w * 2"},
                    }
                ],
            },
        ],
    }
    result = import_questionnaire(data)
    twice = result.instrument.items_by_id["twice"]
    assert twice.calculated is not None  # type: ignore[union-attr]
    assert result.outcome == "fully"
