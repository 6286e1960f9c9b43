"""What a formula, a score or a condition reads: the items behind it, through other scores.

The session re-evaluates an item when something it reads changes; the checks require that an
item reads only earlier items. Both follow these sets.
"""

from __future__ import annotations

from typing import Any

from screening_app.domain.conditions import comparisons
from screening_app.domain.formulas import Formula, conditions_in, items_read, scores_read
from screening_app.domain.instrument import FormulaScore, Instrument


def score_items(
    instrument: Instrument, score_id: str, seen: frozenset[str] = frozenset()
) -> set[str]:
    """Every item a score reads, through the scores and conditions its formula reads."""
    try:
        score = instrument.score(score_id)
    except KeyError:
        return set()
    if not isinstance(score, FormulaScore):
        return set(score.items)
    return formula_items(instrument, score.formula, seen | {score_id})


def formula_items(
    instrument: Instrument, formula: Formula, seen: frozenset[str] = frozenset()
) -> set[str]:
    """Every item a formula reads, through scores and the conditions of its ``if``s."""
    found = set(items_read(formula))
    for condition in conditions_in(formula):
        found |= condition_items(instrument, condition, seen)
    for score_id in scores_read(formula):
        if score_id not in seen:
            found |= score_items(instrument, score_id, seen)
    return found


def condition_items(
    instrument: Instrument, condition: Any, seen: frozenset[str] = frozenset()
) -> set[str]:
    """Every item a condition reads (through the scores it compares)."""
    found: set[str] = set()
    for comparison in comparisons(condition):
        if comparison.item is not None:
            found.add(comparison.item)
        elif comparison.score is not None and comparison.score not in seen:
            found |= score_items(instrument, comparison.score, seen)
    return found
