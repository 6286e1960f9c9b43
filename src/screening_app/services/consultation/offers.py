"""What the consultation offers: the screen first at the gate, the questions' language, and
what the result offers next, in order.

Pure functions over the domain's results (no storage), so the result screen's order of next
steps is tested with the instruments' data alone.
"""

from __future__ import annotations

from screening_app.domain.instrument import DocumentKind, Instrument
from screening_app.domain.pathway import URGENT_FLAG
from screening_app.domain.session import Result
from screening_app.services.consultation.steps import NextStep

# The screen offered first at the gate (the clinic may have others installed).
PREFERRED_SCREEN = "ipv-screen"
# The documents in the order the result offers them; the first two always (when the documents
# part is installed: the pocket card with numbers, and a referral), the others when the result
# names them.
DOCUMENT_ORDER: tuple[DocumentKind, ...] = (
    "resource-card",
    "referral-letter",
    "safety-plan",
    "notification",
)
ALWAYS_OFFERED: frozenset[str] = frozenset({"resource-card", "referral-letter"})


def next_steps(
    result: Result,
    follow_ups: tuple[str, ...],
    *,
    finalised: bool,
    printable: bool,
) -> tuple[NextStep, ...]:
    """What the result offers next, in order: the follow-up questionnaire it recommends, then
    the documents (those the result names, and the card and a referral always), urgent first.

    A document is urgent when a flag that calls for same-day action names it.
    """
    urgent_docs = {
        kind for flag in result.flags if flag.id == URGENT_FLAG for kind in flag.actions.documents
    }
    named = set(result.actions.documents)
    found: list[NextStep] = [
        NextStep("follow-up-instrument", instrument_id=i, recommended=True) for i in follow_ups
    ]
    found.extend(
        NextStep(kind, recommended=kind in named, urgent=kind in urgent_docs)
        for kind in DOCUMENT_ORDER
        if kind in named or kind in ALWAYS_OFFERED
    )
    if finalised and printable:
        found.append(NextStep("print-completed"))
    return tuple(sorted(found, key=lambda step: not step.urgent))


def session_language(instrument: Instrument, preferred: list[str | None]) -> str:
    """The first of ``preferred`` the instrument has, else its first language."""
    for lang in preferred:
        if lang is not None and lang in instrument.language_codes:
            return lang
    return instrument.language_codes[0]
