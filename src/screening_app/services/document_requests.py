"""What the document screens hand to ``DocumentService``: plain values, and the refusals.

A request holds only what the clinician chose or typed; the service adds what the record
knows (the person, the screening, the clinician, the clinic). ``DocumentRefusedError`` is a request
that cannot be honoured, with one sentence in Danish and English, like ``StorageError``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal, get_args

from screening_app.domain.consent import (
    ConsentForm,
    Delivery,
    DisclosureRefusedError,
    ShareItem,
)
from screening_app.domain.i18n import Catalog
from screening_app.letters import (
    MAX_SERVICES,
    Child,
    LetterError,
    Parent,
    SafePerson,
    default_take_along,
)
from screening_app.letters.content import date_text
from screening_app.storage.errors import StorageError

# How a referral is authorised: the person's consent, their refusal (nothing is passed on),
# or one of the two routes without consent (Sundhedsloven § 43 stk. 2 nr. 1 and nr. 2).
Route = Literal["consent", "declined", "notification", "substantial-interests"]
ROUTES: tuple[Route, ...] = get_args(Route)
LAWFUL_ROUTES: tuple[Route, ...] = ("notification", "substantial-interests")
DocumentAction = Literal["printed", "saved"]

MESSAGES = Catalog(
    {
        "no-letterhead": {
            "da": "Klinikkens brevhoved (navn og adresse) er ikke sat op, så brevet kan ikke "
            "laves. Bed en administrator om at sætte det op.",
            "en": "The clinic's letterhead (name and address) is not set up, so the letter "
            "cannot be made. Ask an administrator to set it up.",
        },
        "unknown-service": {
            "da": "Tilbuddet findes ikke i oversigten over tilbud.",
            "en": "The service is not in the services directory.",
        },
        "purpose-missing": {
            "da": "Skriv formålet med henvisningen.",
            "en": "Write the purpose of the referral.",
        },
        "scope-empty": {
            "da": "Vælg mindst én oplysning, der må gives videre.",
            "en": "Choose at least one item that may be passed on.",
        },
        "form-missing": {
            "da": "Vælg, om samtykket er skriftligt eller mundtligt.",
            "en": "Choose whether the consent is written or oral.",
        },
        "oral-reason-missing": {
            "da": "Et samtykke til andet end behandling skal være skriftligt (sundhedsloven "
            "§ 44, stk. 1): skriv, hvorfor det kun kan være mundtligt.",
            "en": "Consent for anything but treatment must be written (Sundhedsloven § 44(1)): "
            "write why it can only be oral.",
        },
        "reason-missing": {
            "da": "Skriv begrundelsen for at videregive oplysninger uden samtykke.",
            "en": "Write why information is passed on without consent.",
        },
        "unsafe-reason-missing": {
            "da": "Skriv, hvorfor det ville bringe personen i fare at få det at vide.",
            "en": "Write why telling the person would put them in danger.",
        },
        "date-in-future": {
            "da": "Datoen ligger i fremtiden.",
            "en": "The date is in the future.",
        },
        "text-too-long": {
            "da": "En af teksterne er for lang (højst {limit} tegn).",
            "en": "One of the texts is too long (at most {limit} characters).",
        },
        "not-a-notification-recipient": {
            "da": "En underretning går til kommunen: vælg den modtager, der modtager "
            "underretninger.",
            "en": "A notification goes to the municipality: choose the recipient that "
            "receives notifications.",
        },
        "not-for-letter": {
            "da": "Der er ikke givet samtykke til at give oplysninger videre, så der laves "
            "intet brev.",
            "en": "No consent was given to pass information on, so no letter is made.",
        },
        "no-copy-chosen": {
            "da": "Vælg, hvordan personen får sin kopi.",
            "en": "Choose how the person gets their copy.",
        },
        "wrong-route": {
            "da": "Denne henvisning er ikke en underretning efter barnets lov § 133.",
            "en": "This referral is not a notification under Barnets Lov § 133.",
        },
        "no-screening": {
            "da": "Der er ingen afsluttet screening at udskrive.",
            "en": "There is no finished screening to print.",
        },
        "unknown-instrument": {
            "da": "Spørgeskemaet er ikke installeret.",
            "en": "The questionnaire is not installed.",
        },
        "no-instrument-language": {
            "da": "Spørgeskemaet findes ikke på det valgte sprog.",
            "en": "The questionnaire is not available in the chosen language.",
        },
        "plan-not-chosen": {
            "da": "Sikkerhedsplanen udskrives kun, når personen selv har valgt at tage den med.",
            "en": "The safety plan is printed only when the person has chosen to take it.",
        },
        "letter-home-refused": {
            "da": "Brevet må ikke sendes til hjemmet: {reason}",
            "en": "The letter may not be sent to the home: {reason}",
        },
        # The note for the record that keeps what the referral table has no column for.
        "note.consent": {
            "da": "Henvisning til {service}: samtykke ({form}) givet {date}, gælder til "
            "{expires}. Hjemmel: {basis}. Formål: {purpose}. Må gives videre: {scope}.",
            "en": "Referral to {service}: consent ({form}) given on {date}, valid until "
            "{expires}. Legal basis: {basis}. Purpose: {purpose}. May be passed on: {scope}.",
        },
        "note.oral-reason": {
            "da": "Samtykket er mundtligt, fordi: {reason}.",
            "en": "The consent is oral, because: {reason}.",
        },
        "note.declined": {
            "da": "Henvisning til {service} tilbudt {date}; personen gav ikke samtykke. "
            "Intet er givet videre.",
            "en": "Referral to {service} offered on {date}; the person did not consent. "
            "Nothing was passed on.",
        },
        "note.lawful": {
            "da": "Videregivelse uden samtykke til {service} {date}: {basis}. Begrundelse: "
            "{reason}. Gives videre: {scope}.",
            "en": "Disclosure without consent to {service} on {date}: {basis}. Reason: "
            "{reason}. Passed on: {scope}.",
        },
        "note.inform": {
            "da": "Personen skal snarest have at vide, at oplysningerne er givet videre.",
            "en": "The person is to be told as soon as possible that the information was "
            "passed on.",
        },
        "note.inform-unsafe": {
            "da": "Personen får det ikke at vide, fordi det ville bringe personen i fare: "
            "{reason}.",
            "en": "The person is not told, because that would put them in danger: {reason}.",
        },
        "title.fallback": {"da": "Sundhedsfaglig medarbejder", "en": "Health professional"},
    }
)


class DocumentRefusedError(Exception):
    """A document request that cannot be honoured: ``code`` is stable, ``message(lang)``."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        return MESSAGES.text(self.code, lang, **self.params)


