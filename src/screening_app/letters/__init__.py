"""Printed documents (reportlab): content in, PDF bytes out. Never writes files.

Start here: ``DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")`` once, then
``printer.render(document, RenderOptions(language="da", training=False))`` for any of the
content types below.
"""

from screening_app.letters.card import MAX_SERVICES, ResourceCard
from screening_app.letters.content import (
    Clinician,
    LetterError,
    Letterhead,
    Person,
    RenderOptions,
)
from screening_app.letters.fonts import FontError, FontSet
from screening_app.letters.instrument_print import CompletedScreening
from screening_app.letters.notification import Child, Notification, Parent
from screening_app.letters.printer import (
    BlankInstrument,
    Document,
    DocumentKind,
    DocumentPrinter,
    RenderedDocument,
    kind_of,
)
from screening_app.letters.referral import (
    ReferralLetter,
    ScreeningSummary,
    check_referral,
    copy_refusal,
    not_for_home,
    referral_items,
)
from screening_app.letters.safety_plan import SafePerson, SafetyPlan, default_take_along

__all__ = [
    "MAX_SERVICES",
    "BlankInstrument",
    "Child",
    "Clinician",
    "CompletedScreening",
    "Document",
    "DocumentKind",
    "DocumentPrinter",
    "FontError",
    "FontSet",
    "LetterError",
    "Letterhead",
    "Notification",
    "Parent",
    "Person",
    "ReferralLetter",
    "RenderOptions",
    "RenderedDocument",
    "ResourceCard",
    "SafePerson",
    "SafetyPlan",
    "ScreeningSummary",
    "check_referral",
    "copy_refusal",
    "default_take_along",
    "kind_of",
    "not_for_home",
    "referral_items",
]
