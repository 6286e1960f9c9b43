"""The consultation engine in a process of its own, killed while answering (run by
``test_consultation_engine``): a clinic in DATA_DIR, a person, the gate, then the screen's
questions answered "no" one by one, each when the parent writes a line ("go") on standard input
and printed as "answered <linkId>" once the engine has stored it; it waits for the kill with the
session open, and stops by itself only when its standard input closes."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screening_app.domain.presence import Circumstances
from screening_app.instruments.catalog import load_catalog
from screening_app.services.accounts import Accounts
from screening_app.services.clinic_settings import ClinicSettings
from screening_app.services.clock import system_clock
from screening_app.services.consultation import ConsultationEngine
from screening_app.services.person_overview import PersonOverviewService
from screening_app.services.persons import PersonService
from screening_app.services.record_note_copy import RecordNoteCopies
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault
from tests.storage.helpers import small_blocklist

TODAY = dt.date(2026, 3, 2)
ADMIN = "anna"
PASSWORD = "correct horse battery staple resume test"
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)


def accounts(data_dir: Path) -> Accounts:
    vault = Vault(data_dir, clock=system_clock, kdf_params=TEST_PARAMS)
    policy = PasswordPolicy(small_blocklist(data_dir.parent))
    return Accounts(vault, clock=system_clock, policy=policy, pins=PinHasher(TEST_PARAMS))


def reopen(
    data_dir: Path,
) -> tuple[UserSession, PersonOverviewService, ScreeningService, int, int]:
    """The record after the kill: logged in again, the person and their draft."""
    session = accounts(data_dir).login(ADMIN, PASSWORD)
    catalog = load_catalog()
    overviews = PersonOverviewService(
        session, catalog.instruments, ClinicSettings(session), lambda: TODAY
    )
    screenings = ScreeningService(session, catalog.every_version())
    person_id = int((data_dir.parent / "person").read_text())
    draft = overviews.overview(person_id).drafts[0]
    return session, overviews, screenings, person_id, draft.screening_id


def main() -> int:
    data_dir = Path(sys.argv[1])
    session = (
        accounts(data_dir)
        .setup(clinic_name="Klinik Kill", admin_username=ADMIN, admin_password=PASSWORD)
        .session
    )
    catalog = load_catalog()
    person = PersonService(session).create(PersonData(name="Kanariefugl", role="pregnant-woman"))
    (data_dir.parent / "person").write_text(str(person.id))
    overviews = PersonOverviewService(
        session, catalog.instruments, ClinicSettings(session), lambda: TODAY
    )
    engine = ConsultationEngine(
        overviews.overview(person.id),
        screenings=ScreeningService(session, catalog.every_version()),
        copies=RecordNoteCopies(session),
        instruments=catalog.instruments,
        today=lambda: TODAY,
        language=lambda: "da",
    )
    engine.open_gate()
    asking = engine.start("ipv-screen", "da", circumstances=SAFE)
    for item in asking.session.visible_questions():
        if not sys.stdin.readline():  # the parent's "go" for each answer; EOF: stop
            return 0
        engine.answer(item.link_id, "no")
        print(f"answered {item.link_id}", flush=True)
    sys.stdin.read()  # wait for the kill with the session still open (EOF: the parent left)
    return 0


if __name__ == "__main__":
    sys.exit(main())
