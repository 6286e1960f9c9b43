"""The answer-path walker the bundled-instrument tests rely on, on the small test instrument."""

from __future__ import annotations

from typing import Any

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.instruments.yaml_format import load_instrument
from tests.conftest import REPO
from tests.instruments import paths
from tests.instruments.paths import Step, Walk, contexts


@pytest.fixture
def minimal() -> Instrument:
    return load_instrument(REPO / "tests" / "data" / "minimal.yaml")


def _walk(instrument: Instrument) -> tuple[int, set[tuple[str, Any]], list[list[Step]]]:
    walk = Walk.of(instrument)
    given: set[tuple[str, Any]] = set()
    leaves: list[list[Step]] = []

    def on_step(_s: Session, _prefix: list[Step], link_id: str, value: Any) -> None:
        given.add((link_id, tuple(value) if isinstance(value, list) else value))

    def on_leaf(session: Session, path: list[Step]) -> None:
        assert session.complete
        leaves.append(list(path))

    total = sum(walk.run(context, on_leaf, on_step) for context in contexts(instrument))
    return total, given, leaves


def test_contexts_cover_each_phase_and_unknown(minimal: Instrument) -> None:
    # minimal.yaml's conditions use only the phase.
    assert contexts(minimal) == [
        Context(phase="pregnant"),
        Context(phase="after-birth"),
        Context(),
    ]


def test_the_walk_visits_every_distinct_path_once(minimal: Instrument) -> None:
    total, given, leaves = _walk(minimal)
    # q1 yes -> q2 yes/no/unanswered, q1 no -> q2 hidden: 4; "pregnant-only" (optional, shown in
    # pregnancy) 3 ways; "age" (optional integer) 0, 120 or unanswered: 3.
    # In pregnancy 4 * 3 * 3 = 36; after the birth and unknown 4 * 3 = 12 each.
    assert total == 60
    # The same answers from "after the birth" and "unknown" are one path: 36 + 12 distinct.
    assert len({tuple(map(tuple, leaf)) for leaf in leaves}) == 48
    assert ("q2", "yes") in given
    assert ("pregnant-only", True) in given
    assert ("age", 120) in given


def test_a_large_instrument_is_walked_in_rotation_and_still_covers_every_answer(
    minimal: Instrument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "EXHAUSTIVE_LIMIT", 1)
    total, given, _leaves = _walk(minimal)
    # q1 (referred to by q2's condition) branches fully; the rest rotate over 3 variants.
    assert total == 2 * 3 * 3
    walk = Walk.of(minimal)
    for link_id, values in walk.candidates.items():
        for value in values:
            assert (link_id, tuple(value) if isinstance(value, list) else value) in given
