"""An instrument's conditions and answers in words, for its printouts.

Two readers, two ways of saying when a question is asked:

- the clinician: ``clinician_condition`` gives the rule as the instrument states it, short and
  exact ("spm. 2 = Ja og rolle = far eller medforælder");
- the person: ``person_condition`` gives a plain clause in the person's language ("du er far
  eller medforælder", "barnet endnu ikke er født"), or None when a condition cannot be said
  plainly (the form then asks the person to ask the midwife or health visitor).
"""

from __future__ import annotations

from collections.abc import Mapping

from screening_app.domain.answer_words import answer_words
from screening_app.domain.conditions import AllOf, AnyOf, Comparison, Condition
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    Instrument,
    Item,
    MultiChoiceItem,
    is_question,
    walk_items,
)
from screening_app.letters.instrument_texts import FORM, IT

_SYMBOL = {"!=": "≠", ">=": "≥", "<=": "≤"}


def question_numbers(instrument: Instrument) -> dict[str, int]:
    """Every question's number, in document order (texts and sections are not numbered)."""
    questions = [item for item, _g, _l in walk_items(instrument.items) if is_question(item)]
    return {item.link_id: index for index, item in enumerate(questions, start=1)}


def value_text(item: Item | None, value: object, lang: str, words: str) -> str:
    """An answer as the person saw it: option texts in ``lang``, yes/no in ``words``."""
    return answer_words(
        item,
        value,
        lang,
        yes_no=lambda yes: FORM.text("yes" if yes else "no", words),
        number=lambda number: f"{number:g}",
    )


def _parts(condition: AllOf | AnyOf) -> tuple[str, list[Condition]]:
    if isinstance(condition, AllOf):
        return "and", list(condition.all)
    return "or", list(condition.any)


def clinician_condition(
    condition: Condition, instrument: Instrument, numbers: Mapping[str, int], lang: str, chrome: str
) -> str:
    """A condition as the clinician reads it: "spm. 2 = Ja og rolle = gravid"."""
    if isinstance(condition, Comparison):
        if condition.item is not None:
            subject = IT.text("question", chrome, number=numbers.get(condition.item, "?"))
            item = instrument.items_by_id.get(condition.item)
        else:
            subject = IT.text(f"context.{condition.context}", chrome)
            item = None
        if condition.op == "exists":
            return f"{subject} {IT.text('answered' if condition.value else 'unanswered', chrome)}"
        value = condition.value
        if condition.context is not None and f"value.{value}" in IT:
            shown = IT.text(f"value.{value}", chrome)
        else:
            shown = value_text(item, value, lang, chrome)
        return f"{subject} {_SYMBOL.get(condition.op, condition.op)} {shown}"
    joiner, parts = _parts(condition)
    wrapped = [
        clinician_condition(part, instrument, numbers, lang, chrome)
        if isinstance(part, Comparison)
        else f"({clinician_condition(part, instrument, numbers, lang, chrome)})"
        for part in parts
    ]
    return f" {IT.text(joiner, chrome)} ".join(wrapped)


def person_condition(
    condition: Condition, instrument: Instrument, numbers: Mapping[str, int], lang: str, words: str
) -> str | None:
    """A condition as a plain clause for the person, in ``words`` (the form's language).

    ``lang`` is the language of the instrument's own texts (an option quoted from an earlier
    question). None when some part of the condition has no plain wording.
    """
    if isinstance(condition, Comparison):
        return _person_comparison(condition, instrument, numbers, lang, words)
    joiner, parts = _parts(condition)
    clauses: list[str] = []
    for part in parts:
        clause = person_condition(part, instrument, numbers, lang, words)
        if clause is None or not isinstance(part, Comparison):
            # A nested all/any has no plain wording that a stressed reader would get right.
            return None
        clauses.append(clause)
    return f" {FORM.text(joiner, words)} ".join(clauses)


def _amount(op: str, value: object, words: str) -> str | None:
    key = f"amount.{op}"
    if key not in FORM or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return FORM.text(key, words, n=f"{value:g}")


def _person_comparison(
    comparison: Comparison,
    instrument: Instrument,
    numbers: Mapping[str, int],
    lang: str,
    words: str,
) -> str | None:
    op, value = comparison.op, comparison.value
    if comparison.context is not None:
        key = f"{comparison.context}.{value}.{op}"
        if key in FORM:
            return FORM.text(key, words)
        amount = _amount(op, value, words)
        if amount is not None and comparison.context in FORM:
            return FORM.text(comparison.context, words, amount=amount)
        return None
    number = numbers.get(comparison.item or "")
    if number is None:
        return None
    item = instrument.items_by_id.get(comparison.item or "")
    if op == "exists":
        return FORM.text("item.answered" if value else "item.unanswered", words, number=number)
    if op in ("=", "!=") and (
        isinstance(item, (ChoiceItem, MultiChoiceItem))
        or (isinstance(item, BooleanItem) and isinstance(value, bool))
    ):
        answer = FORM.text("quote", words, text=value_text(item, value, lang, words))
        return FORM.text(f"item.{op}", words, answer=answer, number=number)
    amount = _amount(op, value, words)
    if amount is None:
        return None
    return FORM.text("item.amount", words, number=number, amount=amount)
