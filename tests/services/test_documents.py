"""DocumentService: referral with consent or a lawful basis, letters within the recorded scope,
no letter home against the person's wish, the notification, card, plan and printouts, and an
audit entry for every document produced, printed or saved."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from screening_app.domain.answers import DECLINED
from screening_app.domain.consent import SHARE_ITEMS, DisclosureRefusedError, ShareItem
from screening_app.domain.presence import Circumstances
from screening_app.letters import Child, LetterError, Parent, SafePerson
from screening_app.services.accounts import Setup
from screening_app.services.document_requests import (
    DocumentRefusedError,
    LetterRequest,
    NotificationRequest,
    ReferralRequest,
    SafetyPlanRequest,
)
from screening_app.services.documents import RecordedReferral
from tests.ui.documents.world import ANSWERS, PERSON_NAME, SAFE_PHONE, World, all_text, page_texts

SAFETY_CANARY = "Sikkerhedskanariefugl"
FREE_CANARY = "Fritekstkanariefugl"
RESULT_MARK = "Testskema til breve"  # the instrument title the result section names
# What each item lets into a letter (the receiver's texts come from the instrument).
CANARIES: dict[ShareItem, tuple[str, ...]] = {
    "contact-details": (SAFE_PHONE,),
    "screening-result": (RESULT_MARK, "Modtagerens tekst om resultatet"),
    "safety-concerns": (SAFETY_CANARY, "Modtagerens tekst om sikkerheden"),
    "own-violence": ("Modtagerens tekst om egen vold",),
    "free-text": (FREE_CANARY,),
}
CLINICIANS_TEXTS = "klinikerens"  # in every band and flag text and step: never in a letter


@pytest.fixture
def world(setup: Setup) -> World:
    return World(setup.session)


def consent(world: World, items: set[str], **changes: object) -> ReferralRequest:
    request = ReferralRequest(
        service_id="dialog-mod-vold",
        route="consent",
        scope=frozenset(items),  # type: ignore[arg-type]
        purpose="Samtaleforløb",
        form="written",
        screening_id=world.screening_id,
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def letter(include: set[str], **changes: object) -> LetterRequest:
    request = LetterRequest(
        include=frozenset(include),  # type: ignore[arg-type]
        safety_concerns=SAFETY_CANARY,
        free_text=FREE_CANARY,
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def record(world: World, request: ReferralRequest) -> RecordedReferral:
    return world.docs.record_referral(world.person_id, request)


# ------------------------------------------------------------------ the referral
def test_consent_is_recorded_with_expiry_and_a_note_holding_the_purpose(world: World) -> None:
    recorded = record(world, consent(world, {"contact-details"}, date=dt.date(2026, 2, 27)))
    referral = recorded.referral
    assert referral.consent == "given"
    assert referral.form == "written"
    assert referral.scope == frozenset({"contact-details"})
    assert referral.date == dt.date(2026, 2, 27)
    assert referral.expires_on == dt.date(2027, 2, 27)
    assert referral.screening_id == world.screening_id
    history = world.persons.history(world.person_id)
    assert "Samtaleforløb" in history.notes[-1].text
    assert "2027-02-27" in history.notes[-1].text
    assert history.tasks == [t for t in history.tasks if t.kind == "next-ask"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"purpose": "  "}, "purpose-missing"),
        ({"form": None}, "form-missing"),
        ({"scope": frozenset()}, "scope-empty"),
        ({"date": dt.date(2026, 3, 3)}, "date-in-future"),
        ({"service_id": "no-such-service"}, "unknown-service"),
    ],
)
def test_an_incomplete_referral_is_refused_and_nothing_is_stored(
    world: World, changes: dict[str, object], code: str
) -> None:
    with pytest.raises(DocumentRefusedError) as refused:
        record(world, consent(world, {"free-text"}, **changes))
    assert refused.value.code == code
    assert refused.value.message("da") != refused.value.message("en")
    assert world.persons.history(world.person_id).referrals == []


def test_substantial_interests_creates_one_task_to_inform_the_person(world: World) -> None:
    request = ReferralRequest(
        service_id="police",
        route="substantial-interests",
        scope=frozenset({"contact-details", "safety-concerns"}),
        reason="Trusler om drab mod personen",
    )
    recorded = record(world, request)
    assert recorded.referral.legal_basis == "sundhedsloven-43-2-2"
    history = world.persons.history(world.person_id)
    inform = [t for t in history.tasks if t.kind == "inform-after-disclosure"]
    assert [t.referral_id for t in inform] == [recorded.referral.id]
    assert "Trusler om drab" in history.notes[-1].text


def test_informing_unsafe_needs_a_reason_and_creates_no_task(world: World) -> None:
    request = ReferralRequest(
        service_id="police",
        route="substantial-interests",
        scope=frozenset({"safety-concerns"}),
        reason="Akut fare",
        informing_unsafe=True,
    )
    with pytest.raises(DocumentRefusedError, match="danger"):
        record(world, request)
    recorded = record(world, dataclasses.replace(request, unsafe_reason="Partneren læser posten"))
    assert recorded.referral.informing_unsafe
    history = world.persons.history(world.person_id)
    assert [t for t in history.tasks if t.kind == "inform-after-disclosure"] == []
    assert "Partneren læser posten" in history.notes[-1].text


def test_a_lawful_disclosure_needs_a_reason(world: World) -> None:
    request = ReferralRequest(
        service_id="police", route="substantial-interests", scope=frozenset({"free-text"})
    )
    with pytest.raises(DocumentRefusedError) as refused:
        record(world, request)
    assert refused.value.code == "reason-missing"


def test_declined_consent_is_recorded_and_allows_no_letter(world: World) -> None:
    recorded = record(world, ReferralRequest(service_id="danner", route="declined"))
    assert recorded.referral.consent == "declined"
    assert recorded.referral.scope == frozenset()
    with pytest.raises(DocumentRefusedError) as refused:
        world.docs.referral_letter(recorded, letter(set()), "da")
    assert refused.value.code == "not-for-letter"


# ------------------------------------------------------------------ the letter
def test_every_scope_reaches_the_letter_and_nothing_outside_it(world: World) -> None:
    """For every recorded scope, the letter holds exactly the chosen sections' content."""
    for size in range(1, len(SHARE_ITEMS) + 1):
        for scope in itertools.combinations(SHARE_ITEMS, size):
            recorded = record(world, consent(world, set(scope)))
            prepared = world.docs.referral_letter(recorded, letter(set(scope)), "da")
            text = all_text(prepared.pdf)
            for item, canaries in CANARIES.items():
                for canary in canaries:
                    assert (canary in text) == (item in scope), (scope, item, canary)
            assert (PERSON_NAME in text) == ("contact-details" in scope)
            assert CLINICIANS_TEXTS not in text


