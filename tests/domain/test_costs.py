"""What one answer costs the engine does not grow with the instrument or with the answers
given: counted, never timed (predicate evaluations and lines of TrygStart's code run), at 100
and at 1,000 questions of the same generated shape. And the incremental result always equals
the result computed from scratch the slow way (``reference_result``).
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.builders import instrument, text, yes_no
from tests.domain.generated import answer_for, generated
from tests.domain.reference_result import as_reference, reference_result

from screening_app.domain import reachability
from screening_app.domain.answers import DECLINED, AnswerError
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument, is_question
from screening_app.domain.scoring import achievable_values
from screening_app.domain.session import CompiledInstrument, Session
from screening_app.domain.sums import Reach, decimal_scale


# ------------------------------------------------------------------ counting
class Count:
    def __init__(self) -> None:
        self.predicates = 0
        self.lines = 0


def _counting(compiled: CompiledInstrument, count: Count) -> CompiledInstrument:
    """The same compiled instrument, its every predicate counted when evaluated."""

    def counted(predicate: Callable[..., bool]) -> Callable[..., bool]:
        def call(answers: Any, context: Any) -> bool:
            count.predicates += 1
            return predicate(answers, context)

        return call

    flags = tuple((flag, counted(holds)) for flag, holds in compiled.flags)
    return dataclasses.replace(
        compiled,
        predicate={link_id: counted(p) for link_id, p in compiled.predicate.items()},
        flags=flags,
        band_conditions={band: counted(p) for band, p in compiled.band_conditions.items()},
        tally=dataclasses.replace(compiled.tally, flags=flags),
    )


def _lines(count: Count, call: Callable[[], object]) -> None:
    """Run ``call``, counting the lines of TrygStart's own code it runs."""

    def local(frame: Any, event: str, _arg: Any) -> Any:
        if event == "line":
            count.lines += 1
        return local

    def tracer(frame: Any, _event: str, _arg: Any) -> Any:
        return local if "screening_app" in frame.f_code.co_filename else None

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)


def _stream(session: Session, seed: int) -> Iterator[tuple[str, Any]]:
    """A person filling in the form: the shown questions in order, now and then declining
    one (that shows no others: a declined answer to a section's key question would end the
    form early), and every tenth answer changing an earlier one (which can show or hide
    others)."""
    rng = random.Random(seed)
    read = session._c.direct
    order = [i for i, item in session.instrument.items_by_id.items() if is_question(item)]
    answered: list[str] = []
    step = 0
    for link_id in order:
        if not session.is_visible(link_id) or session.is_locked(link_id):
            continue
        step += 1
        if step % 10 == 0 and answered:
            earlier = rng.choice(answered)
            if session.is_visible(earlier):
                yield earlier, answer_for(session.instrument.item(earlier), rng)
        item = session.instrument.item(link_id)
        declines = step % 13 == 0 and not read.get(link_id)
        value = DECLINED if declines else answer_for(item, rng)
        answered.append(link_id)
        yield link_id, value


def _per_answer(questions: int, *, every_shape: bool = False) -> list[Count]:
    compiled = CompiledInstrument.build(generated(questions, every_shape=every_shape))
    counts: list[Count] = []
    current = Count()
    session = Session(_counting(compiled, current), "da", Context(phase="after-birth"))
    for link_id, value in _stream(session, seed=5):
        current.predicates = current.lines = 0

        def one(link_id: str = link_id, value: Any = value) -> None:
            session.answer(link_id, value)
            session.result()

        _lines(current, one)
        counts.append(_copy(current))
    return counts


def _copy(count: Count) -> Count:
    copied = Count()
    copied.predicates, copied.lines = count.predicates, count.lines
    return copied


