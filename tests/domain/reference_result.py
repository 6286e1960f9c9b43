"""The result of a session computed from scratch, the slow and obvious way (as the engine did
before it kept a tally): the oracle the incremental result is checked against.

Every part is recomputed from the visible answers on each call: scores by summing, the
declined answers' possible totals by trying every combination, the band by trying every
possible total against every answer set a declined band condition leaves open.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from screening_app.domain.answers import DECLINED
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    CountScore,
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
        weights = {o.code: o.weight for o in getattr(item, "options", [])}
        if isinstance(item, ChoiceItem):
            total += weights[value]
        elif isinstance(item, MultiChoiceItem):
            total += sum(weights[code] for code in value)
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
    else:
        return {0.0}
    return {_score(session, score, {link_id: answer}) for answer in answers}


def _totals(session: Session, score: SumScore | CountScore, declined: list[str]) -> list[float]:
    base = _score(session, score, session.answers)
    totals = {base}
    for link_id in declined:
        if link_id in score.items:
            totals = {_round(t + c) for t in totals for c in _could_add(session, score, link_id)}
    return sorted(totals)


def reference_result(session: Session) -> Reference:
    instrument = session.instrument
    answers = session.answers
    order = list(instrument.items_by_id)
    shown = [i for i in order if session.is_visible(i)]
    declined = tuple(i for i in shown if session.given(i) is DECLINED)
    missing = tuple(
        i
        for i in shown
        if getattr(instrument.item(i), "required", False)
        and is_question(instrument.item(i))
        and session.given(i) is None
    )
    scores = {s.id: _score(session, s, answers) for s in instrument.scores}
    ranges = {}
    for score in instrument.scores:
        if any(i in score.items for i in declined):
            totals = _totals(session, score, list(declined))
            ranges[score.id] = (totals[0], totals[-1])
    outcome = instrument.outcome
    band: Band | None = None
    undetermined = False
    outcome_declined: tuple[str, ...] = ()
    outcome_questions: tuple[str, ...] = ()
    if outcome is not None:
        band_items = {
            c.item
            for b in outcome.bands
            if b.when is not None
            for c in _comparisons(b.when)
            if c.item is not None
        }
        feeding = set(instrument.score(outcome.score).items) | band_items
        outcome_questions = tuple(i for i in shown if i in feeding)
        outcome_declined = tuple(i for i in declined if i in feeding)
        if not missing:
            alternatives = _alternatives(session, [i for i in declined if i in band_items])

            def band_at(value: float) -> Band | None:
                found = [_band(session, value, a) for a in alternatives]
                first = found[0]
                same = first is not None and all(b is not None and b.id == first.id for b in found)
                return first if same else None

            band = band_at(scores[outcome.score])
            if outcome_declined:
                totals = _totals(session, instrument.score(outcome.score), list(outcome_declined))
                first = band_at(totals[0])
                same = first is not None and all(
                    (b := band_at(v)) is not None and b.id == first.id for v in totals
                )
                band = first if same else None
            undetermined = band is None and (bool(outcome_declined) or len(alternatives) > 1)
    compiled_flags = session._c.flags
    flags = tuple(f.id for f, holds in compiled_flags if holds(answers, session.context))
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


def _alternatives(session: Session, unknown: list[str]) -> list[dict[str, Any] | None]:
    answers = session.answers
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
