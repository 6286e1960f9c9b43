"""What a session's result is made of, kept up to date answer by answer.

``Session`` tells the tally each time a question's state changes (shown or not, its answer or
its calculated value; for an item in a repeating group, what all its repetitions add up to);
the tally keeps each sum and count score's total, the required questions still without an
answer, the declined ones, the shown questions that give the result, what the declined answers
of each score could have added, and which flags and formula scores must be read again (those
whose items changed: a formula score reads the sums and counts from the running totals).
``Session.result`` then costs what changed since the last result, never a pass over every item,
so the work of one answer does not grow with the instrument or with the answers already given
(tests count it).

Totals are exact: every weight is a whole number over one common denominator (a power of two,
as floats are), so a total never drifts however often answers change, and equals the sum
computed from scratch (``scoring.compute_score`` rounds the exact sum too).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.answers import DECLINED, GivenAnswer
from screening_app.domain.conditions import Predicate
from screening_app.domain.context import Context
from screening_app.domain.declined import declined_contributions
from screening_app.domain.dependencies import condition_items, formula_items
from screening_app.domain.instrument import (
    ChoiceItem,
    CountScore,
    Flag,
    FormulaScore,
    Instrument,
    MultiChoiceItem,
    SumScore,
)
from screening_app.domain.sums import Reach, decimal_scale, round_total


@dataclass(frozen=True)
class ScoreTerm:
    """One item's part in one score: a sum's weights (scaled to whole numbers), or the value
    a count counts."""

    slot: int
    weights: Mapping[str, int] | None
    counted: Any = None


@dataclass(frozen=True)
class TallyPlan:
    """What the tally needs, worked out once per instrument."""

    instrument: Instrument
    order: tuple[str, ...]
    position: Mapping[str, int]
    scores: tuple[SumScore | CountScore, ...]  # the sums and counts, each in its slot
    denominator: int  # the sums' weights are whole numbers over this
    terms: Mapping[str, tuple[ScoreTerm, ...]]  # item -> the scores it feeds
    required: frozenset[str]  # required questions that can be answered (not locked)
    feeding: frozenset[str]  # the questions that give the result
    band_items: frozenset[str]  # the items a band's condition reads (through scores too)
    flags: tuple[tuple[Flag, Predicate], ...]
    flag_readers: Mapping[str, tuple[int, ...]]  # item -> the flags whose condition reads it
    formulas: tuple[FormulaScore, ...] = ()
    formula_readers: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    every_score: tuple[str, ...] = ()  # every score's id, in file order
    # (score slot, item) -> what a declined answer could have added (filled as needed)
    declined_terms: dict[tuple[int, str], frozenset[float]] = field(default_factory=dict)

    @staticmethod
    def build(
        instrument: Instrument,
        order: tuple[str, ...],
        position: Mapping[str, int],
        flags: tuple[tuple[Flag, Predicate], ...],
        band_items: frozenset[str],
        *,
        band_reads: frozenset[str] | None = None,
        locked: frozenset[str] = frozenset(),
    ) -> TallyPlan:
        """``band_items``: the items bands' conditions compare (they give the result);
        ``band_reads``: every item they read, through scores too (default: the same);
        ``locked``: the items that cannot be answered (never missing)."""
        scores = tuple(s for s in instrument.scores if isinstance(s, (SumScore, CountScore)))
        formulas = tuple(s for s in instrument.scores if isinstance(s, FormulaScore))
        denominator = 1
        for score in scores:
            if isinstance(score, SumScore):
                for link_id in score.items:
                    item = instrument.items_by_id.get(link_id)
                    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
                        for option in item.options:
                            denominator = max(denominator, option.weight.as_integer_ratio()[1])
        terms: dict[str, list[ScoreTerm]] = {}
        for slot, score in enumerate(scores):
            for link_id in dict.fromkeys(score.items):
                if isinstance(score, CountScore):
                    terms.setdefault(link_id, []).append(ScoreTerm(slot, None, score.value))
                    continue
                item = instrument.items_by_id.get(link_id)
                if isinstance(item, (ChoiceItem, MultiChoiceItem)):
                    weights = {o.code: _scaled(o.weight, denominator) for o in item.options}
                    terms.setdefault(link_id, []).append(ScoreTerm(slot, weights))
        outcome = instrument.outcome
        feeding: frozenset[str] = frozenset()
        if outcome is not None:
            outcome_items = next((s.items for s in instrument.scores if s.id == outcome.score), [])
            feeding = frozenset(outcome_items) | band_items
        readers: dict[str, list[int]] = {}
        for index, (flag, _holds) in enumerate(flags):
            for read in sorted(condition_items(instrument, flag.when)):
                readers.setdefault(read, []).append(index)
        formula_readers: dict[str, list[int]] = {}
        for index, formula in enumerate(formulas):
            for read in sorted(formula_items(instrument, formula.formula)):
                formula_readers.setdefault(read, []).append(index)
        return TallyPlan(
            instrument=instrument,
            order=order,
            position=position,
            scores=scores,
            denominator=denominator,
            terms={link_id: tuple(found) for link_id, found in terms.items()},
            required=frozenset(
                link_id
                for link_id, item in instrument.items_by_id.items()
                if getattr(item, "required", False) and link_id not in locked
            ),
            feeding=feeding,
            band_items=band_items if band_reads is None else band_reads,
            flags=flags,
            flag_readers={link_id: tuple(found) for link_id, found in readers.items()},
            formulas=formulas,
            formula_readers={link: tuple(found) for link, found in formula_readers.items()},
            every_score=tuple(score.id for score in instrument.scores),
        )

    def slot(self, score_id: str) -> int:
        """The slot of a sum or count score."""
        return next(slot for slot, score in enumerate(self.scores) if score.id == score_id)

    def declined_term(self, slot: int, link_id: str) -> frozenset[float]:
        key = (slot, link_id)
        found = self.declined_terms.get(key)
        if found is None:
            found = declined_contributions(self.instrument, self.scores[slot], link_id)
            self.declined_terms[key] = found
        return found


def _scaled(weight: float, denominator: int) -> int:
    numerator, own = weight.as_integer_ratio()
    return numerator * (denominator // own)


class Positions:
    """Some of the instrument's items, kept in document order (binary search, no sorting)."""

    def __init__(self, order: Sequence[str]) -> None:
        self._order = order
        self._at: list[int] = []
        self._ids: tuple[str, ...] | None = ()

    def add(self, position: int) -> None:
        index = bisect_left(self._at, position)
        if index == len(self._at) or self._at[index] != position:
            self._at.insert(index, position)
            self._ids = None

    def discard(self, position: int) -> None:
        index = bisect_left(self._at, position)
        if index < len(self._at) and self._at[index] == position:
            del self._at[index]
            self._ids = None

    def set(self, position: int, member: bool) -> None:
        if member:
            self.add(position)
        else:
            self.discard(position)

    def ids(self) -> tuple[str, ...]:
        if self._ids is None:
            self._ids = tuple(map(self._order.__getitem__, self._at))
        return self._ids

    def __len__(self) -> int:
        return len(self._at)


