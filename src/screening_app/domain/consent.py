"""Consent and lawful disclosure: what may be passed on, to whom, and how letters may travel.

Which paragraph a consent rests on depends on the recipient:
- Sundhedsloven § 41 stk. 1: passing on to other health professionals in connection with
  treatment (a recipient that ``provides_treatment``: the hospital's family outpatient clinic,
  the GP). § 42: the consent may be oral or written, and is entered in the record.
- § 43 stk. 1: passing on for purposes other than treatment (a crisis centre, the municipality,
  an organisation). § 44 stk. 1: the consent must be written; that may be waived when the
  nature of the case or the circumstances call for it, so an oral § 43 consent needs its reason
  recorded. § 44 stk. 2: it lapses at the latest one year after it was given.
The law sets no lapse for a § 41 consent; the product keeps the same one-year limit for it (the
record requires an expiry for every consent), as its own rule, never printed as the law's.

Without consent (§ 43 stk. 2): nr. 1 when a law requires it (this covers the Barnets Lov § 133
notification), nr. 2 to protect substantial interests, after which the person must be informed
as soon as possible unless that would endanger them.

Everything here is pure: dates come in as arguments, nothing is stored or printed. The letters
call ``permitted_items`` before rendering and print nothing outside what it returns; the services
layer calls the same functions to explain a refusal and to audit it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from screening_app.domain.i18n import Catalog

# What a letter may carry, each chosen separately by the person. "own-violence" is the person's
# own violence against a partner: never in a letter unless the person agreed to that item.
ShareItem = Literal[
    "contact-details", "screening-result", "safety-concerns", "own-violence", "free-text"
]
SHARE_ITEMS: tuple[ShareItem, ...] = get_args(ShareItem)
ConsentForm = Literal["written", "oral"]
# The paragraph a consent rests on (stored as ``referrals.consent_basis``).
ConsentBasis = Literal["sundhedsloven-41", "sundhedsloven-43-1"]
CONSENT_BASES: tuple[ConsentBasis, ...] = get_args(ConsentBasis)
LawfulBasis = Literal["notification", "substantial-interests"]
LAWFUL_BASES: tuple[LawfulBasis, ...] = get_args(LawfulBasis)
# How a document reaches its reader.
Delivery = Literal["to-service", "person-home", "person-other-address", "hand-over"]
DELIVERIES: tuple[Delivery, ...] = get_args(Delivery)

MAX_TEXT = 2000

MESSAGES = Catalog(
    {
        "basis.sundhedsloven-41": {
            "da": "Samtykke efter sundhedsloven § 41, stk. 1 (videregivelse i forbindelse med "
            "behandling)",
            "en": "Consent under Sundhedsloven (Health Act) § 41(1) (passing on in connection "
            "with treatment)",
        },
        "basis.sundhedsloven-43-1": {
            "da": "Samtykke efter sundhedsloven § 43, stk. 1 (videregivelse til andre formål "
            "end behandling)",
            "en": "Consent under Sundhedsloven (Health Act) § 43(1) (passing on for purposes "
            "other than treatment)",
        },
        "short.sundhedsloven-41": {"da": "sundhedsloven § 41", "en": "Sundhedsloven § 41"},
        "short.sundhedsloven-43-1": {
            "da": "sundhedsloven § 43, stk. 1",
            "en": "Sundhedsloven § 43(1)",
        },
        "rule.sundhedsloven-41": {
            "da": "Henvisning til behandling: samtykket kan være mundtligt eller skriftligt "
            "(sundhedsloven § 42) og skrives i journalen.",
            "en": "Referral for treatment: the consent may be oral or written (Sundhedsloven "
            "§ 42) and is entered in the record.",
        },
        "rule.sundhedsloven-43-1": {
            "da": "Ikke behandling: samtykket skal være skriftligt. Mundtligt samtykke kun, når "
            "sagens karakter eller omstændighederne taler for det, og med begrundelsen skrevet "
            "i journalen (sundhedsloven § 44, stk. 1). Samtykket bortfalder senest et år "
            "efter, at det er givet (§ 44, stk. 2).",
            "en": "Not treatment: the consent must be written. Oral consent only when the "
            "nature of the case or the circumstances call for it, with the reason entered in "
            "the record (Sundhedsloven § 44(1)). The consent lapses at the latest one year "
            "after it was given (§ 44(2)).",
        },
        "basis.notification": {
            "da": "Underretning efter barnets lov § 133; videregivelse uden samtykke efter "
            "sundhedsloven § 43, stk. 2, nr. 1",
            "en": "Notification under Barnets Lov (Children's Act) § 133; disclosure without "
            "consent under Sundhedsloven § 43(2)(1)",
        },
        "basis.substantial-interests": {
            "da": "Videregivelse uden samtykke for at beskytte væsentlige interesser, "
            "sundhedsloven § 43, stk. 2, nr. 2",
            "en": "Disclosure without consent to protect substantial interests, "
            "Sundhedsloven § 43(2)(2)",
        },
        "item.contact-details": {"da": "Kontaktoplysninger", "en": "Contact details"},
        "item.screening-result": {"da": "Resultat af screeningen", "en": "Screening result"},
        "item.safety-concerns": {"da": "Bekymringer for sikkerheden", "en": "Safety concerns"},
        "item.own-violence": {
            "da": "Egen vold mod en partner",
            "en": "Own violence against a partner",
        },
        "item.free-text": {"da": "Fri tekst", "en": "Free text"},
        "form.written": {"da": "skriftligt", "en": "written"},
        "form.oral": {"da": "mundtligt", "en": "oral"},
        "refused.wrong-recipient": {
            "da": "Samtykket eller hjemlen gælder {allowed}, ikke {recipient}.",
            "en": "The consent or legal basis covers {allowed}, not {recipient}.",
        },
        "refused.wrong-basis": {
            "da": "Samtykket er givet efter {given}, men en henvisning til {recipient} kræver "
            "samtykke efter {needed}. Registrér henvisningen igen.",
            "en": "The consent was given under {given}, but a referral to {recipient} needs "
            "consent under {needed}. Record the referral again.",
        },
        "refused.not-yet": {
            "da": "Samtykket gælder først fra {start}.",
            "en": "The consent only applies from {start}.",
        },
        "refused.expired": {
            "da": "Samtykket udløb {end}. Indhent et nyt samtykke.",
            "en": "The consent expired on {end}. Ask for consent again.",
        },
        "refused.withdrawn": {
            "da": "Samtykket blev trukket tilbage {end}.",
            "en": "The consent was withdrawn on {end}.",
        },
        "refused.outside-scope": {
            "da": "Brevet indeholder {items}, som ikke er omfattet af samtykket.",
            "en": "The letter holds {items}, which the consent does not cover.",
        },
        "refused.letters-not-home": {
            "da": "Personen har sagt, at der ikke må sendes breve til hjemmet.",
            "en": "The person has said that no letters may be sent to their home.",
        },
        "refused.no-address": {
            "da": "Der er ingen adresse til {where}.",
            "en": "There is no address for {where}.",
        },
        "where.person-home": {"da": "hjemmet", "en": "the home"},
        "where.person-other-address": {"da": "den sikre adresse", "en": "the safe address"},
        "task.inform": {
            "da": "Fortæl personen så hurtigt som muligt, at oplysninger er videregivet til "
            "{recipient} uden samtykke ({basis}).",
            "en": "Tell the person as soon as possible that information was passed to "
            "{recipient} without consent ({basis}).",
        },
    }
)


class DisclosureRefusedError(Exception):
    """A letter that may not be made or sent: ``code`` is stable, ``message(lang)`` for people."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        params = {
            key: (value.isoformat() if isinstance(value, dt.date) else value)
            for key, value in self.params.items()
        }
        if "where" in params:  # a delivery code, named in the reader's language
            params["where"] = MESSAGES.text(f"where.{params['where']}", lang)
        for key in ("given", "needed"):  # consent bases, named in the reader's language
            if key in params:
                params[key] = MESSAGES.text(f"short.{params[key]}", lang)
        return MESSAGES.text(f"refused.{self.code}", lang, **params)


