"""Fifty-eight real FHIR R4 Questionnaires written by others (``tests/data/fhir-corpus``, sources
and licences in its SOURCES.md): each imports fully, imports partly with its losses named, or is
refused with the reason, as the table below says. Whatever imports keeps every linkId or names
it, writes as YAML that loads back the same, exports as a valid SDC Questionnaire that imports
back exactly, and answers to it export as a valid QuestionnaireResponse.

"Fully" means no note on something lost (items, conditions, answers, presentation, metadata);
notes that only say what the import did (filled-in roles and licence, a version written as
1.0.0, draft status) do not count. Counted on the code before this work (17cd5d9, classifying
its notes the same way): 1 fully, 44 partly, 13 refused; now: see ``test_counts``.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass

import pytest

from screening_app.domain.context import Context
from screening_app.domain.session import Session
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import (
    FhirDocumentError,
    ImportResult,
    import_questionnaire,
    import_questionnaire_file,
)
from screening_app.instruments.fhir_response import export_response
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text
from screening_app.instruments.yaml_writer import instrument_yaml
from tests.fhir.support import DATA, as_json, valid_questionnaire, valid_response, walk

CORPUS = DATA / "fhir-corpus"
LARGEST = "smart-forms/Questionnaire-AboriginalTorresStraitIslanderHealthCheckAssembled-0.4.0.json"
ABORIGINAL = LARGEST


@dataclass(frozen=True)
class Fully:
    pass


@dataclass(frozen=True)
class Partly:
    """Imported, with these notes among the losses: (linkId or None, text the note holds)."""

    losses: tuple[tuple[str | None, str], ...]

    def __init__(self, *losses: tuple[str | None, str]) -> None:
        object.__setattr__(self, "losses", losses)


@dataclass(frozen=True)
class Refused:
    reason: str


EXPECTED: dict[str, Fully | Partly | Refused] = {
    "android-fhir/baby.json": Partly(
        ("/54106-0", "ignored (not supported here): answerOption extension questionnaire-opt")
    ),
    "android-fhir/behavior_calculated_expression.json": Partly(
        ("age", "not imported: its calculatedExpression selects items other than by whe")
    ),
    "android-fhir/behavior_context_variables.json": Partly(
        ("yes", "not imported: its enableWhenExpression uses lower(), which is not tran")
    ),
    "android-fhir/behavior_skip_logic_with_expression.json": Partly(
        ("1.1", "ignored (not supported here): extension questionnaire-displayCategory"),
        ("2", "not imported: its enableWhenExpression reads %has, which is not declar"),
    ),
    "android-fhir/component_attachment.json": Refused(
        "item: no question could be imported, only texts (see the notes)"
    ),
    "android-fhir/component_open_choice.json": Partly(
        ("1", "ignored (not supported here): itemControl open-choice (presentation)")
    ),
    "android-fhir/component_repeated_group.json": Partly(
        ("1-3-1", "ignored (not supported here): itemControl flyover (presentation)")
    ),
    "android-fhir/component_slider.json": Fully(),
    "android-fhir/component_time_picker.json": Partly(
        ("1-most-recent", "ignored (not supported here): extension questionnaire-displayCategory")
    ),
    "android-fhir/layout_default.json": Partly(
        ("2.1", "ignored (not supported here): itemControl flyover (presentation)")
    ),
    "android-fhir/layout_review.json": Partly(
        ("/67795-5", "ignored (not supported here): itemControl page (presentation)")
    ),
    "android-fhir/new-patient-registration-paginated.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-launchContex"),
        (None, "the 'sw' translation covers 13 of 14 texts (e.g. at 'PR-telecom-system"),
    ),
    "android-fhir/sample-questionnaire.json": Refused(
        "item[10].item[0].linkId: linkId '1-select-one' is used twice (first at item[9].item[0])"
    ),
    "android-fhir/screener-questionnaire.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-itemExtracti"),
        ("1.2.1", "not imported: it is a choice with no answer options"),
    ),
    "lforms/4712701.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.date, element Ques"),
        ("4.2", "its answers come from the value set http://uni-koeln.de/fhir/ValueSet/"),
    ),
    "lforms/Argonaut-questionnaire-questionnaire-example-asq3.json": Refused(
        "item: no question could be imported, only texts (see the notes)"
    ),
    "lforms/answerOption-valueInteger.R4.json": Partly(
        (
            "valueInteger-group3-item1",
            "ignored (not supported here): answerOption extension questionnaire-opt",
        )
    ),
    "lforms/answerOption-valueTime.R4.json": Partly(
        (
            "valueTime-group3-item1",
            "ignored (not supported here): answerOption extension questionnaire-opt",
        )
    ),
    "lforms/argonaut-phq9-ish.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.contact, element Q"),
        ("g1.q2", "extension rendering-style on the text: ignored"),
    ),
    "lforms/calculatedExpression-on-boolean-item.json": Fully(),
    "lforms/date-in-repeating-group.json": Fully(),
    "lforms/editableCalcExp.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.date, element Ques")
    ),
    "lforms/enableWhenExpressionTest.json": Fully(),
    "lforms/enableWhenOnCalculatedValueFromFHIRPath.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.date, element Ques")
    ),
    "lforms/errorMessagesDemo.json": Partly(
        ("q1", "not imported: its calculatedExpression uses combine(), which is not tr"),
        ("g1", "ignored (not supported here): itemControl gtable (presentation)"),
    ),
    "lforms/named-expressions.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-calculatedEx")
    ),
    "lforms/phq9-with-the-weight-function.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.identifier, elemen")
    ),
    "lforms/q-items-under-repeating-choice-item.json": Fully(),
    "lforms/q-repeating-item-calculatedExpression.json": Refused(
        "item: no item could be imported (see the notes)"
    ),
    "lforms/q-with-answerValueSet-radiobutton-checkbox.json": Partly(
        ("yesno3", "its answers come from the value set http://hl7.org/fhir/ValueSet/yesno"),
        ("yesno1", "not imported: its answers come from the value set http://hl7.org/fhir/"),
    ),
    "lforms/q-with-contained-valueset-with-itemWeight.json": Partly(
        ("link-3", "ignored (not supported here): initialExpression (a starting answer fro")
    ),
    "lforms/q-with-contained-valueset-without-expansion.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-preferredTer"),
        ("group1-item1", "extension rendering-xhtml on the option: ignored"),
    ),
    "lforms/q-with-contained-valueset.json": Fully(),
    "lforms/q-with-minOccurs-maxOccurs.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.subjectType")
    ),
    "lforms/q-with-modifierExtension.json": Refused(
        "modifierExtension: cannot be imported safely: extension http://example.org/fhir/StructureD"
    ),
    "lforms/q-with-multiple-initial-values-and-child-items.json": Fully(),
    "lforms/q-with-nested-enableWhen.json": Fully(),
    "lforms/q-with-openLabel.json": Fully(),
    "lforms/q-with-rendering-markdown-help-and-legal.json": Refused(
        "item: no question could be imported, only texts (see the notes)"
    ),
    "lforms/q-with-repeating-group-with-horizontal-layout.json": Partly(
        ("/g3", "ignored (not supported here): required on a group, itemControl gtable ")
    ),
    "lforms/quantity-units.json": Partly(
        ("q2", "ignored (not supported here): extension sdc-questionnaire-unitOpen (pr")
    ),
    "lforms/questionnaire-answerOption-without-code-or-display.json": Partly(
        ("/answers", "answer option 'c1' has no display: its code is shown"),
        ("/answers", "answer option 2 cannot be imported: left out"),
    ),
    "lforms/questionnaire-answerOption.initialSelected.json": Partly(
        ("/type-choice-is-iv", "ignored (not supported here): initial values after the first")
    ),
    "lforms/questionnaire-calculatedExpression.json": Partly(
        (
            "repeating-string",
            "not imported: its calculatedExpression uses toChars(), which is not tr",
        )
    ),
    "lforms/questionnaire-hidden-extension.json": Partly(
        (
            "g-hidden-horizontal-group",
            "ignored (not supported here): itemControl gtable (presentation)",
        )
    ),
    "lforms/questionnaire-initialx.json": Partly(
        (
            "/type-open-choice",
            "ignored (not supported here): answerOption extension questionnaire-opt",
        )
    ),
    "lforms/questionnaire-with-entryFormat.json": Partly(
        (
            "/type-open-choice",
            "ignored (not supported here): answerOption extension questionnaire-opt",
        )
    ),
    "lforms/test-enablewhen.json": Fully(),
    "lforms/ussg-fhp.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-launchContex"),
        ("/54126-8/54125-0", "extension rendering-xhtml on the guidance: ignored"),
    ),
    "lforms/variable-scope-test.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.date"),
        (
            "/groupB/fieldD",
            "not imported: its calculatedExpression reads %Y, which is not declared",
        ),
    ),
    "lforms/weightHeightQuestionnaire.json": Partly(
        (None, "ignored (not supported here): element Questionnaire.date, element Ques")
    ),
    "sdc/Questionnaire-CardiologyForm.json": Partly(
        (None, "ignored (not supported here): extension artifact-versionAlgorithm, ext"),
        ("patient_header", "extension rendering-style on the text: ignored"),
    ),
    "sdc/Questionnaire-rxterms.json": Partly(
        (None, "ignored (not supported here): extension artifact-versionAlgorithm, ele"),
        ("medication", "not imported: its answers come from the value set https://clinicaltabl"),
    ),
    "sdc/extract-complex-template.json": Partly(
        (None, "ignored (not supported here): extension artifact-versionAlgorithm, ext"),
        ("gender", "not imported: its answers come from the value set http://hl7.org/fhir/"),
    ),
    "smart-forms/715.R4.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-launchContex"),
        (
            "747f2cde-47b3-4042-a028-5f39d1e98671",
            "its answers come from the value set http://snomed.info/sct?fhir_vs=ref",
        ),
    ),
    "smart-forms/AuCorePatient.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-launchContex"),
        (
            "extension-indigenous-status",
            "not imported: its answers come from the value set https://healthtermin",
        ),
    ),
    "smart-forms/CVD-Risk-2023.json": Partly(
        (None, "ignored (not supported here): extension sdc-questionnaire-launchContex"),
        (
            "418e4a02-de77-48a0-a92a-fe8fcc52b1aa",
            "not imported: its answers come from the value set http://hl7.org/fhir/",
        ),
    ),
    ABORIGINAL: Partly(
        (None, "ignored (not supported here): extension extension-Questionnaire.versio"),
        (
            "59b1900a-4f85-4a8c-b9cd-3fe2fd76f27e",
            "value set #clinical-condition-1: it includes all of http://snomed.info",
        ),
    ),
}


def _files() -> list[str]:
    return sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*.json"))


_CACHE: dict[str, ImportResult | FhirDocumentError] = {}


def _import(name: str) -> ImportResult | FhirDocumentError:
    if name not in _CACHE:
        try:
            _CACHE[name] = import_questionnaire_file(CORPUS / name)[0]
        except FhirDocumentError as error:
            _CACHE[name] = error
    return _CACHE[name]


def test_every_file_has_its_expected_outcome_and_its_source() -> None:
    assert _files() == sorted(EXPECTED)
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in sources for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outcome(name: str) -> None:
    expected = EXPECTED[name]
    found = _import(name)
    if isinstance(expected, Refused):
        assert isinstance(found, FhirDocumentError), name
        assert any(expected.reason in str(error) for error in found.errors), found.errors
        return
    assert isinstance(found, ImportResult), f"{name}: {found}"
    if isinstance(expected, Fully):
        assert found.outcome == "fully", [str(n) for n in found.losses]
        return
    assert found.outcome == "partly"
    for link_id, text in expected.losses:
        assert any(n.link_id == link_id and text in n.message for n in found.losses), (
            link_id,
            text,
            [str(n) for n in found.losses],
        )


def test_counts() -> None:
    counts = {"fully": 0, "partly": 0, "refused": 0}
    for name in EXPECTED:
        found = _import(name)
        counts["refused" if isinstance(found, FhirDocumentError) else found.outcome] += 1
    assert counts == {"fully": 10, "partly": 42, "refused": 6}


def _importable() -> list[str]:
    return sorted(name for name, outcome in EXPECTED.items() if not isinstance(outcome, Refused))


@pytest.mark.parametrize("name", _importable())
def test_every_item_is_kept_or_named(name: str) -> None:
    """No silent loss: each item of the file is in the instrument under its own linkId, or a
    note names it (left out, or guidance of its parent)."""
    found = _import(name)
    assert isinstance(found, ImportResult)
    data = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    items = found.instrument.items_by_id
    named = {note.link_id for note in found.notes}
    for item in walk(data.get("item", [])):
        link_id = item["linkId"]
        help_text = any(
            e.get("valueCodeableConcept", {}).get("coding", [{}])[0].get("code") == "help"
            for e in item.get("extension", [])
        )
        assert link_id in items or link_id in named or help_text, f"{name}: {link_id}"


@pytest.mark.parametrize("name", _importable())
def test_writes_yaml_exports_and_imports_back_exactly(name: str) -> None:
    found = _import(name)
    assert isinstance(found, ImportResult)
    instrument = found.instrument
    text = instrument_yaml(instrument, [str(note) for note in found.notes])
    assert check_parsed(parse_instrument_text(text, name)) == instrument
    exported = as_json(export_questionnaire(instrument))
    valid_questionnaire(exported)
    assert exported["url"] == json.loads((CORPUS / name).read_text("utf-8")).get(
        "url", exported["url"]
    )
    again = import_questionnaire(exported)
    assert again.exact, [str(n) for n in again.notes]
    assert again.instrument == instrument
    session = Session(instrument, instrument.language_codes[0], Context())
    response = export_response(session, dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC))
    valid_response(response)
    assert response["questionnaire"] == f"{exported['url']}|{exported['version']}"


def test_the_largest_imports_within_seconds() -> None:
    path = CORPUS / LARGEST
    assert path.stat().st_size > 1_000_000
    started = time.process_time()
    result, _document = import_questionnaire_file(path)
    spent = time.process_time() - started
    assert len(result.instrument.items_by_id) > 700
    assert spent < 5.0, f"{spent:.2f} s of CPU"


def test_stu3_elements_are_named_as_such() -> None:
    found = _import("lforms/Argonaut-questionnaire-questionnaire-example-asq3.json")
    assert isinstance(found, FhirDocumentError)
    assert any(
        "'option', an element from FHIR STU3 (R4 has answerOption)" in note.message
        for note in found.notes
    )


def test_linkids_are_kept_exactly() -> None:
    found = _import("lforms/ussg-fhp.json")
    assert isinstance(found, ImportResult)
    assert "/54126-8/54125-0" in found.instrument.items_by_id
