"""The person's own data: her copy holds exactly her data (two persons, canaries), the FHIR
Bundle validates, the export and her requests are one audit entry each with no free text."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.consent import Consent
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from pypdf import PdfReader

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.followup import FollowUpService
from screening_app.services.person_data.fhir_copy import CPR_SYSTEM
from screening_app.services.person_data.service import PersonDataService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.backends import count_rows
from tests.storage.helpers import FakeClock

FONTS = FontSet.load(resources_dir() / "fonts")
HERS = {"name": "Hanne Hjortetak", "cpr": "1103851234", "note": "HER-NOTE-5531"}
OTHERS = {"name": "Olga Odderbo", "cpr": "2207924321", "note": "OTHER-NOTE-8812"}
REASON = "REASON-TEXT-7719 hun bad om en kopi"


def _person(session: UserSession, instrument: Instrument, who: dict[str, str], yes: bool) -> int:
    persons = PersonService(session)
    person = persons.create(
        PersonData(name=who["name"], role="pregnant-woman", cpr=who["cpr"],
                   birth_date=dt.date(1985, 3, 11))
    )  # fmt: skip
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(person.id, "test-minimal", "da", context=Context(phase="pregnant"))
    screenings.answer(draft.screening.id, "q1", "yes" if yes else "no")
    if yes:
        screenings.answer(draft.screening.id, "q2", "yes")
    screenings.finalise(draft.screening.id)
    screenings.record_not_asked(person.id, "partner-present")
    ReferralService(session).record_referral(
        person.id, service_id="lev-uden-vold", consent="given", form="written",
        scope={"contact-details", "screening-result"}, date=dt.date(2026, 3, 2),
    )  # fmt: skip
    FollowUpService(session).add_note(person.id, who["note"])
    persons.get(person.id)  # a read: it belongs in her access log
    return person.id


@pytest.fixture
def two(setup: Setup, instrument: Instrument) -> tuple[PersonDataService, int, int]:
    hers = _person(setup.session, instrument, HERS, yes=True)
    others = _person(setup.session, instrument, OTHERS, yes=False)
    return PersonDataService(setup.session, [instrument], FONTS), hers, others


def _texts(service: PersonDataService, person_id: int) -> dict[str, str]:
    out = {}
    for form in ("json", "fhir"):
        out[form] = service.export(person_id, form, REASON).decode("utf-8")
    pdf = service.export(person_id, "pdf", REASON)
    out["pdf"] = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return out


def test_her_copy_holds_her_data_and_nobody_elses(
    two: tuple[PersonDataService, int, int],
) -> None:
    service, hers, _ = two
    for form, text in _texts(service, hers).items():
        for value in (OTHERS["name"], OTHERS["cpr"], OTHERS["note"], "Odderbo"):
            assert value not in text, form
        assert HERS["cpr"] in text, form
        assert "Hjortetak" in text, form
    copy = json.loads(service.export(hers, "json", REASON))
    assert copy["person"]["name"] == HERS["name"]
    assert [n["text"] for n in copy["notes"]] == [HERS["note"]]
    asked = [r for r in copy["records"] if r["gate"] == "asked"]
    assert [(a["question"], a["answer"]) for a in asked[0]["answers"]][:2] == [
        ("Spørgsmål 1", "Ja"),
        ("Spørgsmål 2", "Ja"),
    ]
    assert asked[0]["band"] == "Høj"
    assert asked[0]["flags"] == ["Haster"]
    assert [r["notAskedReason"] for r in copy["records"] if r["gate"] == "not-asked"] == [
        "partner-present"
    ]
    assert copy["referrals"][0]["shared"] == ["contact-details", "screening-result"]
    actions = [entry["action"] for entry in copy["accessLog"]]
    assert "view-person" in actions
    assert "create-person" in actions
    assert {entry["name"] for entry in copy["accessLog"]} == {"anna"}


def test_the_fhir_bundle_validates(two: tuple[PersonDataService, int, int]) -> None:
    service, hers, _ = two
    bundle = json.loads(service.export(hers, "fhir", REASON))
    Bundle.model_validate(bundle)
    kinds = [entry["resource"]["resourceType"] for entry in bundle["entry"]]
    assert kinds == ["Patient", "QuestionnaireResponse", "Consent"]
    patient = Patient.model_validate(bundle["entry"][0]["resource"])
    assert patient.identifier is not None
    assert (patient.identifier[0].system, patient.identifier[0].value) == (CPR_SYSTEM, HERS["cpr"])
    response = QuestionnaireResponse.model_validate(bundle["entry"][1]["resource"])
    assert response.subject is not None
    assert response.subject.reference == bundle["entry"][0]["fullUrl"]
    assert response.meta is not None
    assert response.meta.security is not None
    assert {c.code for c in response.meta.security} == {"SDV", "R"}
    consent = Consent.model_validate(bundle["entry"][2]["resource"])
    assert consent.status == "active"
    assert consent.provision is not None
    assert consent.provision.type == "permit"


def test_one_audit_entry_per_export_without_the_reason(
    setup: Setup, two: tuple[PersonDataService, int, int]
) -> None:
    service, hers, _ = two
    database = setup.session.database
    for form in ("pdf", "json", "fhir"):
        before = len(database.audit_entries())
        service.export(hers, form, REASON)
        entries = database.audit_entries()
        assert len(entries) == before + 1
        assert entries[-1].action == "export-person"
        assert entries[-1].person_id == hers
        assert entries[-1].criterion is not None
        assert entries[-1].criterion.startswith(f"{form};request:")
    assert "REASON-TEXT" not in "\n".join(str(e) for e in database.audit_entries())
    requests = service.requests(hers)
    assert [(r.kind, r.status) for r in requests] == [("access", "done")] * 3
    assert REASON in (requests[0].details or "")


def test_hand_over_later_then_the_export_closes_the_request(
    two: tuple[PersonDataService, int, int],
) -> None:
    service, hers, others = two
    later = service.record_request(hers, "access", "Udleveres ved næste besøg, partner hjemme")
    assert later.status == "open"
    with pytest.raises(StorageError):
        service.export(others, "json", REASON, request_id=later.id)  # not hers
    service.export(hers, "json", REASON, request_id=later.id)
    assert service.requests(hers)[0].status == "done"
    with pytest.raises(StorageError):
        service.export(hers, "json", REASON, request_id=later.id)  # already answered


def test_correction_and_erasure_requests_are_decided_once(
    setup: Setup, two: tuple[PersonDataService, int, int]
) -> None:
    service, hers, _ = two
    database = setup.session.database
    before = len(database.audit_entries())
    correction = service.record_request(hers, "correction", "Forkert telefonnummer")
    erasure = service.record_request(hers, "erasure", "Slet samtalen")
    done = service.decide(correction.id, "done", "Telefonnummeret er rettet")
    refused = service.decide(
        erasure.id, "refused", "Journalen skal gemmes i mindst 10 år (journalføringspligt)"
    )
    assert (done.status, refused.status) == ("done", "refused")
    entries = database.audit_entries()[before:]
    assert [(e.action, e.criterion) for e in entries] == [
        ("record-data-request", "correction"),
        ("record-data-request", "erasure"),
        ("decide-data-request", f"correction:done;request:{correction.id}"),
        ("decide-data-request", f"erasure:refused;request:{erasure.id}"),
    ]
    assert all(e.person_id == hers for e in entries)
    with pytest.raises(StorageError):
        service.decide(erasure.id, "done", "Alligevel")
    assert database.audit_entries()[-1].outcome == "refused"


def test_a_leader_cannot_export_a_person(
    setup: Setup, accounts: Accounts, two: tuple[PersonDataService, int, int],
    instrument: Instrument,
) -> None:  # fmt: skip
    _, hers, _ = two
    AdminService(setup.session).add_user("lea", "ledelsen ser kun tal og aldrig", role="leader")
    setup.session.logout()
    leader = accounts.login("lea", "ledelsen ser kun tal og aldrig")
    try:
        with pytest.raises(StorageError) as error:
            PersonDataService(leader, [instrument], FONTS).export(hers, "json", REASON)
        assert error.value.code == "not-permitted"
    finally:
        leader.logout()


def test_the_retention_purge_takes_her_requests_with_her(
    setup: Setup, two: tuple[PersonDataService, int, int], clock: FakeClock
) -> None:
    service, hers, _ = two
    service.record_request(hers, "erasure", "Slet mig")
    clock.advance(days=366 * 11)
    report = AdminService(setup.session).purge(10)
    assert report.persons == 2
    assert count_rows(setup.session.database, "data_requests") == 0
