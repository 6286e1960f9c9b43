"""The answer session: one instrument, one language, one context, and the answers given so far.

Pure and deterministic: no clock, no I/O. The caller (a use case) stores each answer as it is
given; this object says what is visible, whether the session is complete, and the result.

Visibility is recomputed incrementally: an answer to item X re-evaluates the items whose
conditions or formula read X, and from there only the items that read (or sit in) an item whose
state changed, in evaluation order (``domain.compiled``): each item after everything it depends
on (its group, the items its conditions and formula read). An item may depend on a later one
(real forms show a section by an age asked further on) but never on itself (the loader refuses
a cycle), so one ordered pass is exact. When every item depends only on earlier ones, as in
TrygStart's own instruments, evaluation order is document order. The result is kept up to date
the same way (``domain.tally``): the work of one answer does not grow with the instrument, nor
with the answers given.

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

import heapq
import itertools
from collections import ChainMap
from collections.abc import Iterable, Mapping
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
from screening_app.domain.calculation import item_value
from screening_app.domain.compiled import CompiledInstrument, comparison_value, evaluation_order
from screening_app.domain.context import Context
from screening_app.domain.declined import PossibleTotals, band_despite_declined
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    FormulaScore,
    Instrument,
    Item,
    is_question,
)
from screening_app.domain.repeats import RepeatedGroups
from screening_app.domain.result import Result, merge_actions, summarise
from screening_app.domain.scoring import find_band
from screening_app.domain.tally import TalliedAnswers, Tally

# Declined answers a band's condition reads: at most this many combinations are tried.
MAX_CONDITION_ALTERNATIVES = 256

__all__ = [
    "CompiledInstrument",
    "Result",
    "Session",
    "answers_json",
    "comparison_value",
    "evaluation_order",
    "merge_actions",
    "summarise",
]


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
        self._given.update(
            {k: v for k, v in self._c.initial.items() if k not in self._c.repeat_owner}
        )
        self._repeats = RepeatedGroups(self._c)
        self._tally = Tally(compiled.tally)
        # (with the running totals: a condition on a sum or count score reads them there)
        self._effective: dict[str, AnswerValue] = TalliedAnswers(self._tally.running)
        # (band version, each band condition's truth per possible answer set, how many)
        self._band_truths_at: tuple[int, list[tuple[bool, ...] | None], int] | None = None
        for link_id in compiled.evaluation:
            self._check(link_id)

    # ---------------------------------------------------------------- visibility
    def _check(self, link_id: str) -> bool:
        """Work out whether ``link_id`` is shown, its value (a calculated item's too), and
        what of it counts; True when that changed (then the items that read it must be
        checked again)."""
        if link_id in self._c.repeat_owner:  # in a repeating group: every repetition
            return self._repeats.check(self, link_id)
        group = self._c.parent[link_id]
        visible = self._visible
        shown = (group is None or visible[group]) and self._c.predicate[link_id](
            self._effective, self.context
        )
        was = visible.get(link_id)
        visible[link_id] = shown
        calculated = link_id in self._c.calculated
        if shown == was and not calculated:
            return False
        if calculated:
            given = self._calculate(link_id) if shown else None
        else:
            given = self._given.get(link_id)
        before = self._effective.get(link_id)
        if shown and given is not None and not isinstance(given, Declined):
            self._effective[link_id] = given
        else:
            self._effective.pop(link_id, None)
        after = self._effective.get(link_id)
        changed = shown != was or after != before or type(after) is not type(before)
        if not changed:
            return False
        plan = self._c.tally
        if calculated or given is not None or link_id in plan.required or link_id in plan.feeding:
            self._tally.update(link_id, shown, given)
        return True

    def _propagate(self, link_ids: Iterable[str]) -> None:
        """Check ``link_ids`` again, and on from there only where something changed: in
        evaluation order (each item after what it reads), each item once."""
        direct = self._c.direct
        rank = self._c.rank
        evaluation = self._c.evaluation
        queued = set(link_ids)
        waiting = [rank[link_id] for link_id in queued]
        heapq.heapify(waiting)
        while waiting:
            current = evaluation[heapq.heappop(waiting)]
            if self._check(current):
                for following in direct.get(current, ()):
                    if following not in queued:
                        queued.add(following)
                        heapq.heappush(waiting, rank[following])

    def _changed(self, link_id: str) -> None:
        """``link_id``'s answer changed: check again what reads it."""
        self._propagate(self._c.direct.get(link_id, ()))

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
        return self._tally.declined()

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
        """The shown required questions without an answer (in a repeating group: in one of
        its repetitions), in document order."""
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
        scores = tally.scores(self._formula_score)
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
                slot = self._c.tally.slot(outcome.score)
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

    def _formula_score(self, score: FormulaScore, totals: Mapping[str, float]) -> float | None:
        """A formula score's value over the answers that count, the sums and counts it reads
        taken from the running ``totals``."""
        calculator = self._c.calculator
        assert calculator is not None
        value = calculator.score(score.id, self._effective, self.context, totals)
        return value if isinstance(value, float) else None

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
