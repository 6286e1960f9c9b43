"""Rules for scores and outcome bands: known items, countable values, bands without overlap
that cover every value the score can take."""

from __future__ import annotations

from itertools import pairwise

from screening_app.domain.base import Loc, Problem
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    CountScore,
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
    outcome = instrument.outcome
    assert outcome is not None
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, band in enumerate(outcome.bands):
        if band.id in ids:
            problems.append(Problem.at("outcome", "bands", index, "id", message="id used twice"))
        ids.add(band.id)
    ordered = sorted(enumerate(outcome.bands), key=lambda pair: pair[1].min)
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
    values, _exact = achievable_values(instrument, score)
    uncovered = [v for v in values if not any(b.min <= v <= b.max for b in outcome.bands)]
    if uncovered:
        shown = ", ".join(f"{v:g}" for v in uncovered[:_SHOWN])
        shown += ", ..." if len(uncovered) > _SHOWN else ""
        covered = ", ".join(_span(b.min, b.max) for _i, b in ordered)
        problems.append(
            Problem.at(
                "outcome",
                "bands",
                message=f"score '{score.id}' can be {shown}, which no band covers "
                f"(bands cover {covered}; the score ranges {_span(values[0], values[-1])})",
            )
        )
    return problems
