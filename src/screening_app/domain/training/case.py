"""The training case format: a fictitious consultation whose expected steps are known.

These models are the single definition of what a case file may contain
(``resources/training/cases/*.yaml``; the JSON Schema beside them is generated from here).
Structural rules are pydantic's; the rules across the document (both languages everywhere, the
person's age fits the role, a CPR-like number that is no valid CPR number, what each expected
action may carry) are in ``domain.training.checks``; the references to instruments (and their
versions, answers and bands) and to services are checked against the installed ones when the
cases are loaded (``services.training.cases``).

A case holds:

- who: the fictitious person (name, role, pregnancy week or the child's age in weeks, a
  CPR-like number that fails the modulus-11 check, safe-contact details);
- the setting: in the clinic or on a home visit, in person, by phone or video, who is in the
  room when the clinician arrives, whether an interpreter is needed and who offers;
- for role-play: the clinician's brief, the person's card (what they say when asked, what they
  reveal only when asked well, what makes them close up);
- for solo practice: the script (how the room is at the gate once the clinician has acted, and
  the person's answer to each question);
- the expected pathway (the gate's decision and reason, each questionnaire with its band and
  flags, the required actions), each point with its reason and its source in ``screening.md``;
- the common mistakes the debrief names.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field

from screening_app.domain.base import (
    Identifier,
    LinkId,
    LocalizedText,
    SemVer,
    StrictModel,
)
from screening_app.domain.context import Role
from screening_app.domain.pathway import NotAskedReason
from screening_app.domain.presence import ConsultationForm, Interpreter, Present
from screening_app.domain.training.sections import SectionNumber

# The languages every text of a case has (Danish first, English always).
CASE_LANGUAGES: tuple[str, ...] = ("da", "en")
ShortText = Annotated[str, Field(min_length=1, max_length=200)]
Texts = Annotated[list[LocalizedText], Field(min_length=1, max_length=20)]


class Source(StrictModel):
    """Where a reason comes from: a section of ``screening.md`` and, if useful, what it cites."""

    section: SectionNumber
    cites: Annotated[str, Field(min_length=1, max_length=300)] | None = None


class SafeContact(StrictModel):
    """How the person may be contacted safely (as the person's page records it)."""

    phone: ShortText | None = None
    times: LocalizedText | None = None
    may_leave_messages: bool | None = None
    may_send_letters_home: bool | None = None


class CasePerson(StrictModel):
    """The fictitious person. ``pregnancy_week`` while pregnant, ``child_age_weeks`` after the
    birth (one of them); ``cpr`` is CPR-like and never a valid CPR number."""

    name: ShortText
    role: Role
    pregnancy_week: Annotated[int, Field(ge=4, le=42)] | None = None
    child_age_weeks: Annotated[int, Field(ge=0, le=104)] | None = None
    cpr: Annotated[str, Field(pattern=r"^\d{6}-\d{4}$")]
    safe_contact: SafeContact = SafeContact()
    description: LocalizedText  # one line for lists and the cards


Place = Literal["clinic", "home-visit"]


class Setting(StrictModel):
    """The scene as the clinician finds it, before anything has been done."""

    place: Place
    form: ConsultationForm
    present: Annotated[list[Present], Field(max_length=5)] = []
    interpreter: Interpreter  # "family": a family member or friend offers to interpret
    language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")] = "da"
    scene: LocalizedText


class PersonCard(StrictModel):
    """For the trainee who plays the person."""

    background: LocalizedText
    when_asked: Texts  # what they say when asked
    if_asked_well: Texts  # what they reveal only when asked well
    closes_up_if: Texts  # what makes them close up


class GateScript(StrictModel):
    """How the room is at the gate once the clinician has done what the case calls for (asked
    others to leave, booked a professional interpreter...): what solo practice shows."""

    present: Annotated[list[Present], Field(max_length=5)] = []
    interpreter: Interpreter
    remote_alone: bool | None = None  # on the phone or video: "Er du alene? Kan nogen høre dig?"
    says: LocalizedText  # what the person (or the room) says at the gate


AnswerCode = Annotated[str, Field(min_length=1, max_length=64)]


class Script(StrictModel):
    """Solo practice: the gate as it is, and the person's answer to each question, by
    instrument id and link id (an option's code, or ``declined``)."""

    gate: GateScript
    answers: Annotated[dict[Identifier, dict[LinkId, AnswerCode]], Field(max_length=5)] = {}


Decision = Literal["ask", "not-asked"]


class ExpectedGate(StrictModel):
    decision: Decision
    reason: NotAskedReason | None = None  # for "not-asked"
    why: LocalizedText
    source: Source


class ExpectedInstrument(StrictModel):
    """A questionnaire the clinician should run, with the band and flags the answers give."""

    id: Identifier
    version: SemVer | None = None  # None: the installed version
    band: Identifier | None = None  # None: left open (declined answers)
    flags: Annotated[list[Identifier], Field(max_length=10)] = []
    why: LocalizedText
    source: Source


ActionKind = Literal[
    "same-day",  # the same-day actions: the safety plan made now (urgent flag)
    "referral",  # a referral with consent (recipient, scope) or a lawful disclosure
    "notification",  # the Barnets Lov § 133 assessment: the notification form opened
    "resource-card",  # the pocket card offered (opened)
    "no-resource-card",  # the card NOT printed: not safe for the person to carry it
    "safety-plan",  # a safety plan offered (its form opened)
    "next-date",  # the next asking date set
    "follow-up-task",  # a follow-up task at the next visit
]
ACTION_KINDS: tuple[ActionKind, ...] = get_args(ActionKind)
Consent = Literal["given", "declined", "lawful-disclosure"]
Scope = Literal[
    "contact-details", "screening-result", "safety-concerns", "free-text", "own-violence"
]


class ExpectedAction(StrictModel):
    """One required action. ``consent``, ``services``, ``scope`` and ``avoid_scope`` belong to a
    referral; ``within_days`` to the next date."""

    action: ActionKind
    consent: Consent | None = None
    services: Annotated[list[Identifier], Field(max_length=12)] = []  # any of these recipients
    scope: Annotated[list[Scope], Field(max_length=5)] = []  # must be shared
    avoid_scope: Annotated[list[Scope], Field(max_length=5)] = []  # must not be shared
    within_days: Annotated[int, Field(ge=1, le=400)] | None = None
    why: LocalizedText
    source: Source


class Expected(StrictModel):
    gate: ExpectedGate
    instruments: Annotated[list[ExpectedInstrument], Field(max_length=5)] = []
    actions: Annotated[list[ExpectedAction], Field(max_length=12)] = []


class Mistake(StrictModel):
    """A common mistake; ``point`` ties it to a point of the pathway (shown first when that
    point was missed): ``gate``, ``instrument:<id>``, ``result:<id>`` or an action."""

    text: LocalizedText
    point: Annotated[str, Field(pattern=r"^[a-z][a-z0-9:-]*$", max_length=80)] | None = None


class TrainingCase(StrictModel):
    id: Identifier
    version: SemVer
    title: LocalizedText
    summary: LocalizedText
    learning_goals: Texts
    person: CasePerson
    setting: Setting
    brief: LocalizedText  # the clinician's brief
    person_card: PersonCard
    script: Script
    expected: Expected
    mistakes: Annotated[list[Mistake], Field(min_length=1, max_length=12)]
