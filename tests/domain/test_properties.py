"""Property tests: random files never crash the loader, random answers never crash the engine,
and incremental visibility always equals visibility computed from scratch."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from tests.domain.builders import instrument, text, yes_no

from screening_app.domain.answers import AnswerError
from screening_app.domain.context import Context
from screening_app.domain.session import Session
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.loading.errors import DocumentError

MINIMAL_TEXT = (Path(__file__).parents[1] / "data" / "minimal.yaml").read_text(encoding="utf-8")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(max_size=12),
    st.sampled_from(["yes", "no", "q1", "q2", "choice", "group", "=", "all", "any", "da", "en"]),
)
json_like = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=8), children, max_size=4),
    ),
    max_leaves=30,
)


def _load(text_: str) -> None:
    """Load a document all the way; only DocumentError may come out."""
    caught: DocumentError | None = None
    try:
        check_parsed(parse_instrument_text(text_, "case.yaml"))
    except DocumentError as error:
        caught = error
    if caught is not None:
        assert caught.errors
        assert all(str(line).startswith("case.yaml:") for line in caught.errors)


def _dump(data: Any) -> str:
    stream = io.StringIO()
    YAML().dump(data, stream)
    return stream.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_the_loader(source: str) -> None:
    _load(source)


@settings(max_examples=150, deadline=None)
@given(json_like)
def test_arbitrary_structures_never_crash_the_loader(data: Any) -> None:
    _load(_dump({"root": data}) if not isinstance(data, dict) else _dump(data))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


BASE = YAML(typ="safe").load(MINIMAL_TEXT)
BASE_PATHS = _paths(BASE)[1:]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(BASE_PATHS), st.one_of(json_like, st.just("__delete__"))),
        min_size=1,
        max_size=4,
    )
)
@pytest.mark.slow
def test_mutated_valid_files_never_crash_the_loader(mutations: list[Any]) -> None:
    data = copy.deepcopy(BASE)
    for path, value in mutations:
        node = data
        try:
            for part in path[:-1]:
                node = node[part]
            if value == "__delete__":
                del node[path[-1]]
            else:
                node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _load(json.dumps(data, default=str))


RICH = instrument(
    [
        yes_no("a"),
        yes_no("b", enableWhen={"item": "a", "op": "=", "value": "yes"}),
        {
            "linkId": "g",
            "type": "group",
            "text": text("g"),
            "enableWhen": {
                "any": [
                    {"item": "b", "op": "=", "value": "yes"},
                    {"context": "phase", "op": "=", "value": "pregnant"},
                ]
            },
            "items": [
                {"linkId": "n", "type": "integer", "text": text("n"), "min": 0, "max": 10},
                yes_no("c", enableWhen={"item": "n", "op": ">", "value": 5}),
            ],
        },
        {
            "linkId": "m",
            "type": "multi-choice",
            "text": text("m"),
            "options": [{"code": k, "text": text(k), "weight": w} for k, w in [("x", 1), ("y", 2)]],
            "enableWhen": {"all": [{"item": "a", "op": "exists", "value": True}]},
        },
        yes_no("d", enableWhen={"item": "m", "op": "=", "value": "y"}),
    ],
    scores=[{"id": "s", "type": "sum", "title": text("s"), "items": ["a", "b", "c", "m", "d"]}],
    flags=[
        {
            "id": "f",
            "title": text("f"),
            "text": text("f"),
            "when": {"item": "d", "op": "=", "value": "yes"},
        }
    ],
)
LINK_IDS = ["a", "b", "g", "n", "c", "m", "d", "missing"]
values = st.one_of(
    st.sampled_from(["yes", "no", "x", "y"]),
    st.integers(min_value=-2, max_value=12),
    st.lists(st.sampled_from(["x", "y", "z"]), max_size=3),
    st.none(),
    st.booleans(),
    st.text(max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([None, "pregnant", "after-birth"]),
    st.lists(st.tuples(st.sampled_from(LINK_IDS), values), max_size=25),
)
def test_incremental_visibility_equals_a_fresh_computation(
    phase: str | None, steps: list[tuple[str, Any]]
) -> None:
    context = Context(phase=phase)
    session = Session(RICH, "en", context)
    for link_id, value in steps:
        refused: AnswerError | None = None
        try:
            session.answer(link_id, value)
        except AnswerError as error:
            refused = error
        if refused is not None:
            assert refused.message("da") != refused.message("en")
    given_answers = {i: session.given(i) for i in LINK_IDS[:-1] if session.given(i) is not None}
    fresh = Session(RICH, "en", context)
    fresh.restore(given_answers)  # answers to items hidden now are refused, as they should be
    assert [i.link_id for i in fresh.visible_items()] == [
        i.link_id for i in session.visible_items()
    ]
    assert fresh.answers == session.answers
    assert fresh.result().scores == session.result().scores
    assert fresh.result().flags == session.result().flags
    hidden = {i.link_id for i in RICH.items_by_id.values()} - {
        i.link_id for i in session.visible_items()
    }
    assert not hidden & set(session.answers)


def test_reachability_search_is_bounded_for_the_whole_instrument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file full of expensive conditions cannot make loading slow: past the total budget the
    remaining items get the benefit of the doubt (and within it, impossible items are found)."""
    from screening_app.domain import reachability

    impossible = {
        "all": [
            *({"item": f"q{i}", "op": "=", "value": "yes"} for i in range(6)),
            {"item": "q0", "op": "=", "value": "no"},
        ]
    }
    items = [yes_no(f"q{i}") for i in range(6)]
    items += [
        {"linkId": f"t{j}", "type": "display", "text": text("t"), "enableWhen": impossible}
        for j in range(3)
    ]
    built = instrument(items)
    assert [link_id for link_id, _loc in reachability.unreachable_items(built)] == [
        "t0",
        "t1",
        "t2",
    ]
    monkeypatch.setattr(reachability, "_TOTAL_BUDGET", 1)
    assert [link_id for link_id, _loc in reachability.unreachable_items(built)] == ["t0"]
