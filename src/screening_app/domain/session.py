"""The answer session: one instrument, one language, one context, and the answers given so far.

Pure and deterministic: no clock, no I/O. The caller (a use case) stores each answer as it is
given; this object says what is visible, whether the session is complete, and the result.

Visibility is recomputed incrementally: an answer to item X re-evaluates the items whose
conditions read X, and from there only the items that read (or sit in) an item whose state
changed, in document order. Items may only depend on earlier items (the loader enforces it), so
one ordered pass is exact. The result is kept up to date the same way (``domain.tally``): the
work of one answer does not grow with the instrument, nor with the answers given.

"Ønsker ikke at svare" (``DECLINED``) is a given answer: it satisfies "required" and is kept
and stored like any other, but for conditions, scores and flags the item is unanswered, so a
declined answer is never scored as no and never raises a flag. The band is given only when it
does not depend on the declined items (``domain.declined``).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.answers import (
    DECLINED,
    AnswerError,
    AnswerValue,
    Declined,
    GivenAnswer,
    answer_json,
    normalise_answer,
)
from screening_app.domain.conditions import Comparison, Predicate, comparisons, compile_condition
from screening_app.domain.context import Context
from screening_app.domain.declined import PossibleTotals, band_despite_declined
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    DateItem,
    Flag,
    Instrument,
    Item,
    MultiChoiceItem,
    is_question,
    walk_items,
)
from screening_app.domain.result import Result, merge_actions, summarise
from screening_app.domain.scoring import find_band
from screening_app.domain.tally import Tally, TallyPlan

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
    """The value a comparison compares with, in the item's answer type (ISO text -> date)."""
    if comparison.item is not None and isinstance(comparison.value, str):
        item = instrument.items_by_id.get(comparison.item)
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
    # item -> the items to re-check when its state changes (those whose conditions read it,
    # and a group's own items), in document order: not the whole chain beyond them
    direct: Mapping[str, tuple[str, ...]]
    position: Mapping[str, int]  # item -> its place in document order
    flags: tuple[tuple[Flag, Predicate], ...]
    tally: TallyPlan
    band_conditions: Mapping[str, Predicate] = field(default_factory=dict)  # band id -> `when`
    band_condition_items: frozenset[str] = frozenset()  # the items bands' conditions read
    # band id -> its place among the bands with a condition (file order)
    band_places: Mapping[str, int] = field(default_factory=dict)

    @staticmethod
    def build(instrument: Instrument) -> CompiledInstrument:
        multi = frozenset(
            item.link_id
            for item, _parent, _loc in walk_items(instrument.items)
            if isinstance(item, MultiChoiceItem)
        )

        def convert(comparison: Comparison) -> Any:
            return comparison_value(instrument, comparison)

        order: list[str] = []
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
            if item.enable_when is None:
                predicate[link_id] = _always
            else:
                predicate[link_id] = compile_condition(item.enable_when, multi, convert)
                for comparison in comparisons(item.enable_when):
                    if comparison.item is not None:
                        direct.setdefault(comparison.item, set()).add(link_id)
        position = {link_id: index for index, link_id in enumerate(order)}
        flags = tuple(
            (flag, compile_condition(flag.when, multi, convert)) for flag in instrument.flags
        )
        bands = instrument.outcome.bands if instrument.outcome is not None else []
        band_conditions = {
            band.id: compile_condition(band.when, multi, convert)
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
        return CompiledInstrument(
            instrument=instrument,
            order=tuple(order),
            items=items,
            parent=parent,
            predicate=predicate,
            direct={
                link_id: tuple(sorted(found, key=position.__getitem__))
                for link_id, found in direct.items()
            },
            position=position,
            flags=flags,
            tally=TallyPlan.build(instrument, tuple(order), position, flags, band_items),
            band_conditions=band_conditions,
            band_condition_items=band_items,
            band_places={
                band.id: place for place, band in enumerate(b for b in bands if b.when is not None)
            },
        )


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
        self._tally = Tally(compiled.tally)
        # (band version, each band condition's truth per possible answer set, how many)
        self._band_truths_at: tuple[int, list[tuple[bool, ...] | None], int] | None = None
        for link_id in compiled.order:
            self._check(link_id)

    # ---------------------------------------------------------------- visibility
    def _check(self, link_id: str) -> bool:
        """Work out whether ``link_id`` is shown, and what of it counts; True when that
        changed (then the items that read it must be checked again)."""
        group = self._c.parent[link_id]
        visible = self._visible
        shown = (group is None or visible[group]) and self._c.predicate[link_id](
            self._effective, self.context
        )
        was = visible.get(link_id)
        visible[link_id] = shown
        if shown == was:
            return False
        given = self._given.get(link_id)
        if shown and given is not None and not isinstance(given, Declined):
            self._effective[link_id] = given
        else:
            self._effective.pop(link_id, None)
        plan = self._c.tally
        if given is not None or link_id in plan.required or link_id in plan.feeding:
            self._tally.update(link_id, shown, given)
        return True

    def _changed(self, link_id: str) -> None:
        """``link_id``'s answer changed: check again what reads it, and on from there only
        where something changed (in document order, each item once)."""
        direct = self._c.direct
        position = self._c.position
        order = self._c.order
        waiting = [position[i] for i in direct.get(link_id, ())]
        queued = set(direct.get(link_id, ()))
        heapq.heapify(waiting)
        while waiting:
            current = order[heapq.heappop(waiting)]
            if self._check(current):
                for following in direct.get(current, ()):
                    if following not in queued:
                        queued.add(following)
                        heapq.heappush(waiting, position[following])

    def is_visible(self, link_id: str) -> bool:
        return self._visible[link_id]

    def visible_items(self) -> list[Item]:
        """Every item shown now (groups, texts and questions), in document order."""
        return [self._c.items[i] for i in self._c.order if self._visible[i]]

    def visible_questions(self) -> list[Item]:
        return [item for item in self.visible_items() if is_question(item)]

    # ------------------------------------------------------------------- answers
    def answer(self, link_id: str, value: Any) -> GivenAnswer | None:
        """Accept (or, with ``None``/empty, clear) an answer; returns its canonical form.

        ``DECLINED`` (or its JSON form) records that the person chose not to answer.
        """
        item = self._c.items.get(link_id)
        if item is None:
            raise AnswerError("unknown_item", link_id=link_id)
        if not is_question(item):
            raise AnswerError("not_a_question", link_id=link_id)
        if not self._visible[link_id]:
            raise AnswerError("hidden", link_id=link_id)
        normalised = normalise_answer(item, value)
        if normalised is None:
            self._given.pop(link_id, None)
        else:
            self._given[link_id] = normalised
        before = self._effective.get(link_id)
        if normalised is None or isinstance(normalised, Declined):
            self._effective.pop(link_id, None)
        else:
            self._effective[link_id] = normalised
        self._tally.update(link_id, True, normalised)
        after = self._effective.get(link_id)
        if after != before or type(after) is not type(before):
            self._changed(link_id)
        return normalised

    def clear(self, link_id: str) -> None:
        self.answer(link_id, None)

    def restore(self, answers: Mapping[str, Any]) -> list[tuple[str, AnswerError]]:
        """Re-apply stored answers (in document order); returns those that were refused."""
        refused: list[tuple[str, AnswerError]] = []
        for link_id in sorted(answers, key=self._position):
            try:
                self.answer(link_id, answers[link_id])
            except AnswerError as error:
                refused.append((link_id, error))
        return refused

    def _position(self, link_id: str) -> int:
        return self._c.position.get(link_id, len(self._c.order))

    def given(self, link_id: str) -> GivenAnswer | None:
        """The answer given to an item, shown or not (``DECLINED`` when declined)."""
        return self._given.get(link_id)

    def is_declined(self, link_id: str) -> bool:
        """The person declined to answer this item, and it is shown."""
        return self._visible.get(link_id, False) and self._given.get(link_id) is DECLINED

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """The answers that count: real answers to items shown now (never DECLINED)."""
        return dict(self._effective)

    @property
    def declined(self) -> tuple[str, ...]:
        """The shown questions the person declined to answer, in document order."""
        return self._tally.declined()

    def given_answers(self) -> dict[str, GivenAnswer]:
        """Every answer to a shown item, ``DECLINED`` included (what a record stores)."""
        return {
            link_id: value
            for link_id, value in self._given.items()
            if self._visible.get(link_id, False)
        }

    def missing_required(self) -> list[str]:
        """The shown required questions without an answer, in document order."""
        return list(self._tally.missing())

    @property
    def complete(self) -> bool:
        return not self._tally.missing_count()

    # -------------------------------------------------------------------- result
    def result(self) -> Result:
        """Where the session stands. Built from the tally's running parts: what it costs does
        not grow with the instrument or the answers given (the declined answers' possible
        totals are searched by the bands' ends, not total by total)."""
        instrument = self.instrument
        tally = self._tally
        effective = self._effective
        scores = tally.scores()
        missing = tally.missing()
        declined = tally.declined()
        ranges: dict[str, tuple[float, float]] = {}
        for slot in tally.declined_slots():
            score_id = self._c.tally.scores[slot].id
            totals = PossibleTotals(scores[score_id], tally.added(slot))
            ranges[score_id] = (totals.low, totals.high)
        outcome = instrument.outcome
        band = None
        undetermined = False
        outcome_declined: tuple[str, ...] = ()
        outcome_questions: tuple[str, ...] = ()
        if outcome is not None:
            # The questions that give the result: the outcome score's, and those a band's
            # condition reads (own violence decides a band of its own).
            outcome_questions = tally.outcome_questions()
            outcome_declined = tally.outcome_declined()
        if outcome is not None and not missing:
            # No band until every required question is answered: a half-answered screen
            # with only "no" so far must not read as green.
            # The first band whose range holds the score and whose condition (if any) holds.
            # Declined answers count for nothing: the band holds only if every answer they could
            # have been gives the same band (through the score, or through a band's condition).
            truths, alternatives = self._band_truths(declined)

            def band_at(value: float) -> Band | None:
                first: Band | None = None
                for truth in truths:
                    found = self._band(value, truth)
                    if found is None or (first is not None and found.id != first.id):
                        return None
                    first = first or found
                return first

            band = band_at(scores[outcome.score])
            if outcome_declined:
                slot = next(i for i, s in enumerate(self._c.tally.scores) if s.id == outcome.score)
                totals = PossibleTotals(scores[outcome.score], tally.added(slot))
                band = band_despite_declined(totals, band_at, outcome.bands)
            undetermined = band is None and (bool(outcome_declined) or alternatives > 1)
        flags = tally.flags(effective, self.context)
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

    def _band(self, value: float, truth: tuple[bool, ...] | None) -> Band | None:
        """The outcome band for a value of the outcome score, with the bands' conditions as
        ``truth`` says (one truth per band with a condition, in file order; None: they cannot
        be known, and neither can the band). The one place bands are chosen."""
        outcome = self.instrument.outcome
        assert outcome is not None
        if truth is None:
            return None
        place = self._c.band_places
        return find_band(outcome, value, lambda band: truth[place[band.id]])

    def _band_truths(self, declined: tuple[str, ...]) -> tuple[list[tuple[bool, ...] | None], int]:
        """Each band condition's truth over every answer set the declined questions leave
        possible (each distinct set of truths once), and how many answer sets there are.
        Worked out again only when an item a band's condition reads has changed."""
        version = self._tally.band_version
        if self._band_truths_at is not None and self._band_truths_at[0] == version:
            return self._band_truths_at[1], self._band_truths_at[2]
        outcome = self.instrument.outcome
        assert outcome is not None
        conditions = [
            self._c.band_conditions[band.id] for band in outcome.bands if band.when is not None
        ]
        alternatives = self._condition_alternatives(declined)
        truths: list[tuple[bool, ...] | None] = []
        for answers in alternatives:
            truth = (
                None
                if answers is None
                else tuple(holds(answers, self.context) for holds in conditions)
            )
            if truth not in truths:
                truths.append(truth)
        self._band_truths_at = (version, truths, len(alternatives))
        return truths, len(alternatives)

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
            combinations.append(ChainMap(dict(zip(unknown, values, strict=True)), effective))
        return combinations

    def summary(self) -> str:
        """A plain-language summary of the result in the session's language."""
        return summarise(self.result())


def answers_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as JSON values (tuples as lists, dates as ISO strings, DECLINED as
    ``{"declined": true}``)."""
    return {link_id: answer_json(value) for link_id, value in answers.items()}
