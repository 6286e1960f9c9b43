"""Formula scores and calculated items, evaluated over a session's answers.

``Calculator`` is built once per instrument (with the session's compiled conditions) and reads
answers given to it: it keeps no state between calls, so the session decides when values are
recomputed. Scores may read other scores and calculated items; the loader refuses cycles, and a
cycle that slipped through anyway gives an empty value instead of recursing forever.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from screening_app.domain.conditions import Comparison, Condition, compile_condition
from screening_app.domain.context import Context
from screening_app.domain.formulas import Formula, FormulaValue, Reader, evaluate, round_half_up
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    FormulaScore,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    StringItem,
    TextItem,
)
from screening_app.domain.scoring import compute_score, option_weights


class Calculator:
    """Values of scores and formulas for given answers and context."""

    def __init__(
        self,
        instrument: Instrument,
        multi_items: frozenset[str],
        convert: Callable[[Comparison], Any],
    ) -> None:
        self.instrument = instrument
        self._multi = multi_items
        self._convert = convert
        self._predicates: dict[int, Any] = {}
        self._weights: dict[str, dict[str, float]] = {}
        self._active: set[str] = set()
        self._scores = {score.id: score for score in instrument.scores}

    # ------------------------------------------------------------------ scores
    def score(
        self,
        score_id: str,
        answers: Mapping[str, Any],
        context: Context,
        known: Mapping[str, float] | None = None,
    ) -> Any:
        """The score's value (a number; None when a formula score has none yet). ``known``:
        the sum and count scores' values for these answers, when already worked out (a
        session's running totals, also found as ``answers.totals``: ``tally.TalliedAnswers``),
        read instead of adding the answers up again."""
        score = self._scores.get(score_id)
        if score is None:
            return None
        if known is None:  # a session's own answers carry its running totals
            known = getattr(answers, "totals", None)
        if not isinstance(score, FormulaScore):
            if known is not None and score_id in known:
                return known[score_id]
            return compute_score(self.instrument, score, answers)
        if score_id in self._active:
            return None  # a cycle (refused by the loader): no value rather than no end
        self._active.add(score_id)
        try:
            value = self.formula(score.formula, answers, context, known)
        finally:
            self._active.discard(score_id)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        return float(value)

    def scores(self, answers: Mapping[str, Any], context: Context) -> dict[str, float]:
        """Every score that has a value (formula scores without one are left out)."""
        out: dict[str, float] = {}
        for score in self.instrument.scores:
            value = self.score(score.id, answers, context)
            if value is not None:
                out[score.id] = value
        return out

    # ---------------------------------------------------------------- formulas
    def formula(
        self,
        formula: Formula,
        answers: Mapping[str, Any],
        context: Context,
        known: Mapping[str, float] | None = None,
    ) -> FormulaValue:
        reader = Reader(
            answers,
            weight=self.weight,
            score=lambda score_id: self.score(score_id, answers, context, known),
            holds=lambda condition: self.holds(condition, answers, context),
        )
        return evaluate(formula, reader)

    def holds(self, condition: Condition, answers: Mapping[str, Any], context: Context) -> bool:
        predicate = self._predicates.get(id(condition))
        if predicate is None:
            predicate = compile_condition(
                condition,
                self._multi,
                self._convert,
                self.score,
            )
            self._predicates[id(condition)] = predicate
        return bool(predicate(answers, context))

    def weight(self, link_id: str, value: Any) -> float | None:
        """The weight of the option(s) chosen (free text weighs nothing)."""
        item = self.instrument.items_by_id.get(link_id)
        if not isinstance(item, (ChoiceItem, MultiChoiceItem)):
            return None
        weights = self._weights.get(link_id)
        if weights is None:
            weights = option_weights(item)
            self._weights[link_id] = weights
        codes = value if isinstance(value, tuple) else (value,)
        return float(sum(weights.get(code, 0.0) for code in codes if isinstance(code, str)))


def item_value(item: Item, value: FormulaValue) -> Any:
    """A formula's value as an answer to ``item`` (None when it does not fit its type)."""
    if value is None:
        return None
    if isinstance(item, BooleanItem):
        return value if isinstance(value, bool) else None
    if isinstance(value, bool):
        return None
    if isinstance(item, IntegerItem):
        if isinstance(value, (int, float)):
            return int(round_half_up(float(value), 0))
        return None
    if isinstance(item, (StringItem, TextItem)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value) if isinstance(value, (str, int, float)) else None
        return text[: item.max_length] if text else None
    if isinstance(item, DateItem):
        return value if isinstance(value, dt.date) else None
    if isinstance(value, (int, float)):
        return float(value)
    return None
