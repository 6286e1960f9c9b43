"""The statistics: the right counts, suppressed, audited once, never a person; and the leader
role, who sees statistics and nothing of a person (enforced in the services)."""

from __future__ import annotations

import datetime as dt

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.services.statistics.csv_export import report_csv
from screening_app.services.statistics.service import StatisticsService
from screening_app.services.statistics.suppression import PERIOD
from screening_app.storage.errors import StorageError
from tests.stats.world import CANARY_CPRS, CANARY_NAMES, CANARY_NOTE, fill
from tests.storage.helpers import FakeClock

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
LEADER_PASSWORD = "ledelsen ser kun tal og aldrig personer"


def test_counts_by_month_with_small_numbers_hidden(
    setup: Setup, instrument: Instrument, clock: FakeClock
) -> None:
    fill(setup.session, instrument, clock)
    clock.advance(days=40)  # the planned next askings (20 March) are now overdue
    report = StatisticsService(setup.session, [instrument]).report(dt.date(2026, 2, 1), MARCH[1])
    assert report.months == ("2026-02", "2026-03")
    asking = report.table("asking")
    assert asking.cell("not-asked:partner-present", "2026-03").text == "<5"
    assert asking.cell("not-asked:no-time", "2026-03").text == "0"
    assert asking.cell("asked", "2026-02").text == "0"
    # 2 not asked would be 9 - 7: the asked count and the total are hidden as well.
    assert asking.cell("asked", "2026-03").text == "x"
    assert asking.totals is not None
    assert asking.totals["2026-03"].text == "x"
    # The askings by role share the asked count: hidden there too.
    assert report.table("asked-by-role").cell("pregnant-woman", "2026-03").text == "x"
    persons = report.table("persons")
    assert persons.cell("pregnant-woman", "2026-03").text == "9"
    assert persons.cell("pregnant-woman", PERIOD).text == "9"
    results = report.table("results")
    assert results.cell("test-minimal 1.0.0 · high", "2026-03").text == "<5"
    assert results.cell("test-minimal 1.0.0 · low", "2026-03").text == "x"
    flags = report.table("flags")
    assert flags.rows == ("test-minimal · urgent",)
    assert flags.cell("test-minimal · urgent", "2026-03").text == "<5"
    assert flags.totals is None  # one asking may raise several flags: no total
    reasking = report.table("reasking")
    assert reasking.cell("due", "2026-03").text == "7"
    assert reasking.cell("overdue", "2026-03").text == "7"
    pregnancy = report.table("coverage-pregnancy")
    assert pregnancy.cell("asked", "2026-03").text == "7"
    assert pregnancy.cell("not-asked", "2026-03").text == "0"
    assert report.share_asked("coverage-pregnancy", "2026-03") == 1.0
    assert report.share_asked("coverage-after-birth", "2026-03") is None  # nobody seen
    for table in report.tables:
        for cell in table.all_cells():
            assert cell.value is None or not 1 <= cell.value <= 4, table.key


def test_no_name_cpr_or_free_text_in_any_output(
    setup: Setup, instrument: Instrument, clock: FakeClock
) -> None:
    fill(setup.session, instrument, clock)
    service = StatisticsService(setup.session, [instrument])
    report = service.report(*MARCH)
    outputs = [repr(report), report_csv(report, "da"), report_csv(report, "en")]
    for text in outputs:
        for canary in (*CANARY_NAMES, *CANARY_CPRS, CANARY_NOTE, "Kanariefugl", "010190"):
            assert canary not in text


def test_viewing_and_exporting_are_one_audit_entry_each(
    setup: Setup, instrument: Instrument, clock: FakeClock
) -> None:
    fill(setup.session, instrument, clock)
    service = StatisticsService(setup.session, [instrument])
    database = setup.session.database
    before = len(database.audit_entries())
    service.report(*MARCH)
    entries = database.audit_entries()
    assert len(entries) == before + 1
    assert (entries[-1].action, entries[-1].criterion) == (
        "view-statistics",
        "2026-03-01..2026-03-31",
    )
    assert entries[-1].person_id is None
    service.export_csv(*MARCH)
    entries = database.audit_entries()
    assert len(entries) == before + 2
    assert (entries[-1].action, entries[-1].criterion) == (
        "export-statistics",
        "csv:2026-03-01..2026-03-31",
    )


def test_a_period_longer_than_three_years_or_backwards_is_refused(setup: Setup) -> None:
    service = StatisticsService(setup.session)
    with pytest.raises(StorageError):
        service.report(dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    with pytest.raises(StorageError):
        service.report(dt.date(2020, 1, 1), dt.date(2026, 2, 1))


def _leader(setup: Setup, accounts: Accounts):  # type: ignore[no-untyped-def]
    AdminService(setup.session).add_user(
        "lea", LEADER_PASSWORD, display_name="Lea Leder", role="leader"
    )
    setup.session.logout()
    return accounts.login("lea", LEADER_PASSWORD)


def test_a_leader_sees_statistics_and_never_a_person(
    setup: Setup, accounts: Accounts, instrument: Instrument, clock: FakeClock
) -> None:
    ids = fill(setup.session, instrument, clock)
    leader = _leader(setup, accounts)
    try:
        report = StatisticsService(leader, [instrument]).report(*MARCH)
        assert report.table("persons").cell("pregnant-woman", "2026-03").text == "9"
        persons = PersonService(leader)
        screenings = ScreeningService(leader, [instrument])
        attempts = {
            "read": lambda: persons.get(ids[0]),
            "history": lambda: persons.history(ids[0]),
            "search by name": lambda: persons.search_by_name("kan"),
            "search by CPR": lambda: persons.search_by_cpr("0101"),
            "open a screening": lambda: screenings.open(1),
            "export the person's log": lambda: AdminService(leader).export_person_audit(ids[0]),
        }
        database = leader.database
        for name, attempt in attempts.items():
            before = len(database.audit_entries())
            with pytest.raises(StorageError) as error:
                attempt()
            assert error.value.code == "not-permitted", name
            entries = database.audit_entries()
            assert len(entries) == before + 1, name
            assert entries[-1].outcome == "refused", name
            assert entries[-1].user == "lea", name
        # A leader may set their own PIN.
        leader.set_pin("2468")
    finally:
        leader.logout()


def test_a_clinician_does_not_see_statistics(setup: Setup, accounts: Accounts) -> None:
    AdminService(setup.session).add_user("cia", LEADER_PASSWORD, role="clinician")
    setup.session.logout()
    clinician = accounts.login("cia", LEADER_PASSWORD)
    try:
        with pytest.raises(StorageError) as error:
            StatisticsService(clinician).report(*MARCH)
        assert error.value.code == "not-permitted"
        assert clinician.database.audit_entries()[-1].outcome == "refused"
    finally:
        clinician.logout()
