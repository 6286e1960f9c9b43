"""Walk every answer path through an instrument with the real engine.

A path starts from a context (role, phase, ...) and answers, in document order, each question
that is visible when it is reached, branching over that question's candidate answers (every
option of a choice, true and false, the constants a condition compares a number with, and "no
answer" for an optional question). Items may only depend on earlier items, so once the walk has
passed an item its visibility is final: the walk visits each distinct path exactly once.

When an instrument has more paths than ``EXHAUSTIVE_LIMIT`` per context, the walk branches fully
only on the items that conditions refer to, and covers the other items' answers in rotation
(variant k gives each such item its k-th candidate), so every answer is still chosen at least once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.conditions import comparisons
from screening_app.domain.context import CONTEXT_KINDS, PHASES, Context
from screening_app.domain.instrument import (
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
from screening_app.domain.session import CompiledInstrument, Session, comparison_value

EXHAUSTIVE_LIMIT = 10_000  # upper bound on paths per context before the walk is reduced
NO_ANSWER: None = None
Step = tuple[str, Any]  # (linkId, answer given; None = left unanswered)

_CONTEXT_LIMITS = {"weeksPregnant": (0, 45), "childAgeWeeks": (0, 520)}
_SAMPLE_DATE = dt.date(2024, 1, 15)


# ------------------------------------------------------------------- constants
def _all_comparisons(instrument: Instrument) -> Iterator[Any]:
    for item, _parent, _loc in walk_items(instrument.items):
        if item.enable_when is not None:
            yield from comparisons(item.enable_when)
    for flag in instrument.flags:
        yield from comparisons(flag.when)
    if instrument.outcome is not None:
        for band in instrument.outcome.bands:
            if band.when is not None:
                yield from comparisons(band.when)


def compared_constants(instrument: Instrument) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Values each item and each context key is compared with, in conditions, flags and bands."""
    by_item: dict[str, list[Any]] = {}
    by_context: dict[str, list[Any]] = {}
    for comparison in _all_comparisons(instrument):
        if comparison.op == "exists":
            value: Any = None
        else:
            value = comparison_value(instrument, comparison)
        if comparison.item is not None:
            by_item.setdefault(comparison.item, []).append(value)
        elif comparison.context is not None:
            by_context.setdefault(comparison.context, []).append(value)
    return by_item, by_context


# --------------------------------------------------------------------- contexts
def contexts(instrument: Instrument) -> list[Context]:
    """Every combination of the context values the instrument's conditions can tell apart.

    Keys no condition uses stay unknown. Roles are those the instrument is for; every key
    also takes "unknown" (None), which a clinician may leave.
    """
    _by_item, by_context = compared_constants(instrument)
    choices: dict[str, list[Any]] = {}
    for key, constants in by_context.items():
        kind, _allowed = CONTEXT_KINDS[key]
        values: list[Any]
        if key == "role":
            values = list(instrument.roles)
        elif key == "phase":
            values = list(PHASES)
        else:
            low, high = _CONTEXT_LIMITS[key]
            numbers = {int(c) + d for c in constants if c is not None for d in (-1, 0, 1)}
            values = sorted(n for n in numbers if low <= n <= high) or [low]
        assert kind in ("code", "integer")
        choices[key] = [*values, None]
    keys = sorted(choices)
    return [
        Context.model_validate(dict(zip(keys, combo, strict=True)))
        for combo in itertools.product(*(choices[k] for k in keys))
    ]


# ------------------------------------------------------------ candidate answers
def _ordered(values: list[Any], low: Any, high: Any, fallback: Any, step: Any) -> list[Any]:
    points: set[Any] = {v for v in (low, high) if v is not None}
    for value in values:
        if value is not None:
            points |= {value - step, value, value + step}
    inside = [p for p in points if (low is None or p >= low) and (high is None or p <= high)]
    return sorted(inside) or [fallback]


