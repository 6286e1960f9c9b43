"""What real forms use, declared in YAML (``forms.yaml``): it behaves as declared, exports as a
valid SDC Questionnaire that imports back exactly and behaves the same, its FHIRPath (calculated
values, score variables, conditions on scores) means what the engine computes, and answers to it
export as a valid QuestionnaireResponse."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from fhirpathpy import evaluate
from fhirpathpy.models import models
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from screening_app.domain.answer_values import OtherText, Quantity
from screening_app.domain.answers import AnswerError
from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DateTimeItem,
    DecimalItem,
    Instrument,
    IntegerItem,
    MultiChoiceItem,
    QuantityItem,
    StringItem,
    TimeItem,
    is_question,
    walk_items,
)
from screening_app.domain.session import Session
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_VARIABLE,
)
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from screening_app.instruments.fhir_response import export_response
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from tests.fhir.support import (
    HERE,
    as_json,
    by_link_id,
    instrument,
    valid_questionnaire,
    valid_response,
)

FORMS = HERE / "forms.yaml"
AUTHORED = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def forms() -> Instrument:
    return instrument(FORMS)


def _session(forms: Instrument) -> Session:
    return Session(forms, "da", Context())


# ----------------------------------------------------------------- behaviour
def test_hidden_read_only_and_initial_answers(forms: Instrument) -> None:
    session = _session(forms)
    shown = {item.link_id for item in session.visible_items()}
    assert "q-site" not in shown  # hidden
    assert "q-heavy" not in shown
    assert session.value("q-site") == "clinic-a"  # its initial value counts
    assert session.given("/1/q2") == "n"  # starts with its initial answer
    assert session.value("q-fixed") == 7
    for link_id in ("q-fixed", "q-bmi", "q-site"):
        with pytest.raises(AnswerError):
            session.answer(link_id, 1)
    # what a record stores: what was answered, not fixed or calculated values
    assert set(session.given_answers()) == {"/1/q2"}


def test_calculated_values_follow_their_answers(forms: Instrument) -> None:
    session = _session(forms)
    assert session.value("q-bmi") is None
    session.answer("q-weight", {"value": 81, "unit": "kg"})
    session.answer("q-height", 180.0)
    assert session.value("q-bmi") == 25.0
    assert session.value("q-label") == "Site: clinic-a"
    assert session.value("q-heavy") is False
    session.answer("q-weight", {"value": 120, "unit": "kg"})
    assert session.value("q-heavy") is True
    assert session.value("q-answered") == 1  # /1/q2 (its initial answer)
    session.answer("q-time", "07:15")
    assert session.value("q-answered") == 2


def test_formula_scores_and_conditions_on_scores(forms: Instrument) -> None:
    session = _session(forms)
    assert session.result().scores["points"] == 0
    assert "heavy-points" not in session.result().scores  # empty while not heavy
    assert not session.is_visible("q-points-shown")
    session.answer("q-pets", ["cat", {"other": "hamster"}])
    assert session.given("q-pets") == ("cat", OtherText("hamster"))
    session.answer("q-size", "2")
    assert session.result().scores["points"] == 4  # cat 2 + size 2, the hamster weighs nothing
    assert session.is_visible("q-points-shown")
    session.answer("q-weight", {"value": 150, "unit": "kg"})
    result = session.result()
    assert result.scores["heavy-points"] == 14
    assert [flag.id for flag in result.flags] == ["heavy"]


def test_an_item_shown_by_a_later_answer(forms: Instrument) -> None:
    session = _session(forms)
    assert session.is_visible("/1/intro")
    session.answer("/1/later", True)
    assert not session.is_visible("/1/intro")
    # stored answers come back in evaluation order: the later item first
    again = _session(forms)
    assert again.restore(session.given_answers()) == []
    assert not again.is_visible("/1/intro")


def test_new_answer_types(forms: Instrument) -> None:
    session = _session(forms)
    session.answer("q-time", "21:05")
    session.answer("q-moment", "2025-03-04T10:30:00+01:00")
    session.answer("q-colour", {"other": "green"})
    session.answer("q-notes", ["first", "second"])
    session.answer("q-visits", ["2025-01-02", "2025-02-03"])
    assert session.given("q-time") == dt.time(21, 5)
    assert session.given("q-colour") == OtherText("green")
    assert session.given("q-notes") == ("first", "second")
    assert session.given("q-visits") == (dt.date(2025, 1, 2), dt.date(2025, 2, 3))
    for link_id, value, code in [
        ("q-time", "23:00", "above_max"),
        ("q-weight", {"value": 1, "unit": "g"}, "unknown_unit"),
        ("q-weight", {"value": 0.5, "unit": "kg"}, "below_min"),
        ("q-moment", "2025-03-04T10:30:00", "expected_date_time"),
        ("/1/q1", {"other": "maybe"}, "no_other"),
        ("q-notes", "one", "expected_answers"),
    ]:
        with pytest.raises(AnswerError) as caught:
            session.answer(link_id, value)
        assert caught.value.code == code, link_id


# ---------------------------------------------------------------------- FHIR
def test_exports_a_valid_questionnaire_that_imports_back_exactly(forms: Instrument) -> None:
    exported = as_json(export_questionnaire(forms))
    valid_questionnaire(exported)
    items = by_link_id(exported)
    assert items["/1/q1"]["answerValueSet"] == "#yes-no"
    assert exported["contained"][0]["resourceType"] == "ValueSet"
    assert items["q-colour"]["type"] == "open-choice"
    assert items["q-moment"]["type"] == "dateTime"
    assert items["q-site"]["initial"] == [{"valueString": "clinic-a"}]
    assert exported["code"] == [{"system": "http://example.org/forms", "code": "F-1",
                                 "display": "Form test"}]  # fmt: skip
    result = import_questionnaire(exported)
    assert result.exact
    assert result.instrument == forms
    text = instrument_yaml(forms)
    assert check_parsed(parse_instrument_text(text, "forms.yaml")) == forms


def _value(item: Any) -> st.SearchStrategy[Any]:
    if isinstance(item, BooleanItem):
        return st.booleans()
    if isinstance(item, ChoiceItem):
        codes = st.sampled_from([o.code for o in item.options])
        return codes | st.just({"other": "x"}) if item.open else codes
    if isinstance(item, MultiChoiceItem):
        return st.lists(st.sampled_from([o.code for o in item.options]), unique=True)
    if isinstance(item, QuantityItem):
        units = st.sampled_from([u.code for u in item.units])
        return st.builds(lambda v, u: {"value": v, "unit": u}, st.integers(0, 310), units)
    if isinstance(item, (IntegerItem, DecimalItem)):
        return st.integers(-5, 260)
    if isinstance(item, TimeItem):
        return st.sampled_from(["05:00", "06:00", "12:30", "22:30", "23:00"])
    if isinstance(item, DateTimeItem):
        return st.just("2025-03-04T10:30:00+01:00")
    if isinstance(item, DateItem):
        return st.lists(st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)), max_size=2)
    if isinstance(item, StringItem):
        return st.lists(st.text(max_size=5), max_size=2)
    return st.none()


def _steps(subject: Instrument) -> st.SearchStrategy[list[tuple[str, Any]]]:
    questions = [i for i, _p, _l in walk_items(subject.items) if is_question(i)]
    step = st.one_of(*(st.tuples(st.just(q.link_id), st.none() | _value(q)) for q in questions))
    return st.lists(step, max_size=14)


def _apply(session: Session, link_id: str, value: Any) -> Any:
    try:
        return ("ok", session.answer(link_id, value))
    except AnswerError as error:
        return ("refused", error.code)


def _state(session: Session) -> Any:
    result = session.result()
    return (
        [item.link_id for item in session.visible_items()],
        session.answers,
        result.scores,
        [flag.id for flag in result.flags],
        result.complete,
    )


def test_same_behaviour_after_a_round_trip(forms: Instrument) -> None:
    imported = import_questionnaire(as_json(export_questionnaire(forms))).instrument

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=_steps(forms))
    def check(steps: list[tuple[str, Any]]) -> None:
        before, after = Session(forms, "en", Context()), Session(imported, "en", Context())
        for link_id, value in steps:
            assert _apply(before, link_id, value) == _apply(after, link_id, value)
            assert _state(before) == _state(after)

    check()


def _fhirpath(response: Any, questionnaire: Any, expression: str, scores: Any) -> Any:
    context = {"resource": response, "questionnaire": questionnaire, **scores}
    return evaluate(response, expression, context, models["r4"])


def _expected(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, Quantity):
        return [value.value]
    return [value]


def test_the_fhirpath_means_what_the_engine_computes(forms: Instrument) -> None:
    """Every calculatedExpression, score variable and enableWhenExpression of the export,
    evaluated by a FHIRPath engine on the session's response, equals the engine's value."""
    questionnaire = as_json(export_questionnaire(forms))
    items = by_link_id(questionnaire)
    variables = [
        e["valueExpression"] for e in questionnaire["extension"] if e["url"] == EXT_VARIABLE
    ]
    calculated = {
        link_id: e["valueExpression"]["expression"]
        for link_id, item in items.items()
        for e in item.get("extension", [])
        if e["url"] == EXT_CALCULATED_EXPRESSION and not link_id.startswith("trygstart:")
    }
    conditions = {
        link_id: e["valueExpression"]["expression"]
        for link_id, item in items.items()
        for e in item.get("extension", [])
        if e["url"] == EXT_ENABLE_WHEN_EXPRESSION
    }
    assert set(calculated) == {"q-bmi", "q-heavy", "q-label", "q-answered"}
    assert {v["name"] for v in variables} == {
        "score-yes-count",
        "score-points",
        "score-heavy-points",
    }
    assert set(conditions) == {"q-points-shown"}
    seen: set[str] = set()

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=_steps(forms))
    @example(steps=[("q-weight", {"value": 120, "unit": "kg"}), ("q-height", 180)])
    @example(steps=[("/1/q1", "y"), ("q-pets", ["cat", "dog"]), ("q-size", "2")])
    def check(steps: list[tuple[str, Any]]) -> None:
        session = Session(forms, "en", Context())
        for link_id, value in steps:
            _apply(session, link_id, value)
        response = as_json(export_response(session, AUTHORED))
        valid_response(response)
        scores: dict[str, Any] = {}
        for variable in variables:  # in the order declared: a score after those it reads
            found = _fhirpath(response, questionnaire, variable["expression"], scores)
            scores[variable["name"]] = [float(v) for v in found]  # a variable for those after
            engine = session.result().scores.get(variable["name"].removeprefix("score-"))
            assert found == _expected(engine), variable["name"]
        for link_id, expression in calculated.items():
            # fhirpathpy answers a decimal computation as Decimal or float depending on the
            # input's path: the same number either way (Decimal('142.3') != 142.3 in Python).
            found = [
                float(v) if isinstance(v, Decimal) else v
                for v in _fhirpath(response, questionnaire, expression, scores)
            ]
            expected = _expected(session.value(link_id)) if session.is_enabled(link_id) else []
            assert found == expected, (link_id, expression)
            seen.add(f"{link_id}:{bool(found)}")
        for link_id, expression in conditions.items():
            found = _fhirpath(response, questionnaire, expression, scores)
            item = forms.items_by_id[link_id]
            assert item.enable_when is not None
            holds = session.is_enabled(link_id)
            assert found == [holds], (link_id, expression)
            seen.add(f"{link_id}:{holds}")

    check()
    assert {"q-bmi:True", "q-heavy:True", "q-points-shown:True", "q-points-shown:False"} <= seen


def test_a_response_with_every_new_answer_type_is_valid(forms: Instrument) -> None:
    session = _session(forms)
    for link_id, value in [
        ("/1/q1", "y"),
        ("q-colour", {"other": "green"}),
        ("q-pets", ["dog", {"other": "hamster"}]),
        ("q-size", "1"),
        ("q-day", "2024"),
        ("q-when", "08:00:00"),
        ("q-word", "beta"),
        ("q-time", "07:15"),
        ("q-moment", "2025-03-04T10:30:00+01:00"),
        ("q-weight", {"value": 70.5, "unit": "kg"}),
        ("q-height", 170.0),
        ("q-notes", ["one", "two"]),
        ("q-visits", ["2025-01-02"]),
    ]:
        session.answer(link_id, value)
    response = as_json(export_response(session, AUTHORED))
    valid_response(response)
    answers = {item["linkId"]: item.get("answer") for item in _walk(response["item"])}
    assert answers["q-colour"] == [{"valueString": "green"}]
    assert answers["q-pets"][1] == {"valueString": "hamster"}
    assert answers["q-size"] == [{"valueInteger": 1}]
    assert answers["q-day"] == [{"valueDate": "2024"}]
    assert answers["q-when"] == [{"valueTime": "08:00:00"}]
    assert answers["q-word"] == [{"valueString": "beta"}]
    assert answers["q-time"] == [{"valueTime": "07:15:00"}]
    assert answers["q-moment"] == [{"valueDateTime": "2025-03-04T10:30:00+01:00"}]
    assert answers["q-weight"] == [
        {"valueQuantity": {"value": 70.5, "unit": "kg", "system": "http://unitsofmeasure.org",
                           "code": "kg"}}
    ]  # fmt: skip
    assert answers["q-notes"] == [{"valueString": "one"}, {"valueString": "two"}]
    assert answers["q-bmi"] == [{"valueDecimal": 24.4}]  # calculated values are in the response
    assert answers["q-site"] == [{"valueString": "clinic-a"}]  # hidden, with its value
    assert response["meta"]["profile"] == [
        "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse"
    ]
    assert response["questionnaire"] == "https://example.org/fhir/Questionnaire/test-forms|1.2.0"
    assert "trygstart:context" not in answers  # not TrygStart's own instrument


def _walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        out.append(item)
        out.extend(_walk(item.get("item", [])))
    return out
