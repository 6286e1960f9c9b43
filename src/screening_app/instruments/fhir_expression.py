"""A condition as a FHIRPath expression over the QuestionnaireResponse being filled in.

Used for the SDC ``enableWhenExpression`` of items whose condition nests ``all``/``any`` (which
FHIR's one ``enableBehavior`` per item cannot express). The expression has exactly the meaning
of ``domain.conditions`` (tested against the engine with a FHIRPath evaluator):

- each comparison becomes a boolean (``exists()`` is never empty), so ``and``/``or`` never meet
  FHIRPath's empty-collection logic;
- ``=`` and the ordering operators hold when some answer compares true (false when unanswered);
- ``!=`` holds when no answer equals the value (true when unanswered);
- a disabled item has no answers in a response, which is the engine's "hidden counts as
  unanswered".
"""

from __future__ import annotations

import datetime as dt
import decimal

from screening_app.domain.conditions import AllOf, AnyOf, Comparison, Condition
from screening_app.domain.instrument import (
    ChoiceItem,
    CountScore,
    DateItem,
    Instrument,
    MultiChoiceItem,
)
from screening_app.domain.session import comparison_value
from screening_app.instruments.fhir_common import CODED_CONTEXT, context_link_id


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
    if isinstance(value, dt.date):
        return "@" + value.isoformat()
    return _string(str(value))


def _answers(link_id: str) -> str:
    return f"%resource.repeat(item).where(linkId={_string(link_id)}).answer"


def comparison_expression(instrument: Instrument, comparison: Comparison) -> str:
    if comparison.context is not None:
        link_id = context_link_id(comparison.context)
        coded = comparison.context in CODED_CONTEXT
    else:
        assert comparison.item is not None
        link_id = comparison.item
        item = instrument.items_by_id.get(link_id)
        coded = isinstance(item, (ChoiceItem, MultiChoiceItem))
        if isinstance(item, DateItem):
            comparison = comparison.model_copy(
                update={"value": comparison_value(instrument, comparison)}
            )
    answers = _answers(link_id)
    op = comparison.op
    if op == "exists":
        return f"{answers}.exists()" if comparison.value else f"{answers}.exists().not()"
    if coded:
        test = f"code = {_string(str(comparison.value))}"
    else:
        test = f"$this {'=' if op == '!=' else op} {_literal(comparison.value)}"
    found = f"{answers}.value.where({test}).exists()"
    return f"{found}.not()" if op == "!=" else found


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
