"""The resource card's own texts (neutral on purpose), in Danish and English."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

CT = Catalog(
    {
        "front.title": {"da": "Gode numre", "en": "Good numbers"},
        "verified": {
            "da": "Numrene er kontrolleret {date}.",
            "en": "Numbers checked on {date}.",
        },
    }
)
