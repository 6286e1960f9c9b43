"""From records to document content: the person, the clinician, the consent, the note.

Pure functions over values the use cases already hold; nothing here reads the database. The
rules live here (and in ``domain.consent``), not in the screens: which details reach a letter,
what an unknown "may letters go home?" means (no), what the note for the record says.
"""

from __future__ import annotations

import datetime as dt

from screening_app.domain.consent import (
    MAX_TEXT,
    SHARE_ITEMS,
    Authorisation,
    Consent,
    LawfulDisclosure,
    SafeContact,
    basis_name,
    consent_basis_for,
    item_name,
    one_year_after,
    oral_needs_reason,
)
from screening_app.domain.consent import MESSAGES as CONSENT_TEXTS
from screening_app.domain.override import BandOverride, apply_override
from screening_app.domain.session import Result
from screening_app.domain.support import ServiceEntry
from screening_app.letters import Clinician
from screening_app.letters import Person as LetterPerson
from screening_app.services.document_requests import (
    MESSAGES,
    DocumentRefusedError,
    LetterRequest,
    ReferralRequest,
)
from screening_app.storage.records import Person, Referral, Screening, User

# Storage's names for the consent kinds and legal bases (storage.records).
STORED_CONSENT = {
    "consent": "given",
    "declined": "declined",
    "notification": "lawful-disclosure",
    "substantial-interests": "lawful-disclosure",
}
STORED_BASIS = {
    "notification": "sundhedsloven-43-2-1",
    "substantial-interests": "sundhedsloven-43-2-2",
}


def clean(text: str) -> str:
    value = text.strip()
    if len(value) > MAX_TEXT:
        raise DocumentRefusedError("text-too-long", limit=MAX_TEXT)
    return value


def lines(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(clean(v) for v in values if v.strip())


def clinician_of(user: User, lang: str) -> Clinician:
    """Who signs: the account's name and title (a neutral word when no title is recorded)."""
    name = user.display_name.strip() or user.username
    title = user.title.strip() or MESSAGES.text("title.fallback", lang)
    return Clinician(name=name, title=title)


def safe_contact(person: Person, request: LetterRequest) -> SafeContact:
    """The person's safe contact details; an unanswered "may ... ?" counts as no."""
    data = person.data
    return SafeContact(
        phone=data.safe_phone,
        safe_times=data.safe_times,
        may_leave_messages=data.may_leave_messages is True,
        letters_home_allowed=data.may_send_letters_home is True,
        home_address=lines(request.home_address),
        other_address=lines(request.other_address),
        note=clean(request.contact_note) or None,
    )


def letter_person(person: Person, request: LetterRequest) -> LetterPerson:
    return LetterPerson(
        name=person.data.name,
        birth_date=person.data.birth_date,
        safe_contact=safe_contact(person, request),
        language=clean(request.person_language) or None,
        interpreter_needed=request.interpreter_needed,
    )


def authorisation(
    request: ReferralRequest, recorded_by: str, today: dt.date, service: ServiceEntry
) -> Authorisation | None:
    """The consent or lawful disclosure a request records (None when consent was declined).

    A consent rests on the paragraph that fits the recipient (§ 41 for a service that treats,
    § 43 stk. 1 otherwise). Checks what the clinician must fill in, with one sentence for each
    problem.
    """
    day = request.date or today
    if day > today:
        raise DocumentRefusedError("date-in-future")
    if request.route == "declined":
        return None
    if not request.scope:
        raise DocumentRefusedError("scope-empty")
    if request.route == "consent":
        purpose = clean(request.purpose)
        if not purpose:
            raise DocumentRefusedError("purpose-missing")
        if request.form is None:
            raise DocumentRefusedError("form-missing")
        basis = consent_basis_for(service.provides_treatment)
        oral_reason = clean(request.oral_reason)
        needs_reason = oral_needs_reason(basis, request.form)
        if needs_reason and not oral_reason:
            raise DocumentRefusedError("oral-reason-missing")
        return Consent(
            recipient=request.service_id,
            purpose=purpose,
            scope=request.scope,
            form=request.form,
            given_on=day,
            recorded_by=recorded_by,
            basis=basis,
            oral_reason=oral_reason if needs_reason else None,
        )
    reason = clean(request.reason)
    if not reason:
        raise DocumentRefusedError("reason-missing")
    unsafe = request.route == "substantial-interests" and request.informing_unsafe
    unsafe_reason = clean(request.unsafe_reason) if unsafe else ""
    if unsafe and not unsafe_reason:
        raise DocumentRefusedError("unsafe-reason-missing")
    return LawfulDisclosure(
        recipient=request.service_id,
        basis=request.route,  # the two lawful routes are the bases
        scope=request.scope,
        reason=reason,
        decided_on=day,
        recorded_by=recorded_by,
        informing_unsafe=unsafe,
        unsafe_reason=unsafe_reason or None,
    )


def scope_words(auth: Authorisation, lang: str) -> str:
    return ", ".join(item_name(i, lang) for i in SHARE_ITEMS if i in auth.scope)


def record_note(
    request: ReferralRequest,
    auth: Authorisation | None,
    service: ServiceEntry,
    today: dt.date,
    lang: str,
) -> str:
    """The note for the record: purpose, reasons and the informing decision, in words."""
    name = service.display_name(lang)
    day = request.date or today
    if auth is None:
        return MESSAGES.text("note.declined", lang, service=name, date=day.isoformat())
    if isinstance(auth, Consent):
        note = MESSAGES.text(
            "note.consent",
            lang,
            service=name,
            form=CONSENT_TEXTS.text(f"form.{auth.form}", lang),
            basis=basis_name(auth.basis, lang),
            date=day.isoformat(),
            expires=one_year_after(day).isoformat(),
            purpose=auth.purpose,
            scope=scope_words(auth, lang),
        )
        if auth.oral_reason:
            note += " " + MESSAGES.text("note.oral-reason", lang, reason=auth.oral_reason)
        return note
    text = MESSAGES.text(
        "note.lawful",
        lang,
        service=name,
        date=day.isoformat(),
        basis=auth.basis_text(lang),
        reason=auth.reason,
        scope=scope_words(auth, lang),
    )
    if auth.informing_unsafe:
        text += " " + MESSAGES.text("note.inform-unsafe", lang, reason=auth.unsafe_reason)
    elif auth.inform_task() is not None:
        text += " " + MESSAGES.text("note.inform", lang)
    return text


def judged_result(screening: Screening, result: Result) -> Result:
    """The result as the clinician judged it: a recorded band override applied."""
    if screening.override_band_id is None:
        return result
    reason = screening.override_reason or "-"
    return apply_override(result, BandOverride(screening.override_band_id, reason))


def screened_on(screening: Screening) -> dt.date:
    """The day of the screening (finalised, else started), in the workstation's time."""
    stamp = screening.finalised_at or screening.started_at
    return dt.datetime.fromisoformat(stamp).astimezone().date()


def matches(referral: Referral, request: ReferralRequest) -> bool:
    """The stored referral is the one the request made (a guard against mix-ups)."""
    return (
        referral.service_id == request.service_id
        and referral.consent == STORED_CONSENT[request.route]
        and referral.legal_basis == STORED_BASIS.get(request.route)
    )


def consent_expiry(day: dt.date) -> dt.date:
    """What the screen shows as the consent's last day of validity (exclusive end)."""
    return one_year_after(day)
