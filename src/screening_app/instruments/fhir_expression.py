"""Conditions and formulas as FHIRPath expressions over the QuestionnaireResponse being filled in.

Used for the SDC ``enableWhenExpression`` of items whose condition FHIR's ``enableWhen`` cannot
say (nested ``all``/``any``, a score), the ``calculatedExpression`` of calculated items and the
``variable`` of each score such an expression reads. The expressions have exactly the meaning of
``domain.conditions`` and ``domain.formulas`` (tested against the engine with a FHIRPath
evaluator):

- each comparison becomes a boolean (``exists()`` is never empty), so ``and``/``or`` never meet
  FHIRPath's empty-collection logic;
- ``=`` and the ordering operators hold when some answer compares true (false when unanswered);
- ``!=`` holds when no answer equals the value (true when unanswered);
- a disabled item has no answers in a response, which is the engine's "hidden counts as
  unanswered";
- an option's weight is read from the Questionnaire (``%questionnaire``): the ``itemWeight`` of
  the options whose value is among the answers;
- a score is the variable ``%`score-<id>``` declared on the Questionnaire (a variable's name is
  a FHIR id, so it is written between backticks where FHIRPath reads it).
"""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from screening_app.domain.answer_values import time_text
from screening_app.domain.conditions import AllOf, AnyOf, Comparison, Condition
from screening_app.domain.formulas import (
    Abs,
    Add,
    Concat,
    Count,
    Divide,
    Exp,
    Formula,
    Holds,
    If,
    ItemValue,
    Ln,
    Multiply,
    Power,
    Round,
    ScoreValue,
    Subtract,
    Sum,
    Weight,
)
from screening_app.domain.instrument import (
    ChoiceItem,
    CountScore,
    DateItem,
    DateTimeItem,
    FormulaScore,
    Instrument,
    MultiChoiceItem,
    QuantityItem,
    SumScore,
    TimeItem,
)
from screening_app.domain.session import comparison_value
from screening_app.instruments.fhir_common import (
    CODED_CONTEXT,
    EXT_ITEM_WEIGHT,
    context_link_id,
)


def _string(value: str) -> str:
    """A FHIRPath string literal."""
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    escaped = escaped.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f"'{escaped}'"


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(decimal.Decimal(repr(value)), "f")
    if isinstance(value, dt.datetime):
        return "@" + value.isoformat()
    if isinstance(value, dt.date):
        return "@" + value.isoformat()
    if isinstance(value, dt.time):
        return "@T" + time_text(value)
    return _string(str(value))


def _answers(link_id: str) -> str:
    return f"%resource.repeat(item).where(linkId={_string(link_id)}).answer"


def score_variable(score_id: str) -> str:
    """The name of the Questionnaire variable that holds a score (a FHIR id)."""
    return "score-" + score_id


def _score(score_id: str) -> str:
    """A score's variable as FHIRPath reads it."""
    return f"%`{score_variable(score_id)}`"


def comparison_expression(instrument: Instrument, comparison: Comparison) -> str:
    if comparison.score is not None:
        score = _score(comparison.score)
        if comparison.op == "exists":
            return f"{score}.exists()" if comparison.value else f"{score}.exists().not()"
        test: str = "=" if comparison.op == "!=" else comparison.op
        found = f"{score}.where($this {test} {_literal(comparison.value)}).exists()"
        return f"{found}.not()" if comparison.op == "!=" else found
    if comparison.context is not None:
        link_id = context_link_id(comparison.context)
        coded = comparison.context in CODED_CONTEXT
    else:
        assert comparison.item is not None
        link_id = comparison.item
        item = instrument.items_by_id.get(link_id)
        coded = isinstance(item, (ChoiceItem, MultiChoiceItem)) and not _valued(item)
        if isinstance(item, (DateItem, DateTimeItem, TimeItem)):
            comparison = comparison.model_copy(
                update={"value": comparison_value(instrument, comparison)}
            )
    answers = _answers(link_id)
    op = comparison.op
    if op == "exists":
        return f"{answers}.exists()" if comparison.value else f"{answers}.exists().not()"
    if coded:
        test = f"code = {_string(str(comparison.value))}"
    elif comparison.item is not None and isinstance(
        instrument.items_by_id.get(comparison.item), QuantityItem
    ):
        test = f"value {'=' if op == '!=' else op} {_literal(comparison.value)}"
    else:
        test = f"$this {'=' if op == '!=' else op} {_literal(comparison.value)}"
    found = f"{answers}.value.where({test}).exists()"
    return f"{found}.not()" if op == "!=" else found


def _valued(item: ChoiceItem | MultiChoiceItem) -> bool:
    """Options given as plain values (valueString, valueInteger...), not codings."""
    return any(option.value_type is not None for option in item.options)


def condition_expression(instrument: Instrument, condition: Condition) -> str:
    """The FHIRPath expression for ``condition``; True exactly when the condition holds."""
    if isinstance(condition, Comparison):
        return comparison_expression(instrument, condition)
    parts = condition.all if isinstance(condition, AllOf) else condition.any
    joiner = " and " if isinstance(condition, AllOf) else " or "
    assert isinstance(condition, (AllOf, AnyOf))
    return joiner.join(f"({condition_expression(instrument, part)})" for part in parts)


