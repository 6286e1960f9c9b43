"""The incremental result against the result from scratch (``reference_result``) on an
instrument with every shape the engine supports: a forward reference, a read-only item with an
initial answer, a hidden one, an open choice, calculated items (one that a condition reads, one
inside a repeating group), a repeating group whose items feed a score, a condition and a band's
condition from outside it, a question shown by a score, a formula score that a band's condition
and a flag read, and declined answers anywhere. Random sequences of answers, changes, declines,
repetitions added and removed, in either phase; after every step the session's visibility,
values and result equal those worked out from scratch, and a session restored from what it
stores gives the same result.
"""

from __future__ import annotations

import contextlib
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.domain.builders import instrument, text, yes_no
from tests.domain.generated import answer_for, generated
from tests.domain.reference_result import as_reference, reference_result

from screening_app.domain.answers import AnswerError
from screening_app.domain.checks import check_instrument
from screening_app.domain.context import Context
from screening_app.domain.instrument import is_question
from screening_app.domain.session import CompiledInstrument, Session, answers_json


def _choice(link_id: str, weights: list[tuple[str, float]], **extra: Any) -> dict[str, Any]:
    return {
        "linkId": link_id,
        "type": "choice",
        "text": text(link_id),
        "options": [{"code": c, "text": text(c), "weight": w} for c, w in weights],
        **extra,
    }


def _band(band_id: str, low: float, high: float, colour: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": band_id,
        "min": low,
        "max": high,
        "colour": colour,
        "title": text(band_id),
        "text": text(band_id),
        **extra,
    }


def _flag(flag_id: str, when: dict[str, Any]) -> dict[str, Any]:
    return {"id": flag_id, "title": text(flag_id), "text": text(flag_id), "when": when}


EVERY_SHAPE = instrument(
    [
        # shown by an answer further on (a forward reference)
        yes_no("early", enableWhen={"item": "late", "op": "exists", "value": True}),
        yes_no("a", required=True),
        {
            "linkId": "b",
            "type": "boolean",
            "text": text("b"),
            "enableWhen": {
                "any": [
                    {"item": "a", "op": "exists", "value": True},
                    {"context": "phase", "op": "=", "value": "pregnant"},
                ]
            },
        },
        yes_no("fixed", weight_yes=2, readOnly=True, initial="yes"),
        yes_no("secret", hidden=True, initial="yes"),
        _choice("open", [("p", 0), ("q", 1), ("r", 2)], open=True),
        {"linkId": "age", "type": "integer", "text": text("age"), "min": 0, "max": 60},
        {
            "linkId": "calc",
            "type": "integer",
            "text": text("calc"),
            "calculated": {"sum": [{"weight": "a"}, {"weight": "open"}, {"item": "age"}]},
        },
        yes_no(
            "calcshow",
            weight_yes=3,
            required=True,
            enableWhen={"item": "calc", "op": ">=", "value": 3},
        ),
        {
            "linkId": "meds",
            "type": "group",
            "text": text("meds"),
            "repeats": True,
            "maxRepeats": 3,
            "items": [
                _choice("kind", [("pill", 1), ("other", 5)], required=True),
                {
                    "linkId": "which",
                    "type": "string",
                    "text": text("which"),
                    "enableWhen": {"item": "kind", "op": "=", "value": "other"},
                },
                {"linkId": "dose", "type": "integer", "text": text("dose"), "min": 0, "max": 9},
                {
                    "linkId": "double",
                    "type": "integer",
                    "text": text("double"),
                    "calculated": {"multiply": [{"item": "dose"}, 2]},
                },
            ],
        },
        yes_no("after", enableWhen={"item": "kind", "op": "=", "value": "other"}),
        yes_no("scored", enableWhen={"score": "total", "op": ">=", "value": 6}),
        {"linkId": "late", "type": "boolean", "text": text("late"), "clinicianOnly": True},
    ],
    scores=[
        {
            "id": "total",
            "type": "sum",
            "title": text("total"),
            "items": ["early", "a", "fixed", "open", "calcshow", "kind", "after"],
        },
        {
            "id": "yes",
            "type": "count",
            "title": text("yes"),
            "items": ["a", "secret", "scored", "calcshow", "early"],
            "value": "yes",
        },
        {
            "id": "risk",
            "type": "formula",
            "title": text("risk"),
            "formula": {"sum": [{"score": "total"}, {"item": "calc"}, {"count": ["dose"]}]},
        },
    ],
    outcome={
        "score": "total",
        "bands": [
            _band(
                "own",
                1,
                40,
                "yellow",
                when={
                    "all": [
                        {"item": "b", "op": "=", "value": True},
                        {"item": "kind", "op": "!=", "value": "pill"},
                    ]
                },
            ),
            _band("risky", 3, 40, "red", when={"score": "risk", "op": ">=", "value": 12}),
            _band("low", 0, 2, "green"),
            _band("mid", 3, 8, "yellow"),
            _band("high", 9, 40, "red"),
        ],
    },
    flags=[
        _flag("shown", {"item": "calcshow", "op": "=", "value": "yes"}),
        _flag("much", {"score": "risk", "op": ">", "value": 15}),
        _flag("other", {"item": "kind", "op": "=", "value": "other"}),
        _flag("late", {"item": "late", "op": "=", "value": True}),
    ],
)

COMPILED = CompiledInstrument.build(EVERY_SHAPE)