_NOTHING: tuple[bool, Any, bool, bool] = (False, None, False, False)


class RunningTotals(Mapping[str, float]):
    """The sum and count scores' values as the tally has them now, each read when asked for
    (a condition or formula that compares a score reads it here instead of adding up every
    answer of the score again)."""

    def __init__(self, tally: Tally, slots: Mapping[str, int]) -> None:
        self._tally = tally
        self._slots = slots

    def __getitem__(self, score_id: str) -> float:
        return self._tally.total(self._slots[score_id])

    def __contains__(self, score_id: object) -> bool:
        return score_id in self._slots

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)


class TalliedAnswers(dict[str, Any]):
    """A session's answers that count, with the running totals that go with them
    (``totals``): ``calculation.Calculator`` reads a sum or count score there when it is
    given these answers, and adds it up from the answers given any other mapping (one
    repetition's view, the answers a declined question could have had, a copy)."""

    __slots__ = ("totals",)

    def __init__(self, totals: Mapping[str, float]) -> None:
        super().__init__()
        self.totals = totals


class Tally:
    """The parts of one session's result, updated as questions change state."""

    def __init__(self, plan: TallyPlan) -> None:
        self._plan = plan
        self._totals = [0] * len(plan.scores)
        self._parts: dict[tuple[int, str], int] = {}  # (score slot, item) -> what it adds now
        self._state: dict[str, tuple[bool, Any, bool, bool]] = {}
        self._missing = Positions(plan.order)
        self._declined = Positions(plan.order)
        self._outcome_declined = Positions(plan.order)
        self._outcome_shown = Positions(plan.order)
        self._declined_in: list[dict[str, None]] = [{} for _ in plan.scores]
        self._added: list[Reach | None] = [None for _ in plan.scores]
        self._raised = [False] * len(plan.flags)
        self._stale_flags: set[int] = set(range(len(plan.flags)))
        self._formula_values: list[float | None] = [None] * len(plan.formulas)
        self._stale_formulas: set[int] = set(range(len(plan.formulas)))
        self.running = RunningTotals(
            self, {score.id: slot for slot, score in enumerate(plan.scores)}
        )
        self.version = 0  # changes whenever anything in the result may have changed
        self.band_version = 0  # changes when an item a band's condition reads changes

    # ------------------------------------------------------------------ changes
    def update(self, link_id: str, shown: bool, given: GivenAnswer | None) -> None:
        """A question is now ``shown`` (or not) with ``given`` as its answer (or None; a
        calculated item's value is its answer)."""
        declined = given is DECLINED
        self.set_state(
            link_id,
            shown,
            given if shown and given is not None and not declined else None,
            missing=shown and given is None,
            declined=shown and declined,
        )

    def set_state(
        self, link_id: str, shown: bool, effective: Any, *, missing: bool, declined: bool
    ) -> None:
        """An item is now ``shown`` (or not), with ``effective`` as the value that counts
        (None: none), unanswered where it must be (``missing``, for a required question) or
        ``declined`` (an item in a repeating group: in one of its repetitions)."""
        plan = self._plan
        old_shown, old_effective, old_missing, old_declined = self._state.get(link_id, _NOTHING)
        same_value = old_effective == effective and type(old_effective) is type(effective)
        if (old_shown, old_missing, old_declined) == (shown, missing, declined) and same_value:
            return
        self._state[link_id] = (shown, effective, missing, declined)
        self.version += 1
        position = plan.position[link_id]
        if not same_value:
            for term in plan.terms.get(link_id, ()):
                self._add(term, link_id, effective)
            self._stale_flags.update(plan.flag_readers.get(link_id, ()))
            self._stale_formulas.update(plan.formula_readers.get(link_id, ()))
            if link_id in plan.band_items:
                self.band_version += 1
        if link_id in plan.required:
            self._missing.set(position, missing)
        if declined != old_declined:
            self._declined.set(position, declined)
            if link_id in plan.feeding:
                self._outcome_declined.set(position, declined)
            if link_id in plan.band_items:
                self.band_version += 1
            for term in plan.terms.get(link_id, ()):
                self._declined_changed(term.slot, link_id, declined)
        if shown != old_shown and link_id in plan.feeding:
            self._outcome_shown.set(position, shown)

    def _add(self, term: ScoreTerm, link_id: str, value: Any) -> None:
        key = (term.slot, link_id)
        if value is None:
            part = 0
        elif term.weights is None:
            counted = term.counted
            part = int(counted in value) if isinstance(value, tuple) else int(value == counted)
        else:
            # a multi-choice, or every repetition's; free text in an open choice weighs nothing
            weights = term.weights
            codes = value if isinstance(value, tuple) else (value,)
            part = sum(weights.get(code, 0) for code in codes if isinstance(code, str))
        before = self._parts.pop(key, 0)
        if part:
            self._parts[key] = part
        self._totals[term.slot] += part - before

    def _declined_changed(self, slot: int, link_id: str, declined: bool) -> None:
        members = self._declined_in[slot]
        added = self._added[slot]
        if declined:
            members[link_id] = None
            term = self._plan.declined_term(slot, link_id)
            if added is not None and added.fits(term):
                added.add(term)
            else:
                self._added[slot] = None
        else:
            members.pop(link_id, None)
            self._added[slot] = None  # worked out again when next asked for

    # ------------------------------------------------------------------ reading
    def total(self, slot: int) -> float:
        """One sum or count score's value now."""
        total = self._totals[slot]
        if isinstance(self._plan.scores[slot], SumScore):
            return round_total(total / self._plan.denominator)
        return float(total)

    def totals(self) -> dict[str, float]:
        """Each sum and count score's value."""
        return {score.id: self.total(slot) for slot, score in enumerate(self._plan.scores)}

    def scores(
        self, formula: Callable[[FormulaScore, Mapping[str, float]], float | None]
    ) -> dict[str, float]:
        """Every score that has a value, in file order: sums and counts from the running
        totals, formula scores from ``formula(score, totals)`` (read again only when an item
        they read has changed; one without a value is left out)."""
        plan = self._plan
        totals = self.totals()
        for index in sorted(self._stale_formulas):
            self._formula_values[index] = formula(plan.formulas[index], totals)
        self._stale_formulas.clear()
        if not plan.formulas:
            return totals
        values: dict[str, float | None] = dict(totals)
        for index, score in enumerate(plan.formulas):
            values[score.id] = self._formula_values[index]
        out: dict[str, float] = {}
        for score_id in plan.every_score:
            value = values.get(score_id)
            if value is not None:
                out[score_id] = value
        return out

    def missing(self) -> tuple[str, ...]:
        """The shown required questions without an answer, in document order."""
        return self._missing.ids()

    def missing_count(self) -> int:
        return len(self._missing)

    def declined(self) -> tuple[str, ...]:
        """The shown questions declined, in document order."""
        return self._declined.ids()

    def outcome_declined(self) -> tuple[str, ...]:
        return self._outcome_declined.ids()

    def outcome_questions(self) -> tuple[str, ...]:
        """The shown questions that give the result, in document order."""
        return self._outcome_shown.ids()

    def declined_slots(self) -> list[int]:
        """The scores a shown declined question feeds."""
        return [slot for slot, members in enumerate(self._declined_in) if members]

    def added(self, slot: int) -> Reach:
        """What the declined answers to the score could have added, together."""
        found = self._added[slot]
        if found is None:
            terms = [self._plan.declined_term(slot, link_id) for link_id in self._declined_in[slot]]
            found = Reach(decimal_scale(value for term in terms for value in term))
            for term in terms:
                found.add(term)
            self._added[slot] = found
        return found

    def flags(self, answers: Mapping[str, Any], context: Context) -> tuple[Flag, ...]:
        """The raised flags, in file order (only those whose items changed are read again)."""
        plan = self._plan
        for index in self._stale_flags:
            self._raised[index] = plan.flags[index][1](answers, context)
        self._stale_flags.clear()
        raised = zip(plan.flags, self._raised, strict=True)
        return tuple(flag for (flag, _holds), up in raised if up)
