"""DocumentService, table by table: the consent's legal basis recorded per kind of recipient
(Sundhedsloven § 41 for treatment, § 43 stk. 1 otherwise, oral § 43 only with a reason), the
person's copy of a referral (never where the result may not go home; never with the safety
concerns or own violence), each refusal in one sentence and in the audit trail; the card's and
the plan's services without a neutral name, unchecked numbers, the numbers-only plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from screening_app.domain.consent import ConsentForm
from screening_app.domain.support import Directory, ServiceEntry
from screening_app.letters import LetterError, SafePerson
from screening_app.services.accounts import Setup
from screening_app.services.document_requests import (
    DocumentRefusedError,
    LetterRequest,
    ReferralRequest,
    SafetyPlanRequest,
)
from screening_app.services.documents import RecordedReferral
from screening_app.services.referrals import ReferralService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import Referral
from tests.ui.documents.world import PERSON_NAME, SAFE_PHONE, World, all_text


@pytest.fixture
def world(setup: Setup) -> World:
    return World(setup.session)


def consent(
    world: World, service_id: str, form: ConsentForm, oral_reason: str = ""
) -> ReferralRequest:
    return ReferralRequest(
        service_id=service_id,
        route="consent",
        scope=frozenset({"contact-details", "screening-result", "safety-concerns"}),
        purpose="Samtaleforløb",
        form=form,
        oral_reason=oral_reason,
        screening_id=world.screening_id,
    )


# ----------------------------------------------------------------- section 4: the basis
@pytest.mark.parametrize(
    ("service_id", "form", "reason", "stored", "note"),
    [
        # Treatment: § 41; oral consent is enough (§ 42), no reason asked.
        ("family-clinic", "oral", "", "sundhedsloven-41", "sundhedsloven § 41, stk. 1"),
        ("family-clinic", "written", "", "sundhedsloven-41", "sundhedsloven § 41, stk. 1"),
        # Not treatment: § 43 stk. 1; written, or oral with its reason (§ 44 stk. 1).
        ("dialog-mod-vold", "written", "", "sundhedsloven-43-1", "sundhedsloven § 43, stk. 1"),
        ("danner", "written", "", "sundhedsloven-43-1", "sundhedsloven § 43, stk. 1"),
        (
            "dialog-mod-vold",
            "oral",
            "Hun kan ikke tage papirer med hjem",
            "sundhedsloven-43-1",
            "fordi: Hun kan ikke tage papirer med hjem",
        ),
    ],
)
def test_the_consent_is_recorded_on_the_basis_its_recipient_needs(  # noqa: PLR0917
    world: World, service_id: str, form: ConsentForm, reason: str, stored: str, note: str
) -> None:
    recorded = world.docs.record_referral(world.person_id, consent(world, service_id, form, reason))
    referral = recorded.referral
    assert referral.consent_basis == stored
    assert referral.oral_reason == (reason or None)
    assert referral.expires_on is not None  # a year on: the law's (§ 44) or the product's (§ 41)
    history = world.persons.history(world.person_id)
    assert note in history.notes[-1].text
    assert world.persons.history(world.person_id).referrals[-1].consent_basis == stored
    letter = world.docs.referral_letter(recorded, LetterRequest(include=referral.scope), "da")
    text = all_text(letter.pdf)
    assert ("§ 41, stk. 1" in text) == (stored == "sundhedsloven-41")
    assert ("§ 43, stk. 1" in text) == (stored == "sundhedsloven-43-1")


def test_an_oral_section_43_consent_without_a_reason_is_refused_in_one_sentence(
    world: World,
) -> None:
    with pytest.raises(DocumentRefusedError) as refused:
        world.docs.record_referral(world.person_id, consent(world, "danner", "oral"))
    assert refused.value.code == "oral-reason-missing"
    assert refused.value.message("da").count(".") == 2  # "stk. 1" and the full stop
    assert "§ 44, stk. 1" in refused.value.message("da")
    assert "§ 44(1)" in refused.value.message("en")
    assert world.persons.history(world.person_id).referrals == []
    # A reason of spaces is no reason.
    with pytest.raises(DocumentRefusedError):
        world.docs.record_referral(world.person_id, consent(world, "danner", "oral", "   "))


# ------------------------------------------------------ section 3: the person's copy
def copy_request(**changes: object) -> LetterRequest:
    request = LetterRequest(
        include=frozenset({"contact-details", "screening-result", "safety-concerns"}),
        safety_concerns="Sikkerhedskanariefugl",
        copy_to_person="hand-over",
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def recorded_for(world: World, answers: dict[str, str] | None = None) -> RecordedReferral:
    screening_id = world.screening_id if answers is None else world.screen(answers).id
    request = dataclasses.replace(
        consent(world, "dialog-mod-vold", "written"), screening_id=screening_id
    )
    return world.docs.record_referral(world.person_id, request)


def test_the_copy_holds_neither_safety_concerns_nor_own_violence(world: World) -> None:
    recorded = recorded_for(world)
    assert world.docs.copy_refusal(recorded) is None
    letter = world.docs.referral_letter(recorded, copy_request(), "da")
    copy = world.docs.referral_copy(recorded, copy_request(), "da")
    letter_text, copy_text = all_text(letter.pdf), all_text(copy.pdf)
    assert "Sikkerhedskanariefugl" in letter_text
    assert "Modtagerens tekst om sikkerheden" in letter_text
    for secret in (
        "Sikkerhedskanariefugl",
        "Modtagerens tekst om sikkerheden",
        "Modtagerens tekst om egen vold",
        "Egen vold",
        "Bekymringer for sikkerheden",
        SAFE_PHONE,
        "klinikerens",
    ):
        assert secret not in copy_text, secret
    assert "Din kopi" in copy_text
    assert PERSON_NAME in copy_text
    assert "Modtagerens tekst om resultatet" in copy_text  # the result may go home here
    assert world.audit()[-1] == (
        "record-document",
        "ok",
        world.person_id,
        "referral-letter:persons-copy",
    )
    world.docs.record_action(copy, "printed")
    assert world.audit()[-1][3] == "referral-letter:persons-copy"
    rid = recorded.referral.id
    assert world.documents()[-3:] == [
        ("referral-letter", "produced", rid),
        ("referral-letter", "produced", rid),
        ("referral-letter", "printed", rid),
    ]


def test_no_copy_where_the_result_may_not_go_home(world: World) -> None:
    recorded = recorded_for(world, {"q1": "yes", "q2": "no", "home": "yes"})
    refusal = world.docs.copy_refusal(recorded)
    assert isinstance(refusal, LetterError)
    assert refusal.code == "copy-not-for-home"
    assert refusal.message("da") == (
        "Resultatet må ikke gives med hjem, så personen kan ikke få en kopi af henvisningen."
    )
    for make in (world.docs.referral_copy, world.docs.referral_letter):
        with pytest.raises(LetterError) as refused:
            make(recorded, copy_request(), "da")
        assert refused.value.code == "copy-not-for-home"
    assert world.audit()[-1] == (
        "record-document",
        "refused",
        world.person_id,
        "referral-letter:copy-not-for-home",
    )
    # The letter to the service, without a copy, is made.
    world.docs.referral_letter(recorded, copy_request(copy_to_person=None), "da")
    with pytest.raises(DocumentRefusedError) as no_copy:
        world.docs.referral_copy(recorded, copy_request(copy_to_person=None), "da")
    assert no_copy.value.code == "no-copy-chosen"


# ----------------------------------------------------- section 3: card and plan
def test_a_card_service_without_a_neutral_name_needs_the_clinician_s_choice(world: World) -> None:
    chosen = ("danner", "stalking-center")
    assert [e.id for e in world.docs.own_name_services(chosen)] == ["danner"]
    with pytest.raises(LetterError) as refused:
        world.docs.resource_card(world.person_id, chosen, "da")
    assert refused.value.code == "named-service"
    assert "Danner har intet neutralt navn" in refused.value.message("da")
    card = world.docs.resource_card(world.person_id, chosen, "da", named=frozenset({"danner"}))
    assert "Danner" in all_text(card.pdf)


def test_unchecked_numbers_are_named_for_the_clinician_and_never_claimed_checked(
    world: World,
) -> None:
    def checked(service_id: str) -> ServiceEntry:
        entry = world.directory.get(service_id)
        update = {"last_verified": dt.date(2026, 3, 1), "verified_by": "Clinic admin"}
        return entry.model_copy(update=update)

    ids = ("lev-uden-vold", "police", "danner", "stalking-center")
    world.docs.directory = Directory.merge(list(world.directory), [checked(i) for i in ids])
    assert world.docs.unchecked_services(("danner", "stalking-center")) == []
    text = all_text(
        world.docs.resource_card(world.person_id, ("stalking-center",), "da", named=frozenset()).pdf
    )
    assert "Numrene er kontrolleret 1. marts 2026." in text
    unchecked = checked("stalking-center").model_copy(
        update={"last_verified": None, "verified_by": None}
    )
    world.docs.directory = Directory.merge(list(world.docs.directory), [unchecked])
    assert [e.id for e in world.docs.unchecked_services(("stalking-center",))] == [
        "stalking-center"
    ]
    text = all_text(world.docs.resource_card(world.person_id, ("stalking-center",), "da").pdf)
    assert "25 17 73 74" in text
    assert "kontrolleret" not in text


def test_the_numbers_only_plan_leaves_out_everything_but_the_numbers(world: World) -> None:
    request = SafetyPlanRequest(
        person_chose_to_take_it=True,
        service_ids=("stalking-center",),
        safe_people=(SafePerson("Ewa Kanariefugl", "20 00 00 04"),),
        safe_places=("Stedkanariefugl",),
        take_along=("Paskanariefugl",),
        code_word="Kodekanariefugl",
        code_word_meaning="Betydningskanariefugl",
        own_notes="Notekanariefugl",
        numbers_only=True,
    )
    prepared = world.docs.safety_plan(world.person_id, request, "da")
    assert prepared.rendered.discreet
    text = all_text(prepared.pdf)
    assert "kanariefugl" not in text.lower()
    assert "20 00 00 04" not in text
    for number in ("1888", "112", "25 17 73 74"):
        assert number in text
    whole = world.docs.safety_plan(
        world.person_id, dataclasses.replace(request, numbers_only=False), "da"
    )
    assert not whole.rendered.discreet
    assert "Kodekanariefugl" in all_text(whole.pdf)


@pytest.mark.parametrize(
    ("basis", "form", "reason", "accepted"),
    [
        ("sundhedsloven-41", "oral", None, True),
        ("sundhedsloven-43-1", "written", None, True),
        ("sundhedsloven-43-1", "oral", "Kan ikke tage papir med hjem", True),
        ("sundhedsloven-43-1", "oral", None, False),  # § 44 stk. 1: the reason is required
        ("sundhedsloven-41", "oral", "not asked for under § 42", False),
        ("sundhedsloven-43-2-1", "written", None, False),  # not a consent basis
    ],
)
def test_the_record_keeps_only_a_valid_basis_and_reason(
    world: World, basis: str, form: str, reason: str | None, accepted: bool
) -> None:
    """The storage use case checks the same rule, whoever calls it."""

    def record() -> Referral:
        return ReferralService(world.session).record_referral(
            world.person_id,
            service_id="danner",
            consent="given",
            form=form,
            scope={"contact-details"},
            consent_basis=basis,
            oral_reason=reason,
        )

    if accepted:
        referral = record()
        assert referral.consent_basis == basis
        assert referral.oral_reason == reason
        return
    with pytest.raises(StorageError):
        record()
    assert world.persons.history(world.person_id).referrals == []
