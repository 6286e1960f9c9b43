"""A declined answer in a QuestionnaireResponse: the item without an answer, with the standard
data-absent-reason 'asked-declined', never an answer."""

from __future__ import annotations

import datetime as dt

from screening_app.domain.answers import DECLINED
from screening_app.domain.context import Context
from screening_app.domain.session import Session
from screening_app.instruments.fhir_response import (
    ASKED_DECLINED,
    EXT_DATA_ABSENT_REASON,
    export_response,
)
from tests.fhir.support import MINIMAL, instrument, valid_response, walk

AUTHORED = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)


def test_a_declined_question_is_no_answer_but_says_why() -> None:
    session = Session(instrument(MINIMAL), "da", Context(phase="pregnant"))
    session.answer("q1", DECLINED)
    session.answer("age", 31)
    resource = export_response(session, AUTHORED)
    valid_response(resource)
    items = {item["linkId"]: item for item in walk(resource["item"])}
    declined = items["q1"]
    assert "answer" not in declined
    assert declined["extension"] == [
        {
            "url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
            "valueCode": "asked-declined",
        }
    ]
    assert EXT_DATA_ABSENT_REASON.endswith("/data-absent-reason")
    assert ASKED_DECLINED == "asked-declined"
    assert items["age"]["answer"] == [{"valueInteger": 31}]
    assert resource["status"] == "completed"  # "required" is met by declining
    # q2 shows only after a yes to q1: a declined q1 is no yes
    assert "q2" not in items
