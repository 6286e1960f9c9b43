"""The small use cases the consultation screens need: clinic settings, the person's page at a
glance, confirming the password while the database is open, the copied note, birth-date search.
Each leaves the audit entries it promises."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.pathway import AskingSchedule
from screening_app.instruments.yaml_format import load_instrument
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.services.clinic_settings import ClinicDetails, ClinicSettings
from screening_app.services.confirmation import PasswordConfirmation
from screening_app.services.person_overview import PersonOverviewService
from screening_app.services.persons import PersonService
from screening_app.services.record_note_copy import RecordNoteCopies
from screening_app.services.screenings import ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import ADMIN_PASSWORD, REPO, FakeClock

TODAY = dt.date(2026, 3, 2)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def actions(setup: Setup) -> list[tuple[str, str | None, int | None, str]]:
    return [
        (e.action, e.criterion, e.person_id, e.outcome)
        for e in setup.session.database.audit_entries()
    ]


# ------------------------------------------------------------------ settings
def test_clinic_details_round_trip_and_are_audited_without_values(setup: Setup) -> None:
    settings = ClinicSettings(setup.session)
    assert settings.details().name == "Jordemoderklinikken Nord"
    logo = tiny_png()
    settings.set_details(
        ClinicDetails(
            name="Jordemoderklinikken Nord",
            address=("Nørregade 1", " ", "8000 Aarhus C"),
            phone="86 00 00 00",
            email="jordemoder@example.dk",
            logo_png=logo,
        )
    )
    details = settings.details()
    assert details.address == ("Nørregade 1", "8000 Aarhus C")
    assert details.phone == "86 00 00 00"
    assert details.logo_png == logo
    last = actions(setup)[-1]
    assert last == ("settings-change", "clinic-details", None, "ok")
    assert "Nørregade" not in str(setup.session.database.audit_entries())


@pytest.mark.parametrize(
    "details",
    [
        ClinicDetails(name=" "),
        ClinicDetails(name="K", email="not an address"),
        ClinicDetails(name="K", logo_png=b"GIF89a..."),
        ClinicDetails(name="K", address=tuple(f"line {n}" for n in range(7))),
    ],
)
def test_invalid_clinic_details_are_refused(setup: Setup, details: ClinicDetails) -> None:
    with pytest.raises(StorageError) as refused:
        ClinicSettings(setup.session).set_details(details)
    assert refused.value.code == "invalid"


def test_idle_minutes_and_schedule_settings(setup: Setup) -> None:
    settings = ClinicSettings(setup.session)
    assert settings.idle_minutes() == 5
    assert settings.asking_schedule().is_default
    settings.set_idle_minutes(2)
    assert settings.idle_minutes() == 2
    with pytest.raises(StorageError):
        settings.set_idle_minutes(0)
    settings.set_asking_schedule(AskingSchedule(midwife_weeks=[12, 24, 34], retry_after_days=7))
    stored = settings.asking_schedule()
    assert not stored.is_default
    assert stored.schedule.midwife_weeks == [12, 24, 34]
    assert stored.schedule.retry_after_days == 7
    bad = AskingSchedule.model_construct(midwife_weeks=[99], retry_after_days=7)
    with pytest.raises(StorageError):
        settings.set_asking_schedule(bad)
    changes = [a for a in actions(setup) if a[0] == "settings-change"]
    assert [(c[1], c[3]) for c in changes] == [
        ("idle-minutes:2", "ok"),
        ("asking-schedule", "ok"),
    ]


def test_only_an_administrator_changes_settings(setup: Setup, accounts: object) -> None:
    AdminService(setup.session).add_user("bo", "en helt anden lang adgangskode")
    setup.session.logout()
    clinician = accounts.login("bo", "en helt anden lang adgangskode")  # type: ignore[attr-defined]
    try:
        settings = ClinicSettings(clinician)
        assert settings.idle_minutes() == 5  # reading is for everyone
        with pytest.raises(StorageError) as refused:
            settings.set_idle_minutes(3)
        assert refused.value.code == "not-permitted"
        entries = clinician.database.audit_entries()
        assert (entries[-1].action, entries[-1].outcome) == ("settings-change", "refused")
    finally:
        clinician.logout()


# ------------------------------------------------------------------ overview
def bundled() -> dict[str, Instrument]:
    found = {}
    for name in ("ipv-screen", "safety-check"):
        instrument = load_instrument(REPO / "questionnaires" / f"{name}.yaml")
        found[instrument.id] = instrument
    return found


def test_the_person_page_history_and_next_ask(setup: Setup, clock: FakeClock) -> None:
    session = setup.session
    instruments = bundled()
    persons = PersonService(session)
    screenings = ScreeningService(session, instruments.values())
    expected = TODAY + dt.timedelta(weeks=30)  # 10 weeks pregnant today
    person = persons.create(
        PersonData(
            name="Mette Hansen",
            role="pregnant-woman",
            child_birth_date=expected,
            child_birth_date_kind="expected",
        )
    )
    service = PersonOverviewService(session, instruments, ClinicSettings(session), lambda: TODAY)
    fresh = service.overview(person.id)
    assert fresh.events == ()
    assert fresh.next_ask is not None
    assert (fresh.next_ask.date, fresh.next_ask.why) == (TODAY, "never-asked")
    assert fresh.schedule_is_default

    screenings.record_not_asked(
        person.id, "partner-present", next_ask_date=TODAY + dt.timedelta(days=14)
    )
    clock.advance(days=14)
    draft = screenings.start(
        person.id, "ipv-screen", "da", context=Context(role="pregnant-woman", phase="pregnant")
    )
    follow = screenings.start(person.id, "safety-check", "da")
    overview = service.overview(person.id)
    assert [e.screening_id for e in overview.drafts] == [
        follow.screening.id,
        draft.screening.id,
    ]
    not_asked = overview.events[-1]
    assert not not_asked.asked
    assert not_asked.not_asked_reason == "partner-present"
    assert not_asked.clinician == "anna"
    assert not overview.events[0].counts_as_asking  # the safety check
    last = overview.last_asking
    assert last is not None
    assert last.screening_id == draft.screening.id
    entries = session.database.audit_entries()
    assert (entries[-1].action, entries[-1].person_id) == ("view-person", person.id)


def test_an_amendment_is_the_same_time_of_asking(setup: Setup, clock: FakeClock) -> None:
    session = setup.session
    instruments = bundled()
    screenings = ScreeningService(session, instruments.values())
    person = PersonService(session).create(PersonData(name="Ida Holm", role="new-mother"))
    draft = screenings.start(
        person.id, "ipv-screen", "da", context=Context(role="new-mother", phase="after-birth")
    )
    for link_id in draft.session.visible_questions():
        if draft.session.is_visible(link_id.link_id):
            draft = screenings.answer(draft.screening.id, link_id.link_id, "no")
    final = screenings.finalise(draft.screening.id, next_ask_date=TODAY + dt.timedelta(days=90))
    clock.advance(days=3)
    screenings.amend(final.id, "misheard")
    overview = PersonOverviewService(
        session, instruments, ClinicSettings(session), lambda: TODAY
    ).overview(person.id)
    old, new = sorted(overview.events, key=lambda e: e.version)
    assert old.superseded
    assert not new.superseded
    assert old.date == new.date
    assert overview.planned_next is None  # the amendment is a draft: nothing planned yet
    assert len([e for e in overview.events if e.counts_as_asking and not e.superseded]) == 1


# ---------------------------------------------------------------- confirmation
def test_confirming_the_password_keeps_the_database_open(setup: Setup) -> None:
    session = setup.session
    confirm = PasswordConfirmation(session)
    database = session.database
    assert confirm.confirm(ADMIN_PASSWORD)
    assert not confirm.confirm("not the password at all")
    assert database.is_open
    assert not session.is_locked
    tail = actions(setup)[-2:]
    assert tail == [
        ("unlock", "confirm-password", None, "ok"),
        ("unlock-failed", "confirm-password", None, "refused"),
    ]


def test_confirmation_is_throttled_like_a_login(setup: Setup) -> None:
    confirm = PasswordConfirmation(setup.session)
    for _ in range(3):
        assert not confirm.confirm("wrong wrong wrong wrong")
    with pytest.raises(StorageError) as waiting:
        confirm.confirm(ADMIN_PASSWORD)
    assert waiting.value.code == "throttled"
    failed = [a for a in actions(setup) if a[0] == "unlock-failed"]
    assert len(failed) == 3  # one entry per attempt, none left to appear at the next login
    assert setup.session.vault.throttle.take_events() == []


# --------------------------------------------------------------- note, search
def test_the_copied_note_is_audited_for_the_person(setup: Setup, instrument: Instrument) -> None:
    session = setup.session
    person = PersonService(session).create(PersonData(name="Ida Holm", role="new-mother"))
    draft = ScreeningService(session, [instrument]).start(person.id, "test-minimal", "da")
    RecordNoteCopies(session).copied(draft.screening.id)
    assert actions(setup)[-1] == ("view-screening", "copy-note", person.id, "ok")
    with pytest.raises(StorageError):
        RecordNoteCopies(session).copied(9999)


def test_search_by_birth_date_finds_the_recorded_date_and_the_cpr_date(setup: Setup) -> None:
    persons = PersonService(setup.session)
    by_cpr = persons.create(PersonData(name="Ane Berg", role="new-mother", cpr="0301901234"))
    by_date = persons.create(
        PersonData(name="Bo Dahl", role="father-co-parent", birth_date=dt.date(1990, 1, 3))
    )
    persons.create(PersonData(name="Cai Eng", role="other", cpr="0301905234"))  # born 1890
    persons.create(PersonData(name="Dan Falk", role="other", birth_date=dt.date(1990, 1, 4)))
    found = persons.search_by_birth_date(dt.date(1990, 1, 3))
    assert [p.id for p in found] == [by_cpr.id, by_date.id]
    assert actions(setup)[-1] == ("search-persons", "birth-date:1990-01-03", None, "ok")
