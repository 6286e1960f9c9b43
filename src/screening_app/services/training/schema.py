"""The JSON Schema of the training case format, generated from the pydantic models.

``resources/training/cases/schema.json`` is this output; a test fails when the committed file is
stale. Regenerate with ``make schema`` (``python -m screening_app.services.training.schema``).
"""

from __future__ import annotations

import json
from typing import Any

from screening_app.domain.training.case import TrainingCase

SCHEMA_ID = "urn:trygstart:schema:training-case"


def case_schema() -> dict[str, Any]:
    schema = TrainingCase.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "TrygStart training case",
        "description": "A fictitious consultation whose expected steps are known. Validate a "
        "file with `screening-app validate FILE.yaml`; that also checks what a schema cannot "
        "express (both languages, the person, the script against the expected gate, the "
        "questionnaires, answers, bands, flags and services it names).",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text() -> str:
    return json.dumps(case_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover - used by `make schema`
    import sys

    sys.stdout.write(schema_text())
