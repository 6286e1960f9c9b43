"""Scores, outcome bands and the set of values a score can take.

A score counts only answers to items that are shown: an answer to an item that a later change
hid no longer adds to any score.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from screening_app.domain.instrument import (
    Band,
    ChoiceItem,
    CountScore,
    Instrument,
    MultiChoiceItem,
    Outcome,
    SumScore,
)
from screening_app.domain.sums import decimal_scale, reach

_PRECISION = 9  # decimals kept when comparing scores: 0.1 + 0.2 is 0.3
_MAX_DISTINCT = 100_000  # beyond this many achievable values, coverage is checked by range


def _round(value: float) -> float:
    rounded = round(value, _PRECISION)
    return 0.0 if rounded == 0 else rounded


def option_weights(item: ChoiceItem | MultiChoiceItem) -> dict[str, float]:
    return {option.code: option.weight for option in item.options}


def compute_score(
    instrument: Instrument, score: SumScore | CountScore, answers: Mapping[str, Any]
) -> float:
    """The value of ``score`` given the answers to visible items (``linkId -> value``)."""
    total = 0.0
    if isinstance(score, SumScore):
        # The exact sum, rounded once (``math.fsum``): the same whatever the order, as the
        # session's running totals are (``domain.tally``).
        terms: list[float] = []
        for link_id in score.items:
            value = answers.get(link_id)
            if value is None:
                continue
            item = instrument.item(link_id)
            if isinstance(item, (ChoiceItem, MultiChoiceItem)):
                # free text given in an open choice weighs nothing
                weights = option_weights(item)
                codes = value if isinstance(value, tuple) else (value,)
                terms.extend(weights.get(code, 0.0) for code in codes if isinstance(code, str))
        return _round(math.fsum(terms))
    for link_id in score.items:
        value = answers.get(link_id)
        if value is None:
            continue
        if isinstance(value, tuple):
            total += score.value in value
        elif value == score.value:
            total += 1
    return total


def find_band(
    outcome: Outcome, value: float, condition_holds: Callable[[Band], bool] | None = None
) -> Band | None:
    """The first band whose range holds ``value`` and whose ``when`` holds.

    ``condition_holds(band)`` answers for a band with a condition; without it, such bands are
    passed over (only the unconditional bands, which cover every value, are considered).
    """
    for band in outcome.bands:
        if not band.min <= value <= band.max:
            continue
        if band.when is None or (condition_holds is not None and condition_holds(band)):
            return band
    return None


def _contributions(
    instrument: Instrument, score: SumScore | CountScore, link_id: str
) -> set[float]:
    """What one item can add to a score: 0 when unanswered or hidden, else per answer."""
    item = instrument.items_by_id.get(link_id)
    if isinstance(score, CountScore):
        return {0.0, 1.0}
    if isinstance(item, ChoiceItem):
        return {0.0} | {_round(w) for w in option_weights(item).values()}
    if isinstance(item, MultiChoiceItem):
        weights = list(option_weights(item).values())
        subsets = reach(([0.0, weight] for weight in weights), decimal_scale(weights))
        return set(subsets.values()) if subsets.exact else {subsets.low, subsets.high}
    return {0.0}


def achievable_values(
    instrument: Instrument, score: SumScore | CountScore
) -> tuple[list[float], bool]:
    """The values ``score`` can take, sorted, and whether the list is exact.

    When there are too many to list, the result is the range's integers (for integral
    weights) or its two ends, and the flag is False. Linear in the number of items
    (``domain.sums``): a 3,000-item score is listed in milliseconds.
    """
    terms = [_contributions(instrument, score, link_id) for link_id in score.items]
    found = reach(terms, decimal_scale(value for term in terms for value in term))
    if found.exact and found.count() <= _MAX_DISTINCT:
        return found.values(), True
    low, high = found.low, found.high
    integral = all(float(c).is_integer() for term in terms for c in term)
    if integral and high - low <= _MAX_DISTINCT * 10:
        return [float(v) for v in range(math.floor(low), math.ceil(high) + 1)], False
    return [low, high], False