def count_expression(instrument: Instrument, score: CountScore) -> str:
    """The FHIRPath expression for a count score over the response: how many of its items have
    an answer equal to the counted value (a disabled item has no answer, as in the engine)."""
    counted: list[str] = []
    for link_id in score.items:
        item = instrument.items_by_id.get(link_id)
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            option = next(o for o in item.options if o.code == score.value)
            code = option.coding.code if option.coding is not None else option.code
            test = f"code = {_string(code)}"
        else:
            test = f"$this = {_literal(score.value)}"
        counted.append(f"iif({_answers(link_id)}.value.where({test}).exists(), 1, 0)")
    return " + ".join(counted)


def weight_expression(instrument: Instrument, link_id: str) -> str:
    """The weight of the options chosen for an item, read from the Questionnaire (its answer
    options, or the concepts of its contained value set): empty when unanswered, else the sum
    of the chosen options' ``itemWeight`` (0 for free text, and for options without one)."""
    item = instrument.items_by_id.get(link_id)
    answers = _answers(link_id)
    tests: list[str] = []
    shared = False
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        shared = item.answer_value_set is not None and all(  # exported as a contained ValueSet
            option.value_type is None and (option.coding is None or option.coding.system)
            for option in item.options
        )
        if shared:
            tests.append(f"code in {answers}.value.code")
        else:
            if any(option.value_type is None for option in item.options):
                tests.append(f"valueCoding.code in {answers}.value.code")
            kinds = sorted({o.value_type for o in item.options if o.value_type is not None})
            tests += [f"value{kind.capitalize()} in {answers}.value" for kind in kinds]
    chosen = " or ".join(f"({test})" for test in tests) or "false"
    if shared:
        assert isinstance(item, (ChoiceItem, MultiChoiceItem))
        options = (
            f"%questionnaire.contained.where(id={_string(str(item.answer_value_set))})"
            ".compose.include.concept"
        )
    else:
        options = f"%questionnaire.repeat(item).where(linkId={_string(link_id)}).answerOption"
    weights = (
        f"{options}.where({chosen}).extension.where(url={_string(EXT_ITEM_WEIGHT)}).valueDecimal"
    )
    # aggregate() adds as sum() does (some FHIRPath engines cannot sum extension values)
    return f"iif({answers}.exists(), ({weights}).aggregate($total + $this, 0), {{}})"


def score_expression(instrument: Instrument, score: SumScore | CountScore | FormulaScore) -> str:
    """A score as FHIRPath (the body of its ``variable``)."""
    if isinstance(score, CountScore):
        return count_expression(instrument, score) or "0"
    if isinstance(score, SumScore):
        parts = [f"iif(({w}).exists(), {w}, 0)" for w in _weights(instrument, score.items)]
        return " + ".join(parts) or "0"
    return formula_expression(instrument, score.formula)


def _weights(instrument: Instrument, link_ids: list[str]) -> list[str]:
    return [weight_expression(instrument, link_id) for link_id in link_ids]


def formula_expression(instrument: Instrument, formula: Formula) -> str:
    """A formula as FHIRPath: the same value, empty where the formula is empty."""
    if isinstance(formula, (bool, int, float, str)):
        return _literal(formula)
    if isinstance(formula, ItemValue):
        item = instrument.items_by_id.get(formula.item)
        value = f"{_answers(formula.item)}.value"
        if isinstance(item, (ChoiceItem, MultiChoiceItem)) and not _valued(item):
            return f"{value}.code"
        if isinstance(item, QuantityItem):
            return f"{value}.value"
        return value
    if isinstance(formula, Weight):
        return weight_expression(instrument, formula.weight)
    if isinstance(formula, ScoreValue):
        return _score(formula.score)
    if isinstance(formula, Count):
        counted = [f"iif({_answers(link_id)}.exists(), 1, 0)" for link_id in formula.count]
        return "(" + " + ".join(counted) + ")"
    if isinstance(formula, Sum):
        parts = [formula_expression(instrument, part) for part in formula.sum]
        return "(" + " + ".join(f"iif(({p}).exists(), {p}, 0)" for p in parts) + ")"
    binary: dict[type[Any], str] = {
        Add: " + ",
        Subtract: " - ",
        Multiply: " * ",
        Divide: " / ",
        Concat: " & ",
    }
    for kind, operator in binary.items():
        if isinstance(formula, kind):
            operands = getattr(formula, kind.__name__.lower())
            return "(" + operator.join(formula_expression(instrument, o) for o in operands) + ")"
    if isinstance(formula, Power):
        base, exponent = (formula_expression(instrument, part) for part in formula.power)
        return f"({base}).power({exponent})"
    if isinstance(formula, Round):
        return f"({formula_expression(instrument, formula.round)}).round({formula.digits})"
    if isinstance(formula, (Ln, Exp, Abs)):
        name = type(formula).__name__.lower()
        return f"({formula_expression(instrument, getattr(formula, name))}).{name}()"
    if isinstance(formula, If):
        otherwise = "{}" if formula.else_ is None else formula_expression(instrument, formula.else_)
        condition = condition_expression(instrument, formula.if_)
        return f"iif({condition}, {formula_expression(instrument, formula.then)}, {otherwise})"
    assert isinstance(formula, Holds)
    return f"({condition_expression(instrument, formula.holds)})"
