"""The bundled instruments (every version, archived ones too) in FHIR: a valid Questionnaire
that imports back exactly; a session's response is valid; and the HARK total's FHIRPath
``calculatedExpression`` counts what the engine counts, with the HARK answers as LOINC answers."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from fhirpathpy import evaluate
from fhirpathpy.models import models

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument, is_question
from screening_app.domain.session import Session
from screening_app.instruments.catalog import bundled_files, load_catalog
from screening_app.instruments.fhir_common import EXT_CALCULATED_EXPRESSION
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_import import import_questionnaire
from screening_app.instruments.fhir_response import export_response
from tests.fhir.support import as_json, by_link_id, valid_questionnaire, valid_response
from tests.instruments.service_ids import DIRECTORY_SERVICE_IDS

FILES = bundled_files()
AUTHORED = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
HARK = ("humiliated", "afraid", "forced-sex", "hurt")


def _instrument(path: Path) -> Instrument:
    catalog = load_catalog(known_services=DIRECTORY_SERVICE_IDS)
    return catalog.by_file[str(path)]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_a_bundled_instrument_is_valid_fhir_and_imports_back_exactly(path: Path) -> None:
    instrument = _instrument(path)
    resource = export_questionnaire(instrument)
    valid_questionnaire(resource)
    result = import_questionnaire(as_json(resource))
    assert result.exact
    assert result.instrument == instrument
    session = Session(instrument, "da", Context(role="pregnant-woman", phase="pregnant"))
    for item in session.visible_questions():
        if session.is_visible(item.link_id) and is_question(item):
            session.answer(item.link_id, "no")
    valid_response(export_response(session, AUTHORED))


def test_the_hark_total_in_fhir_counts_what_the_engine_counts() -> None:
    screen = load_catalog(known_services=DIRECTORY_SERVICE_IDS).get("ipv-screen")
    item = by_link_id(export_questionnaire(screen))["trygstart:score:hark"]
    (extension,) = [e for e in item["extension"] if e["url"] == EXT_CALCULATED_EXPRESSION]
    expression = extension["valueExpression"]["expression"]
    assert "'LA33-6'" in expression
    for answers in itertools.product(("yes", "no"), repeat=len(HARK)):
        session = Session(screen, "da", Context(role="new-mother", phase="after-birth"))
        for link_id, value in zip(HARK, answers, strict=True):
            session.answer(link_id, value)
        response = as_json(export_response(session, AUTHORED))
        expected = session.result().scores["hark"]
        assert expected == answers.count("yes")
        got = evaluate(response, expression, {"resource": response}, models["r4"])
        assert got == [expected]