def _p99(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def test_one_answer_costs_the_same_at_100_and_at_1000_questions() -> None:
    small = _per_answer(100)
    large = _per_answer(1000)
    assert len(large) > 9 * len(small)  # the same kind of session, ten times as long
    for measure in ("predicates", "lines"):
        few = [getattr(c, measure) for c in small]
        many = [getattr(c, measure) for c in large]
        # The mean, the p99 and the worst answer: no more than half as much again at ten
        # times the questions (a pass over the items would make it ten times as much).
        assert statistics.mean(many) <= 1.5 * statistics.mean(few), measure
        assert _p99(many) <= 1.5 * _p99(few), measure
        assert max(many) <= 1.5 * max(few) + 20, measure


def test_with_every_shape_one_answer_still_costs_the_same_at_100_and_at_1000() -> None:
    """Calculated items, read-only and hidden answers, repeating groups, a question shown by
    the total, a formula score read by a band's condition and a flag: what one answer costs
    still does not grow with the instrument (a condition or formula reads a sum from the
    running totals; a formula score is worked out again, from them, only when an item it
    reads changed)."""
    small = _per_answer(100, every_shape=True)
    large = _per_answer(1000, every_shape=True)
    assert len(large) > 9 * len(small)
    for measure in ("predicates", "lines"):
        few = [getattr(c, measure) for c in small]
        many = [getattr(c, measure) for c in large]
        assert statistics.mean(many) <= 1.5 * statistics.mean(few), measure
        assert _p99(many) <= 1.5 * _p99(few), measure
        assert max(many) <= 1.5 * max(few) + 20, measure


def test_one_answer_costs_the_same_after_900_answers_as_after_100() -> None:
    counts = _per_answer(1000)
    early = [c.lines for c in counts[50:150]]
    late = [c.lines for c in counts[-100:]]
    assert statistics.mean(late) <= 1.5 * statistics.mean(early)


def _restore_lines(questions: int) -> tuple[int, int]:
    source = Session(generated(questions), "da", Context(phase="after-birth"))
    for link_id, value in _stream(source, seed=9):
        source.answer(link_id, value)
    stored = source.given_answers()
    compiled = CompiledInstrument.build(source.instrument)
    count = Count()
    fresh = Session(compiled, "da", Context(phase="after-birth"))
    _lines(count, lambda: fresh.restore(stored))
    assert fresh.given_answers() == stored
    return count.lines, len(stored)


def test_reopening_a_draft_is_linear_in_its_answers() -> None:
    small, small_answers = _restore_lines(100)
    large, large_answers = _restore_lines(1000)
    assert large / large_answers <= 1.5 * small / small_answers


def test_the_checks_of_a_long_instrument_are_linear() -> None:
    """The values a 1,000-question sum can take, and which items can be shown, cost about ten
    times what they cost at 100 questions (they cost a hundred times as much before)."""
    counts = []
    for questions in (100, 1000):
        built = generated(questions)
        score = built.scores[0]
        count = Count()
        _lines(count, lambda built=built, score=score: achievable_values(built, score))
        reach_lines = count.lines
        count.lines = 0
        _lines(count, lambda built=built: reachability.unreachable_items(built))
        counts.append((reach_lines, count.lines))
    (sums_100, shown_100), (sums_1000, shown_1000) = counts
    assert sums_1000 <= 15 * sums_100
    assert shown_1000 <= 15 * shown_100


# ------------------------------------------------------------------ the oracle
BANDED = instrument(
    [
        yes_no("a", required=True),
        {"linkId": "b", "type": "boolean", "text": text("b")},
        {
            "linkId": "g",
            "type": "group",
            "text": text("g"),
            "enableWhen": {"item": "a", "op": "=", "value": "yes"},
            "items": [
                {
                    "linkId": "c",
                    "type": "choice",
                    "text": text("c"),
                    "options": [
                        {"code": k, "text": text(k), "weight": w}
                        for k, w in [("p", 0), ("q", 0.5), ("r", 2)]
                    ],
                },
                {
                    "linkId": "m",
                    "type": "multi-choice",
                    "text": text("m"),
                    "options": [
                        {"code": k, "text": text(k), "weight": w}
                        for k, w in [("x", 1), ("y", 0.5), ("z", 2)]
                    ],
                },
                {"linkId": "n", "type": "integer", "text": text("n"), "min": 0, "max": 10},
            ],
        },
        yes_no(
            "d",
            weight_yes=3,
            enableWhen={
                "any": [
                    {"item": "c", "op": "=", "value": "q"},
                    {"item": "n", "op": ">", "value": 5},
                ]
            },
        ),
        yes_no("e", required=True, enableWhen={"item": "b", "op": "!=", "value": False}),
    ],
    scores=[
        {"id": "total", "type": "sum", "title": text("t"), "items": ["a", "c", "m", "d", "e"]},
        {
            "id": "yes",
            "type": "count",
            "title": text("y"),
            "items": ["a", "d", "e"],
            "value": "yes",
        },
    ],
    outcome={
        "score": "total",
        "bands": [
            {
                "id": "own",
                "min": 1,
                "max": 20,
                "when": {
                    "all": [
                        {"item": "b", "op": "=", "value": True},
                        {"item": "c", "op": "!=", "value": "r"},
                    ]
                },
                "colour": "yellow",
                "title": text("own"),
                "text": text("own"),
            },
            {
                "id": "low",
                "min": 0,
                "max": 0.5,
                "colour": "green",
                "title": text("l"),
                "text": text("l"),
            },
            {
                "id": "mid",
                "min": 1,
                "max": 3.5,
                "colour": "yellow",
                "title": text("m"),
                "text": text("m"),
            },
            {
                "id": "high",
                "min": 4,
                "max": 20,
                "colour": "red",
                "title": text("h"),
                "text": text("h"),
            },
        ],
    },
    flags=[
        {
            "id": "f1",
            "title": text("f"),
            "text": text("f"),
            "when": {"item": "d", "op": "=", "value": "yes"},
        },
        {
            "id": "f2",
            "title": text("f"),
            "text": text("f"),
            "when": {
                "any": [
                    {"item": "m", "op": "=", "value": "z"},
                    {"item": "b", "op": "=", "value": True},
                ]
            },
        },
    ],
)
ITEMS = ["a", "b", "c", "m", "n", "d", "e"]
answers = st.one_of(
    st.sampled_from(["yes", "no", "p", "q", "r", True, False, None]),
    st.just({"declined": True}),
    st.sampled_from([["x"], ["y", "z"], ["x", "y", "z"], []]),
    st.integers(min_value=0, max_value=10),
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([None, "pregnant"]),
    st.lists(st.tuples(st.sampled_from(ITEMS), answers), max_size=30),
)
def test_the_result_kept_as_answers_come_equals_the_result_from_scratch(
    phase: str | None, steps: list[tuple[str, Any]]
) -> None:
    session = Session(BANDED, "en", Context(phase=phase))
    assert as_reference(session) == reference_result(session)
    for link_id, value in steps:
        try:
            session.answer(link_id, value)
        except AnswerError:
            continue
        assert as_reference(session) == reference_result(session)


# ------------------------------------------------------------------ sums
weights = st.sampled_from([-1.0, 0.0, 0.5, 1.0, 2.0, 3.0, 0.1, 1 / 3])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(weights, min_size=1, max_size=4), max_size=8))
def test_reached_totals_are_every_sum_of_one_choice_per_term(terms: list[list[float]]) -> None:
    found = Reach(decimal_scale(w for term in terms for w in term))
    for term in terms:
        found.add(term)
    brute = {Fraction(0)}
    for term in terms:
        brute = {t + Fraction(w) for t in brute for w in term}
    assert found.exact
    assert found.values() == sorted({round(float(v), 9) + 0.0 for v in brute})
    assert (found.low, found.high) == (min(found.values()), max(found.values()))


def test_a_thousand_item_score_is_listed_exactly() -> None:
    built: Instrument = generated(1000)
    values, exact = achievable_values(built, built.scores[0])
    assert exact
    assert values == [float(v) for v in range(len(values))]  # every whole number up to the top