def consent_basis_for(provides_treatment: bool) -> ConsentBasis:
    """§ 41 for a recipient that treats the person, § 43 stk. 1 for any other recipient."""
    return "sundhedsloven-41" if provides_treatment else "sundhedsloven-43-1"


def oral_needs_reason(basis: ConsentBasis, form: ConsentForm) -> bool:
    """An oral consent under § 43 stk. 1 departs from the written rule (§ 44 stk. 1): say why."""
    return basis == "sundhedsloven-43-1" and form == "oral"


def basis_name(basis: ConsentBasis, lang: str) -> str:
    return MESSAGES.text(f"basis.{basis}", lang)


def basis_short(basis: ConsentBasis, lang: str) -> str:
    """The paragraph alone: "sundhedsloven § 41"."""
    return MESSAGES.text(f"short.{basis}", lang)


def basis_rule(basis: ConsentBasis, lang: str) -> str:
    """What the paragraph asks of the consent, in one or two sentences for the clinician."""
    return MESSAGES.text(f"rule.{basis}", lang)


def one_year_after(day: dt.date) -> dt.date:
    """The same date a year later; 29 February gives 28 February (the earlier, safer date)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _text(value: str, name: str) -> str:
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if len(value) > MAX_TEXT:
        raise ValueError(f"{name} must be at most {MAX_TEXT} characters")
    return value


def _scope(items: Iterable[str]) -> frozenset[ShareItem]:
    scope = frozenset(items)
    unknown = scope - set(SHARE_ITEMS)
    if unknown:
        raise ValueError(f"unknown share items: {', '.join(sorted(unknown))}")
    return scope  # type: ignore[return-value]


@dataclass(frozen=True)
class Consent:
    """The person's consent to pass named items to one recipient for one purpose."""

    recipient: str  # a service id from the directory
    purpose: str
    scope: frozenset[ShareItem]
    form: ConsentForm
    given_on: dt.date
    recorded_by: str
    withdrawn_on: dt.date | None = None
    basis: ConsentBasis = "sundhedsloven-43-1"
    oral_reason: str | None = None  # why an oral § 43 consent was accepted (§ 44 stk. 1)

    def __post_init__(self) -> None:
        _text(self.recipient, "recipient")
        _text(self.purpose, "purpose")
        _text(self.recorded_by, "recorded_by")
        object.__setattr__(self, "scope", _scope(self.scope))
        if not self.scope:
            raise ValueError("a consent names at least one item to share")
        if self.form not in get_args(ConsentForm):
            raise ValueError(f"form must be written or oral, not {self.form!r}")
        if self.basis not in CONSENT_BASES:
            raise ValueError(f"unknown consent basis {self.basis!r}")
        if oral_needs_reason(self.basis, self.form):
            _text(self.oral_reason or "", "oral_reason")
        elif self.oral_reason is not None:
            raise ValueError("a reason for oral consent belongs only to an oral § 43 consent")
        if self.withdrawn_on is not None and self.withdrawn_on < self.given_on:
            raise ValueError("a consent cannot be withdrawn before it was given")

    @property
    def expires_on(self) -> dt.date:
        """The first day the consent no longer holds: one year after it was given (the law's
        limit for § 43, § 44 stk. 2; the product's own for § 41)."""
        return one_year_after(self.given_on)

    @property
    def lapses_by_law(self) -> bool:
        """True when the one-year limit is the law's (§ 44 stk. 2), not only the product's."""
        return self.basis == "sundhedsloven-43-1"

    def refusal(self, on: dt.date) -> DisclosureRefusedError | None:
        """Why the consent does not hold on ``on``, or None when it does."""
        if on < self.given_on:
            return DisclosureRefusedError("not-yet", start=self.given_on)
        if self.withdrawn_on is not None and on >= self.withdrawn_on:
            return DisclosureRefusedError("withdrawn", end=self.withdrawn_on)
        if on >= self.expires_on:
            return DisclosureRefusedError("expired", end=self.expires_on)
        return None

    def holds_on(self, on: dt.date) -> bool:
        return self.refusal(on) is None

    def withdraw(self, on: dt.date) -> Consent:
        return replace(self, withdrawn_on=on)

    def basis_text(self, lang: str) -> str:
        return basis_name(self.basis, lang)


