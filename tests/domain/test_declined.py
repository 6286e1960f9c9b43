"""'Ønsker ikke at svare' (declined to answer): a value of its own, never a no, never a flag,
and a band only when the band does not depend on it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.domain.builders import instrument, text, yes_no

from screening_app.domain.answers import (
    DECLINED,
    DECLINED_JSON,
    AnswerError,
    answer_json,
    is_declined,
    normalise_answer,
)
from screening_app.domain.context import Context
from screening_app.domain.record_note import record_note
from screening_app.domain.session import Session, answers_json
from screening_app.instruments.yaml_format import load_instrument

IPV = Path(__file__).parents[2] / "questionnaires" / "ipv-screen.yaml"
PREGNANT = Context(role="pregnant-woman", phase="pregnant")
# The questions a pregnant woman is asked; the first six feed the outcome score, and a band's
# condition reads own violence: the seven questions that give the result.
EXPOSED = ["humiliated", "afraid", "forced-sex", "hurt", "hurt-pregnancy", "family-violence"]
OTHERS = ["own-violence", "children-at-home"]


def ipv(answers: dict[str, Any]) -> Session:
    session = Session(load_instrument(IPV), "da", PREGNANT)
    for link_id in [*EXPOSED, *OTHERS]:
        session.answer(link_id, answers.get(link_id, "no"))
    return session


# One row per rule: the answers, then the band, "undetermined", and the declined line.
ROWS = [
    pytest.param({}, "negative", False, None, id="all-no-is-negative"),
    pytest.param(
        {"humiliated": DECLINED, "hurt": DECLINED},
        None,
        True,
        "Screeningen er ufuldstændig: ønsker ikke at svare på 2 af 7.",
        id="declined-is-never-scored-as-no",
    ),
    pytest.param(
        {"afraid": "yes", "hurt": DECLINED},
        "positive",
        False,
        "Ønsker ikke at svare på 1 af 7 spørgsmål, der giver resultatet; resultatet er det "
        "samme, uanset hvad svarene havde været.",
        id="a-yes-elsewhere-is-positive-anyway",
    ),
    pytest.param(
        dict.fromkeys(EXPOSED, DECLINED),
        None,
        True,
        "Screeningen er ufuldstændig: ønsker ikke at svare på 6 af 7.",
        id="all-declined",
    ),
    pytest.param(
        {"own-violence": DECLINED},
        None,
        True,
        "Screeningen er ufuldstændig: ønsker ikke at svare på 1 af 7.",
        id="declined-own-violence-with-all-no-is-never-green",
    ),
    pytest.param(
        {"own-violence": DECLINED, "afraid": "yes"},
        "positive",
        False,
        "Ønsker ikke at svare på 1 af 7 spørgsmål, der giver resultatet; resultatet er det "
        "samme, uanset hvad svarene havde været.",
        id="declined-own-violence-with-a-yes-is-positive-anyway",
    ),
    pytest.param(
        {"children-at-home": DECLINED},
        "negative",
        False,
        None,
        id="declined-outside-the-outcome-leaves-the-band",
    ),
]


@pytest.mark.parametrize(("answers", "band", "undetermined", "line"), ROWS)
def test_the_band_is_given_only_when_declined_answers_cannot_change_it(
    answers: dict[str, Any], band: str | None, undetermined: bool, line: str | None
) -> None:
    result = ipv(answers).result()
    assert result.complete  # a declined answer satisfies "required"
    assert (result.band.id if result.band else None) == band
    assert result.undetermined == undetermined
    assert result.declined_line("da") == line


def test_declined_raises_no_flag_and_counts_for_no_score() -> None:
    session = ipv({"own-violence": DECLINED, "hurt": DECLINED, "afraid": "yes"})
    result = session.result()
    assert [flag.id for flag in result.flags] == ["child-concern"]  # from "afraid", not "hurt"
    assert "own-violence" not in {flag.id for flag in result.flags}
    assert result.scores == {"exposed": 1.0, "hark": 1.0}
    assert result.score_ranges == {"exposed": (1.0, 2.0), "hark": (1.0, 2.0)}
    assert result.declined == ("hurt", "own-violence")
    assert result.outcome_declined == ("hurt", "own-violence")
    assert len(result.outcome_questions) == 7
    assert "hurt" not in session.answers  # conditions, scores and flags never see it
    assert session.given("hurt") is DECLINED


def test_english_line_and_the_note_for_the_record() -> None:
    result = ipv(
        {
            "humiliated": DECLINED,
            "hurt": DECLINED,
            "own-violence": DECLINED,
            "children-at-home": DECLINED,
        }
    ).result()
    assert result.declined_line("en") == "Screening incomplete: declined 3 of 7."
    note = record_note(result, "da")
    assert "Screeningen er ufuldstændig: ønsker ikke at svare på 3 af 7." in note
    assert "Ønsker ikke at svare på 4 spørgsmål i alt." in note
    assert "HARK (antal ja, 0-4) 0-2 (ønsker ikke at svare på 2)" in note
    assert "Resultat:" not in note  # no band, and no "falls in no band" either
    english = record_note(result, "en")
    assert "Screening incomplete: declined 3 of 7." in english


def test_declined_differs_from_unanswered_and_from_clearing() -> None:
    session = ipv({})
    session.clear("hurt")
    assert session.missing_required() == ["hurt"]
    assert session.result().band is None
    assert not session.result().undetermined  # unanswered, not declined
    session.answer("hurt", DECLINED)
    assert session.missing_required() == []
    assert session.is_declined("hurt")
    session.clear("hurt")
    assert not session.is_declined("hurt")
    assert session.given("hurt") is None


def test_the_stored_form_never_collides_with_a_real_answer() -> None:
    assert answer_json(DECLINED) == DECLINED_JSON == {"declined": True}
    assert json.loads(json.dumps(answer_json(DECLINED))) == {"declined": True}
    assert is_declined({"declined": True})
    for not_declined in ({"declined": 1}, {"declined": True, "x": 1}, "declined", True, [True]):
        assert not is_declined(not_declined)
    item = load_instrument(IPV).item("hurt")
    with pytest.raises(AnswerError):
        normalise_answer(item, {"declined": 1})
    # every item type takes DECLINED, and no real answer normalises to it
    built = instrument(
        [
            yes_no("c"),
            {"linkId": "b", "type": "boolean", "text": text("b")},
            {"linkId": "i", "type": "integer", "text": text("i")},
            {"linkId": "d", "type": "date", "text": text("d")},
            {"linkId": "s", "type": "string", "text": text("s")},
            {
                "linkId": "m",
                "type": "multi-choice",
                "text": text("m"),
                "options": [{"code": "x", "text": text("x")}],
            },
        ]
    )
    session = Session(built, "en")
    for link_id in ("c", "b", "i", "d", "s", "m"):
        assert session.answer(link_id, DECLINED) is DECLINED
        assert session.answer(link_id, {"declined": True}) is DECLINED
    assert session.declined == ("c", "b", "i", "d", "s", "m")


def test_stored_answers_round_trip_through_restore() -> None:
    session = ipv({"humiliated": DECLINED, "afraid": "yes"})
    stored = json.loads(json.dumps(answers_json(session.given_answers())))
    assert stored["humiliated"] == {"declined": True}
    again = Session(load_instrument(IPV), "da", PREGNANT)
    assert again.restore(stored) == []
    assert again.declined == ("humiliated",)
    assert again.result().band == session.result().band
    assert again.answers == session.answers


def test_sum_scores_try_every_weight_the_declined_item_could_have() -> None:
    weighted = {
        "linkId": "w",
        "type": "choice",
        "text": text("w"),
        "options": [
            {"code": "a", "text": text("a"), "weight": 1},
            {"code": "b", "text": text("b"), "weight": 2},
        ],
    }
    built = instrument(
        [weighted, yes_no("q")],
        scores=[{"id": "t", "type": "sum", "title": text("t"), "items": ["w", "q"]}],
        outcome={
            "score": "t",
            "bands": [
                {"id": "low", "min": 0, "max": 0, "colour": "green", "title": text("l"),
                 "text": text("l")},
                {"id": "mid", "min": 1, "max": 2, "colour": "yellow", "title": text("m"),
                 "text": text("m")},
                {"id": "high", "min": 3, "max": 3, "colour": "red", "title": text("h"),
                 "text": text("h")},
            ],
        },
    )  # fmt: skip
    session = Session(built, "en")
    session.answer("w", DECLINED)
    session.answer("q", "no")
    # "w" adds 1 or 2 (never 0: every option has a weight), so the total is 1-2: "mid"
    assert session.result().band is not None
    assert session.result().band.id == "mid"  # type: ignore[union-attr]
    session.answer("q", "yes")  # 2-3: "mid" or "high"
    assert session.result().band is None
    assert session.result().undetermined


def test_english_counts_take_the_singular_for_one() -> None:
    from screening_app.domain.declined import declined_text

    assert declined_text(1, 1, "en", determined=True).startswith("Declined 1 of 1 question that")
    assert declined_text(2, 7, "en", determined=True).startswith("Declined 2 of 7 questions that")
    assert "spørgsmål" in declined_text(1, 1, "da", determined=True)
