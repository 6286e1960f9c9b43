"""What a session needs of an instrument, worked out once: the items in document and in
evaluation order, each item's compiled condition, what reads what, calculated items and locked
ones, repeating groups, and the tally's plan (``domain.tally``).

Evaluation order puts every item after everything it depends on (its group, the items its
conditions and formula read): an item may depend on a later one (real forms show a section by
an age asked further on) but never on itself (the loader refuses a cycle). When every item
depends only on earlier ones, as in TrygStart's own instruments, it is document order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.answer_values import parse_date_time, parse_time
from screening_app.domain.answers import AnswerError, normalise_answer
from screening_app.domain.calculation import Calculator
from screening_app.domain.conditions import Comparison, Predicate, comparisons, compile_condition
from screening_app.domain.context import Context
from screening_app.domain.dependencies import condition_items, formula_items
from screening_app.domain.formulas import Formula
from screening_app.domain.instrument import (
    DateItem,
    DateTimeItem,
    Flag,
    Instrument,
    Item,
    MultiChoiceItem,
    TimeItem,
    walk_items,
)
from screening_app.domain.repeats import repeat_members, repeat_owners
from screening_app.domain.tally import TallyPlan


def _always(_answers: Mapping[str, Any], _context: Context) -> bool:
    return True


def comparison_value(instrument: Instrument, comparison: Comparison) -> Any:
    """The value a comparison compares with, in the item's answer type (ISO text -> date,
    time, date and time)."""
    if comparison.item is not None and isinstance(comparison.value, str):
        item = instrument.items_by_id.get(comparison.item)
        if isinstance(item, DateTimeItem):
            return parse_date_time(comparison.value) or comparison.value
        if isinstance(item, TimeItem):
            return parse_time(comparison.value) or comparison.value
        if isinstance(item, DateItem):
            try:
                return dt.date.fromisoformat(comparison.value)
            except ValueError:
                return comparison.value
    return comparison.value


@dataclass(frozen=True)
class CompiledInstrument:
    """What a session needs, computed once per instrument: order, predicates, what reads what."""

    instrument: Instrument
    order: tuple[str, ...]
    items: Mapping[str, Item]
    parent: Mapping[str, str | None]
    predicate: Mapping[str, Predicate]
    # item -> the items to re-check when its state changes (those whose conditions or formula
    # read it, and a group's own items), in evaluation order: not the whole chain beyond them
    direct: Mapping[str, tuple[str, ...]]
    position: Mapping[str, int]  # item -> its place in document order
    flags: tuple[tuple[Flag, Predicate], ...]
    tally: TallyPlan
    band_conditions: Mapping[str, Predicate] = field(default_factory=dict)  # band id -> `when`
    band_condition_items: frozenset[str] = frozenset()  # the items bands' conditions read
    # band id -> its place among the bands with a condition (file order)
    band_places: Mapping[str, int] = field(default_factory=dict)
    calculator: Calculator | None = None
    calculated: Mapping[str, Formula] = field(default_factory=dict)  # linkId -> formula
    hidden: frozenset[str] = frozenset()  # never shown (hidden, or in a hidden group)
    locked: frozenset[str] = frozenset()  # cannot be answered: read-only or calculated
    initial: Mapping[str, Any] = field(default_factory=dict)  # linkId -> initial answer
    # Every item after what it depends on (document order when nothing depends on later items).
    evaluation: tuple[str, ...] = ()
    rank: Mapping[str, int] = field(default_factory=dict)  # linkId -> place in `evaluation`
    # Repeating groups: item -> the repeating group it is in; group -> its items.
    repeat_owner: Mapping[str, str] = field(default_factory=dict)
    repeat_members: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @staticmethod
    def build(instrument: Instrument) -> CompiledInstrument:
        multi = frozenset(
            item.link_id
            for item, _parent, _loc in walk_items(instrument.items)
            if isinstance(item, MultiChoiceItem)
        )

        def convert(comparison: Comparison) -> Any:
            return comparison_value(instrument, comparison)

        calculator = Calculator(instrument, multi, convert)

        score = calculator.score

        order: list[str] = []
        repeat_owner = repeat_owners(instrument)
        calculated: dict[str, Formula] = {}
        hidden: set[str] = set()
        locked: set[str] = set()
        initial: dict[str, Any] = {}
        items: dict[str, Item] = {}
        parent: dict[str, str | None] = {}
        predicate: dict[str, Predicate] = {}
        direct: dict[str, set[str]] = {}
        for item, group, _loc in walk_items(instrument.items):
            link_id = item.link_id
            order.append(link_id)
            items[link_id] = item
            parent[link_id] = group.link_id if group else None
            if group is not None:
                direct.setdefault(group.link_id, set()).add(link_id)
            if item.hidden or (group is not None and group.link_id in hidden):
                hidden.add(link_id)
            if item.enable_when is None:
                predicate[link_id] = _always
            else:
                predicate[link_id] = compile_condition(item.enable_when, multi, convert, score)
                for read in condition_items(instrument, item.enable_when):
                    direct.setdefault(read, set()).add(link_id)
            formula = getattr(item, "calculated", None)
            if formula is not None:
                calculated[link_id] = formula
                for read in formula_items(instrument, formula):
                    direct.setdefault(read, set()).add(link_id)
            if formula is not None or getattr(item, "read_only", False) or link_id in hidden:
                locked.add(link_id)
            start = getattr(item, "initial", None)
            if start is not None and formula is None:
                with contextlib.suppress(AnswerError):  # the loader refuses it
                    initial[link_id] = normalise_answer(item, start)
        evaluation = evaluation_order(order, direct)
        rank = {link_id: index for index, link_id in enumerate(evaluation)}
        position = {link_id: index for index, link_id in enumerate(order)}
        flags = tuple(
            (flag, compile_condition(flag.when, multi, convert, score)) for flag in instrument.flags
        )
        bands = instrument.outcome.bands if instrument.outcome is not None else []
        band_conditions = {
            band.id: compile_condition(band.when, multi, convert, score)
            for band in bands
            if band.when is not None
        }
        band_items = frozenset(
            comparison.item
            for band in bands
            if band.when is not None
            for comparison in comparisons(band.when)
            if comparison.item is not None
        )
        # what a band's condition reads, through the scores it compares too
        band_reads = frozenset(
            read
            for band in bands
            if band.when is not None
            for read in condition_items(instrument, band.when)
        )
        frozen_locked = frozenset(locked)
        return CompiledInstrument(
            instrument=instrument,
            order=tuple(order),
            items=items,
            parent=parent,
            predicate=predicate,
            direct={
                link_id: tuple(sorted(found, key=rank.__getitem__))
                for link_id, found in direct.items()
                if link_id in rank
            },
            position=position,
            flags=flags,
            tally=TallyPlan.build(
                instrument,
                tuple(order),
                position,
                flags,
                band_items,
                band_reads=band_reads | band_items,
                locked=frozen_locked,
            ),
            band_conditions=band_conditions,
            band_condition_items=band_items,
            band_places={
                band.id: place for place, band in enumerate(b for b in bands if b.when is not None)
            },
            calculator=calculator,
            calculated=calculated,
            hidden=frozenset(hidden),
            locked=frozen_locked,
            initial={k: v for k, v in initial.items() if v is not None},
            evaluation=evaluation,
            rank=rank,
            repeat_owner=repeat_owner,
            repeat_members=repeat_members(repeat_owner),
        )


def evaluation_order(order: list[str], direct: Mapping[str, Iterable[str]]) -> tuple[str, ...]:
    """Items so that each comes after those it depends on (``direct``: item -> its dependents),
    the earliest in the document first among those that are ready: document order when nothing
    depends on a later item. Items in a cycle (refused by the loader) keep document order."""
    place = {link_id: index for index, link_id in enumerate(order)}
    waiting = dict.fromkeys(order, 0)
    for source in order:
        for target in set(direct.get(source, ())):
            if target in waiting and target != source:
                waiting[target] += 1
    ready = [place[link_id] for link_id, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    out: list[str] = []
    while ready:
        link_id = order[heapq.heappop(ready)]
        out.append(link_id)
        for target in set(direct.get(link_id, ())):
            if target in waiting and target != link_id:
                waiting[target] -= 1
                if waiting[target] == 0:
                    heapq.heappush(ready, place[target])
    if len(out) < len(order):
        done = set(out)
        out += [link_id for link_id in order if link_id not in done]
    return tuple(out)
