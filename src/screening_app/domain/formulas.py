"""Formulas: derived values and scores computed from answers, declared as data.

A formula is a small tree written in the instrument file, one operation per mapping, e.g. a body
mass index rounded to one decimal::

    calculated:
      round: {divide: [{item: weight}, {power: [{divide: [{item: height}, 100]}, 2]}]}
      digits: 1

It is what FHIR's SDC ``calculatedExpression`` and ``variable`` (FHIRPath) express for scores
and derived values, restricted to what evaluates in bounded time: no loops, no text search, no
access to anything but the answers, the scores and the conditions of the instrument. A formula
is evaluated in one pass over its tree (a loader check caps its size), so its cost is linear
in its size whatever the answers are.

Values follow FHIRPath's rules for a single value: a formula is *empty* (``None``) when an item
it reads is unanswered (or hidden), and arithmetic, ``round``, ``ln`` and so on with an empty
operand are empty; ``sum`` adds the operands that have a value (0 when none has, as FHIRPath's
``sum()`` of an empty collection); ``count`` counts the answered items; ``if`` reads an
ordinary condition (``enableWhen`` language, two-valued) and takes ``then`` or ``else`` (empty
when left out); ``concat`` joins texts, an empty operand as ``''`` (FHIRPath ``&``; an operand
that is not text makes it empty, where FHIRPath would stop with an error).

The nodes:

==================================  ==================================================
``3``, ``2.5``, ``true``, ``'x'``   a constant
``{item: q1}``                      the answer to q1 (a number, yes/no, text, date or
                                    option code; a quantity's number)
``{weight: q1}``                    the weight of the option(s) chosen for q1
``{score: total}``                  the value of another score
``{count: [q1, q2]}``               how many of the items are answered
``{add: [a, b, ...]}``              ``a + b + ...`` (empty if one is empty)
``{subtract: [a, b]}``              ``a - b``
``{multiply: [a, b, ...]}``         ``a * b * ...``
``{divide: [a, b]}``                ``a / b`` (empty when ``b`` is 0)
``{power: [a, b]}``                 ``a`` to the power ``b``
``{sum: [a, b, ...]}``              the sum of those that have a value
``{round: a, digits: 1}``           ``a`` rounded half away from zero (FHIRPath ``round``)
``{ln: a}``, ``{exp: a}``,          natural logarithm, ``e`` to the power, absolute value
``{abs: a}``
``{if: condition, then: a,          ``a`` when the condition holds, else ``b``
else: b}``
``{holds: condition}``              true or false: whether the condition holds
``{concat: [a, b, ...]}``           texts joined
==================================  ==================================================
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated, Any, Union

from pydantic import Discriminator, Field, Tag

from screening_app.domain.base import Identifier, LinkId, StrictModel
from screening_app.domain.conditions import Condition

Constant = bool | int | float | str
FormulaValue = bool | int | float | str | dt.date | None

MAX_FORMULA_NODES = 500  # nodes in one formula (a loader check); evaluation is linear in them


class ItemValue(StrictModel):
    item: LinkId


class Weight(StrictModel):
    weight: LinkId


class ScoreValue(StrictModel):
    score: Identifier


class Count(StrictModel):
    count: Annotated[list[LinkId], Field(min_length=1, max_length=200)]


class Add(StrictModel):
    add: Annotated[list[Formula], Field(min_length=2, max_length=100)]


class Subtract(StrictModel):
    subtract: Annotated[list[Formula], Field(min_length=2, max_length=2)]


class Multiply(StrictModel):
    multiply: Annotated[list[Formula], Field(min_length=2, max_length=100)]


class Divide(StrictModel):
    divide: Annotated[list[Formula], Field(min_length=2, max_length=2)]


class Power(StrictModel):
    power: Annotated[list[Formula], Field(min_length=2, max_length=2)]


class Sum(StrictModel):
    sum: Annotated[list[Formula], Field(min_length=1, max_length=200)]


class Round(StrictModel):
    round: Formula
    digits: Annotated[int, Field(ge=0, le=9)] = 0


class Ln(StrictModel):
    ln: Formula


class Exp(StrictModel):
    exp: Formula


class Abs(StrictModel):
    abs: Formula


class If(StrictModel):
    if_: Condition = Field(alias="if")
    then: Formula
    else_: Formula | None = Field(default=None, alias="else")


class Holds(StrictModel):
    holds: Condition


class Concat(StrictModel):
    concat: Annotated[list[Formula], Field(min_length=2, max_length=100)]


_NODES: dict[str, type[StrictModel]] = {
    "item": ItemValue,
    "weight": Weight,
    "score": ScoreValue,
    "count": Count,
    "add": Add,
    "subtract": Subtract,
    "multiply": Multiply,
    "divide": Divide,
    "power": Power,
    "sum": Sum,
    "round": Round,
    "ln": Ln,
    "exp": Exp,
    "abs": Abs,
    "if": If,
    "holds": Holds,
    "concat": Concat,
}
# The tags pydantic puts into error locations (never keys of a document).
FORMULA_TAGS: frozenset[str] = frozenset(f"formula:{key}" for key in _NODES) | {"formula:value"}


def _formula_kind(value: Any) -> str | None:
    if isinstance(value, (bool, int, float, str)):
        return "formula:value"
    if isinstance(value, Mapping):
        for key in value:
            if key in _NODES:
                return f"formula:{key}"
        return None
    for key, model in _NODES.items():
        if type(value) is model:
            return f"formula:{key}"
    return None


Formula = Annotated[
    Union[  # noqa: UP007 - tagged union members need Annotated, clearer with Union
        Annotated[Constant, Tag("formula:value")],
        Annotated[ItemValue, Tag("formula:item")],
        Annotated[Weight, Tag("formula:weight")],
        Annotated[ScoreValue, Tag("formula:score")],
        Annotated[Count, Tag("formula:count")],
        Annotated[Add, Tag("formula:add")],
        Annotated[Subtract, Tag("formula:subtract")],
        Annotated[Multiply, Tag("formula:multiply")],
        Annotated[Divide, Tag("formula:divide")],
        Annotated[Power, Tag("formula:power")],
        Annotated[Sum, Tag("formula:sum")],
        Annotated[Round, Tag("formula:round")],
        Annotated[Ln, Tag("formula:ln")],
        Annotated[Exp, Tag("formula:exp")],
        Annotated[Abs, Tag("formula:abs")],
        Annotated[If, Tag("formula:if")],
        Annotated[Holds, Tag("formula:holds")],
        Annotated[Concat, Tag("formula:concat")],
    ],
    Discriminator(
        _formula_kind,
        custom_error_type="formula_shape",
        custom_error_message="a formula is a number, true/false, a text, or one of {"
        + ", ".join(_NODES)
        + ": ...}",
    ),
]

for _model in _NODES.values():
    _model.model_rebuild()


# ------------------------------------------------------------------ structure
def children(formula: Formula) -> list[Formula]:
    """The formulas directly inside ``formula``."""
    if isinstance(formula, (Add, Subtract, Multiply, Divide, Power, Sum, Concat)):
        return list(_operands(formula))
    if isinstance(formula, (Round, Ln, Exp, Abs)):
        return [_operand(formula)]
    if isinstance(formula, If):
        return [formula.then] + ([formula.else_] if formula.else_ is not None else [])
    return []


def _operands(formula: Any) -> list[Formula]:
    for key in ("add", "subtract", "multiply", "divide", "power", "sum", "concat"):
        found = getattr(formula, key, None)
        if found is not None:
            return list(found)
    return []


def _operand(formula: Round | Ln | Exp | Abs) -> Formula:
    if isinstance(formula, Round):
        return formula.round
    if isinstance(formula, Ln):
        return formula.ln
    if isinstance(formula, Exp):
        return formula.exp
    return formula.abs


def walk(formula: Formula) -> Iterator[Formula]:
    """Every node of ``formula``, depth first."""
    stack = [formula]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(children(node)))


def conditions_in(formula: Formula) -> list[Condition]:
    return [
        node.if_ if isinstance(node, If) else node.holds
        for node in walk(formula)
        if isinstance(node, (If, Holds))
    ]


def size(formula: Formula) -> int:
    """Nodes in the formula, conditions counted as one node each."""
    return sum(1 for _ in walk(formula))


def items_read(formula: Formula) -> list[str]:
    """The linkIds a formula reads directly (answers, weights, counts; not through scores or
    conditions)."""
    out: list[str] = []
    for node in walk(formula):
        if isinstance(node, ItemValue):
            out.append(node.item)
        elif isinstance(node, Weight):
            out.append(node.weight)
        elif isinstance(node, Count):
            out.extend(node.count)
    return out


def scores_read(formula: Formula) -> list[str]:
    return [node.score for node in walk(formula) if isinstance(node, ScoreValue)]


# ----------------------------------------------------------------- evaluation
class Reader:
    """What a formula can read: answers that count, option weights, scores and conditions."""

    def __init__(
        self,
        answers: Mapping[str, Any],
        weight: Callable[[str, Any], float | None],
        score: Callable[[str], float | None],
        holds: Callable[[Condition], bool],
    ) -> None:
        self.answers = answers
        self.weight = weight
        self.score = score
        self.holds = holds


def _number(value: FormulaValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _numbers(values: list[FormulaValue]) -> list[float] | None:
    out: list[float] = []
    for value in values:
        number = _number(value)
        if number is None:
            return None
        out.append(number)
    return out


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def round_half_up(value: float, digits: int) -> float:
    """FHIRPath ``round``: half away from zero, on the decimal value written."""
    try:
        quantum = Decimal(1).scaleb(-digits)
        decimal = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return value
    return float(decimal)


def evaluate(formula: Formula, reader: Reader) -> FormulaValue:
    """The value of ``formula`` (None when empty). Never raises for any answers."""
    if formula is None or isinstance(formula, (bool, int, float, str)):
        return formula
    if isinstance(formula, ItemValue):
        return _scalar(reader.answers.get(formula.item))
    if isinstance(formula, Weight):
        value = reader.answers.get(formula.weight)
        return None if value is None else reader.weight(formula.weight, value)
    if isinstance(formula, ScoreValue):
        return reader.score(formula.score)
    if isinstance(formula, Count):
        return sum(1 for link_id in formula.count if reader.answers.get(link_id) is not None)
    if isinstance(formula, If):
        chosen = formula.then if reader.holds(formula.if_) else formula.else_
        return evaluate(chosen, reader) if chosen is not None else None
    if isinstance(formula, Holds):
        return reader.holds(formula.holds)
    if isinstance(formula, Concat):
        parts = [evaluate(part, reader) for part in formula.concat]
        if any(part is not None and not isinstance(part, str) for part in parts):
            return None
        return "".join(part for part in parts if isinstance(part, str))
    if isinstance(formula, Sum):
        values = [evaluate(part, reader) for part in formula.sum]
        present = [_number(value) for value in values if value is not None]
        if any(value is None for value in present):
            return None  # a text or yes/no among the numbers
        return _finite(sum(v for v in present if v is not None))
    if isinstance(formula, (Add, Subtract, Multiply, Divide, Power)):
        numbers = _numbers([evaluate(part, reader) for part in _operands(formula)])
        if numbers is None:
            return None
        return _arithmetic(formula, numbers)
    assert isinstance(formula, (Round, Ln, Exp, Abs))
    number = _number(evaluate(_operand(formula), reader))
    if number is None:
        return None
    if isinstance(formula, Round):
        return round_half_up(number, formula.digits)
    if isinstance(formula, Abs):
        return abs(number)
    if isinstance(formula, Ln):
        return math.log(number) if number > 0 else None
    try:
        return _finite(math.exp(number))
    except OverflowError:
        return None


def _arithmetic(
    formula: Add | Subtract | Multiply | Divide | Power, numbers: list[float]
) -> float | None:
    if isinstance(formula, Add):
        return _finite(math.fsum(numbers))
    if isinstance(formula, Subtract):
        return _finite(numbers[0] - numbers[1])
    if isinstance(formula, Multiply):
        return _finite(math.prod(numbers))
    if isinstance(formula, Divide):
        return _finite(numbers[0] / numbers[1]) if numbers[1] != 0 else None
    base, exponent = numbers
    try:
        result = math.pow(base, exponent)
    except (OverflowError, ValueError):
        return None
    return _finite(result)


def _scalar(value: Any) -> FormulaValue:
    """An answer as a formula value: one value (a quantity's number); several are empty."""
    if value is None or isinstance(value, (bool, int, float, str, dt.date)):
        return value
    number = getattr(value, "value", None)  # a Quantity
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        return float(number)
    return None
