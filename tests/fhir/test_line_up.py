"""Exports that line up with the original: what an imported questionnaire says comes back as it
said it (linkIds, codes without a system, option values, Questionnaire.code), nothing is
invented, and TrygStart's own items stay on TrygStart's own instruments."""

from __future__ import annotations

from typing import Any

from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from tests.fhir.support import as_json, by_link_id, valid_questionnaire

LONG = "A long answer, as real forms have them, " * 4  # over 100 characters

ORIGINAL: dict[str, Any] = {
    "resourceType": "Questionnaire",
    "url": "http://example.org/fhir/Questionnaire/line-up",
    "version": "3.1.0",
    "status": "active",
    "language": "en",
    "code": [{"system": "http://loinc.org", "code": "44249-1", "display": "PHQ-9 panel"}],
    "item": [
        {
            "linkId": "/44250-9",
            "code": [{"code": "local-1"}],
            "text": "Coded without a system",
            "type": "choice",
            "answerOption": [
                {"valueCoding": {"code": "a", "display": "A"}},
                {"valueCoding": {"code": "b", "display": "B"}},
            ],
        },
        {
            "linkId": "group/1 item",
            "text": "Plain values",
            "type": "integer",
            "answerOption": [{"valueInteger": 1}, {"valueInteger": 2}],
        },
        {
            "linkId": "when",
            "text": "Dates",
            "type": "date",
            "answerOption": [{"valueDate": "2024"}, {"valueDate": "2024-05-01"}],
        },
        {
            "linkId": "words",
            "text": "Words",
            "type": "string",
            "answerOption": [{"valueString": "short"}, {"valueString": LONG}],
        },
    ],
}


def _exported() -> dict[str, Any]:
    result = import_questionnaire(as_json(ORIGINAL))
    assert result.outcome == "fully", [str(n) for n in result.losses]
    return as_json(export_questionnaire(result.instrument))


def test_linkids_codes_and_option_values_come_back_as_they_were() -> None:
    exported = _exported()
    valid_questionnaire(exported)
    assert exported["url"] == ORIGINAL["url"]
    assert exported["version"] == ORIGINAL["version"]
    assert exported["code"] == ORIGINAL["code"]
    items = by_link_id(exported)
    assert list(items) == [item["linkId"] for item in ORIGINAL["item"]]
    for original in ORIGINAL["item"]:
        item = items[original["linkId"]]
        assert item.get("code") == original.get("code")
        assert [_value(o) for o in item["answerOption"]] == [
            _value(o) for o in original["answerOption"]
        ]


def test_no_system_is_invented_and_no_context_group_is_added() -> None:
    exported = _exported()
    codings = [o["valueCoding"] for o in by_link_id(exported)["/44250-9"]["answerOption"]]
    assert all("system" not in coding for coding in codings)
    assert all(not item["linkId"].startswith("trygstart:") for item in exported["item"])


def test_a_long_answer_text_does_not_refuse_the_form() -> None:
    result = import_questionnaire(as_json(ORIGINAL))
    words = result.instrument.items_by_id["words"]
    assert [o.code for o in words.options] == ["short", LONG]  # type: ignore[union-attr]


def _value(option: dict[str, Any]) -> Any:
    key = next(k for k in option if k.startswith("value"))
    value = option[key]
    if key == "valueCoding":
        return key, value.get("system"), value["code"]
    return key, value
