"""The answer session: one instrument, one language, one context, and the answers given so far.

Pure and deterministic: no clock, no I/O. The caller (a use case) stores each answer as it is
given; this object says what is visible, whether the session is complete, and the result.

Visibility is recomputed incrementally: an answer to item X re-evaluates only the items whose
conditions depend on X (directly or through other items), in evaluation order: each item after
everything it depends on (its group, the items its conditions and formula read). An item may
depend on a later one (real forms show a section by an age asked further on) but never on
itself (the loader refuses a cycle), so one ordered pass is exact. When every item depends only
on earlier ones, as in TrygStart's own instruments, evaluation order is document order.

Hidden items (``hidden: true``) are never shown and cannot be answered, but their values (an
initial answer, a calculated one) count; read-only and calculated items cannot be answered
either. A calculated item's value is recomputed with the items it reads (its formula may read
only earlier items, as conditions do), and is never "given": records store only what the person
answered. Questions with an ``initial`` answer start with it.

"Ønsker ikke at svare" (``DECLINED``) is a given answer: it satisfies "required" and is kept
and stored like any other, but for conditions, scores and flags the item is unanswered, so a
declined answer is never scored as no and never raises a flag. The band is given only when it
does not depend on the declined items (``domain.declined``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import heapq
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.answer_values import parse_date_time, parse_time
from screening_app.domain.answers import (
    DECLINED,
    AnswerError,
    AnswerValue,
    Declined,
    GivenAnswer,
    answer_json,
    normalise_answer,
)
from screening_app.domain.calculation import Calculator, item_value
from screening_app.domain.conditions import Comparison, Predicate, comparisons, compile_condition
from screening_app.domain.context import Context
from screening_app.domain.declined import band_despite_declined, possible_totals
from screening_app.domain.dependencies import condition_items, formula_items
from screening_app.domain.formulas import Formula
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    Flag,
    FormulaScore,
    Instrument,
    Item,
    MultiChoiceItem,
    TimeItem,
    is_question,
    walk_items,
)
from screening_app.domain.repeats import RepeatedGroups, repeat_members, repeat_owners
from screening_app.domain.result import Result, merge_actions, summarise
from screening_app.domain.scoring import find_band

# Declined answers a band's condition reads: at most this many combinations are tried.
MAX_CONDITION_ALTERNATIVES = 256

__all__ = [
    "CompiledInstrument",
    "Result",
    "Session",
    "answers_json",
    "comparison_value",
    "merge_actions",
    "summarise",
]


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
    """What a session needs, computed once per instrument: order, predicates, dependents."""

    instrument: Instrument
    order: tuple[str, ...]
    items: Mapping[str, Item]
    parent: Mapping[str, str | None]
    predicate: Mapping[str, Predicate]
    dependents: Mapping[str, tuple[str, ...]]  # item -> items to re-check, in evaluation order
    flags: tuple[tuple[Flag, Predicate], ...]
    band_conditions: Mapping[str, Predicate] = field(default_factory=dict)  # band id -> `when`
    band_condition_items: frozenset[str] = frozenset()  # the items bands' conditions read
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
        position = {link_id: index for index, link_id in enumerate(evaluation)}
        dependents = _dependents(order, direct, position)
        flags = tuple(
            (flag, compile_condition(flag.when, multi, convert, score)) for flag in instrument.flags
        )
        bands = instrument.outcome.bands if instrument.outcome is not None else []
        band_conditions = {
            band.id: compile_condition(band.when, multi, convert, score)
            for band in bands
            if band.when is not None
        }
        return CompiledInstrument(
            instrument=instrument,
            order=tuple(order),
            items=items,
            parent=parent,
            predicate=predicate,
            dependents=dependents,
            flags=flags,
            band_conditions=band_conditions,
            band_condition_items=frozenset(
                comparison.item
                for band in bands
                if band.when is not None
                for comparison in comparisons(band.when)
                if comparison.item is not None
            ),
            calculator=calculator,
            calculated=calculated,
            hidden=frozenset(hidden),
            locked=frozenset(locked),
            initial={k: v for k, v in initial.items() if v is not None},
            evaluation=evaluation,
            rank=position,
            repeat_owner=repeat_owner,
            repeat_members=repeat_members(repeat_owner),
        )


def _dependents(
    order: list[str], direct: Mapping[str, Iterable[str]], position: Mapping[str, int]
) -> dict[str, tuple[str, ...]]:
    """Each item -> every item that depends on it (directly or through others), in evaluation
    order."""
    dependents: dict[str, tuple[str, ...]] = {}
    for link_id in order:
        seen: set[str] = set()
        stack = list(direct.get(link_id, ()))
        while stack:
            current = stack.pop()
            if current not in seen and current in position:
                seen.add(current)
                stack.extend(direct.get(current, ()))
        dependents[link_id] = tuple(sorted(seen, key=position.__getitem__))
    return dependents


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


class Session:
    """Answers to one instrument in one language and context."""

    def __init__(
        self,
        instrument: Instrument | CompiledInstrument,
        language: str,
        context: Context | None = None,
    ) -> None:
        compiled = (
            instrument
            if isinstance(instrument, CompiledInstrument)
            else CompiledInstrument.build(instrument)
        )
        if language not in compiled.instrument.language_codes:
            available = ", ".join(compiled.instrument.language_codes)
            raise ValueError(f"the instrument has no language '{language}' (it has {available})")
        self._c = compiled
        self.instrument = compiled.instrument
        self.language = language
        self.context = context or Context()
        self._given: dict[str, GivenAnswer] = {}
        self._visible: dict[str, bool] = {}
        # What conditions, scores and flags see: shown items with a real answer (not DECLINED).
        self._effective: dict[str, AnswerValue] = {}
        self._given.update(
            {k: v for k, v in self._c.initial.items() if k not in self._c.repeat_owner}
        )
        self._repeats = RepeatedGroups(self._c)
        self._refresh(self._c.evaluation)

    # ---------------------------------------------------------------- visibility
    def _refresh(self, link_ids: Iterable[str]) -> None:
        predicate = self._c.predicate
        parent = self._c.parent
        visible = self._visible
        effective = self._effective
        context = self.context
        calculated = self._c.calculated
        repeated = self._c.repeat_owner
        for link_id in link_ids:
            if link_id in repeated:  # in a repeating group: every repetition
                visible[link_id], found = self._repeats.refresh(self, link_id)
                if found is None:
                    effective.pop(link_id, None)
                else:
                    effective[link_id] = found
                continue
            group = parent[link_id]
            shown = (group is None or visible[group]) and predicate[link_id](effective, context)
            visible[link_id] = shown
            if link_id in calculated:
                value = self._calculate(link_id) if shown else None
            else:
                value = self._given.get(link_id) if shown else None
            if value is None or isinstance(value, Declined):
                effective.pop(link_id, None)
            else:
                effective[link_id] = value

    def _calculate(self, link_id: str, answers: Mapping[str, Any] | None = None) -> Any:
        calculator = self._c.calculator
        assert calculator is not None
        formula = self._c.calculated[link_id]
        found = calculator.formula(
            formula, self._effective if answers is None else answers, self.context
        )
        return item_value(self._c.items[link_id], found)

    def is_visible(self, link_id: str, repeat: int | None = None) -> bool:
        """Shown now: its conditions hold and it is not a hidden item (in repetition
        ``repeat`` of its repeating group; without it, in one of them)."""
        return self.is_enabled(link_id, repeat) and link_id not in self._c.hidden

    def is_enabled(self, link_id: str, repeat: int | None = None) -> bool:
        """Its conditions hold (a hidden item too): its value counts."""
        if repeat is not None and link_id in self._c.repeat_owner:
            return self._repeats.instance_shown(link_id, repeat)
        return self._visible[link_id]

    # --------------------------------------------------------- repeating groups
    def repeat_count(self, group: str) -> int:
        """How many repetitions a repeating group has now (at least one)."""
        return self._repeats.count(group)

    def add_repeat(self, group: str) -> int:
        """A new, empty repetition of a repeating group; returns its index."""
        return self._repeats.add(self, group)

    def remove_repeat(self, group: str, index: int) -> None:
        """Remove a repetition and its answers (the last one is emptied instead)."""
        self._repeats.remove(self, group, index)

    def repeating_group(self, link_id: str) -> str | None:
        """The repeating group an item is in, or None."""
        return self._c.repeat_owner.get(link_id)

    def is_locked(self, link_id: str) -> bool:
        """It cannot be answered: calculated, read-only or hidden."""
        return link_id in self._c.locked

    def value(self, link_id: str, repeat: int | None = None) -> AnswerValue | None:
        """The value that counts now: the answer, or the calculated value (None: none). In a
        repeating group: in repetition ``repeat``, or (without it) those of all of them."""
        if repeat is not None and link_id in self._c.repeat_owner:
            return self._repeats.instance_value(link_id, repeat)
        return self._effective.get(link_id)

    def visible_items(self) -> list[Item]:
        """Every item shown now (groups, texts and questions), in document order."""
        hidden = self._c.hidden
        return [self._c.items[i] for i in self._c.order if self._visible[i] and i not in hidden]

    def visible_questions(self) -> list[Item]:
        return [item for item in self.visible_items() if is_question(item)]

    # ------------------------------------------------------------------- answers
    def answer(self, link_id: str, value: Any, repeat: int = 0) -> GivenAnswer | None:
        """Accept (or, with ``None``/empty, clear) an answer; returns its canonical form.

        ``DECLINED`` (or its JSON form) records that the person chose not to answer. An item
        in a repeating group is answered in repetition ``repeat`` (the first by default).
        """
        item = self._c.items.get(link_id)
        if item is None:
            raise AnswerError("unknown_item", link_id=link_id)
        if not is_question(item):
            raise AnswerError("not_a_question", link_id=link_id)
        if link_id in self._c.repeat_owner:
            return self._repeats.answer(self, link_id, value, repeat)
        if not self._visible[link_id] or link_id in self._c.hidden:
            raise AnswerError("hidden", link_id=link_id)
        if link_id in self._c.locked:
            raise AnswerError("read_only", link_id=link_id)
        normalised = normalise_answer(item, value)
        if normalised is None:
            self._given.pop(link_id, None)
        else:
            self._given[link_id] = normalised
        self._refresh((link_id, *self._c.dependents[link_id]))
        return normalised

    def clear(self, link_id: str) -> None:
        self.answer(link_id, None)

    def restore(self, answers: Mapping[str, Any]) -> list[tuple[str, AnswerError]]:
        """Re-apply stored answers (in evaluation order: an answer that shows an item comes
        before that item's); returns those that were refused."""
        refused: list[tuple[str, AnswerError]] = []
        for link_id in sorted(answers, key=self._position):
            if link_id in self._c.repeat_members:  # a repeating group's repetitions
                refused += self._repeats.restore(self, link_id, answers[link_id])
                continue
            try:
                self.answer(link_id, answers[link_id])
            except AnswerError as error:
                refused.append((link_id, error))
        return refused

    def _position(self, link_id: str) -> int:
        return self._c.rank.get(link_id, len(self._c.rank))

    def given(self, link_id: str, repeat: int = 0) -> GivenAnswer | None:
        """The answer given to an item, shown or not (``DECLINED`` when declined); in a
        repeating group, in repetition ``repeat``."""
        if link_id in self._c.repeat_owner:
            return self._repeats.instance_given(link_id, repeat)
        return self._given.get(link_id)

    def is_declined(self, link_id: str) -> bool:
        """The person declined to answer this item, and it is shown (in a repetition)."""
        if link_id in self._c.repeat_owner:
            return self._repeats.declined(link_id)
        return self._visible.get(link_id, False) and self._given.get(link_id) is DECLINED

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """The answers that count: real answers to items shown now (never DECLINED)."""
        return dict(self._effective)

    @property
    def declined(self) -> tuple[str, ...]:
        """The shown questions the person declined to answer, in document order."""
        return tuple(link_id for link_id in self._c.order if self.is_declined(link_id))

    def given_answers(self) -> dict[str, GivenAnswer]:
        """Every answer to a shown item, ``DECLINED`` included (what a record stores; values
        no one gave, calculated or fixed, are left out: a session computes them again)."""
        given: dict[str, GivenAnswer] = {
            link_id: value
            for link_id, value in self._given.items()
            if self._visible.get(link_id, False) and link_id not in self._c.locked
        }
        given.update(self._repeats.stored())  # a repeating group: one {linkId: answer} each
        return given

    def missing_required(self) -> list[str]:
        return [
            link_id
            for link_id in self._c.order
            if self._visible[link_id]
            and link_id not in self._c.locked
            and getattr(self._c.items[link_id], "required", False)
            and (
                self._repeats.missing(link_id)
                if link_id in self._c.repeat_owner
                else link_id not in self._effective and self._given.get(link_id) is not DECLINED
            )
        ]

    @property
    def complete(self) -> bool:
        return not self.missing_required()

    # -------------------------------------------------------------------- result
    def result(self) -> Result:
        instrument = self.instrument
        effective = self._effective
        calculator = self._c.calculator
        assert calculator is not None
        scores = calculator.scores(effective, self.context)
        missing = tuple(self.missing_required())
        declined = self.declined
        ranges: dict[str, tuple[float, float]] = {}
        for score in instrument.scores:
            if isinstance(score, FormulaScore):
                continue
            if any(link_id in score.items for link_id in declined):
                totals = possible_totals(instrument, score, effective, declined)
                ranges[score.id] = (totals.low, totals.high)
        outcome = instrument.outcome
        band = None
        undetermined = False
        outcome_declined: tuple[str, ...] = ()
        outcome_questions: tuple[str, ...] = ()
        if outcome is not None:
            # The questions that give the result: the outcome score's, and those a band's
            # condition reads (own violence decides a band of its own).
            feeding = set(instrument.score(outcome.score).items) | self._c.band_condition_items
            outcome_questions = tuple(i for i in self._c.order if i in feeding and self._visible[i])
            outcome_declined = tuple(i for i in declined if i in feeding)
        if outcome is not None and not missing:
            # No band until every required question is answered: a half-answered screen
            # with only "no" so far must not read as green.
            # The first band whose range holds the score and whose condition (if any) holds.
            # Declined answers count for nothing: the band holds only if every answer they could
            # have been gives the same band (through the score, or through a band's condition).
            alternatives = self._condition_alternatives(declined)

            def band_at(value: float) -> Band | None:
                found = [self._band(value, answers) for answers in alternatives]
                first = found[0]
                same = first is not None and all(b is not None and b.id == first.id for b in found)
                return first if same else None

            band = band_at(scores[outcome.score])
            if outcome_declined:
                totals = possible_totals(
                    instrument, instrument.outcome_score(), effective, outcome_declined
                )
                band = band_despite_declined(totals, band_at, outcome.bands)
            undetermined = band is None and (bool(outcome_declined) or len(alternatives) > 1)
        flags = tuple(flag for flag, holds in self._c.flags if holds(effective, self.context))
        actions = merge_actions(
            [*([band.actions] if band else []), *(flag.actions for flag in flags)]
        )
        return Result(
            instrument=instrument,
            language=self.language,
            scores=scores,
            band=band,
            flags=flags,
            actions=actions,
            complete=not missing,
            missing=missing,
            declined=declined,
            outcome_declined=outcome_declined,
            outcome_questions=outcome_questions,
            undetermined=undetermined,
            score_ranges=ranges,
        )

    def _band(self, value: float, answers: Mapping[str, Any] | None) -> Band | None:
        """The outcome band for a value of the outcome score, its conditions read over
        ``answers`` (the one place bands are chosen; None: undetermined)."""
        outcome = self.instrument.outcome
        assert outcome is not None
        if answers is None:
            return None
        conditions = self._c.band_conditions
        return find_band(outcome, value, lambda band: conditions[band.id](answers, self.context))

    def _condition_alternatives(self, declined: tuple[str, ...]) -> list[Mapping[str, Any] | None]:
        """The answers a band's condition may be read over: the effective answers, and, for
        each declined question a condition reads, every answer it could have had (None in the
        list when they cannot be listed: then the band is undetermined)."""
        effective = self._effective
        read = self._c.band_condition_items
        unknown = [link_id for link_id in declined if link_id in read]
        if not unknown:
            return [effective]
        choices: list[list[Any]] = []
        for link_id in unknown:
            item = self._c.items[link_id]
            if isinstance(item, BooleanItem):
                choices.append([True, False])
            elif isinstance(item, ChoiceItem):
                choices.append([option.code for option in item.options])
            else:
                return [effective, None]
        combinations: list[Mapping[str, Any] | None] = []
        for values in itertools.product(*choices):
            if len(combinations) >= MAX_CONDITION_ALTERNATIVES:
                return [effective, None]
            combinations.append({**effective, **dict(zip(unknown, values, strict=True))})
        return combinations

    def summary(self) -> str:
        """A plain-language summary of the result in the session's language."""
        return summarise(self.result())


def answers_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as JSON values (tuples as lists, dates as ISO strings, DECLINED as
    ``{"declined": true}``)."""
    return {link_id: answer_json(value) for link_id, value in answers.items()}
