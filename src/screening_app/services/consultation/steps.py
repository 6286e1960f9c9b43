"""What the consultation shows now: one typed step per screen, filled in by the engine.

A screen renders a step and sends the engine an intent (``ConsultationEngine``); it never
decides what comes next. Steps are immutable values, except that ``Asking.session`` is the
screening's one live ``Session`` (the runner reads it for what to show; answers reach it only
through the engine).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

from screening_app.domain.base import LocalizedText
from screening_app.domain.instrument import DocumentKind, Flag, Instrument
from screening_app.domain.override import BandOverride
from screening_app.domain.pathway import NotAskedReason
from screening_app.domain.session import Result, Session

# What the result screen offers to do next, each with its own button and key, in this order
# (urgent first): the follow-up questionnaire, then the documents. One spelling for the kinds:
# the instrument format's document kinds, plus the printout of the finished questionnaire.
NextKind = Literal[
    "follow-up-instrument",
    "resource-card",
    "referral-letter",
    "safety-plan",
    "notification",
    "print-completed",
]
NEXT_KINDS: tuple[NextKind, ...] = get_args(NextKind)


@dataclass(frozen=True)
class NextStep:
    """One thing to do after the result: a follow-up questionnaire or a document."""

    kind: NextKind
    instrument_id: str | None = None  # for "follow-up-instrument"
    recommended: bool = False  # the result names it (else: offered because it may help)
    urgent: bool = False  # part of the same-day actions


@dataclass(frozen=True)
class AtGate:
    """Is it safe to ask now? The gate for one person, with what it offers."""

    person_id: int
    person_name: str
    instruments: tuple[Instrument, ...]  # what may be started, the preferred screen first
    preferred: str | None  # the instrument chosen when the gate opens
    reasons: tuple[NotAskedReason, ...]  # why not, in the pathway's order
    retry_date: dt.date  # when to ask again if not asked today


@dataclass(frozen=True)
class Asking:
    """The questions of one screening (new, resumed or amended)."""

    screening_id: int
    session: Session
    self_complete: bool
    start_at: str | None  # the first shown question without an answer, for a resumed draft
    version: int


@dataclass(frozen=True)
class ShowingResult:
    """A screening's result and what to do now, as the clinician judged it."""

    screening_id: int
    computed: Result  # what the instrument gives
    shown: Result  # with the clinician's override applied, if any
    override: BandOverride | None
    finalised: bool
    next_ask: dt.date | None  # planned at finalisation, else the schedule's suggestion
    concerns: tuple[Flag, ...]  # the raised flags, urgent first
    steps: tuple[LocalizedText, ...]  # the band's and result's steps not already under a flag
    follow_ups: tuple[str, ...]  # follow-up instruments recommended and not yet run here
    next_steps: tuple[NextStep, ...]  # the buttons, in order
    follow_up_suggested: bool  # "Følg op ved næste besøg" is ticked by default
    follow_up_planned: dt.date | None  # a follow-up task made in this consultation
    other_parent_not_asked: bool  # "Den anden forælder er ikke spurgt alene endnu"
    instrument_names: dict[str, str]  # instrument id -> title in the UI language

    @property
    def instrument(self) -> Instrument:
        return self.computed.instrument

    @property
    def documents(self) -> tuple[DocumentKind, ...]:
        return tuple(self.shown.actions.documents)


@dataclass(frozen=True)
class Ended:
    """The consultation is over (or never started): back to the person's page."""

    recorded: bool  # something was stored: the person's page must be read again


Step = AtGate | Asking | ShowingResult | Ended
