"""The audit trail's retention period (schema v2): old entries go, what remains still verifies,
and no other delete is possible."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.services.clock import add_months
from screening_app.services.persons import PersonService
from screening_app.storage.connection import DatabaseError
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import FakeClock


def _activity(setup: Setup, clock: FakeClock, years: list[int]) -> None:
    persons = PersonService(setup.session)
    for year in years:
        clock.now = dt.datetime(year, 3, 1, tzinfo=dt.UTC)
        person = persons.create(PersonData(name=f"Person {year}", role="other"))
        persons.get(person.id)


def test_purge_removes_only_old_entries_and_the_rest_verifies(
    setup: Setup, clock: FakeClock
) -> None:
    # The clinic was set up on the fake clock's first day (2026-03-02).
    _activity(setup, clock, [2027, 2028, 2032, 2034])
    database = setup.session.database
    before = database.audit_entries()
    clock.now = dt.datetime(2034, 6, 1, tzinfo=dt.UTC)
    admin = AdminService(setup.session)
    report = admin.purge_audit()  # the default: 60 months
    cutoff = "2029-06-01"
    old = [e for e in before if e.at < cutoff]
    assert report.entries == len(old) > 0
    after = database.audit_entries()
    assert all(e.at >= cutoff for e in after)
    assert after[0].seq == old[-1].seq + 1
    last = after[-1]
    assert (last.action, last.criterion) == (
        "purge",
        f"audit-older-than-months:60;entries:{len(old)};up-to:{old[-1].seq}:{old[-1].hash}",
    )
    chain = database.verify_audit()
    assert chain.intact, chain.sentence()
    assert chain.purged == len(old)
    assert chain.sentence().startswith(f"intact, {len(after)} entries")
    assert admin.purge_audit() == type(report)(0, report.cutoff)  # nothing more to remove
    assert database.verify_audit().intact


def test_tampering_after_a_purge_is_still_detected(setup: Setup, clock: FakeClock) -> None:
    _activity(setup, clock, [2027, 2033])
    clock.now = dt.datetime(2034, 1, 1, tzinfo=dt.UTC)
    AdminService(setup.session).purge_audit(12)
    connection = setup.session.database.connection
    first = setup.session.database.audit_entries()[0]
    connection.execute("DROP TRIGGER audit_no_delete")
    connection.execute("DELETE FROM audit WHERE seq = ?", (first.seq,))
    report = setup.session.database.verify_audit()
    assert not report.intact
    assert report.broken_at == first.seq


def test_no_delete_outside_the_purge(setup: Setup, clock: FakeClock) -> None:
    _activity(setup, clock, [2027])
    connection = setup.session.database.connection
    with pytest.raises(DatabaseError, match="audit entries cannot be deleted"):
        connection.execute("DELETE FROM audit WHERE seq = 1")
    assert connection.execute("SELECT count(*) FROM audit_purge_allowed").fetchone()[0] == 0


def test_audit_retention_setting_is_bounded_and_audited(setup: Setup, clock: FakeClock) -> None:
    admin = AdminService(setup.session)
    assert setup.session.audit_retention_months() == 60
    admin.set_audit_retention_months(6)
    assert setup.session.audit_retention_months() == 6
    last = setup.session.database.audit_entries()[-1]
    assert (last.action, last.criterion) == ("settings-change", "audit-retention-months:6")
    for bad in (5, 121):
        with pytest.raises(StorageError):
            admin.set_audit_retention_months(bad)
    assert setup.session.audit_retention_months() == 6


def test_add_months_keeps_the_day_or_takes_the_month_end() -> None:
    assert add_months(dt.date(2026, 6, 1), -60) == dt.date(2021, 6, 1)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 3, 30), -1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 1, 15), -13) == dt.date(2024, 12, 15)


def test_purge_audit_command_is_listed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "screening_app", "admin", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert "purge-audit" in result.stdout
