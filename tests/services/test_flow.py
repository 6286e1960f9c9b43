"""A whole consultation through the use cases, without a window."""

from __future__ import annotations

import datetime as dt

import pytest

from screening_app.domain.answers import AnswerError
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Setup
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import BandOverride, ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import FakeClock


def test_consultation_end_to_end(setup: Setup, instrument: Instrument, clock: FakeClock) -> None:
    session = setup.session
    persons = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    person = persons.create(
        PersonData(name="Mette Hansen", role="pregnant-woman", cpr="010190-1234")
    )
    assert person.data.cpr == "0101901234"
    contact = persons.add_contact(
        person.id, date=dt.date(2026, 3, 2), setting="antenatal-visit", weeks_pregnant=20
    )
    draft = screenings.start(
        person.id,
        "test-minimal",
        "da",
        context=Context(role="pregnant-woman", phase="pregnant", weeks_pregnant=20),
        contact_id=contact.id,
    )
    assert draft.resume_at == "q1"
    clock.advance(seconds=5)
    draft = screenings.answer(draft.screening.id, "q1", "yes")
    assert draft.resume_at == "q2"
    with pytest.raises(AnswerError):
        screenings.answer(draft.screening.id, "q2", "maybe")
    draft = screenings.answer(draft.screening.id, "q2", "yes")
    reopened = screenings.open(draft.screening.id)
    assert reopened.session.answers == {"q1": "yes", "q2": "yes"}
    assert reopened.screening.answers["q1"].answered_at.startswith("2026-03-02T09:30:05")
    final = screenings.finalise(
        draft.screening.id,
        next_ask_date=dt.date(2026, 6, 1),
        override=BandOverride("low", "answered in jest, confirmed"),
    )
    assert final.status == "finalised"
    assert final.result is not None
    assert final.result["band"] == {"id": "high", "colour": "yellow"}
    assert final.result["flags"] == ["urgent"]
    assert final.override_band_id == "low"
    with pytest.raises(StorageError) as refused:
        screenings.answer(final.id, "q1", "no")
    assert refused.value.code == "finalised"
    amended = screenings.amend(final.id, "q2 was misheard")
    assert amended.screening.amends_id == final.id
    assert amended.screening.version == 2
    assert amended.session.answers == {"q1": "yes", "q2": "yes"}

    referrals = ReferralService(session)
    referral = referrals.record_referral(
        person.id,
        service_id="lev-uden-vold",
        consent="given",
        form="written",
        scope={"contact-details", "screening-result"},
        date=dt.date(2024, 2, 29),
    )
    assert referral.expires_on == dt.date(2025, 2, 28)
    disclosure = referrals.record_referral(
        person.id,
        service_id="kommune",
        consent="lawful-disclosure",
        legal_basis="sundhedsloven-43-2-2",
        scope={"safety-concerns"},
    )
    referrals.record_document(
        person.id, kind="referral-letter", action="printed", referral_id=referral.id
    )
    followup = FollowUpService(session)
    followup.add_note(person.id, "Talked about the safety plan.")
    history = persons.history(person.id)
    assert [s.version for s in history.screenings] == [1, 2]
    kinds = sorted(task.kind for task in history.tasks)
    assert kinds == ["inform-after-disclosure", "next-ask"]
    assert [t.referral_id for t in history.tasks if t.kind == "inform-after-disclosure"] == [
        disclosure.id
    ]
    assert history.documents[0].action == "printed"
    assert screenings.band_statistics(2026) == {"yellow": 1}
    assert setup.session.database.verify_audit().intact