_VALUES: dict[str, list[Any]] = {
    "early": ["yes", "no"],
    "a": ["yes", "no"],
    "b": [True, False],
    "fixed": ["no"],  # read-only: refused
    "secret": ["no"],  # hidden: refused
    "open": ["p", "q", "r", {"other": "something else"}],
    "age": [0, 1, 2, 5, 60],
    "calc": [4],  # calculated: refused
    "calcshow": ["yes", "no"],
    "kind": ["pill", "other"],
    "which": ["this one"],
    "dose": [0, 1, 4, 9],
    "double": [2],  # calculated: refused
    "after": ["yes", "no"],
    "scored": ["yes", "no"],
    "late": [True, False],
}
_DECLINED = {"declined": True}

# the items the band, the flags and the formula score read come up twice as often
_OFTEN = ["a", "b", "open", "age", "calcshow", "kind", "dose", "late"]
answer_steps = st.tuples(
    st.just("answer"),
    st.sampled_from(sorted(_VALUES) + _OFTEN),
    st.integers(min_value=0, max_value=9),  # which value (round the list; 8-9: clear, decline)
    st.integers(min_value=0, max_value=2),  # the repetition
)
repeat_steps = st.tuples(
    st.sampled_from(["add", "remove"]),
    st.just("meds"),
    st.just(0),
    st.integers(min_value=0, max_value=2),
)


def test_the_instrument_with_every_shape_passes_the_loader_checks() -> None:
    assert check_instrument(EVERY_SHAPE) == []


_STARTS = (
    (("a", "no"), ("kind", "pill"), ("b", True)),
    (("a", "yes"), ("open", "r"), ("calcshow", "no"), ("kind", "other"), ("b", False)),
)


def _step(session: Session, step: tuple[str, str, int, int]) -> None:
    kind, link_id, which, repeat = step
    if kind == "add":
        session.add_repeat(link_id)
    elif kind == "remove":
        session.remove_repeat(link_id, min(repeat, session.repeat_count(link_id) - 1))
    else:
        values = _VALUES[link_id]
        value = None if which == 8 else _DECLINED if which == 9 else values[which % len(values)]
        session.answer(link_id, value, repeat)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([None, "pregnant"]),
    st.sampled_from([(), _STARTS[0], _STARTS[1]]),
    st.lists(st.one_of(answer_steps, answer_steps, answer_steps, repeat_steps), max_size=40),
)
def test_every_shape_kept_as_answers_come_equals_the_result_from_scratch(
    phase: str | None, start: tuple[tuple[str, Any], ...], steps: list[tuple[str, str, int, int]]
) -> None:
    context = Context(phase=phase)
    session = Session(COMPILED, "en", context)
    assert as_reference(session) == reference_result(session)
    for link_id, value in start:  # the required questions first: every step moves a band
        session.answer(link_id, value)
        assert as_reference(session) == reference_result(session)
    for step in steps:
        try:
            _step(session, step)
        except AnswerError:
            continue
        assert as_reference(session) == reference_result(session)
    restored = Session(COMPILED, "en", context)
    assert restored.restore(answers_json(session.given_answers())) == []
    assert as_reference(restored) == as_reference(session)
    assert restored.given_answers() == session.given_answers()


def test_the_oracle_sees_the_shapes_it_is_meant_to() -> None:
    """One fixed path through the instrument reaches what the random ones rely on: the
    calculated item showing a question, a second repetition, a band by a band condition on
    the formula score, and a declined answer in a repeating group."""
    session = Session(COMPILED, "en", Context())
    session.answer("a", "yes")
    session.answer("open", "r")
    assert session.value("calc") == 3
    assert session.is_visible("calcshow")
    session.answer("calcshow", "yes")
    session.answer("kind", "pill")
    session.add_repeat("meds")
    session.answer("kind", "other", 1)
    session.answer("dose", 4, 1)
    assert session.value("double", 1) == 8
    assert session.value("kind") == ("pill", "other")
    result = session.result()
    assert result.scores["total"] == 1 + 2 + 2 + 3 + 1 + 5
    assert result.scores["risk"] == 14 + 3 + 1
    assert result.band is not None
    assert result.band.id == "risky"
    assert {flag.id for flag in result.flags} == {"shown", "much", "other"}
    session.answer("kind", {"declined": True}, 1)
    result = session.result()
    assert result.declined == ("kind",)
    assert as_reference(session) == reference_result(session)


def test_a_long_generated_form_with_every_shape_equals_the_result_from_scratch() -> None:
    """The generated instrument the cost tests and benchmarks use, with every shape, filled
    in (a repetition added in every section, an answer declined now and then, earlier
    answers changed): checked against the result from scratch along the way."""
    session = Session(generated(100, every_shape=True), "da", Context(phase="after-birth"))
    rng = random.Random(3)
    questions = [i for i, item in session.instrument.items_by_id.items() if is_question(item)]
    for step, link_id in enumerate(questions):
        if not session.is_visible(link_id) or session.is_locked(link_id):
            continue
        group = session.repeating_group(link_id)
        repeat = 0
        if group is not None and rng.random() < 0.5:
            repeat = session.add_repeat(group) if session.repeat_count(group) < 3 else 1
        item = session.instrument.item(link_id)
        value = {"declined": True} if step % 11 == 0 else answer_for(item, rng)
        with contextlib.suppress(AnswerError):  # hidden in that repetition
            session.answer(link_id, value, repeat)
        if step % 7 == 0:
            earlier = rng.choice(questions[: step + 1])
            if session.is_visible(earlier) and not session.is_locked(earlier):
                session.answer(earlier, answer_for(session.instrument.item(earlier), rng))
        if step % 3 == 0:
            assert as_reference(session) == reference_result(session)
    result = session.result()
    assert result.band is not None or result.undetermined or result.missing
    assert as_reference(session) == reference_result(session)
