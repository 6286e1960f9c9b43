"""Shared helpers for the FHIR tests: the test instruments and FHIR validation.

Exported resources are validated with ``fhir.resources.R4B``: for Questionnaire and
QuestionnaireResponse, R4B's definitions are those of R4 (R4B changed neither resource), and
fhir.resources has no separate R4 package in the version pinned here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from screening_app.domain.instrument import Instrument
from screening_app.instruments.yaml_format import load_instrument

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
LFORMS = DATA / "fhir-lforms"
MINIMAL = DATA / "minimal.yaml"
RICH = HERE / "rich.yaml"


def instrument(path: Path) -> Instrument:
    return load_instrument(path)


def as_json(resource: dict[str, Any]) -> Any:
    """The resource as another program would read it: through JSON text."""
    return json.loads(json.dumps(resource, ensure_ascii=False))


def valid_questionnaire(resource: dict[str, Any]) -> Questionnaire:
    return Questionnaire.model_validate(as_json(resource))


def valid_response(resource: dict[str, Any]) -> QuestionnaireResponse:
    return QuestionnaireResponse.model_validate(as_json(resource))


def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item of a FHIR item list, depth first."""
    out: list[dict[str, Any]] = []
    for item in items:
        out.append(item)
        out.extend(walk(item.get("item", [])))
    return out


def by_link_id(resource: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["linkId"]: item for item in walk(resource.get("item", []))}