@dataclass(frozen=True)
class InformTask:
    """A follow-up task: tell the person that information was passed on without consent."""

    recipient: str
    basis: LawfulBasis
    due_on: dt.date

    def text(self, lang: str, recipient_name: str) -> str:
        return MESSAGES.text(
            "task.inform",
            lang,
            recipient=recipient_name,
            basis=MESSAGES.text(f"basis.{self.basis}", lang),
        )


@dataclass(frozen=True)
class LawfulDisclosure:
    """Passing information on without consent, with the legal basis and the reason recorded."""

    recipient: str
    basis: LawfulBasis
    scope: frozenset[ShareItem]
    reason: str
    decided_on: dt.date
    recorded_by: str
    # Only for "substantial-interests": informing the person afterwards would endanger them.
    informing_unsafe: bool = False
    unsafe_reason: str | None = field(default=None)

    def __post_init__(self) -> None:
        _text(self.recipient, "recipient")
        _text(self.reason, "reason")
        _text(self.recorded_by, "recorded_by")
        object.__setattr__(self, "scope", _scope(self.scope))
        if not self.scope:
            raise ValueError("a disclosure names at least one item to pass on")
        if self.basis not in LAWFUL_BASES:
            raise ValueError(f"unknown legal basis {self.basis!r}")
        if self.informing_unsafe:
            if self.basis != "substantial-interests":
                raise ValueError("'informing unsafe' applies only to substantial interests")
            if self.unsafe_reason is None or not self.unsafe_reason.strip():
                raise ValueError("say why informing the person would be unsafe")
        elif self.unsafe_reason is not None:
            raise ValueError("an unsafe reason is given, but informing is not marked unsafe")

    def inform_task(self) -> InformTask | None:
        """Sundhedsloven § 43 stk. 2 nr. 2: inform the person afterwards, unless unsafe."""
        if self.basis != "substantial-interests" or self.informing_unsafe:
            return None
        return InformTask(recipient=self.recipient, basis=self.basis, due_on=self.decided_on)

    def refusal(self, on: dt.date) -> DisclosureRefusedError | None:
        if on < self.decided_on:
            return DisclosureRefusedError("not-yet", start=self.decided_on)
        return None

    def basis_text(self, lang: str) -> str:
        return MESSAGES.text(f"basis.{self.basis}", lang)


