"""The access log for the clinic's checks: filters, a CSV export that records its reason,
spot checks of reads for a leader, each step one audit entry with no free text."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.services.access_log import AccessLogService, LogQuery
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from screening_app.storage.server.database import ServerDatabase
from tests.storage.helpers import FakeClock

REASON = "EXPORT-REASON-4410 stikprøve for marts"
LEADER = "ledelsen ser kun tal og aldrig"


def _reads(setup: Setup, clock: FakeClock) -> list[int]:
    persons = PersonService(setup.session)
    ids = [persons.create(PersonData(name=f"Person {n}", role="other")).id for n in range(6)]
    for person_id in ids:
        clock.advance(minutes=1)
        persons.get(person_id)
        persons.history(person_id)
    return ids


def test_filter_by_period_user_action_and_person(setup: Setup, clock: FakeClock) -> None:
    ids = _reads(setup, clock)
    log = AccessLogService(setup.session)
    page = log.search(LogQuery(action="view-person", person_id=ids[2]))
    assert [(e.action, e.person_id) for e in page.entries] == [("view-person", ids[2])] * 2
    assert page.total == 2
    today = clock.now.date()
    assert log.search(LogQuery(first=today, last=today, user="anna")).total > 12
    assert log.search(LogQuery(first=today + dt.timedelta(days=1))).total == 0
    entry = setup.session.database.audit_entries()[-1]
    assert entry.action == "view-audit"
    with pytest.raises(StorageError):
        log.search(LogQuery(user="Person 3"))  # not a staff name: never into the criterion
    assert "Person 3" not in "\n".join(str(e) for e in setup.session.database.audit_entries())


def test_a_csv_export_asks_for_a_reason_and_records_it(setup: Setup, clock: FakeClock) -> None:
    ids = _reads(setup, clock)
    log = AccessLogService(setup.session)
    database = setup.session.database
    with pytest.raises(StorageError):
        log.export_csv(LogQuery(person_id=ids[0]), "   ")
    before = len(database.audit_entries())
    text = log.export_csv(LogQuery(person_id=ids[0]), REASON)
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0] == "seq;at;user;action;person_id;criterion;outcome"
    assert len(lines) == 1 + 3  # created, read, history
    entries = database.audit_entries()
    assert len(entries) == before + 1
    assert entries[-1].action == "export-audit"
    assert entries[-1].criterion is not None
    assert entries[-1].criterion.startswith("csv;export:")
    assert REASON not in "\n".join(str(e) for e in entries)
    if isinstance(database, ServerDatabase):
        # On a server the reason is sealed: the server holds no clear text of it.
        with database.transaction() as connection:
            found = connection.execute(
                "SELECT id, reason_sealed, entries FROM audit_exports"
            ).fetchone()
        assert found is not None
        export_id, sealed, count = found
        assert REASON.encode() not in bytes(sealed)
        reason = database.cipher.open(sealed, f"audit_exports/{export_id}/reason").decode()
        assert (reason, count) == (REASON, 3)
    else:
        row = database.connection.execute("SELECT reason, entries FROM audit_exports").fetchone()
        assert row == (REASON, 3)


def test_a_leader_reviews_a_random_sample_of_reads(
    setup: Setup, accounts: Accounts, clock: FakeClock, instrument: Instrument
) -> None:
    _reads(setup, clock)
    AdminService(setup.session).add_user("lea", LEADER, role="leader")
    setup.session.logout()
    leader = accounts.login("lea", LEADER)
    try:
        log = AccessLogService(leader)
        with pytest.raises(StorageError):
            log.search(LogQuery())  # the log itself is for administrators
        today = clock.now.date()
        view = log.draw_spot_check(today, today, size=5, rng=random.Random(3))  # type: ignore[arg-type]
        assert len(view.items) == 5
        assert view.check.population == 12  # 6 reads of a page + 6 histories
        assert all(item.action == "view-person" for item in view.items)
        assert len({item.audit_seq for item in view.items}) == 5
        first, *rest = view.items
        with pytest.raises(StorageError):
            log.review(view.check.id, first.audit_seq, "question")  # a question needs a note
        log.review(view.check.id, first.audit_seq, "question", "Hvorfor to gange?")
        with pytest.raises(StorageError):
            log.finish(view.check.id, "Gennemgået")  # not every read has a verdict
        for item in rest:
            log.review(view.check.id, item.audit_seq, "justified")
        done = log.finish(view.check.id, "Gennemgået; ét spørgsmål til Anna")
        assert done.reviewed_at is not None
        reopened = log.spot_check(view.check.id)
        assert [i.verdict for i in reopened.items].count("justified") == 4
        criteria = [
            e.criterion for e in leader.database.audit_entries() if e.action == "spot-check"
        ]
        assert criteria[0] == f"draw:{view.check.id};sample:5/12"
        assert "Hvorfor" not in "\n".join(str(c) for c in criteria)
    finally:
        leader.logout()
