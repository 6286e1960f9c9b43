"""Find items that no sequence of answers can ever show.

First a few passes over the whole instrument, each answering every question shown with one of
its representative values (and one context), in evaluation order (each item after what it
reads): every item such a pass shows is reachable, proven by that very sequence of answers, in
one pass over the items (most items of a long instrument are settled here, so the cost stays
linear). For each item left, search the answers to the items it depends on (and the context
values they use) for one combination that shows it. The search tries one representative value
per region the conditions distinguish (each compared constant, just above and just below it,
every option, unanswered), walking items in evaluation order and branching only on items that
are shown, so it is exact for the condition language and small in practice. A search that grows
past a budget gives the item the benefit of the doubt, and so does an item whose visibility
depends on a computed value (a condition on a score, a calculated item): the search does not
enumerate what formulas can give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from itertools import combinations, pairwise
from typing import Any

from screening_app.domain.answer_values import Quantity
from screening_app.domain.base import Loc
from screening_app.domain.conditions import AllOf, Comparison, Condition
from screening_app.domain.context import CONTEXT_KINDS, Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    DecimalItem,
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

_BUDGET = 20_000  # leaves searched per item before giving up (and assuming reachable)
# Leaves searched for the whole instrument (about 0.4 s here): past it, the remaining items are
# given the benefit of the doubt, so a hostile file cannot make loading slow.
_TOTAL_BUDGET = 200_000
_MAX_MULTI_SUBSETS = 256
_PASSES = 8  # passes over the whole instrument, each with other representative answers


def _comparisons(condition: Condition) -> Iterator[Comparison]:
    if isinstance(condition, Comparison):
        yield condition
        return
    for part in condition.all if isinstance(condition, AllOf) else condition.any:
        yield from _comparisons(part)


def _constants(instrument: Instrument) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Values each item / context key is compared with, from every enableWhen."""
    from screening_app.domain.session import comparison_value

    by_item: dict[str, list[Any]] = {}
    by_context: dict[str, list[Any]] = {}
    for item, _parent, _loc in walk_items(instrument.items):
        if item.enable_when is None:
            continue
        for comparison in _comparisons(item.enable_when):
            if comparison.op == "exists":
                continue
            value = comparison_value(instrument, comparison)
            if comparison.item is not None:
                by_item.setdefault(comparison.item, []).append(value)
            elif comparison.context is not None:
                by_context.setdefault(comparison.context, []).append(value)
    return by_item, by_context


def _ordered_candidates(constants: list[Any], kind: str) -> list[Any]:
    """Representatives for ordered values compared with ``constants``."""
    if kind == "integer":
        ints = [c for c in constants if isinstance(c, (int, float)) and not isinstance(c, bool)]
        base = {int(c) for c in ints} | {int(c) + 1 for c in ints} | {int(c) - 1 for c in ints}
        return sorted(base) or [0]
    if kind == "decimal":
        nums = sorted({float(c) for c in constants if isinstance(c, (int, float))})
        reps = set(nums) | {n - 1 for n in nums} | {n + 1 for n in nums}
        reps |= {(a + b) / 2 for a, b in pairwise(nums)}
        return sorted(reps) or [0.0]
    if kind == "date":
        dates = [c for c in constants if isinstance(c, dt.date)]
        one = dt.timedelta(days=1)
        reps_d = set(dates) | {d + one for d in dates} | {d - one for d in dates}
        return sorted(reps_d) or [dt.date(2000, 1, 1)]
    texts = [c for c in constants if isinstance(c, str)]
    reps_s = set(texts) | {t + "~" for t in texts} | {t[:-1] for t in texts if len(t) > 1}
    reps_s.add("a")
    return sorted(reps_s)