def test_a_section_outside_the_scope_is_refused_and_audited(world: World) -> None:
    recorded = record(world, consent(world, {"contact-details"}))
    with pytest.raises(DisclosureRefusedError) as refused:
        world.docs.referral_letter(recorded, letter({"contact-details", "free-text"}), "da")
    assert refused.value.code == "outside-scope"
    assert world.audit()[-1] == (
        "record-document",
        "refused",
        world.person_id,
        "referral-letter:outside-scope",
    )
    assert world.documents() == []


def test_the_discreet_letter_keeps_everything_off_its_first_page(world: World) -> None:
    recorded = record(world, consent(world, set(SHARE_ITEMS)))
    prepared = world.docs.referral_letter(recorded, letter(set(SHARE_ITEMS), discreet=True), "da")
    assert prepared.rendered.discreet
    first, *rest = page_texts(prepared.pdf)
    for canary in (*(c for cs in CANARIES.values() for c in cs), PERSON_NAME):
        assert canary not in first
        assert canary in " ".join(" ".join(rest).split())


@pytest.mark.parametrize("letters_home", [False, None])
def test_a_copy_home_is_refused_when_letters_may_not_go_home(
    setup: Setup, letters_home: bool | None
) -> None:
    world = World(setup.session, letters_home=letters_home)
    recorded = record(world, consent(world, {"contact-details"}))
    request = letter(
        {"contact-details"}, copy_to_person="person-home", home_address=("Stillevej 1",)
    )
    with pytest.raises(DisclosureRefusedError) as refused:
        world.docs.referral_letter(recorded, request, "da")
    assert refused.value.code == "letters-not-home"
    assert "hjemmet" in refused.value.message("da")
    assert world.audit()[-1] == (
        "record-document",
        "refused",
        world.person_id,
        "referral-letter:letters-not-home",
    )
    assert world.documents() == []
    # Handing the copy over, or sending it to a safe address, is fine.
    for delivery, extra in (
        ("hand-over", {}),
        ("person-other-address", {"other_address": ("c/o Ewa", "Parkvej 7")}),
    ):
        world.docs.referral_letter(
            recorded, letter({"contact-details"}, copy_to_person=delivery, **extra), "da"
        )


