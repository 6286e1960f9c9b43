"""Storage round trips of what the pathway records: a declined answer, how a screening was
asked (schema v3 columns), the link between two parents, and follow-up tasks."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from screening_app.domain.answers import DECLINED, answer_json
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.storage.connection import DatabaseError
from screening_app.storage.records import PersonData
from screening_app.storage.screenings import HowAsked
from tests.storage.helpers import FakeClock


def test_a_declined_answer_is_stored_as_an_object_and_restored(
    setup: Setup, instrument: Instrument
) -> None:
    database = setup.session.database
    with database.audited("anna", "create-person") as work:
        person = work.persons.create(PersonData(name="Mette Hansen", role="pregnant-woman"))
        sid = work.screenings.start(
            person_id=person,
            contact_id=None,
            clinician_id=1,
            instrument_id="test-minimal",
            instrument_version="1.0.0",
            language="da",
            translation_version="1.0.0",
            context={},
        )
        work.screenings.set_answer(sid, "q1", answer_json(DECLINED))
        work.screenings.set_answer(sid, "age", 31)
    raw = database.connection.execute(
        "SELECT value_json FROM answers WHERE screening_id = ? AND link_id = 'q1'", (sid,)
    ).fetchone()[0]
    assert json.loads(raw) == {"declined": True}
    with database.audited("anna", "view-screening") as work:
        stored = work.screenings.get(sid)
    assert stored is not None
    session = Session(instrument, "da", Context())
    assert session.restore({k: v.value for k, v in stored.answers.items()}) == []
    assert session.given("q1") is DECLINED
    assert session.answers == {"age": 31}


def test_how_a_screening_was_asked_round_trips_and_the_database_checks_it(
    setup: Setup,
) -> None:
    database = setup.session.database
    how = HowAsked("video", "phone", {"present": ["young-child"], "remoteAlone": True})
    with database.audited("anna", "create-person") as work:
        person = work.persons.create(PersonData(name="Mette Hansen", role="pregnant-woman"))
        asked = work.screenings.start(
            person_id=person,
            contact_id=None,
            clinician_id=1,
            instrument_id="test-minimal",
            instrument_version="1.0.0",
            language="da",
            translation_version="1.0.0",
            context={},
            how=how,
        )
        not_asked = work.screenings.record_not_asked(
            person_id=person,
            contact_id=None,
            clinician_id=1,
            reason="family-interpreter",
            next_ask_date=None,
            context={},
            how=HowAsked("in-person", None, {"familyInterpreter": True}),
        )
        legacy = work.screenings.record_not_asked(
            person_id=person,
            contact_id=None,
            clinician_id=1,
            reason="no-time",
            next_ask_date=None,
            context={},
        )
    with database.audited("anna", "view-person") as work:
        rows = {s.id: s for s in work.screenings.for_person(person)}
    assert (rows[asked].consultation_form, rows[asked].interpreter) == ("video", "phone")
    assert rows[asked].presence == {"present": ["young-child"], "remoteAlone": True}
    assert (rows[not_asked].interpreter, rows[not_asked].presence) == (
        None,
        {"familyInterpreter": True},
    )
    assert (rows[legacy].consultation_form, rows[legacy].presence) == (None, None)
    for column, value in (("consultation_form", "letter"), ("interpreter", "family")):
        with pytest.raises(DatabaseError, match="CHECK"), database.transaction() as connection:
            connection.execute(
                f"UPDATE screenings SET {column} = ? WHERE id = ?",
                (value, asked),
            )


def test_links_are_stored_once_read_from_both_sides_and_purged(
    setup: Setup, clock: FakeClock
) -> None:
    database = setup.session.database
    clock.now = dt.datetime(2010, 1, 1, tzinfo=dt.UTC)
    with database.audited("anna", "create-person") as work:
        old = work.persons.create(PersonData(name="Old Parent", role="new-mother"))
    clock.now = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)
    with database.audited("anna", "create-person") as work:
        new = work.persons.create(PersonData(name="New Parent", role="father-co-parent"))
        work.persons.link(new, old, kind="co-parent", created_by=1)
        assert [(x.person_id, x.other_id) for x in work.persons.links(old)] == [(old, new)]
        assert [(x.person_id, x.other_id) for x in work.persons.links(new)] == [(new, old)]
        summary = work.persons.summary(old)
        assert summary is not None
        assert summary.name == "Old Parent"
    rows = database.connection.execute("SELECT person_id, other_id FROM person_links").fetchall()
    assert rows == [(min(old, new), max(old, new))]
    with pytest.raises(DatabaseError), database.transaction() as connection:
        connection.execute(
            "INSERT INTO person_links VALUES (?, ?, 'co-parent', 1, 'x')", (max(old, new), 1)
        )
    report = AdminService(setup.session).purge(10)  # the old parent goes, and the link
    assert report.persons == 1
    assert database.connection.execute("SELECT count(*) FROM person_links").fetchone()[0] == 0
    with database.audited("anna", "view-person") as work:
        assert work.persons.links(new) == []


def test_follow_up_tasks_round_trip_with_their_screening(setup: Setup) -> None:
    database = setup.session.database
    with database.audited("anna", "create-person") as work:
        person = work.persons.create(PersonData(name="Mette Hansen", role="pregnant-woman"))
        task = work.followup.add_task(
            person_id=person,
            kind="follow-up",
            due_date=dt.date(2026, 3, 16),
            text="",
            created_by=1,
        )
        work.followup.complete_task(task, 1)
        done = work.followup.task(task)
    assert done is not None
    assert (done.kind, done.due_date, done.done_by) == ("follow-up", dt.date(2026, 3, 16), 1)