def _item_candidates(item: Item, constants: list[Any]) -> list[Any]:
    if isinstance(item, BooleanItem):
        return [True, False]
    if isinstance(item, ChoiceItem):
        return [o.code for o in item.options]
    if isinstance(item, MultiChoiceItem):
        mentioned = [o.code for o in item.options if o.code in constants]
        others = [o.code for o in item.options if o.code not in constants]
        subsets: list[tuple[str, ...]] = []
        for size in range(1, len(mentioned) + 1):
            subsets.extend(combinations(mentioned, size))
            if len(subsets) > _MAX_MULTI_SUBSETS:
                break
        if others:
            subsets.append((others[0],))
        return subsets[:_MAX_MULTI_SUBSETS] or [(item.options[0].code,)]
    if isinstance(item, IntegerItem):
        values = _ordered_candidates(constants, "integer")
        return _within(values, item.min, item.max)
    if isinstance(item, DecimalItem):
        return _within(_ordered_candidates(constants, "decimal"), item.min, item.max)
    if isinstance(item, DateItem):
        return _within(_ordered_candidates(constants, "date"), item.min, item.max)
    if isinstance(item, (StringItem, TextItem)):
        return [t for t in _ordered_candidates(constants, "text") if t.strip()]
    if isinstance(item, TimeItem):
        times = sorted({c for c in constants if isinstance(c, dt.time)})
        return [*times, dt.time(0, 0), dt.time(12, 0), dt.time(23, 59)]
    if isinstance(item, DateTimeItem):
        moments = sorted({c for c in constants if isinstance(c, dt.datetime)})
        minute = dt.timedelta(minutes=1)
        around = [m + minute for m in moments] + [m - minute for m in moments]
        return [*moments, *around, dt.datetime(2000, 1, 1, tzinfo=dt.UTC)]
    if isinstance(item, QuantityItem):
        unit = item.units[0].code
        numbers = _ordered_candidates(constants, "decimal")
        return [Quantity(value, unit) for value in _within(numbers, item.min, item.max)]
    return []


def _within(values: list[Any], low: Any, high: Any) -> list[Any]:
    kept = [v for v in values if (low is None or v >= low) and (high is None or v <= high)]
    kept += [bound for bound in (low, high) if bound is not None and bound not in kept]
    return kept


def _context_candidates(key: str, constants: list[Any], roles: Sequence[str]) -> list[Any]:
    kind, allowed = CONTEXT_KINDS[key]
    if key == "role":
        return [*roles, None]
    if kind == "code":
        return [*allowed, None]
    return [*_ordered_candidates(constants, "integer"), None]


def unreachable_items(instrument: Instrument) -> list[tuple[str, Loc]]:
    """``(linkId, location)`` of every item that no answers and context can show."""
    from screening_app.domain.session import CompiledInstrument

    compiled = CompiledInstrument.build(instrument)
    by_item, by_context = _constants(instrument)
    position = dict(compiled.rank)  # evaluation order: what an item reads comes before it
    locs = {item.link_id: loc for item, _parent, loc in walk_items(instrument.items)}

    direct: dict[str, set[str]] = {}
    context_keys: dict[str, set[str]] = {}
    computed: set[str] = set(compiled.calculated)  # visibility a formula decides
    for link_id, item in compiled.items.items():
        refs: set[str] = set()
        used_keys: set[str] = set()
        if item.enable_when is not None:
            for comparison in _comparisons(item.enable_when):
                if comparison.item is not None:
                    refs.add(comparison.item)
                elif comparison.context is not None:
                    used_keys.add(comparison.context)
                elif comparison.score is not None:
                    computed.add(link_id)
        group = compiled.parent[link_id]
        if group is not None:
            refs.add(group)
        direct[link_id] = refs
        context_keys[link_id] = used_keys

    roles: list[str] = list(instrument.roles)
    options = {
        link_id: _item_candidates(item, by_item.get(link_id, []))
        for link_id, item in compiled.items.items()
        if is_question(item)
    }
    shown = _shown_by_passes(compiled, options, by_context, roles)
    unreachable: list[tuple[str, Loc]] = []
    spent = 0
    for target in compiled.order:
        if spent > _TOTAL_BUDGET:
            break
        if target in shown:
            continue
        cone: set[str] = set()
        stack = [target]
        while stack:
            current = stack.pop()
            if current in cone:
                continue
            cone.add(current)
            stack.extend(r for r in direct.get(current, ()) if r in compiled.items)
        if all(compiled.items[i].enable_when is None for i in cone) or cone & computed:
            continue
        keys: list[str] = sorted({k for i in cone for k in context_keys[i]})
        ordered = sorted(cone, key=position.__getitem__)
        found, leaves = _search(
            compiled,
            ordered=ordered,
            target=target,
            keys=keys,
            options=options,
            by_context=by_context,
            roles=roles,
        )
        spent += leaves
        if not found:
            unreachable.append((target, locs[target]))
    return unreachable


