"""The result of a session computed from scratch, the slow and obvious way (as the engine did
before it kept a tally): the oracle the incremental result is checked against.

Every part is recomputed from the answers given on each call: what is shown and what counts by
passes over every item in document order until nothing changes (so forward references need no
order worked out beforehand), calculated items by their formula, each repetition of a
repeating group on its own; scores by summing, formula scores by their formula over the
answers; the declined answers' possible totals by trying every combination, the band by trying
every possible total against every answer set a declined band condition leaves open.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from screening_app.domain.answers import Declined
from screening_app.domain.calculation import item_value
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    CountScore,
    FormulaScore,
    MultiChoiceItem,
    SumScore,
    is_question,
)
from screening_app.domain.scoring import find_band
from screening_app.domain.session import MAX_CONDITION_ALTERNATIVES, Session


def _round(value: float) -> float:
    rounded = round(value, 9)
    return 0.0 if rounded == 0 else rounded


@dataclass(frozen=True)
class Scratch:
    """What is shown and what counts, worked out from the answers given alone."""

    visible: dict[str, bool]  # an item in a repeating group: shown in one repetition
    answers: dict[str, Any]  # what counts (an item in a repeating group: every repetition's)
    shown_in: dict[str, list[dict[str, bool]]]  # group -> each repetition: item -> shown
    values_in: dict[str, list[dict[str, Any]]]  # group -> each repetition: item -> value


def scratch_state(session: Session) -> Scratch:
    """Passes over every item in document order, each item read from what is known so far,
    until a pass changes nothing (the loader refuses cycles, so that comes)."""
    c = session._c
    context = session.context
    calculator = c.calculator
    assert calculator is not None
    counts = {group: session.repeat_count(group) for group in c.repeat_members}
    visible: dict[str, bool] = {}
    answers: dict[str, Any] = {}
    shown_in: dict[str, list[dict[str, bool]]] = {
        g: [{} for _ in range(n)] for g, n in counts.items()
    }
    values_in: dict[str, list[dict[str, Any]]] = {
        g: [{} for _ in range(n)] for g, n in counts.items()
    }

    def value_of(link_id: str, shown: bool, seen: dict[str, Any], given: Any) -> Any:
        if not shown:
            return None
        if link_id in c.calculated:
            return item_value(
                c.items[link_id], calculator.formula(c.calculated[link_id], seen, context)
            )
        return None if isinstance(given, Declined) else given

    for _ in range(len(c.order) + 2):
        changed = False
        for link_id in c.order:
            parent = c.parent[link_id]
            group = c.repeat_owner.get(link_id)
            if group is None:
                shown = (parent is None or visible.get(parent, False)) and c.predicate[link_id](
                    answers, context
                )
                value = value_of(link_id, shown, answers, session.given(link_id))
                changed |= _put(visible, link_id, shown) | _put(answers, link_id, value)
                continue
            members = c.repeat_members[group]
            values: list[Any] = []
            for index in range(counts[group]):
                here = shown_in[group][index]
                local = values_in[group][index]
                outer = parent == group
                parent_shown = visible.get(group, False) if outer else here.get(parent or "", False)
                seen = {k: v for k, v in answers.items() if k not in members} | local
                shown = parent_shown and c.predicate[link_id](seen, context)
                value = value_of(link_id, shown, seen, session.given(link_id, index))
                changed |= _put(here, link_id, shown) | _put(local, link_id, value)
                if value is not None:
                    values.extend(value if isinstance(value, tuple) else (value,))
            somewhere = any(here[link_id] for here in shown_in[group])
            changed |= _put(visible, link_id, somewhere)
            changed |= _put(answers, link_id, tuple(values) if values else None)
        if not changed:
            return Scratch(visible, answers, shown_in, values_in)
    raise AssertionError("the passes did not settle (a cycle?)")


def _put(table: dict[str, Any], key: str, value: Any) -> bool:
    """Set (or, for None, remove) ``key``; True when that changed it."""
    old = table.get(key)
    same = old == value and type(old) is type(value) and (key in table) == (value is not None)
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value
    return not same


def check_state(session: Session) -> Scratch:
    """The session's visibility and values (every repetition's too) equal those worked out
    from scratch; returns them."""
    scratch = scratch_state(session)
    c = session._c
    for link_id in c.order:
        assert session.is_enabled(link_id) == scratch.visible[link_id], link_id
    assert session.answers == scratch.answers
    assert {k: type(v) for k, v in session.answers.items()} == {
        k: type(v) for k, v in scratch.answers.items()
    }
    for group, repetitions in scratch.shown_in.items():
        for index, shown in enumerate(repetitions):
            for link_id in c.repeat_members[group]:
                assert session.is_enabled(link_id, index) == shown[link_id], (link_id, index)
                expected = scratch.values_in[group][index].get(link_id)
                assert session.value(link_id, index) == expected, (link_id, index)
    return scratch


@dataclass(frozen=True)
class Reference:
    scores: dict[str, float]
    band: str | None
    flags: tuple[str, ...]
    missing: tuple[str, ...]
    declined: tuple[str, ...]
    outcome_declined: tuple[str, ...]
    outcome_questions: tuple[str, ...]
    undetermined: bool
    score_ranges: dict[str, tuple[float, float]]


def _score(session: Session, score: SumScore | CountScore, answers: dict[str, Any]) -> float:
    """A sum or count over ``answers`` (an item of a repeating group: every repetition's
    values; free text in an open choice weighs nothing)."""
    instrument = session.instrument
    total = 0.0
    for link_id in score.items:
        value = answers.get(link_id)
        if value is None:
            continue
        if isinstance(score, CountScore):
            total += (score.value in value) if isinstance(value, tuple) else (value == score.value)
            continue
        item = instrument.item(link_id)
        if isinstance(item, (ChoiceItem, MultiChoiceItem)):
            weights = {o.code: o.weight for o in item.options}
            codes = value if isinstance(value, tuple) else (value,)
            total += sum(weights.get(c, 0.0) for c in codes if isinstance(c, str))
    return _round(total) if isinstance(score, SumScore) else total


def _could_add(session: Session, score: SumScore | CountScore, link_id: str) -> set[float]:
    """Every value a declined item could have added, by listing its possible answers."""
    item = session.instrument.item(link_id)
    if isinstance(item, BooleanItem):
        answers: list[Any] = [True, False]
    elif isinstance(item, ChoiceItem):
        answers = [o.code for o in item.options]
    elif isinstance(item, MultiChoiceItem):
        codes = [o.code for o in item.options]
        answers = [
            subset
            for size in range(1, len(codes) + 1)
            for subset in itertools.combinations(codes, size)
        ]
    else:  # any other answer may equal a count's value, and weighs nothing in a sum
        return {0.0, 1.0} if isinstance(score, CountScore) else {0.0}
    return {_score(session, score, {link_id: answer}) for answer in answers}


def _totals(
    session: Session, score: SumScore | CountScore, answers: dict[str, Any], declined: list[str]
) -> list[float]:
    base = _score(session, score, answers)
    totals = {base}
    for link_id in declined:
        if link_id in score.items:
            totals = {_round(t + c) for t in totals for c in _could_add(session, score, link_id)}
    return sorted(totals)


def _given_in(session: Session, scratch: Scratch, link_id: str) -> list[tuple[bool, Any, Any]]:
    """(shown, answer given, value that counts) of an item: once, or once per repetition of
    its repeating group."""
    c = session._c
    group = c.repeat_owner.get(link_id)
    if group is None:
        return [(scratch.visible[link_id], session.given(link_id), scratch.answers.get(link_id))]
    return [
        (
            scratch.shown_in[group][index][link_id],
            session.given(link_id, index),
            scratch.values_in[group][index].get(link_id),
        )
        for index in range(len(scratch.shown_in[group]))
    ]


def reference_result(session: Session) -> Reference:
    """The result worked out from the answers given alone (``scratch_state``), never from
    the session's own visibility or running totals; the session's state is checked against
    it on the way (``check_state``)."""
    instrument = session.instrument
    c = session._c
    scratch = check_state(session)
    answers = scratch.answers
    context = session.context
    calculator = c.calculator
    assert calculator is not None
    order = list(c.order)
    visible = scratch.visible
    declined = tuple(
        i
        for i in order
        if any(
            shown and isinstance(given, Declined)
            for shown, given, _ in _given_in(session, scratch, i)
        )
    )
    missing = tuple(
        i
        for i in order
        if getattr(instrument.item(i), "required", False)
        and is_question(instrument.item(i))
        and i not in c.locked
        and any(
            shown and value is None and not isinstance(given, Declined)
            for shown, given, value in _given_in(session, scratch, i)
        )
    )
    scores: dict[str, float] = {}
    for score in instrument.scores:
        if isinstance(score, FormulaScore):
            value = calculator.score(score.id, answers, context)
            if isinstance(value, float):
                scores[score.id] = value
        else:
            scores[score.id] = _score(session, score, answers)
    ranges = {}
    for score in instrument.scores:
        if isinstance(score, FormulaScore):
            continue
        if any(i in score.items for i in declined):
            totals = _totals(session, score, answers, list(declined))
            ranges[score.id] = (totals[0], totals[-1])
    outcome = instrument.outcome
    band: Band | None = None
    undetermined = False
    outcome_declined: tuple[str, ...] = ()
    outcome_questions: tuple[str, ...] = ()
    if outcome is not None:
        band_items = {
            comparison.item
            for b in outcome.bands
            if b.when is not None
            for comparison in _comparisons(b.when)
            if comparison.item is not None
        }
        outcome_score = instrument.score(outcome.score)
        assert isinstance(outcome_score, (SumScore, CountScore))
        feeding = set(outcome_score.items) | band_items
        outcome_questions = tuple(i for i in order if i in feeding and visible[i])
        outcome_declined = tuple(i for i in declined if i in feeding)
        if not missing:
            unknown = [i for i in declined if i in band_items]
            alternatives = _alternatives(session, answers, unknown)

            def band_at(value: float) -> Band | None:
                found = [_band(session, value, a) for a in alternatives]
                first = found[0]
                same = first is not None and all(b is not None and b.id == first.id for b in found)
                return first if same else None

            band = band_at(scores[outcome.score])
            if outcome_declined:
                totals = _totals(session, outcome_score, answers, list(outcome_declined))
                first = band_at(totals[0])
                same = first is not None and all(
                    (b := band_at(v)) is not None and b.id == first.id for v in totals
                )
                band = first if same else None
            undetermined = band is None and (bool(outcome_declined) or len(alternatives) > 1)
    flags = tuple(f.id for f, holds in c.flags if holds(answers, context))
    return Reference(
        scores=scores,
        band=band.id if band else None,
        flags=flags,
        missing=missing,
        declined=declined,
        outcome_declined=outcome_declined,
        outcome_questions=outcome_questions,
        undetermined=undetermined,
        score_ranges=ranges,
    )


def _comparisons(condition: Any) -> list[Any]:
    from screening_app.domain.conditions import comparisons

    return comparisons(condition)


def _alternatives(
    session: Session, answers: dict[str, Any], unknown: list[str]
) -> list[dict[str, Any] | None]:
    if not unknown:
        return [answers]
    choices: list[list[Any]] = []
    for link_id in unknown:
        item = session.instrument.item(link_id)
        if isinstance(item, BooleanItem):
            choices.append([True, False])
        elif isinstance(item, ChoiceItem):
            choices.append([o.code for o in item.options])
        else:
            return [answers, None]
    out: list[dict[str, Any] | None] = []
    for values in itertools.product(*choices):
        if len(out) >= MAX_CONDITION_ALTERNATIVES:
            return [answers, None]
        out.append({**answers, **dict(zip(unknown, values, strict=True))})
    return out


def _band(session: Session, value: float, answers: dict[str, Any] | None) -> Band | None:
    outcome = session.instrument.outcome
    assert outcome is not None
    if answers is None:
        return None
    conditions = session._c.band_conditions
    return find_band(outcome, value, lambda b: conditions[b.id](answers, session.context))


def as_reference(session: Session) -> Reference:
    """The session's own (incremental) result in the reference's terms."""
    result = session.result()
    return Reference(
        scores=result.scores,
        band=result.band.id if result.band else None,
        flags=tuple(f.id for f in result.flags),
        missing=result.missing,
        declined=result.declined,
        outcome_declined=result.outcome_declined,
        outcome_questions=result.outcome_questions,
        undetermined=result.undetermined,
        score_ranges=result.score_ranges,
    )
