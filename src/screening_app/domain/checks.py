"""Rules across a whole instrument document, beyond what each field's type can say.

``check_instrument`` returns every problem at once, each at its location in the document, so
an author can fix a file in one go. The loader turns locations into ``file:line:col``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from screening_app.domain.base import Loc, LocalizedText, Problem, format_loc
from screening_app.domain.checks_scores import check_scores
from screening_app.domain.conditions import (
    ORDERING,
    AllOf,
    Comparison,
    Condition,
)
from screening_app.domain.context import CONTEXT_KINDS
from screening_app.domain.instrument import (
    Actions,
    BooleanItem,
    ChoiceItem,
    DateItem,
    DecimalItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    StringItem,
    TextItem,
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
    positions, link_problems = _check_link_ids(instrument)
    problems += link_problems
    problems += _check_items(instrument)
    condition_problems = _check_conditions(instrument, positions)
    problems += condition_problems
    problems += _check_cycles(instrument)
    problems += check_scores(instrument)
    problems += _check_flags(instrument, positions)
    problems += _check_band_conditions(instrument, positions)
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
    return None


def _check_comparison(
    comparison: Comparison,
    loc: Loc,
    instrument: Instrument,
    positions: dict[str, int],
    before: int | None,
) -> list[Problem]:
    """Check one comparison; ``before``: the referring item's position (must refer earlier)."""
    problems: list[Problem] = []
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
    if before is not None and positions.get(link_id, -1) >= before:
        problems.append(
            Problem.at(
                *loc,
                "item",
                message=f"refers to '{link_id}', which is not an earlier item",
            )
        )
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


def _check_conditions(instrument: Instrument, positions: dict[str, int]) -> list[Problem]:
    problems: list[Problem] = []
    for item, _parent, loc in walk_items(instrument.items):
        if item.enable_when is None:
            continue
        here = positions.get(item.link_id, 0)
        for comparison, cloc in _walk_condition(item.enable_when, (*loc, "enableWhen")):
            problems += _check_comparison(comparison, cloc, instrument, positions, here)
    return problems


def _check_cycles(instrument: Instrument) -> list[Problem]:
    """enableWhen cycles (possible only with references to later items)."""
    graph: dict[str, list[str]] = {}
    locs: dict[str, Loc] = {}
    for item, _parent, loc in walk_items(instrument.items):
        locs[item.link_id] = loc
        if item.enable_when is not None:
            graph[item.link_id] = [
                c.item
                for c, _ in _walk_condition(item.enable_when, ())
                if c.item is not None and c.item in instrument.items_by_id
            ]
    problems: list[Problem] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    problems.append(
                        Problem(
                            loc=(*locs[nxt], "enableWhen"),
                            message="enableWhen cycle: " + " -> ".join(cycle),
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


# ---------------------------------------------------------------------- flags
def _check_flags(instrument: Instrument, positions: dict[str, int]) -> list[Problem]:
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, flag in enumerate(instrument.flags):
        loc: Loc = ("flags", index)
        if flag.id in ids:
            problems.append(Problem.at(*loc, "id", message=f"'{flag.id}' twice"))
        ids.add(flag.id)
        for comparison, cloc in _walk_condition(flag.when, (*loc, "when")):
            problems += _check_comparison(comparison, cloc, instrument, positions, before=None)
    return problems


def _check_band_conditions(instrument: Instrument, positions: dict[str, int]) -> list[Problem]:
    """A band's ``when`` is checked as a flag's: any item, any context, values that fit."""
    problems: list[Problem] = []
    if instrument.outcome is None:
        return problems
    for index, band in enumerate(instrument.outcome.bands):
        if band.when is None:
            continue
        loc: Loc = ("outcome", "bands", index, "when")
        for comparison, cloc in _walk_condition(band.when, loc):
            problems += _check_comparison(comparison, cloc, instrument, positions, before=None)
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
