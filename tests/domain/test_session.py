"""The answer session: visibility, answers, completeness, scores, bands, flags, summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.domain.builders import instrument, text, yes_no

from screening_app.domain.answers import AnswerError
from screening_app.domain.context import Context
from screening_app.domain.session import Session, answers_json
from screening_app.instruments.yaml_format import load_instrument

MINIMAL = Path(__file__).parents[1] / "data" / "minimal.yaml"


@pytest.fixture
def minimal() -> Session:
    return Session(load_instrument(MINIMAL), "da", Context(phase="after-birth"))


def visible_ids(session: Session) -> list[str]:
    return [item.link_id for item in session.visible_items()]


def test_conditions_on_answers_show_and_hide_items(minimal: Session) -> None:
    assert visible_ids(minimal) == ["intro", "q1", "age"]
    minimal.answer("q1", "yes")
    assert visible_ids(minimal) == ["intro", "q1", "q2", "age"]
    minimal.answer("q1", "no")
    assert "q2" not in visible_ids(minimal)


def test_conditions_on_context() -> None:
    loaded = load_instrument(MINIMAL)
    assert "pregnant-only" in visible_ids(Session(loaded, "en", Context(phase="pregnant")))
    assert "pregnant-only" not in visible_ids(Session(loaded, "en", Context()))


def test_answers_to_hidden_items_stop_counting_and_return_when_shown(minimal: Session) -> None:
    minimal.answer("q1", "yes")
    minimal.answer("q2", "yes")
    assert minimal.result().scores == {"total": 3.0}
    assert [f.id for f in minimal.result().flags] == ["urgent"]
    minimal.answer("q1", "no")
    result = minimal.result()
    assert result.scores == {"total": 0.0}
    assert result.flags == ()
    assert "q2" not in minimal.answers
    assert minimal.given("q2") == "yes"  # kept, so it comes back if the item is shown again
    minimal.answer("q1", "yes")
    assert minimal.result().scores == {"total": 3.0}


def test_band_actions_and_completeness(minimal: Session) -> None:
    result = minimal.result()
    assert not result.complete
    assert result.missing == ("q1",)
    assert result.band is None  # no band (not even green) before every required answer
    minimal.answer("q1", "yes")
    result = minimal.result()
    assert result.complete
    assert result.band is not None
    assert (result.band.id, result.band.colour) == ("high", "yellow")
    assert [s.get("en") for s in result.actions.steps] == ["Talk about it."]


def test_wrong_answers_are_refused_with_a_reason_in_both_languages(minimal: Session) -> None:
    with pytest.raises(AnswerError) as error:
        minimal.answer("q1", "maybe")
    assert error.value.code == "unknown_option"
    assert error.value.message("da") == "'maybe' er ikke en af svarmulighederne (yes, no)."
    assert error.value.message("en") == "'maybe' is not one of the answer options (yes, no)."
    cases = [
        ("age", "thirty", "expected_integer"),
        ("age", 2.5, "expected_integer"),
        ("age", True, "expected_integer"),
        ("age", -1, "below_min"),
        ("age", 121, "above_max"),
        ("q2", "yes", "hidden"),
        ("intro", "x", "not_a_question"),
        ("nope", "x", "unknown_item"),
    ]
    for link_id, value, code in cases:
        with pytest.raises(AnswerError) as caught:
            minimal.answer(link_id, value)
        assert caught.value.code == code, (link_id, value)
    assert minimal.answers == {}


def test_clearing_an_answer(minimal: Session) -> None:
    minimal.answer("age", 30.0)
    assert minimal.answers == {"age": 30}
    minimal.answer("age", None)
    assert minimal.answers == {}


def test_every_item_type_normalises_its_answers() -> None:
    built = instrument(
        [
            {"linkId": "b", "type": "boolean", "text": text("b")},
            {
                "linkId": "m",
                "type": "multi-choice",
                "text": text("m"),
                "options": [
                    {"code": "a", "text": text("a"), "weight": 1},
                    {"code": "c", "text": text("c"), "weight": 2.5},
                ],
            },
            {"linkId": "d", "type": "decimal", "text": text("d"), "min": 0.5},
            {"linkId": "when", "type": "date", "text": text("when"), "max": dt.date(2030, 1, 1)},
            {"linkId": "s", "type": "string", "text": text("s"), "maxLength": 5},
            {"linkId": "t", "type": "text", "text": text("t")},
        ],
        scores=[{"id": "m-sum", "type": "sum", "title": text("sum"), "items": ["m"]}],
    )
    session = Session(built, "en")
    assert session.answer("b", False) is False
    assert session.answer("m", ["c", "a"]) == ("a", "c")  # option order, not click order
    assert session.answer("m", []) is None
    session.answer("m", ["c"])
    assert session.answer("d", 3) == 3.0
    assert session.answer("when", "2026-11-27") == dt.date(2026, 11, 27)
    assert session.answer("s", "  ") is None
    assert session.answer("t", "line one\nline two") == "line one\nline two"
    assert session.result().scores == {"m-sum": 2.5}
    refused = [
        ("b", "yes", "expected_boolean"),
        ("m", "a", "expected_options"),
        ("m", ["a", "a"], "duplicate_option"),
        ("m", ["z"], "unknown_option"),
        ("d", 0.1, "below_min"),
        ("d", float("nan"), "expected_number"),
        ("when", "27/11/2026", "expected_date"),
        ("when", "2031-01-01", "above_max"),
        ("when", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "expected_date"),
        ("s", "too long", "too_long"),
        ("t", 42, "expected_text"),
    ]
    for link_id, value, code in refused:
        with pytest.raises(AnswerError) as caught:
            session.answer(link_id, value)
        assert caught.value.code == code, (link_id, value)
    with pytest.raises(AnswerError) as below:
        session.answer("d", 0.25)
    assert below.value.message("da") == "Svaret må ikke være mindre end 0,5."
    assert below.value.message("en") == "The answer must not be less than 0.5."
    assert answers_json(session.answers) == {
        "b": False,
        "m": ["c"],
        "d": 3.0,
        "when": "2026-11-27",
        "t": "line one\nline two",
    }


def test_groups_hide_their_children_and_nested_all_any() -> None:
    built = instrument(
        [
            yes_no("gate"),
            {
                "linkId": "section",
                "type": "group",
                "text": text("section"),
                "enableWhen": {"item": "gate", "op": "=", "value": "yes"},
                "items": [
                    yes_no("inner"),
                    {
                        "linkId": "deep",
                        "type": "integer",
                        "text": text("deep"),
                        "enableWhen": {
                            "any": [
                                {"item": "inner", "op": "=", "value": "yes"},
                                {
                                    "all": [
                                        {"context": "role", "op": "=", "value": "other"},
                                        {"context": "childAgeWeeks", "op": ">=", "value": 8},
                                    ]
                                },
                            ]
                        },
                    },
                ],
            },
        ]
    )
    session = Session(built, "da", Context(role="other", child_age_weeks=10))
    assert visible_ids(session) == ["gate"]
    session.answer("gate", "yes")
    assert visible_ids(session) == ["gate", "section", "inner", "deep"]
    session.answer("deep", 4)
    session.answer("gate", "no")
    assert visible_ids(session) == ["gate"]
    assert session.answers == {"gate": "no"}
    young = Session(built, "da", Context(role="other", child_age_weeks=4))
    young.answer("gate", "yes")
    assert "deep" not in visible_ids(young)
    young.answer("inner", "yes")
    assert "deep" in visible_ids(young)


def test_operators_on_unanswered_items_follow_fhir() -> None:
    built = instrument(
        [
            {"linkId": "n", "type": "integer", "text": text("n")},
            *[
                {
                    "linkId": f"show-{name}",
                    "type": "display",
                    "text": text(name),
                    "enableWhen": {"item": "n", "op": op, "value": value},
                }
                for name, op, value in [
                    ("eq", "=", 3),
                    ("ne", "!=", 3),
                    ("gt", ">", 3),
                    ("le", "<=", 3),
                    ("exists", "exists", True),
                    ("absent", "exists", False),
                ]
            ],
        ]
    )
    session = Session(built, "en")
    assert visible_ids(session) == ["n", "show-ne", "show-absent"]
    session.answer("n", 3)
    assert visible_ids(session) == ["n", "show-eq", "show-le", "show-exists"]
    session.answer("n", 4)
    assert visible_ids(session) == ["n", "show-ne", "show-gt", "show-exists"]


def test_restore_reapplies_in_document_order_and_reports_refusals() -> None:
    session = Session(load_instrument(MINIMAL), "en")
    refused = session.restore({"q2": "yes", "q1": "yes", "age": "old", "ghost": 1})
    assert session.answers == {"q1": "yes", "q2": "yes"}
    assert [(link_id, error.code) for link_id, error in refused] == [
        ("age", "expected_integer"),
        ("ghost", "unknown_item"),
    ]


def test_summary_in_the_session_language(minimal: Session) -> None:
    minimal.answer("q1", "yes")
    minimal.answer("q2", "yes")
    assert minimal.summary().splitlines() == [
        "Testskema (version 1.0.0, dansk).",
        "Resultat: Høj (gul).",
        "Tegn.",
        "Point: Point 3.",
        "Særlige forhold: Haster.",
        "Handl i dag.",
        "Hvad nu:",
        "- Tal om det.",
    ]


def test_result_json_has_the_documented_fields(minimal: Session) -> None:
    data = minimal.result().to_json()
    assert set(data) == {
        "instrument",
        "version",
        "language",
        "translationVersion",
        "scores",
        "band",
        "flags",
        "actions",
        "complete",
        "missing",
        "declined",
        "outcomeDeclined",
        "outcomeQuestions",
        "undetermined",
    }
    assert data["band"] is None
    minimal.answer("q1", "no")
    assert minimal.result().to_json()["band"] == {"id": "low", "colour": "green", "title": "Lav"}


def test_a_session_in_an_undeclared_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no language 'fr'"):
        Session(load_instrument(MINIMAL), "fr")
