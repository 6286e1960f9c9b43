"""The JSON Schema of the instrument format, generated from the pydantic models.

``questionnaires/schema.json`` is this output; a test fails when the committed file is stale.
Regenerate with ``make schema`` (``python -m screening_app.instruments.schema``).
"""

from __future__ import annotations

import json
from typing import Any

from screening_app.domain.instrument import Instrument

SCHEMA_ID = "urn:trygstart:schema:instrument"


def instrument_schema() -> dict[str, Any]:
    schema = Instrument.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "TrygStart instrument",
        "description": "A questionnaire declared as versioned data. Validate a file with "
        "`screening-app validate FILE.yaml`; that also checks the rules a schema cannot "
        "express (references, languages, bands, cycles, reachability).",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text() -> str:
    return json.dumps(instrument_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover - used by `make schema`
    import sys

    sys.stdout.write(schema_text())
