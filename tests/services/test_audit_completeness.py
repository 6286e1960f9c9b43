"""security.md check 17: every use case leaves exactly one audit entry, with no free text.

The table below must name every public method of every service: a new method without an
entry here fails ``test_every_public_method_is_covered``.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir
from screening_app.services.access_log import AccessLogService, LogQuery
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.services.followup import FollowUpService
from screening_app.services.person_data.service import PersonDataService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import BandOverride, ScreeningService
from screening_app.services.session import UserSession
from screening_app.services.statistics.service import StatisticsService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from screening_app.storage.server.database import ServerDatabase

FONTS = FontSet.load(resources_dir() / "fonts")

CANARY_NAME = "Kanariefugl Zebrastribe"
CANARY_NOTE = "NOTE-CANARY-7731"
CANARY_REASON = "REASON-CANARY-5520"
CANARY_PHONE = "+45 99 88 77 66"
# Helpers, not use cases; retention_years reads a clinic setting (no person data).
SESSION_METHODS_NOT_AUDITED = {
    "require_admin",
    "audited",
    "retention_years",
    "audit_retention_months",
    "audit_failed_attempts",  # writes the audit entries of failed unlocks itself
    "require_overseer",
}


class World:
    def __init__(self, session: UserSession, instrument: Instrument, tmp: Path) -> None:
        self.session = session
        self.persons = PersonService(session)
        self.screenings = ScreeningService(session, [instrument])
        self.referrals = ReferralService(session)
        self.followup = FollowUpService(session)
        self.admin = AdminService(session)
        self.statistics = StatisticsService(session, [instrument])
        self.person_data = PersonDataService(session, [instrument], FONTS)
        self.access_log = AccessLogService(session)
        self.tmp = tmp
        # What the scenarios made, by kind (the ids are the backend's: a server's sequences are
        # shared by every clinic on it).
        self.recorded: list[Any] = []
        self.drawn: list[Any] = []
        self.person = self.persons.create(
            PersonData(name=CANARY_NAME, role="pregnant-woman", safe_phone=CANARY_PHONE)
        )
        self.draft = self.screenings.start(self.person.id, "test-minimal", "da")
        self.final = self.screenings.start(self.person.id, "test-minimal", "da")
        self.screenings.answer(self.final.screening.id, "q1", "no")
        self.screenings.finalise(self.final.screening.id)
        self.task = self.followup.add_task(
            self.person.id, kind="follow-up", due_date=dt.date(2026, 4, 1)
        )
        self.other = self.persons.create(PersonData(name="Anden forælder", role="other"))


def _scenarios(w: World) -> dict[str, Callable[[], Any]]:
    pid = w.person.id
    sid = w.draft.screening.id
    data = PersonData(name=CANARY_NAME + " B", role="new-mother")
    return {
        "PersonService.create": lambda: w.persons.create(data),
        "PersonService.update": lambda: w.persons.update(pid, data),
        "PersonService.get": lambda: w.persons.get(pid),
        "PersonService.search_by_name": lambda: w.persons.search_by_name("kan"),
        "PersonService.search_by_cpr": lambda: w.persons.search_by_cpr("010190"),
        "PersonService.search_by_birth_date": lambda: w.persons.search_by_birth_date(
            dt.date(1990, 1, 1)
        ),
        "PersonService.history": lambda: w.persons.history(pid),
        "PersonService.add_contact": lambda: w.persons.add_contact(
            pid, date=dt.date(2026, 3, 2), setting="home-visit"
        ),
        "PersonService.link_co_parent": lambda: w.persons.link_co_parent(pid, w.other.id),
        "PersonService.unlink_co_parent": lambda: w.persons.unlink_co_parent(pid, w.other.id),
        "ScreeningService.start": lambda: w.screenings.start(
            pid, "test-minimal", "en", context=Context(phase="pregnant")
        ),
        "ScreeningService.record_not_asked": lambda: w.screenings.record_not_asked(
            pid, "partner-present", next_ask_date=dt.date(2026, 4, 1)
        ),
        "ScreeningService.answer": lambda: w.screenings.answer(sid, "q1", "yes"),
        "ScreeningService.clear": lambda: w.screenings.clear(sid, "q1"),
        "ScreeningService.record_answer": lambda: w.screenings.record_answer(sid, "q1", "no"),
        "ScreeningService.open": lambda: w.screenings.open(sid),
        "ScreeningService.hold": lambda: w.screenings.hold(sid),
        "ScreeningService.finalise": lambda: w.screenings.finalise(
            sid, override=BandOverride("low", CANARY_REASON)
        ),
        "ScreeningService.amend": lambda: w.screenings.amend(w.final.screening.id, CANARY_REASON),
        "ScreeningService.band_statistics": lambda: w.screenings.band_statistics(2026),
        "StatisticsService.report": lambda: w.statistics.report(
            dt.date(2026, 1, 1), dt.date(2026, 12, 31)
        ),
        "StatisticsService.export_csv": lambda: w.statistics.export_csv(
            dt.date(2026, 1, 1), dt.date(2026, 12, 31)
        ),
        "StatisticsService.export_pdf": lambda: w.statistics.export_pdf(
            dt.date(2026, 1, 1), dt.date(2026, 12, 31), FONTS
        ),
        "PersonDataService.export": lambda: w.person_data.export(pid, "pdf", CANARY_REASON),
        "PersonDataService.record_request": lambda: w.recorded.append(
            w.person_data.record_request(pid, "correction", CANARY_NOTE)
        ),
        "PersonDataService.decide": lambda: w.person_data.decide(
            w.recorded[-1].id, "refused", CANARY_REASON
        ),
        "PersonDataService.requests": lambda: w.person_data.requests(pid),
        "AccessLogService.search": lambda: w.access_log.search(LogQuery(person_id=pid)),
        "AccessLogService.users": w.access_log.users,
        "AccessLogService.export_csv": lambda: w.access_log.export_csv(
            LogQuery(person_id=pid), CANARY_REASON
        ),
        "AccessLogService.draw_spot_check": lambda: w.drawn.append(
            w.access_log.draw_spot_check(dt.date(2026, 3, 1), dt.date(2026, 3, 31), size=1)
        ),
        "AccessLogService.spot_checks": w.access_log.spot_checks,
        "AccessLogService.spot_check": lambda: w.access_log.spot_check(w.drawn[-1].check.id),
        "AccessLogService.review": lambda: _review(w),
        "AccessLogService.finish": lambda: w.access_log.finish(w.drawn[-1].check.id, CANARY_NOTE),
        "ReferralService.record_referral": lambda: w.referrals.record_referral(
            pid, service_id="lev-uden-vold", consent="given", form="oral", scope={"free-text"}
        ),
        "ReferralService.record_document": lambda: w.referrals.record_document(
            pid, kind="resource-card", action="printed"
        ),
        "FollowUpService.add_task": lambda: w.followup.add_task(
            pid, kind="follow-up", due_date=dt.date(2026, 5, 1), text=CANARY_NOTE
        ),
        "FollowUpService.set_next_ask_date": lambda: w.followup.set_next_ask_date(
            pid, dt.date(2026, 9, 1)
        ),
        "FollowUpService.complete_task": lambda: w.followup.complete_task(w.task.id),
        "FollowUpService.due_tasks": lambda: w.followup.due_tasks(dt.date(2026, 12, 31)),
        "FollowUpService.add_note": lambda: w.followup.add_note(pid, CANARY_NOTE),
        "AdminService.add_user": lambda: w.admin.add_user("bo", "en helt anden lang adgangskode"),
        "AdminService.users": w.admin.users,
        "AdminService.reset_password": lambda: w.admin.reset_password(
            "anna", "nok en ny og lang adgangskode"
        ),
        "AdminService.disable_user": lambda: w.admin.disable_user("bo"),
        "AdminService.rekey": w.admin.rekey,
        "AdminService.backup": lambda: w.admin.backup(w.tmp / "backup"),
        "AdminService.check": w.admin.check,
        "AdminService.verify_audit": w.admin.verify_audit,
        "AdminService.audit_anchor": lambda: w.admin.audit_anchor(w.tmp / "anchor.json"),
        "AdminService.export_person_audit": lambda: w.admin.export_person_audit(pid),
        "AdminService.purge": lambda: w.admin.purge(10),
        "AdminService.set_retention_years": lambda: w.admin.set_retention_years(10),
        "AdminService.purge_audit": lambda: w.admin.purge_audit(6),
        "AdminService.set_audit_retention_months": lambda: w.admin.set_audit_retention_months(24),
        "UserSession.set_pin": lambda: w.session.set_pin("1357"),
        "UserSession.change_password": lambda: w.session.change_password(
            "nok en ny og lang adgangskode", "kaffe og kanelsnegle klokken ti"
        ),
        "UserSession.lock": w.session.lock,
        "UserSession.unlock_with_pin": lambda: w.session.unlock_with_pin("1357"),
    }


def _review(w: World) -> None:
    drawn = w.drawn[-1]  # the sampled read, as the draw showed it
    w.access_log.review(drawn.check.id, drawn.items[0].audit_seq, "question", CANARY_NOTE)


SERVICES = (
    PersonService,
    ScreeningService,
    ReferralService,
    FollowUpService,
    AdminService,
    StatisticsService,
    PersonDataService,
    AccessLogService,
    UserSession,
)


def _public_methods() -> set[str]:
    names = set()
    for cls in SERVICES:
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            if cls is UserSession and name in SESSION_METHODS_NOT_AUDITED:
                continue
            names.add(f"{cls.__name__}.{name}")
    return names


def test_every_public_method_is_covered(
    setup: Setup, instrument: Instrument, tmp_path: Path
) -> None:
    world = World(setup.session, instrument, tmp_path)
    covered = set(_scenarios(world))
    # logout and unlock_with_password are checked in test_session (they close/reopen).
    missing = (
        _public_methods()
        - covered
        - {
            "UserSession.logout",
            "UserSession.unlock_with_password",
        }
    )
    assert missing == set()


# What a clinic server leaves to its administrators (a new data key would mean sealing every
# row again; backups and the audit trail's retention are theirs): refused, and the refusal is
# the one entry.
SERVER_REFUSED = frozenset(
    {"AdminService.rekey", "AdminService.backup", "AdminService.purge_audit"}
)


def test_each_operation_writes_exactly_one_entry(
    setup: Setup, instrument: Instrument, tmp_path: Path
) -> None:
    world = World(setup.session, instrument, tmp_path)
    database = setup.session.database
    performed = 0
    refused = SERVER_REFUSED if isinstance(database, ServerDatabase) else frozenset()
    for name, operation in _scenarios(world).items():
        before = len(database.audit_entries())
        if name in refused:
            with pytest.raises(StorageError):
                operation()
        else:
            operation()
        after = database.audit_entries()
        assert len(after) == before + 1, name
        entry = after[-1]
        assert entry.at.endswith("+00:00"), name
        assert entry.user == "anna", name
        assert entry.outcome == ("refused" if name in refused else "ok"), name
        performed += 1
    assert performed == len(_scenarios(world))
    everything = "\n".join(str(e) for e in database.audit_entries())
    for canary in (CANARY_NAME, CANARY_NOTE, CANARY_REASON, CANARY_PHONE, "kanariefugl"):
        assert canary not in everything
    assert database.verify_audit().intact


def test_person_operations_name_the_person(
    setup: Setup, instrument: Instrument, tmp_path: Path
) -> None:
    world = World(setup.session, instrument, tmp_path)
    database = setup.session.database
    for name, operation in _scenarios(world).items():
        if not name.startswith(("PersonService", "ScreeningService", "ReferralService")):
            continue
        operation()
        entry = database.audit_entries()[-1]
        assert entry.person_id is not None or entry.criterion, name


def test_a_refused_operation_writes_one_refused_entry(
    setup: Setup, instrument: Instrument, tmp_path: Path
) -> None:
    world = World(setup.session, instrument, tmp_path)
    database = setup.session.database
    before = len(database.audit_entries())
    with pytest.raises(Exception, match="finalised"):
        world.screenings.answer(world.final.screening.id, "q1", "yes")
    entries = database.audit_entries()
    assert len(entries) == before + 1
    assert entries[-1].outcome == "refused"
    assert entries[-1].person_id == world.person.id
    with pytest.raises(ValueError, match="answer"):
        world.screenings.answer(world.draft.screening.id, "q1", "maybe")
    assert database.audit_entries()[-1].outcome == "refused"
    assert len(database.audit_entries()) == before + 2
