"""The one entry point the services layer and the UI call: content in, PDF bytes out.

``DocumentPrinter`` holds the registered fonts (built once, at start-up, by the composition
root) and renders every kind of document in memory. It writes no file: the preview shows the
bytes (QtPdf from a buffer), printing sends them to the print system, and saving happens only
in the UI, when the user asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from screening_app.domain.instrument import Instrument
from screening_app.letters.card import ResourceCard, render_card
from screening_app.letters.content import RenderOptions
from screening_app.letters.fonts import FontSet
from screening_app.letters.instrument_print import (
    CompletedScreening,
    render_blank_instrument,
    render_completed_screening,
)
from screening_app.letters.notification import Notification, render_notification
from screening_app.letters.referral import ReferralLetter, render_referral
from screening_app.letters.safety_plan import SafetyPlan, render_safety_plan

DocumentKind = Literal[
    "referral-letter",
    "notification",
    "resource-card",
    "safety-plan",
    "blank-instrument",
    "completed-screening",
    # training mode's printouts (letters.training_print), rendered outside ``DocumentPrinter``
    "training-cards",
    "training-debrief",
    "course-report",
]
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True)
class BlankInstrument:
    instrument: Instrument
    language: str


Document = (
    ReferralLetter | Notification | ResourceCard | SafetyPlan | BlankInstrument | CompletedScreening
)


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered document: what the preview shows, the printer prints and the audit names."""

    kind: DocumentKind
    pdf: bytes
    pages: int
    # Says nothing about what it is to someone who sees it (the card, a discreet letter's first
    # page, the numbers-only plan). The whole safety plan is not discreet, whatever its words.
    discreet: bool


def kind_of(document: Document) -> DocumentKind:
    kinds: dict[type, DocumentKind] = {
        ReferralLetter: "referral-letter",
        Notification: "notification",
        ResourceCard: "resource-card",
        SafetyPlan: "safety-plan",
        BlankInstrument: "blank-instrument",
        CompletedScreening: "completed-screening",
    }
    return kinds[type(document)]


class DocumentPrinter:
    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts

    @staticmethod
    def from_fonts_dir(fonts_dir: Path) -> DocumentPrinter:
        """A printer with the family in ``fonts_dir`` (``paths.resources_dir() / "fonts"``)."""
        return DocumentPrinter(FontSet.load(fonts_dir))

    def pdf(self, document: Document, options: RenderOptions) -> bytes:
        """The document as PDF bytes (raises DisclosureRefusedError or LetterError)."""
        fonts = self.fonts
        if isinstance(document, ReferralLetter):
            return render_referral(document, fonts, options)
        if isinstance(document, Notification):
            return render_notification(document, fonts, options)
        if isinstance(document, ResourceCard):
            return render_card(document, fonts, options)
        if isinstance(document, SafetyPlan):
            return render_safety_plan(document, fonts, options)
        if isinstance(document, BlankInstrument):
            return render_blank_instrument(document.instrument, document.language, fonts, options)
        return render_completed_screening(document, fonts, options)

    def render(self, document: Document, options: RenderOptions) -> RenderedDocument:
        pdf = self.pdf(document, options)
        discreet = (
            isinstance(document, ResourceCard)
            or (isinstance(document, SafetyPlan) and document.numbers_only)
            or (isinstance(document, ReferralLetter) and document.discreet)
        )
        return RenderedDocument(
            kind=kind_of(document), pdf=pdf, pages=len(_PAGE.findall(pdf)), discreet=discreet
        )
