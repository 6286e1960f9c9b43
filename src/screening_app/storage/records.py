"""The rows the record stores hand back: plain frozen dataclasses, no SQL, no behaviour."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.pathway import NOT_ASKED_REASONS as PATHWAY_NOT_ASKED_REASONS

PERSON_ROLES = ("pregnant-woman", "new-mother", "father-co-parent", "other")
CONTACT_SETTINGS = (
    "antenatal-visit",
    "home-visit",
    "postnatal-visit",
    "health-visitor-visit",
    "phone",
    "other",
)
# The reasons for not asking are the pathway's (the schema's CHECK lists the same five).
NOT_ASKED_REASONS = PATHWAY_NOT_ASKED_REASONS
CONSENT_KINDS = ("given", "declined", "lawful-disclosure")
LINK_KINDS = ("co-parent",)
LEGAL_BASES = ("sundhedsloven-43-2-1", "sundhedsloven-43-2-2")
SCOPES = ("contact-details", "screening-result", "safety-concerns", "free-text", "own-violence")
# The legal basis of a consent: treatment (Sundhedsloven § 41) or other purposes (§ 43 stk. 1).
CONSENT_BASES = ("sundhedsloven-41", "sundhedsloven-43-1")
DOCUMENT_ACTIONS = ("produced", "printed", "saved")
USER_ROLES = ("clinician", "admin", "trainer", "leader")


@dataclass(frozen=True)
class PersonData:
    """What a clinician enters about a person (all but the name and role may be unknown)."""

    name: str
    role: str
    cpr: str | None = None
    birth_date: dt.date | None = None
    child_birth_date: dt.date | None = None
    child_birth_date_kind: str | None = None  # expected / actual
    safe_phone: str | None = None
    safe_times: str | None = None
    may_leave_messages: bool | None = None
    may_send_letters_home: bool | None = None


@dataclass(frozen=True)
class Person:
    id: int
    data: PersonData
    created_at: str
    updated_at: str
    last_entry_at: str
    # The stored version (a clinic server counts saves; the embedded file compares contents).
    version: int = 0


@dataclass(frozen=True)
class PersonSummary:
    id: int
    name: str
    cpr: str | None
    birth_date: dt.date | None
    role: str


@dataclass(frozen=True)
class Contact:
    id: int
    person_id: int
    date: dt.date
    clinician_id: int
    setting: str
    weeks_pregnant: int | None
    child_age_weeks: int | None


@dataclass(frozen=True)
class StoredAnswer:
    value: Any  # JSON value
    answered_at: str


@dataclass(frozen=True)
class Screening:
    id: int
    person_id: int
    contact_id: int | None
    clinician_id: int
    version: int
    amends_id: int | None
    amend_reason: str | None
    gate: str  # asked / not-asked
    not_asked_reason: str | None
    next_ask_date: dt.date | None
    instrument_id: str | None
    instrument_version: str | None
    language: str | None
    translation_version: str | None
    context: dict[str, Any]
    status: str  # draft / finalised
    started_at: str
    finalised_at: str | None
    result: dict[str, Any] | None
    band_id: str | None
    band_colour: str | None
    override_band_id: str | None
    override_reason: str | None
    answers: dict[str, StoredAnswer] = field(default_factory=dict)
    # How the consultation happened (schema v3; None on rows from before): in-person / phone /
    # video, the interpreter (none or a professional kind; None when not recorded or when a
    # family member or friend offered), and the presence record (domain.presence).
    consultation_form: str | None = None
    interpreter: str | None = None
    presence: dict[str, Any] | None = None


@dataclass(frozen=True)
class Referral:
    id: int
    person_id: int
    screening_id: int | None
    service_id: str
    consent: str
    legal_basis: str | None
    scope: frozenset[str]
    form: str | None
    date: dt.date
    expires_on: dt.date | None
    informing_unsafe: bool
    recorded_by: int
    recorded_at: str
    consent_basis: str | None = None  # CONSENT_BASES, for a consent (None before schema v3)
    oral_reason: str | None = None  # why an oral consent was accepted where written is the rule


@dataclass(frozen=True)
class DocumentEvent:
    id: int
    person_id: int
    referral_id: int | None
    kind: str
    action: str
    at: str
    by_user: int


@dataclass(frozen=True)
class Task:
    id: int
    person_id: int
    kind: str
    due_date: dt.date
    text: str
    referral_id: int | None
    screening_id: int | None
    created_by: int
    created_at: str
    done_at: str | None
    done_by: int | None


@dataclass(frozen=True)
class PersonLink:
    """A link between two persons (schema v3): the two parents of one child ('co-parent')."""

    person_id: int
    other_id: int  # seen from person_id: the other person
    kind: str
    created_by: int
    created_at: str


@dataclass(frozen=True)
class Note:
    id: int
    person_id: int
    screening_id: int | None
    text: str
    created_by: int
    created_at: str


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    title: str
    role: str
    active: bool
    pin_hash: str | None


@dataclass(frozen=True)
class PersonHistory:
    person: Person
    contacts: list[Contact]
    screenings: list[Screening]
    referrals: list[Referral]
    documents: list[DocumentEvent]
    tasks: list[Task]
    notes: list[Note]


def date_or_none(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def iso_or_none(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def bool_or_none(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def int_or_none(value: bool | None) -> int | None:
    return None if value is None else int(value)
