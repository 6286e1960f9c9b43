"""questionnaires/schema.json is generated from the models and must be current."""

from __future__ import annotations

import json
from pathlib import Path

from screening_app.instruments.schema import schema_text
from screening_app.paths import questionnaires_dir


def test_committed_schema_is_current() -> None:
    committed = (questionnaires_dir() / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "questionnaires/schema.json is stale: run `make schema`"


def test_schema_describes_the_item_types_and_forbids_unknown_keys() -> None:
    schema = json.loads(schema_text())
    defs = schema["$defs"]
    assert {"ChoiceItem", "GroupItem", "Band", "Flag", "Comparison"} <= set(defs)
    assert all(
        d.get("additionalProperties") is False for d in defs.values() if d.get("type") == "object"
    )
    assert schema["required"] == [
        "id",
        "version",
        "status",
        "title",
        "description",
        "languages",
        "roles",
        "sources",
        "licence",
        "items",
    ]


def test_schema_file_sits_beside_the_instruments() -> None:
    assert Path(questionnaires_dir(), "schema.json").is_file()