def candidate_answers(item: Item, constants: list[Any]) -> list[Any]:
    """The answers worth trying for ``item``: each option, each side of each compared value."""
    values: list[Any]
    if isinstance(item, BooleanItem):
        values = [True, False]
    elif isinstance(item, ChoiceItem):
        values = [option.code for option in item.options]
    elif isinstance(item, MultiChoiceItem):
        codes = [option.code for option in item.options]
        values = [[code] for code in codes] + ([codes] if len(codes) > 1 else [])
    elif isinstance(item, IntegerItem):
        ints = [int(c) for c in constants if isinstance(c, (int, float))]
        values = _ordered(ints, item.min, item.max, item.min if item.min is not None else 0, 1)
    elif isinstance(item, DecimalItem):
        nums = [float(c) for c in constants if isinstance(c, (int, float))]
        values = _ordered(nums, item.min, item.max, item.min if item.min is not None else 0.0, 0.5)
    elif isinstance(item, DateItem):
        dates = [c for c in constants if isinstance(c, dt.date)]
        fallback = item.min or item.max or _SAMPLE_DATE
        values = _ordered(dates, item.min, item.max, fallback, dt.timedelta(days=1))
    elif isinstance(item, (StringItem, TextItem)):
        texts = [c for c in constants if isinstance(c, str) and c.strip()]
        values = sorted(set(texts)) or ["x"]
    else:  # pragma: no cover - displays and groups are not questions
        values = []
    if not getattr(item, "required", False):
        values.append(NO_ANSWER)
    return values


# ------------------------------------------------------------------------ walk
@dataclass
class Walk:
    """Every path through one instrument, over every context that matters."""

    compiled: CompiledInstrument
    candidates: dict[str, list[Any]] = field(default_factory=dict)
    controlling: frozenset[str] = frozenset()

    @staticmethod
    def of(instrument: Instrument) -> Walk:
        by_item, _by_context = compared_constants(instrument)
        compiled = CompiledInstrument.build(instrument)
        candidates = {
            link_id: candidate_answers(item, by_item.get(link_id, []))
            for link_id, item in compiled.items.items()
            if is_question(item)
        }
        controlling = frozenset(
            c.item
            for item, _parent, _loc in walk_items(instrument.items)
            if item.enable_when is not None
            for c in comparisons(item.enable_when)
            if c.item is not None
        )
        return Walk(compiled, candidates, controlling)

    def upper_bound(self) -> int:
        """Paths per context if every question were shown: the walk's worst case."""
        total = 1
        for values in self.candidates.values():
            total *= len(values)
        return total

    def is_exhaustive(self) -> bool:
        return self.upper_bound() <= EXHAUSTIVE_LIMIT

    def _variants(self) -> int:
        if self.is_exhaustive():
            return 1
        return max((len(v) for v in self.candidates.values()), default=1)

    def _choices(self, link_id: str, variant: int) -> list[Any]:
        values = self.candidates[link_id]
        if self.is_exhaustive() or link_id in self.controlling:
            return values
        return [values[variant % len(values)]]

    def run(
        self,
        context: Context,
        on_leaf: Callable[[Session, list[Step]], None],
        on_step: Callable[[Session, list[Step], str, Any], None] | None = None,
    ) -> int:
        """Walk every path from ``context``; returns how many paths reached the end.

        ``on_step(session, prefix, link_id, value)`` is called before ``value`` is given to a
        visible question, with the answers given so far; ``on_leaf`` when no question is left.
        """
        language = self.compiled.instrument.language_codes[0]
        leaves = 0
        for variant in range(self._variants()):
            session = Session(self.compiled, language, context)
            leaves += self._visit(
                session, path=[], cursor=0, variant=variant, on_leaf=on_leaf, on_step=on_step
            )
        return leaves

    def _next_question(self, session: Session, cursor: int) -> int | None:
        order = self.compiled.order
        for position in range(cursor, len(order)):
            link_id = order[position]
            if is_question(self.compiled.items[link_id]) and session.is_visible(link_id):
                return position
        return None

    def _visit(
        self,
        session: Session,
        *,
        path: list[Step],
        cursor: int,
        variant: int,
        on_leaf: Callable[[Session, list[Step]], None],
        on_step: Callable[[Session, list[Step], str, Any], None] | None,
    ) -> int:
        position = self._next_question(session, cursor)
        if position is None:
            on_leaf(session, path)
            return 1
        link_id = self.compiled.order[position]
        leaves = 0
        for value in self._choices(link_id, variant):
            if on_step is not None:
                on_step(session, path, link_id, value)
            session.answer(link_id, value)
            path.append((link_id, value))
            leaves += self._visit(
                session,
                path=path,
                cursor=position + 1,
                variant=variant,
                on_leaf=on_leaf,
                on_step=on_step,
            )
            path.pop()
            session.clear(link_id)
        return leaves


def replay(compiled: CompiledInstrument, context: Context, steps: list[Step]) -> Session:
    """A fresh session with ``steps`` given in order (each must be accepted)."""
    session = Session(compiled, compiled.instrument.language_codes[0], context)
    for link_id, value in steps:
        session.answer(link_id, value)
    return session
