"""Rules for formulas: what they read exists and fits, they are not too large, and no score reads
itself (through other scores). A calculated item that reads itself (through other items) is an
item cycle (``domain.checks``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from screening_app.domain.base import Loc, Problem
from screening_app.domain.conditions import Condition, comparisons
from screening_app.domain.formulas import (
    MAX_FORMULA_NODES,
    Count,
    Formula,
    Holds,
    If,
    ItemValue,
    ScoreValue,
    Weight,
    children,
    size,
)
from screening_app.domain.instrument import (
    ChoiceItem,
    FormulaScore,
    Instrument,
    MultiChoiceItem,
    is_question,
    walk_items,
)

ConditionCheck = Callable[[Condition, Loc], list[Problem]]


def check_formulas(instrument: Instrument, check_condition: ConditionCheck) -> list[Problem]:
    problems: list[Problem] = []
    for item, _parent, loc in walk_items(instrument.items):
        formula = getattr(item, "calculated", None)
        if formula is None:
            continue
        problems += _check(instrument, formula, (*loc, "calculated"), check_condition)
    for index, score in enumerate(instrument.scores):
        if isinstance(score, FormulaScore):
            floc: Loc = ("scores", index, "formula")
            problems += _check(instrument, score.formula, floc, check_condition)
    problems += _score_cycles(instrument)
    return problems


def _nodes(formula: Formula, loc: Loc) -> Iterator[tuple[Formula, Loc]]:
    """Every node with its location in the file."""
    yield formula, loc
    if isinstance(formula, If):
        yield from _nodes(formula.then, (*loc, "then"))
        if formula.else_ is not None:
            yield from _nodes(formula.else_, (*loc, "else"))
        return
    inner = children(formula)
    if not inner:
        return
    key = next(
        (
            k
            for k in ("add", "subtract", "multiply", "divide", "power", "sum", "concat")
            if getattr(formula, k, None) is not None
        ),
        None,
    )
    if key is not None:
        for index, part in enumerate(inner):
            yield from _nodes(part, (*loc, key, index))
    else:
        yield from _nodes(inner[0], (*loc, type(formula).__name__.lower()))


def _check(
    instrument: Instrument, formula: Formula, loc: Loc, check_condition: ConditionCheck
) -> list[Problem]:
    count = size(formula)
    if count > MAX_FORMULA_NODES:
        return [
            Problem(
                loc=loc, message=f"has {count} parts; a formula has at most {MAX_FORMULA_NODES}"
            )
        ]
    problems: list[Problem] = []
    for node, nloc in _nodes(formula, loc):
        problems += _node_problems(instrument, node, nloc)
        if isinstance(node, If):
            problems += check_condition(node.if_, (*nloc, "if"))
        elif isinstance(node, Holds):
            problems += check_condition(node.holds, (*nloc, "holds"))
    return problems


def _node_problems(instrument: Instrument, node: Any, loc: Loc) -> list[Problem]:
    items = instrument.items_by_id
    if isinstance(node, ItemValue):
        item = items.get(node.item)
        if item is None:
            return [Problem.at(*loc, "item", message=f"unknown item '{node.item}'")]
        if not is_question(item):
            return [Problem.at(*loc, "item", message=f"'{node.item}' is not a question")]
        if isinstance(item, MultiChoiceItem):
            return [
                Problem.at(
                    *loc,
                    "item",
                    message=f"'{node.item}' has several answers: read its weight or count it",
                )
            ]
    elif isinstance(node, Weight):
        item = items.get(node.weight)
        if item is None:
            return [Problem.at(*loc, "weight", message=f"unknown item '{node.weight}'")]
        if not isinstance(item, (ChoiceItem, MultiChoiceItem)):
            return [Problem.at(*loc, "weight", message=f"'{node.weight}' has no option weights")]
    elif isinstance(node, Count):
        return [
            Problem.at(*loc, "count", index, message=f"unknown item '{link_id}'")
            for index, link_id in enumerate(node.count)
            if link_id not in items or not is_question(items[link_id])
        ]
    elif isinstance(node, ScoreValue) and node.score not in {s.id for s in instrument.scores}:
        return [Problem.at(*loc, "score", message=f"unknown score '{node.score}'")]
    return []


def _reads(score: FormulaScore) -> list[str]:
    found = [node.score for node in _walk(score.formula) if isinstance(node, ScoreValue)]
    for node in _walk(score.formula):
        condition = (
            node.if_ if isinstance(node, If) else node.holds if isinstance(node, Holds) else None
        )
        if condition is not None:
            found += [c.score for c in comparisons(condition) if c.score is not None]
    return found


def _walk(formula: Formula) -> Iterator[Formula]:
    for node, _loc in _nodes(formula, ()):
        yield node


def _score_cycles(instrument: Instrument) -> list[Problem]:
    index = {score.id: i for i, score in enumerate(instrument.scores)}
    graph = {
        score.id: [s for s in _reads(score) if s in index]
        for score in instrument.scores
        if isinstance(score, FormulaScore)
    }
    problems: list[Problem] = []
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    problems.append(
                        Problem.at(
                            "scores",
                            index[nxt],
                            "formula",
                            message="scores read each other: " + " -> ".join(cycle),
                        )
                    )
            elif state.get(nxt) is None:
                visit(nxt, path)
        path.pop()
        state[node] = 2

    for node in graph:
        if state.get(node) is None:
            visit(node, [])
    return problems
