"""Rules across a whole instrument document, beyond what each field's type can say.

``check_instrument`` returns every problem at once, each at its location in the document, so
an author can fix a file in one go. The loader turns locations into ``file:line:col``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from screening_app.domain.answer_values import parse_date_time, parse_time
from screening_app.domain.base import Loc, LocalizedText, Problem, format_loc
from screening_app.domain.checks_formulas import check_formulas
from screening_app.domain.checks_items import check_item_details
from screening_app.domain.checks_scores import check_scores
from screening_app.domain.conditions import (
    ORDERING,
    AllOf,
    Comparison,
    Condition,
)
from screening_app.domain.context import CONTEXT_KINDS
from screening_app.domain.dependencies import condition_items, formula_items
from screening_app.domain.instrument import (
    Actions,
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    DecimalItem,
    FormulaScore,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    StringItem,
    TextItem,
    TimeItem,
    is_question,
    walk_items,
)
from screening_app.domain.messages import known_language_name
from screening_app.domain.reachability import unreachable_items


def check_instrument(
    instrument: Instrument,
    known_instruments: frozenset[str] | None = None,
    known_services: frozenset[str] | None = None,
) -> list[Problem]:
    """Every cross-document problem. Unknown-id checks run only when the known ids are given."""
    problems: list[Problem] = []
    problems += _check_languages(instrument)
    _positions, link_problems = _check_link_ids(instrument)
    problems += link_problems
    problems += _check_items(instrument)
    problems += check_item_details(instrument)
    problems += check_formulas(
        instrument, lambda condition, loc: _check_condition(instrument, condition, loc)
    )
    condition_problems = _check_conditions(instrument)
    problems += condition_problems
    problems += _check_cycles(instrument)
    problems += check_scores(instrument)
    problems += _check_flags(instrument)
    problems += _check_band_conditions(instrument)
    problems += _check_action_refs(instrument, known_instruments, known_services)
    if not problems:
        problems += [
            Problem(loc=(*loc, "enableWhen"), message=f"no answers can ever show '{link_id}'")
            for link_id, loc in unreachable_items(instrument)
        ]
    return problems


# ------------------------------------------------------------------ languages
def _localized_texts(node: Any, loc: Loc) -> Iterator[tuple[LocalizedText, Loc]]:
    if isinstance(node, LocalizedText):
        yield node, loc
    elif isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            yield from _localized_texts(getattr(node, name), (*loc, info.alias or name))
    elif isinstance(node, (list, tuple)):
        for index, value in enumerate(node):
            yield from _localized_texts(value, (*loc, index))


def _check_languages(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    declared: list[str] = []
    for index, translation in enumerate(instrument.languages):
        if translation.code in declared:
            problems.append(
                Problem.at("languages", index, "code", message=f"'{translation.code}' twice")
            )
        declared.append(translation.code)
        if known_language_name(translation.code, "en") is None:
            # Documents print a language by its name, never as a bare code.
            message = f"'{translation.code}' is not a language code with a standard name (CLDR)"
            problems.append(Problem.at("languages", index, "code", message=message))
    wanted = frozenset(declared)
    for text, loc in _localized_texts(instrument, ()):
        problems.extend(
            Problem(loc=loc, message=f"missing the '{lang}' text (a declared language)")
            for lang in sorted(wanted - text.languages)
        )
        problems.extend(
            Problem(loc=(*loc, lang), message=f"'{lang}' is not a declared language")
            for lang in sorted(text.languages - wanted)
        )
    return problems


# --------------------------------------------------------------------- items
def _check_link_ids(instrument: Instrument) -> tuple[dict[str, int], list[Problem]]:
    positions: dict[str, int] = {}
    first_loc: dict[str, Loc] = {}
    problems: list[Problem] = []
    for index, (item, _parent, loc) in enumerate(walk_items(instrument.items)):
        if item.link_id in positions:
            first = format_loc(first_loc[item.link_id])
            problems.append(
                Problem(
                    loc=(*loc, "linkId"),
                    message=f"duplicate linkId '{item.link_id}' (first used at {first})",
                )
            )
            continue
        positions[item.link_id] = index
        first_loc[item.link_id] = loc
    return positions, problems


def _check_items(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    for item, _parent, loc in walk_items(instrument.items):
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            seen: set[str] = set()
            for index, option in enumerate(item.options):
                if option.code in seen:
                    problems.append(
                        Problem.at(*loc, "options", index, "code", message=f"'{option.code}' twice")
                    )
                seen.add(option.code)
        if isinstance(item, (IntegerItem, DecimalItem)):
            low: Any = item.min
            high: Any = item.max
        elif isinstance(item, DateItem):
            low, high = item.min, item.max
        else:
            continue
        if low is not None and high is not None and low > high:
            problems.append(Problem.at(*loc, "min", message="min is greater than max"))
    return problems


# ---------------------------------------------------------------- conditions
_OPERATORS: dict[type, frozenset[str]] = {
    BooleanItem: frozenset({"=", "!=", "exists"}),
    ChoiceItem: frozenset({"=", "!=", "exists"}),
    MultiChoiceItem: frozenset({"=", "!=", "exists"}),
}
_ALL_OPERATORS = frozenset({"=", "!=", ">", ">=", "<", "<=", "exists"})


def _walk_condition(condition: Condition, loc: Loc) -> Iterator[tuple[Comparison, Loc]]:
    if isinstance(condition, Comparison):
        yield condition, loc
        return
    key = "all" if isinstance(condition, AllOf) else "any"
    parts = condition.all if isinstance(condition, AllOf) else condition.any
    for index, part in enumerate(parts):
        yield from _walk_condition(part, (*loc, key, index))


def _value_problem(item: Item, comparison: Comparison) -> str | None:
    """Why ``comparison.value`` cannot be compared with answers to ``item``, or None."""
    value = comparison.value
    if comparison.op == "exists":
        return None
    if isinstance(item, BooleanItem):
        return None if isinstance(value, bool) else "must be true or false for a yes/no item"
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        codes = [o.code for o in item.options]
        if not isinstance(value, str) or value not in codes:
            return f"must be one of the item's option codes: {', '.join(codes)}"
        return None
    if isinstance(item, IntegerItem):
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "must be a whole number for an integer item"
    if isinstance(item, DecimalItem):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else "must be a number for a decimal item"
    if isinstance(item, DateItem):
        if isinstance(value, dt.date):
            return None
        if isinstance(value, str):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return "must be a date (YYYY-MM-DD) for a date item"
            return None
        return "must be a date (YYYY-MM-DD) for a date item"
    if isinstance(item, (StringItem, TextItem)):
        return None if isinstance(value, str) else "must be text for a text item"
    if isinstance(item, DateTimeItem):
        ok = parse_date_time(value) is not None
        return None if ok else "must be a date and time with its offset for a date-time item"
    if isinstance(item, TimeItem):
        return None if parse_time(value) is not None else "must be a time (HH:MM) for a time item"
    if isinstance(item, QuantityItem):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return None if ok else "must be a number (the quantity's value)"
    return None


def _check_condition(instrument: Instrument, condition: Condition, loc: Loc) -> list[Problem]:
    problems: list[Problem] = []
    for comparison, cloc in _walk_condition(condition, loc):
        problems += _check_comparison(comparison, cloc, instrument)
    return problems


def _check_score_comparison(
    comparison: Comparison, loc: Loc, instrument: Instrument
) -> list[Problem]:
    score_id = comparison.score
    assert score_id is not None
    try:
        score = instrument.score(score_id)
    except KeyError:
        return [Problem.at(*loc, "score", message=f"unknown score '{score_id}'")]
    problems: list[Problem] = []
    if comparison.op != "exists" and (
        isinstance(comparison.value, bool) or not isinstance(comparison.value, (int, float))
    ):
        problems.append(Problem.at(*loc, "value", message="must be a number for a score"))
    if not isinstance(score, FormulaScore) and comparison.op == "exists":
        problems.append(
            Problem.at(*loc, "op", message="a sum or count score always has a value: not 'exists'")
        )
    return problems


def _check_comparison(comparison: Comparison, loc: Loc, instrument: Instrument) -> list[Problem]:
    """Check one comparison: its subject exists, and its operator and value fit it (an item may
    refer to a later item; a cycle is found with the other cycles)."""
    problems: list[Problem] = []
    if comparison.score is not None:
        return _check_score_comparison(comparison, loc, instrument)
    if comparison.context is not None:
        kind, allowed = CONTEXT_KINDS[comparison.context]
        value = comparison.value
        if comparison.op == "exists":
            return problems
        if kind == "code":
            if comparison.op in ORDERING:
                problems.append(
                    Problem.at(*loc, "op", message=f"'{comparison.op}' cannot compare {kind}s")
                )
            if value not in allowed:
                problems.append(
                    Problem.at(*loc, "value", message=f"must be one of: {', '.join(allowed)}")
                )
        elif not isinstance(value, int) or isinstance(value, bool):
            problems.append(Problem.at(*loc, "value", message="must be a whole number"))
        return problems
    link_id = comparison.item
    assert link_id is not None
    item = instrument.items_by_id.get(link_id)
    if item is None:
        return [Problem.at(*loc, "item", message=f"unknown item '{link_id}'")]
    if not is_question(item):
        return [Problem.at(*loc, "item", message=f"'{link_id}' is not a question")]
    operators = _OPERATORS.get(type(item), _ALL_OPERATORS)
    if comparison.op not in operators:
        problems.append(
            Problem.at(
                *loc,
                "op",
                message=f"'{comparison.op}' does not apply to a {item.type} item "
                f"(use {', '.join(sorted(operators))})",
            )
        )
    reason = _value_problem(item, comparison)
    if reason:
        problems.append(Problem.at(*loc, "value", message=reason))
    return problems


def _check_conditions(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    for item, _parent, loc in walk_items(instrument.items):
        if item.enable_when is None:
            continue
        for comparison, cloc in _walk_condition(item.enable_when, (*loc, "enableWhen")):
            problems += _check_comparison(comparison, cloc, instrument)
    return problems


def _check_cycles(instrument: Instrument) -> list[Problem]:
    """Items that depend on themselves: through conditions (an enableWhen cycle), formulas and
    scores, or the group they are in. An item may depend on a later one, never on itself."""
    graph: dict[str, list[tuple[str, str]]] = {}  # item -> (item it reads, how)
    locs: dict[str, Loc] = {}
    known = instrument.items_by_id
    for item, parent, loc in walk_items(instrument.items):
        locs[item.link_id] = loc
        edges: list[tuple[str, str]] = []
        if item.enable_when is not None:
            edges += [
                (r, "enableWhen") for r in sorted(condition_items(instrument, item.enable_when))
            ]
        formula = getattr(item, "calculated", None)
        if formula is not None:
            edges += [(r, "calculated") for r in sorted(formula_items(instrument, formula))]
        if parent is not None:
            edges.append((parent.link_id, "group"))
        graph[item.link_id] = [(r, how) for r, how in edges if r in known]
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[tuple[str, str]]) -> None:
        state[node] = 1
        for nxt, how in graph.get(node, []):
            step = [*path, (node, how)]
            if state.get(nxt) == 1:
                start = next(i for i, (n, _h) in enumerate(step) if n == nxt)
                cycle = step[start:]
                key = frozenset(n for n, _h in cycle)
                if key not in reported:
                    reported.add(key)
                    names = " -> ".join([*(n for n, _h in cycle), nxt])
                    hows = {h for _n, h in cycle}
                    label = (
                        "enableWhen cycle"
                        if hows == {"enableWhen"}
                        else ("items depend on each other")
                    )
                    first_how = cycle[0][1]
                    where = "calculated" if first_how == "calculated" else "enableWhen"
                    problems.append(Problem(loc=(*locs[nxt], where), message=f"{label}: {names}"))
            elif state.get(nxt) is None:
                visit(nxt, step)
        state[node] = 2

    for node in graph:
        if state.get(node) is None:
            visit(node, [])
    return problems


# ---------------------------------------------------------------------- flags
def _check_flags(instrument: Instrument) -> list[Problem]:
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, flag in enumerate(instrument.flags):
        loc: Loc = ("flags", index)
        if flag.id in ids:
            problems.append(Problem.at(*loc, "id", message=f"'{flag.id}' twice"))
        ids.add(flag.id)
        for comparison, cloc in _walk_condition(flag.when, (*loc, "when")):
            problems += _check_comparison(comparison, cloc, instrument)
    return problems


def _check_band_conditions(instrument: Instrument) -> list[Problem]:
    """A band's ``when`` is checked as a flag's: any item, any context, values that fit."""
    problems: list[Problem] = []
    if instrument.outcome is None:
        return problems
    for index, band in enumerate(instrument.outcome.bands):
        if band.when is None:
            continue
        loc: Loc = ("outcome", "bands", index, "when")
        for comparison, cloc in _walk_condition(band.when, loc):
            problems += _check_comparison(comparison, cloc, instrument)
    return problems


# -------------------------------------------------------------------- actions
def _all_actions(instrument: Instrument) -> Iterator[tuple[Actions, Loc]]:
    if instrument.outcome is not None:
        for index, band in enumerate(instrument.outcome.bands):
            yield band.actions, ("outcome", "bands", index, "actions")
    for index, flag in enumerate(instrument.flags):
        yield flag.actions, ("flags", index, "actions")


def _check_action_refs(
    instrument: Instrument,
    known_instruments: frozenset[str] | None,
    known_services: frozenset[str] | None,
) -> list[Problem]:
    problems: list[Problem] = []
    for actions, loc in _all_actions(instrument):
        for index, ref in enumerate(actions.instruments):
            if ref == instrument.id:
                problems.append(Problem.at(*loc, "instruments", index, message="refers to itself"))
            elif known_instruments is not None and ref not in known_instruments:
                problems.append(
                    Problem.at(*loc, "instruments", index, message=f"unknown instrument '{ref}'")
                )
        if known_services is not None:
            for index, ref in enumerate(actions.services):
                if ref not in known_services:
                    problems.append(
                        Problem.at(
                            *loc,
                            "services",
                            index,
                            message=f"unknown service '{ref}' (not in the services directory)",
                        )
                    )
    return problems