def _shown_by_passes(
    compiled: Any,
    options: dict[str, list[Any]],
    by_context: dict[str, list[Any]],
    roles: list[str],
) -> set[str]:
    """The items some pass shows: pass ``n`` takes the n-th representative of every context
    key and of every question it shows (round the list; unanswered too where allowed)."""
    keys = sorted(by_context)
    key_options = [_context_candidates(key, by_context[key], roles) for key in keys]
    answer_options = {
        link_id: [*values, *([] if getattr(compiled.items[link_id], "required", False) else [None])]
        for link_id, values in options.items()
    }
    widest = max((len(v) for v in [*answer_options.values(), *key_options]), default=1)
    shown: set[str] = set()
    for number in range(min(widest, _PASSES)):
        values = {
            key: choices[number % len(choices)]
            for key, choices in zip(keys, key_options, strict=True)
            if choices[number % len(choices)] is not None
        }
        try:
            context = Context.model_validate(values) if values else Context()
        except ValueError:
            continue
        visible: dict[str, bool] = {}
        answers: dict[str, Any] = {}
        for link_id in compiled.evaluation:
            group = compiled.parent[link_id]
            if not (group is None or visible[group]) or not compiled.predicate[link_id](
                answers, context
            ):
                visible[link_id] = False
                continue
            visible[link_id] = True
            shown.add(link_id)
            choices = answer_options.get(link_id)
            if choices:
                value = choices[number % len(choices)]
                if value is not None:
                    answers[link_id] = value
    return shown


def _search(
    compiled: Any,
    *,
    ordered: list[str],
    target: str,
    keys: list[str],
    options: dict[str, list[Any]],
    by_context: dict[str, list[Any]],
    roles: list[str],
) -> tuple[bool, int]:
    """Is there a context and answers that show ``target``? (True when the budget runs out.)
    Also returns how many leaves the search took."""
    leaves = 0
    context_options = [_context_candidates(k, by_context.get(k, []), roles) for k in keys]
    item_options = options

    def walk_context(index: int, values: dict[str, Any]) -> bool:
        if index == len(keys):
            context = Context.model_validate(values) if values else Context()
            return walk_items_from(0, context, {}, {})
        for value in context_options[index]:
            if value is not None:
                values[keys[index]] = value
            elif keys[index] in values:
                del values[keys[index]]
            if walk_context(index + 1, values):
                return True
        return False

    def walk_items_from(
        index: int, context: Context, visible: dict[str, bool], answers: dict[str, Any]
    ) -> bool:
        nonlocal leaves
        if index == len(ordered):
            leaves += 1
            return visible[target] or leaves > _BUDGET
        link_id = ordered[index]
        group = compiled.parent[link_id]
        shown = (group is None or visible.get(group, True)) and compiled.predicate[link_id](
            answers, context
        )
        visible[link_id] = shown
        if link_id == target and not shown:
            leaves += 1
            return leaves > _BUDGET
        item = compiled.items[link_id]
        if not shown or not is_question(item) or link_id == target:
            return walk_items_from(index + 1, context, visible, answers)
        choices: list[Any] = list(item_options[link_id])
        if not getattr(item, "required", False):
            choices.append(None)
        for value in choices:
            if value is None:
                answers.pop(link_id, None)
            else:
                answers[link_id] = value
            if walk_items_from(index + 1, context, visible, answers):
                return True
            if leaves > _BUDGET:
                return True
        answers.pop(link_id, None)
        return False

    return walk_context(0, {}), leaves
