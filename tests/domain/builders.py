"""Build instruments in tests from short Python descriptions (neutral test wording only)."""

from __future__ import annotations

from typing import Any

from screening_app.domain.instrument import Instrument


def text(label: str) -> dict[str, str]:
    return {"da": f"{label} (da)", "en": f"{label} (en)"}


def yes_no(link_id: str, weight_yes: float = 1, **extra: Any) -> dict[str, Any]:
    return {
        "linkId": link_id,
        "type": "choice",
        "text": text(link_id),
        "options": [
            {"code": "yes", "text": text("yes"), "weight": weight_yes},
            {"code": "no", "text": text("no"), "weight": 0},
        ],
        **extra,
    }


def instrument(items: list[dict[str, Any]], **extra: Any) -> Instrument:
    data: dict[str, Any] = {
        "id": "test-built",
        "version": "1.0.0",
        "status": "active",
        "title": text("title"),
        "description": text("description"),
        "languages": [{"code": "da", "version": "1.0.0"}, {"code": "en", "version": "1.0.0"}],
        "roles": ["pregnant-woman", "new-mother", "father-co-parent", "other"],
        "sources": [{"citation": "Test fixture."}],
        "licence": "Test data.",
        "items": items,
    }
    data.update(extra)
    return Instrument.model_validate(data)
