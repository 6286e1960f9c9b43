"""What a printed document reveals: for every document kind and every consent scope, the PDF's
text (extracted with pypdf) holds nothing outside the scope.

Every text a document could print is a canary (``data/leaks.yaml`` and the strings below).
A canary of a share item appears exactly when the letter holds that item; the clinician's own
texts (band and flag titles and texts, the steps) and a score marked ``showInSummary: false``
(here a count of red flags) never appear in any document, whatever the scope.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from screening_app.domain.consent import (
    SHARE_ITEMS,
    Consent,
    LawfulDisclosure,
    SafeContact,
    ShareItem,
)
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Result, Session
from screening_app.domain.support import Directory
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import (
    DocumentPrinter,
    Notification,
    Parent,
    Person,
    ReferralLetter,
    RenderOptions,
    ResourceCard,
    SafePerson,
    SafetyPlan,
    ScreeningSummary,
)
from screening_app.letters.printer import Document
from screening_app.letters.specimens import CLINICIAN, LETTERHEAD, TODAY, municipality
from tests.letters.conftest import DATA, all_text

PERSON_NAME = "Kanarinavn Żółkiewska"
SAFE_PHONE = "20 99 99 01"
SAFETY_TEXT = "Kanarisikkerhedstekst"
FREE_TEXT = "Kanarifritekst"
REASON = "Kanaribegrundelse"
CONCERN = "Kanaribekymring"

# The receiver's texts and what the clinician typed, by the item that allows them.
BY_ITEM: dict[ShareItem, tuple[str, ...]] = {
    "contact-details": (PERSON_NAME, SAFE_PHONE),
    "screening-result": ("Kanaribandbrev", "Kanariscorevist", "Kanariskema"),
    "safety-concerns": ("Kanarifarebrev", SAFETY_TEXT),
    "own-violence": ("Kanariegenbrev", "Egen vold mod en partner"),
    "free-text": (FREE_TEXT,),
}
# Meant for the clinician only: never in any document.
NEVER = (
    "Kanaribandtitel",
    "Kanaribandtekst",
    "Kanaribandtrin",
    "Kanarifaretitel",
    "Kanarifaretekst",
    "Kanarifaretrin",
    "Kanariegentitel",
    "Kanariegentekst",
    "Kanariegentrin",
    "Kanaristilletitel",
    "Kanaristilletekst",
    "Kanaristilletrin",
    "Kanarirødeflagantal",
)
DA = RenderOptions("da")
SCOPES = [
    frozenset(combo)
    for size in range(1, len(SHARE_ITEMS) + 1)
    for combo in itertools.combinations(SHARE_ITEMS, size)
]


@pytest.fixture(scope="module")
def canary() -> Instrument:
    return load_instrument(DATA / "leaks.yaml")


def result_of(instrument: Instrument, **answers: str) -> Result:
    session = Session(instrument, "da")
    for link_id, value in answers.items():
        session.answer(link_id, value)
    return session.result()


@pytest.fixture(scope="module")
def full_result(canary: Instrument) -> Result:
    """Positive, a danger flag, own violence and a flag with no letter text; safe to go home."""
    result = result_of(canary, exposed="yes", danger="yes", own="yes", silent="yes", home="no")
    assert result.band is not None
    assert result.band.id == "high"
    assert {f.id for f in result.flags} == {"danger", "own-violence", "silent"}
    assert result.scores["hidden"] == 4
    return result


def person() -> Person:
    return Person(
        name=PERSON_NAME,
        birth_date=dt.date(1994, 5, 3),
        safe_contact=SafeContact(phone=SAFE_PHONE, safe_times="Kl. 9-12"),
    )


def consent(recipient: str, scope: frozenset[ShareItem]) -> Consent:
    return Consent(
        recipient=recipient,
        purpose="Samtaleforløb",
        scope=scope,
        form="written",
        given_on=dt.date(2026, 11, 20),
        recorded_by=CLINICIAN.name,
    )


def referral(
    directory: Directory, result: Result, scope: frozenset[ShareItem], **changes: object
) -> ReferralLetter:
    letter = ReferralLetter(
        letterhead=LETTERHEAD,
        recipient=directory.get("dialog-mod-vold"),
        person=person(),
        authorisation=consent("dialog-mod-vold", scope),
        clinician=CLINICIAN,
        date=TODAY,
        include=scope,
        screening=ScreeningSummary(result, dt.date(2026, 11, 20)),
        safety_concerns=SAFETY_TEXT,
        free_text=FREE_TEXT,
    )
    return dataclasses.replace(letter, **changes)  # type: ignore[arg-type]


def disclosure(directory: Directory, result: Result, scope: frozenset[ShareItem]) -> ReferralLetter:
    lawful = LawfulDisclosure(
        recipient="dialog-mod-vold",
        basis="substantial-interests",
        scope=scope,
        reason=f"{REASON} trusler",
        decided_on=TODAY,
        recorded_by=CLINICIAN.name,
    )
    return referral(directory, result, scope, authorisation=lawful)


def notification(directory: Directory, scope: frozenset[ShareItem]) -> Notification:
    from screening_app.letters import Child

    town = municipality(directory)
    return Notification(
        letterhead=LETTERHEAD,
        recipient=town,
        disclosure=LawfulDisclosure(
            recipient=town.id,
            basis="notification",
            scope=scope,
            reason="Bekymring for det ufødte barn",
            decided_on=TODAY,
            recorded_by=CLINICIAN.name,
        ),
        notifier=CLINICIAN,
        date=TODAY,
        children=(Child(expected_birth=dt.date(2027, 3, 2)),),
        parents=(Parent(name="Far Kanari", relation="Far", role="suspected"),),
        relation_to_child="Jordemoder",
        concern=CONCERN,
        observations="Iagttagelse",
        actions_taken="Samtale",
    )


def persons_copy(
    directory: Directory, result: Result, scope: frozenset[ShareItem]
) -> ReferralLetter:
    return referral(directory, result, scope, copy_to_person="hand-over", persons_copy=True)


# Each kind: how to make it for a scope, and which items its text may show. The person's copy
# never shows safety concerns, own violence or the message to the service; its contact
# details are the person's name only (the safe phone never).
Maker = Callable[[Directory, Result, frozenset[ShareItem]], Document]
KINDS: dict[str, tuple[Maker, frozenset[ShareItem]]] = {
    "referral": (referral, frozenset(SHARE_ITEMS)),
    "referral-discreet": (
        lambda d, r, s: referral(d, r, s, discreet=True),
        frozenset(SHARE_ITEMS),
    ),
    "disclosure": (disclosure, frozenset(SHARE_ITEMS)),
    "persons-copy": (persons_copy, frozenset({"screening-result"})),
    "notification": (lambda d, _r, s: notification(d, s), frozenset()),
    "resource-card": (
        lambda d, _r, _s: ResourceCard(d.get("lev-uden-vold"), d.get("police")),
        frozenset(),
    ),
    "safety-plan": (
        lambda d, _r, _s: SafetyPlan(
            numbers=(d.get("lev-uden-vold"), d.get("police")),
            safe_people=(SafePerson("Ewa", "20 00 00 04"),),
        ),
        frozenset(),
    ),
}


@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: "+".join(i for i in SHARE_ITEMS if i in s))
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_document_holds_nothing_outside_its_scope(
    printer: DocumentPrinter,
    directory: Directory,
    full_result: Result,
    kind: str,
    scope: frozenset[ShareItem],
) -> None:
    make, shown = KINDS[kind]
    pdf = printer.pdf(make(directory, full_result, scope), DA)
    text = all_text(pdf)
    wrong = [c for c in NEVER if c in text]
    assert wrong == [], f"the clinician's texts reached the page: {wrong}"
    for item, canaries in BY_ITEM.items():
        allowed = item in scope and item in shown
        for canary in canaries:
            if kind == "persons-copy" and canary == PERSON_NAME:
                continue  # the copy is addressed to the person, whatever the scope
            assert (canary in text) == allowed, (item, canary, "missing" if allowed else "leaked")
    info = dict(PdfReader(io.BytesIO(pdf)).metadata or {})
    meta = " ".join(str(value) for value in info.values())
    for secret in (PERSON_NAME, CONCERN, SAFETY_TEXT, FREE_TEXT, *NEVER):
        assert secret not in meta
