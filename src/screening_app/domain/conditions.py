"""``enableWhen`` conditions: comparisons over earlier answers and context, combined all/any.

A condition is data (pydantic models, as written in an instrument file). ``compile_condition``
turns it into a fast predicate over the current answers, once per session.

Semantics (the same as FHIR R4 ``enableWhen``, made explicit):
- an item that is hidden counts as unanswered;
- ``exists: true`` holds when answered, ``exists: false`` when not;
- ``=`` and the ordering operators are false when unanswered;
- ``!=`` is true when unanswered or different;
- for a multi-choice item, ``=`` means "this option is among the chosen", ``!=`` that it is not;
  for a question that repeats, ``=`` and the ordering operators hold when one of its answers
  compares true, ``!=`` when none equals the value;
- a quantity compares by its number, the free text of an open choice equals no option;
- ``{score: id, op, value}`` compares the value of a score (a score that has no value yet, a
  formula with an answer missing, counts as unanswered).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal, Union

from pydantic import Discriminator, Field, Tag, model_validator

from screening_app.domain.answer_values import Quantity
from screening_app.domain.base import Identifier, LinkId, StrictModel
from screening_app.domain.context import Context, ContextKey

Operator = Literal["=", "!=", ">", ">=", "<", "<=", "exists"]
ORDERING = frozenset({">", ">=", "<", "<="})
ConditionValue = bool | int | float | str | dt.date


class Comparison(StrictModel):
    """``{item: q1, op: "=", value: "yes"}``, ``{context: role, op: "=", value: other}`` or
    ``{score: total, op: ">=", value: 10}``."""

    item: LinkId | None = None
    context: ContextKey | None = None
    score: Identifier | None = None
    op: Operator
    value: ConditionValue

    @model_validator(mode="after")
    def _one_subject(self) -> Comparison:
        if sum(subject is not None for subject in (self.item, self.context, self.score)) != 1:
            raise ValueError("needs exactly one of 'item', 'context' or 'score'")
        if self.op == "exists" and not isinstance(self.value, bool):
            raise ValueError("'exists' takes value true or false")
        return self


class AllOf(StrictModel):
    """All of the conditions hold."""

    all: Annotated[list[Condition], Field(min_length=1, max_length=100)]


class AnyOf(StrictModel):
    """At least one of the conditions holds."""

    any: Annotated[list[Condition], Field(min_length=1, max_length=100)]


def _condition_kind(value: Any) -> str | None:
    if isinstance(value, Mapping):
        if "all" in value:
            return "all"
        if "any" in value:
            return "any"
        return "compare"
    if isinstance(value, (AllOf, AnyOf, Comparison)):
        return {AllOf: "all", AnyOf: "any", Comparison: "compare"}[type(value)]
    return None


Condition = Annotated[
    Union[  # noqa: UP007 - tagged union members need Annotated, clearer with Union
        Annotated[Comparison, Tag("compare")],
        Annotated[AllOf, Tag("all")],
        Annotated[AnyOf, Tag("any")],
    ],
    Discriminator(
        _condition_kind,
        custom_error_type="condition_shape",
        custom_error_message=(
            "a condition is {item|context|score, op, value}, {all: [...]} or {any: [...]}"
        ),
    ),
]

AllOf.model_rebuild()
AnyOf.model_rebuild()


def comparisons(condition: Condition) -> list[Comparison]:
    """Every comparison inside a condition, depth first."""
    if isinstance(condition, Comparison):
        return [condition]
    parts = condition.all if isinstance(condition, AllOf) else condition.any
    out: list[Comparison] = []
    for part in parts:
        out.extend(comparisons(part))
    return out


# ------------------------------------------------------------------ evaluation
Answers = Mapping[str, Any]  # linkId -> value of a *visible*, answered item
Predicate = Callable[[Answers, Context], bool]
# score id, answers, context -> the score's value (None: none yet)
ScoreReader = Callable[[str, Answers, Context], Any]

_ORDER_OPS: dict[str, Callable[[Any, Any], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


def _compare(op: str, actual: Any, expected: Any, multi: bool) -> bool:  # noqa: ARG001
    if op == "exists":
        return bool((actual is not None) == expected)
    if actual is None:
        return op == "!="
    if isinstance(actual, tuple):  # a multi-choice, or a question that repeats
        if op == "!=":
            return not any(_compare("=", part, expected, False) for part in actual)
        return any(_compare(op, part, expected, False) for part in actual)
    if isinstance(actual, Quantity):  # a quantity compares by its number
        actual = actual.value
    if op == "=":
        return bool(actual == expected)
    if op == "!=":
        return bool(actual != expected)
    try:
        return bool(_ORDER_OPS[op](actual, expected))
    except TypeError:
        return False


def compile_condition(
    condition: Condition,
    multi_items: frozenset[str] = frozenset(),
    convert: Callable[[Comparison], Any] | None = None,
    score: ScoreReader | None = None,
) -> Predicate:
    """A predicate for ``condition``. ``multi_items``: linkIds answered with several options.

    ``convert`` maps a comparison to the value to compare with (e.g. an ISO string to a date
    for a date item); by default the written value is used. ``score`` gives a score's value
    for the answers (a condition on a score without it never holds but for ``!=``).
    """
    if isinstance(condition, Comparison):
        op = condition.op
        expected = convert(condition) if convert else condition.value
        if condition.score is not None:
            score_id = condition.score

            def score_predicate(answers: Answers, context: Context) -> bool:
                value = score(score_id, answers, context) if score is not None else None
                return _compare(op, value, expected, multi=False)

            return score_predicate
        if condition.item is not None:
            link_id = condition.item
            multi = link_id in multi_items

            def item_predicate(answers: Answers, _context: Context) -> bool:
                return _compare(op, answers.get(link_id), expected, multi)

            return item_predicate
        key = condition.context
        assert key is not None

        def context_predicate(_answers: Answers, context: Context) -> bool:
            return _compare(op, context.value(key), expected, multi=False)

        return context_predicate

    parts = [
        compile_condition(part, multi_items, convert, score)
        for part in (condition.all if isinstance(condition, AllOf) else condition.any)
    ]
    if isinstance(condition, AllOf):
        return lambda answers, context: all(p(answers, context) for p in parts)
    return lambda answers, context: any(p(answers, context) for p in parts)
