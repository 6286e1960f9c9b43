"""Bands with a condition (``when``): the outcome is the first band, in file order, whose range
holds the score and whose condition holds; bands without a condition are the fallback.

This is how one's own violence becomes its own outcome when the score (being exposed) is 0,
instead of the green band the score alone would give."""

from __future__ import annotations

from typing import Any

import pytest
from tests.domain.builders import instrument, text, yes_no

from screening_app.domain.checks import check_instrument
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session


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


OWN = {"item": "own", "op": "=", "value": "yes"}


def _built(bands: list[dict[str, Any]]) -> Instrument:
    return instrument(
        [yes_no("exposed", required=True), yes_no("own", weight_yes=0, required=True)],
        scores=[{"id": "s", "type": "sum", "title": text("s"), "items": ["exposed"]}],
        outcome={"score": "s", "bands": bands},
    )


SCREEN = _built(
    [
        _band("positive", 1, 1, "yellow"),
        _band("own-violence", 0, 0, "yellow", when=OWN),
        _band(
            "pregnant-no", 0, 0, "yellow", when={"context": "phase", "op": "=", "value": "pregnant"}
        ),
        _band("negative", 0, 0, "green"),
    ]
)


def _band_for(exposed: str, own: str, context: Context | None = None) -> str:
    session = Session(SCREEN, "da", context)
    session.answer("exposed", exposed)
    session.answer("own", own)
    result = session.result()
    assert result.band is not None
    return result.band.id


def test_the_instrument_with_conditional_bands_is_valid() -> None:
    assert check_instrument(SCREEN) == []


@pytest.mark.parametrize(
    ("exposed", "own", "context", "expected"),
    [
        ("no", "no", None, "negative"),
        ("no", "yes", None, "own-violence"),
        ("yes", "yes", None, "positive"),  # exposed and own violence: positive (a flag adds it)
        ("yes", "no", None, "positive"),
        ("no", "no", Context(phase="pregnant"), "pregnant-no"),
        ("no", "yes", Context(phase="pregnant"), "own-violence"),  # the first that holds
    ],
)
def test_the_first_band_whose_range_and_condition_hold_is_the_outcome(
    exposed: str, own: str, context: Context | None, expected: str
) -> None:
    assert _band_for(exposed, own, context) == expected


def test_a_hidden_answer_does_not_hold_a_band_condition() -> None:
    built = instrument(
        [
            yes_no("gate", required=True),
            yes_no("own", weight_yes=0, enableWhen={"item": "gate", "op": "=", "value": "yes"}),
        ],
        scores=[{"id": "s", "type": "sum", "title": text("s"), "items": ["gate"]}],
        outcome={
            "score": "s",
            "bands": [
                _band("own-violence", 0, 1, "yellow", when=OWN),
                _band("low", 0, 0, "green"),
                _band("high", 1, 1, "yellow"),
            ],
        },
    )
    assert check_instrument(built) == []
    session = Session(built, "da")
    session.answer("gate", "yes")
    session.answer("own", "yes")
    assert session.result().band is not None
    assert session.result().band.id == "own-violence"  # type: ignore[union-attr]
    session.answer("gate", "no")  # hides 'own': its answer no longer counts
    assert session.result().band.id == "low"  # type: ignore[union-attr]


def test_no_band_until_the_required_questions_are_answered() -> None:
    session = Session(SCREEN, "da")
    session.answer("own", "yes")
    assert session.result().band is None


def _messages(bands: list[dict[str, Any]]) -> list[str]:
    return [p.message for p in check_instrument(_built(bands))]


def test_the_checks_understand_conditional_bands() -> None:
    # Conditional bands may overlap the fallback; the fallback alone must cover every value.
    assert _messages([_band("c", 0, 1, "red", when=OWN), _band("all", 0, 1, "green")]) == []
    only_conditional = _messages([_band("c", 0, 1, "red", when=OWN), _band("low", 0, 0, "green")])
    assert only_conditional == [
        (
            "score 's' can be 1, which no band without a condition covers (those cover 0; "
            "the score ranges 0 to 1)"
        )
    ]
    after = _messages([_band("all", 0, 1, "green"), _band("c", 0, 0, "red", when=OWN)])
    assert after == [
        (
            "band 'c' can never be chosen: band 'all', which has no condition, comes before it "
            "and covers the same values (put the bands with a condition first)"
        )
    ]
    outside = _messages([_band("c", 3, 4, "red", when=OWN), _band("all", 0, 1, "green")])
    assert outside == ["band 'c' (3 to 4) covers no value score 's' can take"]
    unknown = _messages(
        [
            _band("c", 0, 0, "red", when={"item": "nope", "op": "=", "value": "yes"}),
            _band("all", 0, 1, "green"),
        ]
    )
    assert unknown == ["unknown item 'nope'"]
    wrong_value = _messages(
        [
            _band("c", 0, 0, "red", when={"item": "own", "op": "=", "value": "maybe"}),
            _band("all", 0, 1, "green"),
        ]
    )
    assert wrong_value == ["must be one of the item's option codes: yes, no"]