def test_a_copy_home_is_sent_when_allowed(setup: Setup) -> None:
    world = World(setup.session, letters_home=True)
    recorded = record(world, consent(world, {"contact-details"}))
    request = letter(
        {"contact-details"}, copy_to_person="person-home", home_address=("Stillevej 1", "")
    )
    text = all_text(world.docs.referral_letter(recorded, request, "da").pdf)
    assert "Stillevej 1" in text


def test_produced_printed_and_saved_are_recorded_for_the_person(world: World) -> None:
    recorded = record(world, consent(world, {"contact-details"}))
    prepared = world.docs.referral_letter(recorded, letter({"contact-details"}), "en")
    world.docs.record_action(prepared, "printed")
    world.docs.record_action(prepared, "saved")
    rid = recorded.referral.id
    assert world.documents() == [
        ("referral-letter", "produced", rid),
        ("referral-letter", "printed", rid),
        ("referral-letter", "saved", rid),
    ]
    entries = [e for e in world.audit() if e[0] == "record-document"]
    assert entries == [("record-document", "ok", world.person_id, None)] * 3
    assert world.session.database.verify_audit().intact


def test_no_letterhead_no_letter(world: World) -> None:
    recorded = record(world, consent(world, {"contact-details"}))
    world.docs.letterhead = None
    with pytest.raises(DocumentRefusedError) as refused:
        world.docs.referral_letter(recorded, letter({"contact-details"}), "da")
    assert refused.value.code == "no-letterhead"


def test_the_recommended_services_come_from_the_result(world: World) -> None:
    assert [e.id for e in world.docs.recommended(world.screening_id)] == [
        "danner",
        "dialog-mod-vold",
    ]
    assert world.docs.recommended(None) == []


# ------------------------------------------------------------ the notification
def notification(**changes: object) -> NotificationRequest:
    request = NotificationRequest(
        children=(Child(expected_birth=dt.date(2026, 7, 1)),),
        parents=(Parent(name=PERSON_NAME, relation="Mor", phone=SAFE_PHONE),),
        relation_to_child="Jordemoder for moderen",
        concern="Bekymringskanariefugl",
        observations="Observationskanariefugl",
        actions_taken="Handlingskanariefugl",
        contact_with_parents="Forældrekontaktkanariefugl",
    )
    return dataclasses.replace(request, **changes)  # type: ignore[arg-type]


def test_a_notification_goes_to_the_municipality_on_its_own_basis(world: World) -> None:
    request = ReferralRequest(
        service_id="municipality",
        route="notification",
        scope=frozenset({"contact-details", "safety-concerns"}),
        reason="Bekymring for det ufødte barn",
        screening_id=world.screening_id,
    )
    recorded = record(world, request)
    assert recorded.referral.legal_basis == "sundhedsloven-43-2-1"
    prepared = world.docs.notification_document(recorded, notification(), "da")
    text = all_text(prepared.pdf)
    for canary in ("Bekymringskanariefugl", "Observationskanariefugl", "Handlingskanariefugl"):
        assert canary in text
    assert "Forældrekontaktkanariefugl" in text
    assert "Hospitalsvej 4" in text  # the workplace address
    father = Parent(name="Far Kanariefugl", relation="Far", role="suspected")
    abuse = world.docs.notification_document(
        recorded, notification(parents=(*notification().parents, father)), "da"
    )
    abuse_text = all_text(abuse.pdf)
    assert "Forældrekontaktkanariefugl" not in abuse_text
    assert "må ikke orienteres, før kommunen har handlet" in abuse_text
    assert world.documents()[-1] == ("notification", "produced", recorded.referral.id)
    # No inform task: the notification is required by law (nr. 1).
    tasks = world.persons.history(world.person_id).tasks
    assert [t for t in tasks if t.kind == "inform-after-disclosure"] == []


