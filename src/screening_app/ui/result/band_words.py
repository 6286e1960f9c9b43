"""Words the result screen puts next to data: colour names and document kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def colour_word(colour: str) -> str:
    words = {
        "green": QCoreApplication.translate("BandWords", "green"),
        "yellow": QCoreApplication.translate("BandWords", "yellow"),
        "red": QCoreApplication.translate("BandWords", "red"),
    }
    return words.get(colour, colour)


def document_word(kind: str) -> str:
    words = {
        "resource-card": QCoreApplication.translate("BandWords", "resource card"),
        "safety-plan": QCoreApplication.translate("BandWords", "safety plan"),
        "referral-letter": QCoreApplication.translate("BandWords", "referral letter"),
        "notification": QCoreApplication.translate("BandWords", "notification to the municipality"),
    }
    return words.get(kind, kind)
