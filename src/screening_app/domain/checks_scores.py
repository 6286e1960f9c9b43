"""Rules for scores and outcome bands: known items, countable values, bands without overlap
that cover every value the score can take."""

from __future__ import annotations

from itertools import pairwise

from screening_app.domain.base import Loc, Problem
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    CountScore,
    FormulaScore,
    Instrument,
    Item,
    MultiChoiceItem,
    SumScore,
)
from screening_app.domain.scoring import achievable_values


def check_scores(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, score in enumerate(instrument.scores):
        loc: Loc = ("scores", index)
        if score.id in ids:
            problems.append(Problem.at(*loc, "id", message=f"'{score.id}' twice"))
        ids.add(score.id)
        if isinstance(score, FormulaScore):
            continue  # checked with the other formulas (domain.checks_formulas)
        for i, link_id in enumerate(score.items):
            item = instrument.items_by_id.get(link_id)
            iloc = (*loc, "items", i)
            if item is None:
                problems.append(Problem(loc=iloc, message=f"unknown item '{link_id}'"))
            elif isinstance(score, SumScore) and not isinstance(
                item, (ChoiceItem, MultiChoiceItem)
            ):
                problems.append(
                    Problem(loc=iloc, message=f"'{link_id}' has no option weights to add up")
                )
            elif isinstance(score, CountScore):
                problems += _check_count_value(score, item, iloc)
        if len(set(score.items)) != len(score.items):
            problems.append(Problem.at(*loc, "items", message="an item is listed twice"))
    outcome = instrument.outcome
    if outcome is None:
        return problems
    if outcome.score not in ids:
        problems.append(Problem.at("outcome", "score", message=f"unknown score '{outcome.score}'"))
        return problems
    if problems:
        return problems
    return _check_bands(instrument)


def _check_count_value(score: CountScore, item: Item, loc: Loc) -> list[Problem]:
    if isinstance(item, BooleanItem):
        if not isinstance(score.value, bool):
            return [Problem(loc=loc, message=f"'{item.link_id}' is yes/no; count true or false")]
        return []
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        if score.value not in [o.code for o in item.options]:
            return [
                Problem(loc=loc, message=f"'{item.link_id}' has no option '{score.value}' to count")
            ]
        return []
    return [Problem(loc=loc, message=f"'{item.link_id}' is not a yes/no or choice item")]


def _span(low: float, high: float) -> str:
    return f"{low:g}" if low == high else f"{low:g} to {high:g}"


_SHOWN = 5  # uncovered score values named in a message


def _check_bands(instrument: Instrument) -> list[Problem]:
    """Unconditional bands cover every value without overlap; a band with a condition is
    chosen before them for some value (it must come first and cover a value the score takes)."""
    outcome = instrument.outcome
    assert outcome is not None
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, band in enumerate(outcome.bands):
        if band.id in ids:
            problems.append(Problem.at("outcome", "bands", index, "id", message="id used twice"))
        ids.add(band.id)
    fallback = [(i, b) for i, b in enumerate(outcome.bands) if b.when is None]
    ordered = sorted(fallback, key=lambda pair: pair[1].min)
    for (_ia, a), (ib, b) in pairwise(ordered):
        if b.min <= a.max:
            problems.append(
                Problem.at(
                    "outcome",
                    "bands",
                    ib,
                    "min",
                    message=f"band '{b.id}' ({_span(b.min, b.max)}) overlaps "
                    f"band '{a.id}' ({_span(a.min, a.max)})",
                )
            )
    if problems:
        return problems
    score = instrument.score(outcome.score)
    if isinstance(score, FormulaScore):
        return [
            Problem.at(
                "outcome",
                "score",
                message=f"'{score.id}' is a formula score: bands are chosen by a sum or count "
                "score, whose values can be listed",
            )
        ]
    values, _exact = achievable_values(instrument, score)
    uncovered = [v for v in values if not any(b.min <= v <= b.max for _i, b in fallback)]
    if uncovered:
        shown = ", ".join(f"{v:g}" for v in uncovered[:_SHOWN])
        shown += ", ..." if len(uncovered) > _SHOWN else ""
        covered = ", ".join(_span(b.min, b.max) for _i, b in ordered) or "nothing"
        which = (
            "no band covers (bands cover"
            if len(fallback) == len(outcome.bands)
            else "no band without a condition covers (those cover"
        )
        problems.append(
            Problem.at(
                "outcome",
                "bands",
                message=f"score '{score.id}' can be {shown}, which {which} {covered}; "
                f"the score ranges {_span(values[0], values[-1])})",
            )
        )
    problems += _check_conditional_bands(instrument, values)
    return problems


def _check_conditional_bands(instrument: Instrument, values: list[float]) -> list[Problem]:
    """A band with a condition must cover a value the score can take, and for some such value
    no band without a condition may come before it (that one would always be chosen first)."""
    outcome = instrument.outcome
    assert outcome is not None
    problems: list[Problem] = []
    for index, band in enumerate(outcome.bands):
        if band.when is None:
            continue
        own = [v for v in values if band.min <= v <= band.max]
        if not own:
            problems.append(
                Problem.at(
                    "outcome",
                    "bands",
                    index,
                    "min",
                    message=f"band '{band.id}' ({_span(band.min, band.max)}) covers no value "
                    f"score '{outcome.score}' can take",
                )
            )
            continue
        earlier = [b for b in outcome.bands[:index] if b.when is None]
        if all(any(b.min <= v <= b.max for b in earlier) for v in own):
            first = next(b for b in earlier if b.min <= own[0] <= b.max)
            problems.append(
                Problem.at(
                    "outcome",
                    "bands",
                    index,
                    "when",
                    message=f"band '{band.id}' can never be chosen: band '{first.id}', which has "
                    "no condition, comes before it and covers the same values (put the bands "
                    "with a condition first)",
                )
            )
    return problems