def test_a_notification_needs_the_municipality_and_the_notification_route(world: World) -> None:
    with pytest.raises(DocumentRefusedError) as refused:
        record(
            world,
            ReferralRequest(
                service_id="danner",
                route="notification",
                scope=frozenset({"free-text"}),
                reason="x",
            ),
        )
    assert refused.value.code == "not-a-notification-recipient"
    recorded = record(world, consent(world, {"contact-details"}))
    with pytest.raises(DocumentRefusedError) as wrong:
        world.docs.notification_document(recorded, notification(), "da")
    assert wrong.value.code == "wrong-route"


# ----------------------------------------------------------- card and plan
def test_the_card_lists_the_chosen_services_with_the_verified_date(world: World) -> None:
    prepared = world.docs.resource_card(
        world.person_id, ("danner",), "da", named=frozenset({"danner"})
    )
    inside = page_texts(prepared.pdf)[1]
    for number in ("33 33 00 47", "1888", "112"):
        assert number in inside
    # the bundled entries are not checked by anyone yet: the card claims no date, and says
    # nothing about checking (the clinician is warned in the dialog instead)
    assert "kontrolleret" not in inside
    assert world.documents() == [("resource-card", "produced", None)]
    too_many = tuple(e.id for e in world.docs.card_services())[:5]
    with pytest.raises(LetterError):
        world.docs.resource_card(world.person_id, too_many, "da", named=frozenset(too_many))


def test_the_plan_is_made_only_when_the_person_chose_it(world: World) -> None:
    request = SafetyPlanRequest(
        person_chose_to_take_it=False,
        safe_people=(SafePerson("Ewa Nowak", "20 00 00 04"),),
        code_word="Blå paraply",
    )
    with pytest.raises(DocumentRefusedError) as refused:
        world.docs.safety_plan(world.person_id, request, "da")
    assert refused.value.code == "plan-not-chosen"
    prepared = world.docs.safety_plan(
        world.person_id, dataclasses.replace(request, person_chose_to_take_it=True), "da"
    )
    assert not prepared.rendered.discreet  # a plan is recognisable, whatever its words
    text = all_text(prepared.pdf)
    for chosen in ("Ewa Nowak", "Blå paraply", "1888"):
        assert chosen in text
    assert PERSON_NAME not in text
    assert world.documents() == [("safety-plan", "produced", None)]


# ------------------------------------------------------------ questionnaires
def test_printouts_of_questionnaires_are_audited(world: World) -> None:
    blank = world.docs.blank_instrument("test-documents", "en", "da")
    assert blank.person_id is None
    assert world.audit()[-1] == (
        "record-document",
        "ok",
        None,
        "blank-instrument:produced:test-documents",
    )
    world.docs.record_action(blank, "printed")
    assert world.audit()[-1][3] == "blank-instrument:printed:test-documents"
    done = world.docs.completed_screening(world.screening_id, "da")
    assert PERSON_NAME in all_text(done.pdf)
    assert world.audit()[-1] == (
        "record-document",
        "ok",
        world.person_id,
        "completed-screening:produced",
    )
    with pytest.raises(DocumentRefusedError):
        world.docs.blank_instrument("no-such-form", "da", "da")
    with pytest.raises(DocumentRefusedError):
        world.docs.blank_instrument("test-documents", "ar", "da")


def test_a_draft_is_not_printed_as_a_completed_screening(world: World) -> None:
    draft = world.screenings.start(world.person_id, "test-documents", "da")
    with pytest.raises(DocumentRefusedError) as refused:
        world.docs.completed_screening(draft.screening.id, "da")
    assert refused.value.code == "no-screening"


def test_training_mode_marks_every_page(world: World) -> None:
    world.docs.training = True
    prepared = world.docs.resource_card(world.person_id, (), "da")
    assert all("TRÆNING" in page for page in page_texts(prepared.pdf))


def test_the_record_copy_says_how_it_was_asked_and_what_was_declined(world: World) -> None:
    how = Circumstances(form="phone", interpreter="video", present=(), remote_alone=True)
    draft = world.screenings.start(world.person_id, "test-documents", "da", circumstances=how)
    answers = {**ANSWERS, "home": DECLINED}
    for link_id, value in answers.items():
        world.screenings.answer(draft.screening.id, link_id, value)
    world.screenings.finalise(draft.screening.id)
    text = all_text(world.docs.completed_screening(draft.screening.id, "da").pdf)
    assert "Samtaleform telefon" in text
    assert "Tolk professionel tolk over video" in text
    assert "Andre til stede ingen" in text
    assert "Ønsker ikke at svare" in text
