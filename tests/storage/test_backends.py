"""The storage contract, the same on both backends: the embedded file and a clinic server.

Every case runs twice (``backend`` = file / server) through the use cases, so the services do
not know which one they use: persons and their searches, a whole screening, referrals, tasks and
notes, one audit entry per operation and an intact chain, the second save of a person refused
with who changed what, and a login that reopens what was kept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import BandOverride, ScreeningService
from screening_app.storage.conflicts import PersonChangedError
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

METTE = PersonData(
    name="Mette Kirstine Hansen",
    role="pregnant-woman",
    cpr="0101901234",
    safe_phone="22 33 44 55",
    safe_times="tirsdag formiddag",
)
FATIMA = PersonData(name="Fatima Hansen", role="new-mother", birth_date=dt.date(1990, 1, 1))


def _context() -> Context:
    return Context(role="pregnant-woman", phase="pregnant", weeks_pregnant=20)


def test_persons_and_their_searches(any_setup: Setup) -> None:
    persons = PersonService(any_setup.session)
    mette = persons.create(METTE)
    fatima = persons.create(FATIMA)
    persons.create(PersonData(name="Hanne Olsen", role="other"))
    assert persons.get(mette.id).data == METTE
    assert [s.id for s in persons.search_by_name("met han")] == [mette.id]
    assert [s.name for s in persons.search_by_name("hans")] == ["Fatima Hansen", METTE.name]
    assert [s.id for s in persons.search_by_name("kirstine")] == [mette.id]
    assert persons.search_by_name("olsen hansen") == []
    assert [s.id for s in persons.search_by_cpr("0101901234")] == [mette.id]
    assert [s.id for s in persons.search_by_cpr("0101901")] == [mette.id]
    assert persons.search_by_cpr("0101909999") == []
    # The recorded birth date and the CPR number's date both find a person.
    found = persons.search_by_birth_date(dt.date(1990, 1, 1))
    assert [s.id for s in found] == [fatima.id, mette.id]
    renamed = persons.update(mette.id, METTE.__class__(**{**METTE.__dict__, "name": "Mette Berg"}))
    assert renamed.data.name == "Mette Berg"
    assert persons.search_by_name("hansen")[0].id == fatima.id
    assert [s.id for s in persons.search_by_name("berg")] == [mette.id]


def test_a_whole_screening_and_what_follows(any_setup: Setup, instrument: Instrument) -> None:
    session = any_setup.session
    persons = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    person = persons.create(METTE)
    contact = persons.add_contact(
        person.id, date=dt.date(2026, 3, 2), setting="antenatal-visit", weeks_pregnant=20
    )
    draft = screenings.start(
        person.id, "test-minimal", "da", context=_context(), contact_id=contact.id
    )
    screenings.hold(draft.screening.id)
    screenings.answer(draft.screening.id, "q1", "yes")
    draft = screenings.answer(draft.screening.id, "q2", "yes")
    assert screenings.open(draft.screening.id).session.answers == {"q1": "yes", "q2": "yes"}
    final = screenings.finalise(
        draft.screening.id,
        next_ask_date=dt.date(2026, 6, 1),
        override=BandOverride("low", "answered in jest, confirmed"),
    )
    assert final.status == "finalised"
    assert final.result is not None
    assert final.result["band"] == {"id": "high", "colour": "yellow"}
    assert final.override_reason == "answered in jest, confirmed"
    with pytest.raises(StorageError):
        screenings.answer(draft.screening.id, "q1", "no")
    follow = FollowUpService(session)
    task = follow.add_task(person.id, kind="follow-up", due_date=dt.date(2026, 4, 1), text="ring")
    follow.add_note(person.id, "talte alene med hende", screening_id=draft.screening.id)
    history = persons.history(person.id)
    assert [c.id for c in history.contacts] == [contact.id]
    assert [s.status for s in history.screenings] == ["finalised"]
    assert history.screenings[0].answers["q1"].value == "yes"
    assert sorted((t.kind, t.text) for t in history.tasks) == [
        ("follow-up", "ring"),
        ("next-ask", ""),
    ]
    assert [n.text for n in history.notes] == ["talte alene med hende"]
    assert follow.complete_task(task.id).done_at is not None
    assert screenings.band_statistics(2026) == {"yellow": 1}


def test_one_audit_entry_per_operation_and_an_intact_chain(any_setup: Setup) -> None:
    session = any_setup.session
    database = session.database
    before = len(database.audit_entries())
    persons = PersonService(session)
    person = persons.create(METTE)
    persons.get(person.id)
    persons.search_by_cpr("0101901234")
    with pytest.raises(StorageError):
        persons.get(person.id + 1000)
    entries = database.audit_entries()[before:]
    assert [(e.action, e.outcome) for e in entries] == [
        ("create-person", "ok"),
        ("view-person", "ok"),
        ("search-persons", "ok"),
        ("view-person", "refused"),
    ]
    assert entries[2].criterion == "cpr:0101901234"
    assert [e.action for e in database.audit_entries(person.id)] == ["create-person", "view-person"]
    report = database.verify_audit()
    assert report.intact, report.sentence()
    assert report.count == len(database.audit_entries())


def test_the_second_save_is_refused_saying_who_changed_what(any_setup: Setup) -> None:
    persons = PersonService(any_setup.session)
    person = persons.create(METTE)
    seen_by_both = persons.get(person.id)
    first = PersonData(**{**METTE.__dict__, "safe_phone": "11 11 11 11"})
    persons.update(person.id, first, base=seen_by_both)
    second = PersonData(**{**METTE.__dict__, "safe_times": "aldrig om aftenen"})
    with pytest.raises(PersonChangedError) as refused:
        persons.update(person.id, second, base=seen_by_both)
    assert refused.value.changed == ("safe_phone",)
    assert "det sikre telefonnummer" in refused.value.message("da")
    assert "the safe phone number" in refused.value.message("en")
    assert refused.value.who == ADMIN
    # Nothing of the second save was written; saved from the new version it goes through.
    now = persons.get(person.id)
    assert now.data == first
    assert persons.update(person.id, second, base=now).data.safe_times == "aldrig om aftenen"


def test_logging_in_again_reopens_what_was_kept(
    any_setup: Setup, any_accounts: Accounts, clock: FakeClock
) -> None:
    person = PersonService(any_setup.session).create(METTE)
    any_setup.session.logout()
    clock.advance(minutes=1)
    session = any_accounts.login(ADMIN, ADMIN_PASSWORD)
    try:
        assert PersonService(session).get(person.id).data == METTE
        assert session.database.verify_audit().intact
        with pytest.raises(StorageError) as wrong:
            any_accounts.login(ADMIN, "not the password at all, no")
        assert wrong.value.code == "wrong-credentials"
    finally:
        session.logout()


def test_a_short_cpr_search_on_a_server_asks_for_six_digits(any_setup: Setup, backend: str) -> None:
    persons = PersonService(any_setup.session)
    mette = persons.create(METTE)
    if backend == "file":
        assert [s.id for s in persons.search_by_cpr("0101")] == [mette.id]
        return
    # The server indexes no shorter prefix: one plain sentence, in the user's language.
    with pytest.raises(StorageError) as refused:
        persons.search_by_cpr("0101")
    assert refused.value.code == "cpr-search-short"
    assert refused.value.message("da").startswith("Skriv mindst de første 6 cifre")
    assert "search" not in refused.value.message("da")
