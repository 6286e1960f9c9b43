"""Scores with terminology codes in FHIR: the code travels with the score (export, import, YAML),
the exported Questionnaire has a read-only item for the coded score (as LOINC forms have the HARK
total, 76504-0), its FHIRPath ``calculatedExpression`` counts what the engine counts, and a
QuestionnaireResponse answers it with the score's value."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fhirpathpy import evaluate
from fhirpathpy.models import models
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from screening_app.domain.context import Context
from screening_app.domain.instrument import CountScore
from screening_app.domain.session import Session
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_SCORE,
)
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from screening_app.instruments.fhir_response import export_response
from tests.fhir.support import RICH, as_json, by_link_id, instrument, valid_response

AUTHORED = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)
SCORE_ITEM = "trygstart:score:yeses"


def _extension(item: dict[str, Any], url: str) -> Any:
    return next(e for e in item["extension"] if e["url"] == url)


def test_a_coded_score_keeps_its_code_through_export_and_import() -> None:
    rich = instrument(RICH)
    score = rich.score("yeses")
    assert [(c.system, c.code) for c in score.codes] == [("urn:trygstart:test:scores", "yes-count")]
    result = import_questionnaire(as_json(export_questionnaire(rich)))
    assert result.exact
    assert result.instrument.score("yeses").codes == score.codes
    assert result.instrument == rich


def test_a_coded_score_is_a_read_only_item_with_its_code_and_no_uncoded_score_is() -> None:
    rich = instrument(RICH)
    questionnaire = export_questionnaire(rich)
    items = by_link_id(questionnaire)
    item = items[SCORE_ITEM]
    assert questionnaire["item"][-1] is item  # after the instrument's own items
    assert item["type"] == "integer"
    assert item["readOnly"] is True
    assert item["code"] == [
        {"system": "urn:trygstart:test:scores", "code": "yes-count", "display": "Yes answers"}
    ]
    assert _extension(item, EXT_SCORE)["valueString"] == "yeses"
    assert "trygstart:score:total" not in items  # 'total' has no codes


def test_the_calculated_expression_counts_what_the_engine_counts() -> None:
    rich = instrument(RICH)
    score = rich.score("yeses")
    assert isinstance(score, CountScore)
    item = by_link_id(export_questionnaire(rich))[SCORE_ITEM]
    expression = _extension(item, EXT_CALCULATED_EXPRESSION)["valueExpression"]["expression"]
    seen: set[float] = set()

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        a=st.none() | st.booleans(), context=st.sampled_from([Context(), Context(phase="pregnant")])
    )
    @example(a=True, context=Context())
    @example(a=False, context=Context())
    def check(a: bool | None, context: Context) -> None:
        session = Session(rich, "da", context)
        if a is not None:
            session.answer("a", a)
        response = as_json(export_response(session, AUTHORED))
        expected = session.result().scores["yeses"]
        got = evaluate(response, expression, {"resource": response}, models["r4"])
        assert got == [expected]
        seen.add(expected)

    check()
    assert seen == {0.0, 1.0}


def test_a_response_answers_the_coded_score_with_its_value() -> None:
    session = Session(instrument(RICH), "en", Context(role="pregnant-woman"))
    session.answer("a", True)
    resource = export_response(session, AUTHORED)
    valid_response(resource)
    answered = {item["linkId"]: item for item in resource["item"]}
    assert answered[SCORE_ITEM]["answer"] == [{"valueInteger": 1}]
    assert answered[SCORE_ITEM]["text"] == "Yes answers"