# Everything the document use cases raise for a person to read (each has ``message(lang)``).
KNOWN_ERRORS: tuple[type[Exception], ...] = (
    DocumentRefusedError,
    DisclosureRefusedError,
    LetterError,
    StorageError,
)


@dataclass(frozen=True)
class ReferralRequest:
    """The referral as the clinician recorded it with the person (or without consent)."""

    service_id: str
    route: Route
    scope: frozenset[ShareItem] = frozenset()
    purpose: str = ""  # with consent
    form: ConsentForm | None = None  # with consent: written or oral
    date: dt.date | None = None  # when consent was given / the decision made; None = today
    reason: str = ""  # without consent: why
    informing_unsafe: bool = False  # substantial interests: telling the person is unsafe
    unsafe_reason: str = ""
    screening_id: int | None = None
    # Oral consent where the rule is written (Sundhedsloven § 44 stk. 1): why.
    oral_reason: str = ""


@dataclass(frozen=True)
class LetterRequest:
    """What the referral letter holds, within the recorded scope, and how it travels."""

    include: frozenset[ShareItem]
    discreet: bool = False
    safety_concerns: str = ""
    free_text: str = ""
    copy_to_person: Delivery | None = None  # hand-over, person-home, person-other-address
    home_address: tuple[str, ...] = ()  # typed for this letter only; never stored
    other_address: tuple[str, ...] = ()
    contact_note: str = ""  # e.g. "ring only from a withheld number"
    person_language: str = ""  # in words, e.g. "polsk"
    interpreter_needed: bool = False
    reference: str = ""


@dataclass(frozen=True)
class NotificationRequest:
    """The Barnets Lov § 133 notification's own fields (screening.md section 4): the parents
    each with their role (exposed to the violence, suspected of it, neither), the exposed
    parent's safe contact and whether each parent knows; custody, siblings, the GP and earlier
    notifications as far as known."""

    children: tuple[Child, ...]
    parents: tuple[Parent, ...]
    relation_to_child: str
    concern: str
    observations: str
    actions_taken: str
    contact_with_parents: str = ""  # left out when a parent is suspected of the violence
    urgent: bool = False
    custody: str = ""
    siblings: str = ""
    gp: str = ""
    earlier_notifications: str = ""

    @property
    def parent_abuse_suspected(self) -> bool:
        return any(parent.role == "suspected" for parent in self.parents)


@dataclass(frozen=True)
class SafetyPlanRequest:
    """The person's own plan; printed only when the person chose to take it."""

    person_chose_to_take_it: bool
    service_ids: tuple[str, ...] = ()  # besides the hotline and the emergency number
    safe_people: tuple[SafePerson, ...] = ()
    safe_places: tuple[str, ...] = ()
    take_along: tuple[str, ...] = ()
    code_word: str = ""
    code_word_meaning: str = ""
    own_notes: str = ""
    # The version without people, places, things to have ready, code word or notes: a plan is
    # recognisable as a plan to leave whatever its words; the numbers alone are not.
    numbers_only: bool = False
    named: frozenset[str] = frozenset()  # chosen services without a neutral name, accepted


# What the document screens use of the letters' own types (they reach letters through here).
__all__ = [
    "KNOWN_ERRORS",
    "MAX_SERVICES",
    "Child",
    "Parent",
    "SafePerson",
    "date_text",
    "default_take_along",
]