Authorisation = Consent | LawfulDisclosure


def permitted_items(
    authorisation: Authorisation, recipient: str, on: dt.date
) -> frozenset[ShareItem]:
    """What a letter to ``recipient`` on ``on`` may hold; DisclosureRefusedError if nothing.

    The answer is the recorded scope and never more; a letter holds the intersection of this
    and what the clinician chose to include.
    """
    if recipient != authorisation.recipient:
        raise DisclosureRefusedError(
            "wrong-recipient", allowed=authorisation.recipient, recipient=recipient
        )
    refused = authorisation.refusal(on)
    if refused is not None:
        raise refused
    return authorisation.scope


def check_basis(authorisation: Authorisation, provides_treatment: bool, recipient: str) -> None:
    """Refuse a consent recorded under the wrong paragraph for this kind of recipient."""
    if not isinstance(authorisation, Consent):
        return
    needed = consent_basis_for(provides_treatment)
    if authorisation.basis != needed:
        raise DisclosureRefusedError(
            "wrong-basis", given=authorisation.basis, needed=needed, recipient=recipient
        )


def letter_items(
    authorisation: Authorisation,
    recipient: str,
    on: dt.date,
    included: Iterable[ShareItem],
    strict: bool = True,
) -> frozenset[ShareItem]:
    """The items a letter will hold: those included that the authorisation covers.

    ``strict`` refuses a letter that includes an item outside the scope (the screen should not
    have offered it); otherwise such items are left out.
    """
    allowed = permitted_items(authorisation, recipient, on)
    wanted = _scope(included)
    outside = wanted - allowed
    if outside and strict:
        raise DisclosureRefusedError(
            "outside-scope", items=", ".join(i for i in SHARE_ITEMS if i in outside)
        )
    return wanted & allowed


def item_name(item: ShareItem, lang: str) -> str:
    return MESSAGES.text(f"item.{item}", lang)


# --------------------------------------------------------------- safe contact
@dataclass(frozen=True)
class SafeContact:
    """How the person may be reached without putting them at risk."""

    phone: str | None = None
    safe_times: str | None = None
    may_leave_messages: bool = False
    letters_home_allowed: bool = False
    home_address: tuple[str, ...] = ()
    other_address: tuple[str, ...] = ()  # a safe address for letters (e.g. care of a friend)
    note: str | None = None


def check_delivery(contact: SafeContact, delivery: Delivery) -> None:
    """Refuse a document that would travel in a way the person said is unsafe."""
    if delivery not in DELIVERIES:
        raise ValueError(f"unknown delivery {delivery!r}")
    if delivery == "person-home":
        if not contact.letters_home_allowed:
            raise DisclosureRefusedError("letters-not-home")
        if not contact.home_address:
            raise DisclosureRefusedError("no-address", where=delivery)
    if delivery == "person-other-address" and not contact.other_address:
        raise DisclosureRefusedError("no-address", where=delivery)


def delivery_address(contact: SafeContact, delivery: Delivery) -> tuple[str, ...]:
    """The address lines for a delivery to the person, after ``check_delivery``."""
    check_delivery(contact, delivery)
    if delivery == "person-home":
        return contact.home_address
    if delivery == "person-other-address":
        return contact.other_address
    return ()
