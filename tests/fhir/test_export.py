"""Exporting instruments as Questionnaires and sessions as QuestionnaireResponses."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import CANONICAL_BASE
from screening_app.domain.session import Session
from screening_app.instruments.fhir_common import (
    CONTEXT_CODE_SYSTEM,
    CONTEXT_GROUP,
    EXT_CONDITION,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_GUIDANCE,
    EXT_HIDDEN,
    EXT_INSTRUMENT,
    EXT_ITEM_CONTROL,
    EXT_ITEM_WEIGHT,
    EXT_MAX_VALUE,
    EXT_MIN_VALUE,
    EXT_TRANSLATION,
    EXT_UNIT,
    OPTION_CODE_SYSTEM,
    PROFILE_BEHAVE,
    PROFILE_QUESTIONNAIRE,
    PROFILE_RENDER,
)
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from screening_app.instruments.fhir_response import export_response
from tests.fhir.support import (
    MINIMAL,
    RICH,
    by_link_id,
    instrument,
    valid_questionnaire,
    valid_response,
    walk,
)

AUTHORED = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)


def _ext(node: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [e for e in node.get("extension", []) if e["url"] == url]


def _translations(element: dict[str, Any]) -> dict[str, str]:
    out = {}
    for extension in _ext(element, EXT_TRANSLATION):
        parts = {p["url"]: p for p in extension["extension"]}
        out[parts["lang"]["valueCode"]] = parts["content"]["valueString"]
    return out


@pytest.mark.parametrize("path", [MINIMAL, RICH], ids=["minimal", "rich"])
def test_every_exported_questionnaire_is_valid_fhir(path: Any) -> None:
    resource = export_questionnaire(instrument(path))
    parsed = valid_questionnaire(resource)
    assert parsed.status == instrument(path).status


def test_identity_title_and_translations() -> None:
    rich = instrument(RICH)
    resource = export_questionnaire(rich)
    assert resource["url"] == "https://example.org/fhir/Questionnaire/test-rich"
    assert resource["version"] == "2.1.0"
    assert resource["status"] == "draft"
    assert resource["language"] == "da"
    assert resource["title"] == "Rigt testskema"
    assert _translations(resource["_title"]) == {"en": "Rich test form"}
    assert _translations(resource["_description"]) == {"en": "For FHIR tests only."}
    assert resource["copyright"] == "Test data, no restrictions."
    extras = json.loads(_ext(resource, EXT_INSTRUMENT)[0]["valueString"])
    assert extras["languages"][1] == {"code": "en", "version": "1.1.0", "note": "Test translation."}
    assert [s["id"] for s in extras["scores"]] == ["total", "yeses"]
    assert [f["id"] for f in extras["flags"]] == ["urgent", "child"]


def test_url_without_one_is_under_trygstarts_canonical_base() -> None:
    assert export_questionnaire(instrument(MINIMAL))["url"] == (
        "https://trygstart.example/fhir/Questionnaire/test-minimal"
    )


def test_trygstarts_own_urls_share_one_base_and_are_not_urns() -> None:
    resource = export_questionnaire(instrument(RICH))
    urls = [e["url"] for e in resource["extension"]]
    for item in walk(resource["item"]):
        urls += [e["url"] for e in item.get("extension", [])]
        for option in item.get("answerOption", []):
            urls += [e["url"] for e in option.get("extension", [])]
            urls += [option.get("valueCoding", {}).get("system", "")]
    assert not [url for url in urls if url.startswith("urn:")]
    own = {url for url in urls if "trygstart" in url}
    assert own
    assert all(url.startswith(CANONICAL_BASE) for url in own), own


def test_the_sdc_profiles_it_follows_are_declared() -> None:
    # help items have an itemControl (render); scores are FHIRPath variables (behave)
    minimal = export_questionnaire(instrument(MINIMAL))
    assert minimal["meta"]["profile"] == [PROFILE_QUESTIONNAIRE, PROFILE_BEHAVE, PROFILE_RENDER]
    plain = {"resourceType": "Questionnaire", "status": "draft",
             "item": [{"linkId": "a", "type": "string", "text": "A"}]}  # fmt: skip
    imported = import_questionnaire(plain).instrument
    assert export_questionnaire(imported)["meta"]["profile"] == [PROFILE_QUESTIONNAIRE]


def test_every_text_has_its_translation() -> None:
    resource = export_questionnaire(instrument(RICH))
    for item in walk(resource["item"]):
        assert set(_translations(item["_text"])) == {"en"}, item["linkId"]
        for option in item.get("answerOption", []):
            coding = option["valueCoding"]
            if "_display" in coding:
                assert set(_translations(coding["_display"])) == {"en"}


def test_item_types_options_weights_and_limits() -> None:
    items = by_link_id(export_questionnaire(instrument(RICH)))
    assert items["a"]["type"] == "boolean"
    assert items["a"]["required"] is True
    assert items["a"]["code"] == [
        {"system": "http://example.org/item-codes", "code": "A-1", "display": "Item A"}
    ]
    assert items["c"]["type"] == "choice"
    assert items["c"]["repeats"] is True
    assert items["b"]["type"] == "choice"
    assert "repeats" not in items["b"]
    yes = items["b"]["answerOption"][0]
    assert yes["valueCoding"]["system"] == "http://example.org/answer-codes"
    assert yes["valueCoding"]["code"] == "Y-1"
    assert yes["valueCoding"]["display"] == "Ja"
    assert _ext(yes, EXT_ITEM_WEIGHT) == [{"url": EXT_ITEM_WEIGHT, "valueDecimal": 1.0}]
    local = items["c"]["answerOption"][2]["valueCoding"]
    assert local == {
        "system": OPTION_CODE_SYSTEM,
        "code": "z",
        "display": "Z",
        "_display": local["_display"],
    }
    assert _ext(items["weeks"], EXT_MIN_VALUE)[0]["valueInteger"] == 0
    assert _ext(items["weeks"], EXT_MAX_VALUE)[0]["valueInteger"] == 45
    assert _ext(items["weeks"], EXT_UNIT)[0]["valueCoding"]["display"] == "uger"
    assert _ext(items["score-d"], EXT_MIN_VALUE)[0]["valueDecimal"] == 0.5
    assert _ext(items["when"], EXT_MAX_VALUE)[0]["valueDate"] == "2030-12-31"
    assert items["nested"]["type"] == "string"
    assert items["nested"]["maxLength"] == 50
    assert items["last"]["type"] == "text"
    assert items["g1"]["type"] == "group"


def test_guidance_is_a_help_child_or_an_extension_on_display_items() -> None:
    items = by_link_id(export_questionnaire(instrument(RICH)))
    help_item = items["a:help"]
    assert help_item["type"] == "display"
    assert help_item["text"] == "Spørg roligt."
    control = _ext(help_item, EXT_ITEM_CONTROL)[0]["valueCodeableConcept"]["coding"][0]
    assert control["code"] == "help"
    assert items["g1"]["item"][0]["linkId"] == "g1:help"
    guidance = _ext(items["intro"], EXT_GUIDANCE)[0]["extension"]
    assert guidance == [
        {"url": "da", "valueString": "Læs højt."},
        {"url": "en", "valueString": "Read aloud, with 'quotes'."},
    ]


def test_flat_conditions_are_enable_when_and_nested_ones_an_expression() -> None:
    items = by_link_id(export_questionnaire(instrument(RICH)))
    assert items["c"]["enableBehavior"] == "any"
    assert items["c"]["enableWhen"] == [
        {"operator": "=", "question": "a", "answerBoolean": True},
        {
            "operator": "=",
            "question": "b",
            "answerCoding": {"system": "http://example.org/answer-codes", "code": "Y-1"},
        },
    ]
    assert items["role-intro"]["enableWhen"] == [
        {
            "operator": "=",
            "question": "trygstart:context:role",
            "answerCoding": {"system": CONTEXT_CODE_SYSTEM + "role", "code": "father-co-parent"},
        }
    ]
    assert "enableBehavior" not in items["role-intro"]
    for link_id in ("nested", "nested2"):
        item = items[link_id]
        assert "enableWhen" not in item  # SDC: not both enableWhen and enableWhenExpression
        expression = _ext(item, EXT_ENABLE_WHEN_EXPRESSION)[0]["valueExpression"]
        assert expression["language"] == "text/fhirpath"
        assert "%resource.repeat(item)" in expression["expression"]
        assert json.loads(_ext(item, EXT_CONDITION)[0]["valueString"])


def test_context_items_are_hidden_and_first() -> None:
    resource = export_questionnaire(instrument(MINIMAL))
    group = resource["item"][0]
    assert group["linkId"] == CONTEXT_GROUP
    assert _ext(group, EXT_HIDDEN)[0]["valueBoolean"] is True
    assert [i["linkId"] for i in group["item"]] == [
        "trygstart:context:role",
        "trygstart:context:phase",
        "trygstart:context:weeksPregnant",
        "trygstart:context:childAgeWeeks",
    ]
    roles = [o["valueCoding"]["code"] for o in group["item"][0]["answerOption"]]
    assert roles == ["pregnant-woman", "new-mother", "father-co-parent", "other"]


# ---------------------------------------------------------------- responses
def _rich_session() -> Session:
    session = Session(instrument(RICH), "en", Context(role="pregnant-woman", phase="pregnant"))
    session.answer("a", True)
    session.answer("b", "yes")
    session.answer("c", ["y", "z"])
    session.answer("weeks", 22)
    session.answer("score-d", 1.5)
    session.answer("when", "2026-01-31")
    session.answer("nested", "some text")
    return session


def test_a_finished_session_is_a_valid_response() -> None:
    session = _rich_session()
    resource = export_response(session, AUTHORED)
    parsed = valid_response(resource)
    assert parsed.questionnaire == "https://example.org/fhir/Questionnaire/test-rich|2.1.0"
    assert resource["status"] == "completed"
    assert resource["authored"] == "2025-03-04T10:30:00+00:00"
    assert resource["language"] == "en"
    security = {(c["system"], c["code"]) for c in resource["meta"]["security"]}
    assert security == {
        ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SDV"),
        ("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R"),
    }
    assert "subject" not in resource
    assert "author" not in resource
    answers = {i["linkId"]: i.get("answer") for i in walk(resource["item"])}
    assert answers["a"] == [{"valueBoolean": True}]
    assert answers["c"] == [
        {"valueCoding": {"system": OPTION_CODE_SYSTEM, "code": "y", "display": "Y"}},
        {"valueCoding": {"system": OPTION_CODE_SYSTEM, "code": "z", "display": "Z"}},
    ]
    yes = {"system": "http://example.org/answer-codes", "code": "Y-1", "display": "Yes"}
    assert answers["b"] == [{"valueCoding": yes}]
    assert answers["weeks"] == [{"valueInteger": 22}]
    assert answers["score-d"] == [{"valueDecimal": 1.5}]
    assert answers["when"] == [{"valueDate": "2026-01-31"}]
    assert answers["nested"] == [{"valueString": "some text"}]
    assert answers["trygstart:context:role"] == [
        {"valueCoding": {"system": CONTEXT_CODE_SYSTEM + "role", "code": "pregnant-woman"}}
    ]
    assert "trygstart:context:weeksPregnant" not in answers  # not given, so not answered


def test_response_matches_its_questionnaire() -> None:
    session = _rich_session()
    questionnaire = by_link_id(export_questionnaire(session.instrument))
    response = export_response(session, AUTHORED)
    for item in walk(response["item"]):
        assert item["linkId"] in questionnaire
        kind = questionnaire[item["linkId"]]["type"]
        for answer in item.get("answer", []):
            (key,) = answer
            expected = {"choice": "valueCoding", "text": "valueString", "string": "valueString"}
            assert key == expected.get(kind, "value" + kind.capitalize())


def test_answers_to_hidden_items_are_left_out_and_status_follows_completeness() -> None:
    session = _rich_session()
    assert export_response(session, AUTHORED)["status"] == "completed"
    session.answer("a", False)
    session.answer("b", "no")  # hides c: its answer no longer counts, and 'last' shows
    resource = export_response(session, AUTHORED)
    answered = {i["linkId"] for i in walk(resource["item"]) if "answer" in i}
    assert "c" not in answered
    assert resource["status"] == "in-progress"  # 'last' is required and unanswered
    session.answer("last", "done")
    assert export_response(session, AUTHORED)["status"] == "completed"
    assert export_response(session, AUTHORED, status="stopped")["status"] == "stopped"


def test_empty_groups_are_left_out() -> None:
    session = Session(instrument(RICH), "da", Context(phase="pregnant"))
    session.answer("a", True)
    resource = export_response(session, AUTHORED)
    assert "g1" not in {i["linkId"] for i in walk(resource["item"])}
    valid_response(resource)


def test_authored_needs_a_time_zone_and_status_a_known_code() -> None:
    session = Session(instrument(MINIMAL), "da")
    with pytest.raises(ValueError, match="time zone"):
        export_response(session, dt.datetime(2025, 1, 1, 12, 0))  # noqa: DTZ001
    with pytest.raises(ValueError, match="not a QuestionnaireResponse status"):
        export_response(session, AUTHORED, status="done")
